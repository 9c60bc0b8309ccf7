// Read stage: turn command-line inputs (files, directories, URLs, "-" for stdin, story files) into
// decoded Sources. Markup (HTML, Markdown) is turned into plain text here, so later stages only
// ever see text; such sources say `extracted: true` and their offsets point into that text.
// Every problem with one input becomes one line naming it: `errors` (missing, unreadable, binary
// files: the run fails) or `warnings` (empty files, failed URLs: the other sources still load).
// Only the caller decides whether the remaining sources are enough (at least two).
import fs from 'node:fs';
import path from 'node:path';
import type {Source, SourceFormat} from '../model.ts';
import {UserError} from '../errors.ts';
import {DEFAULT_MAX_BYTES, DEFAULT_MAX_SOURCES, MAX_STORY_CHARS, MAX_STORY_SENTENCES, breakLongLines, countSentences, formatBytes, formatCount} from './limits.ts';
import {markdownToText} from './markdown.ts';
// html.ts loads its parser libraries on first use, so importing it here costs nothing up front.
import {extractHtml, looksLikeHtml} from './html.ts';
import {fetchArticle, FetchError, isUrl} from './fetch.ts';
import {readStoryFile, readStoryList, STORY_LIST_EXTENSION, type InputSpec} from './story.ts';
import {counted} from '../text/plural.ts';
import {distinctLabels, fileLabelLevels, labelFromPath, labelFromUrl, repeatedLabelWarnings, urlLabelLevels, type LabelEntry} from './labels.ts';

export {DEFAULT_MAX_BYTES, DEFAULT_MAX_SOURCES} from './limits.ts';
export {readStoryFile, readStoryList, type InputSpec} from './story.ts';
export {labelFromPath, labelFromUrl} from './labels.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml'];
export const STDIN_INPUT = '-';

export interface ReadOptions {
	labels?: string[]; // --label flags, in input order
	maxBytes?: number;
	maxSources?: number;
	timeoutMs?: number;
	/** Where "-" reads from (default: process.stdin). */
	stdin?: AsyncIterable<Uint8Array | string>;
	/** Store fetched pages and stdin here, with a story.json listing every source (--save). */
	saveDir?: string;
	/** Most sentences (about, see countSentences) all sources may hold together (default MAX_STORY_SENTENCES). */
	maxSentences?: number;
	/** Most characters all sources may hold together (default MAX_STORY_CHARS). */
	maxChars?: number;
}

export interface ReadResult {
	sources: Source[];
	warnings: string[];
	/** Inputs that could not be used at all (missing, unreadable, binary): these make the run fail with exit 2. */
	errors: string[];
	title?: string;
	/** The story file written by `saveDir`, when one was. */
	saved?: string;
}

export function formatFromPath(file: string): SourceFormat {
	const ext = path.extname(file).toLowerCase();
	if (ext === '.md' || ext === '.markdown') return 'markdown';
	if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
	return 'text';
}

/**
 * Decodes bytes as text (UTF-8 unless a known charset is given), or returns undefined for binary
 * content (NUL bytes or mostly invalid UTF-8). A leading BOM is removed.
 */
export function decodeText(bytes: Uint8Array, charset?: string): string | undefined {
	const sample = bytes.subarray(0, 8192);
	if (sample.includes(0)) return undefined;
	let decoder: InstanceType<typeof TextDecoder>;
	try {
		decoder = new TextDecoder(charset && charset !== 'utf8' ? charset : 'utf-8', {fatal: false});
	} catch {
		decoder = new TextDecoder('utf-8', {fatal: false}); // unknown charset label: assume UTF-8
	}
	const text = decoder.decode(bytes);
	const bad = (text.match(/\uFFFD/g) ?? []).length;
	if (bad > 16 && bad > text.length / 100) return undefined;
	return text.replace(/^\uFEFF/, '');
}

/** The charset an HTML page declares in a <meta> tag near its start, if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

function isStoryFile(file: string): boolean {
	const ext = path.extname(file).toLowerCase();
	return ext === '.json' || ext === STORY_LIST_EXTENSION;
}

function isDirectoryEntry(dir: string, entry: fs.Dirent): boolean {
	if (entry.isDirectory()) return true;
	if (!entry.isSymbolicLink()) return false;
	try {
		return fs.statSync(path.join(dir, entry.name)).isDirectory();
	} catch {
		return false; // a broken link: read as a file, and reported as missing then
	}
}

/** A directory's article files (by extension, sorted) and its subfolders (hidden ones left out). Throws when it cannot be listed. */
function listDirectory(dir: string): {articles: string[]; subfolders: string[]} {
	const articles: string[] = [];
	const subfolders: string[] = [];
	for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
		if (isDirectoryEntry(dir, entry)) {
			if (!entry.name.startsWith('.')) subfolders.push(entry.name);
		} else if (ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) articles.push(entry.name);
	}
	return {articles: articles.sort(), subfolders: subfolders.sort()};
}

/** Most subfolders of one directory looked into for articles; any beyond are counted as holding some. */
const MAX_SUBFOLDERS_CHECKED = 100;

/**
 * The subfolders that hold article files directly (a folder of images, or a saved page's "_files" folder
 * without any, is not worth a word). Only the first MAX_SUBFOLDERS_CHECKED are listed; the rest count too.
 */
function subfoldersWithArticles(dir: string, subfolders: string[]): {count: number; names: string[]} {
	const names = subfolders.slice(0, MAX_SUBFOLDERS_CHECKED).filter(name => {
		try {
			return listDirectory(path.join(dir, name)).articles.length > 0;
		} catch {
			return false; // cannot be listed: nothing we could have read
		}
	});
	return {count: names.length + Math.max(0, subfolders.length - MAX_SUBFOLDERS_CHECKED), names};
}

/** Expands directories (sorted, article extensions only) and story files into input specs. */
export function expandInputs(args: string[], warnings: string[], errors: string[] = []): {specs: InputSpec[]; title?: string} {
	const specs: InputSpec[] = [];
	let title: string | undefined;
	for (const arg of args) {
		if (arg === STDIN_INPUT || isUrl(arg)) {
			specs.push({path: arg});
			continue;
		}
		let stat: fs.Stats | undefined;
		try {
			stat = fs.statSync(arg);
		} catch {
			specs.push({path: arg}); // reported as missing when read
			continue;
		}
		if (stat.isDirectory()) {
			let listing: {articles: string[]; subfolders: string[]};
			try {
				listing = listDirectory(arg);
			} catch (error) {
				// Unreadable, like an unreadable file: the run fails (a warning let it go on without those articles).
				errors.push(`${arg}: cannot list directory (${describeFileError(error)})`);
				continue;
			}
			const {articles: names, subfolders} = listing;
			// Not read (a directory is its own files only), but said: the user may have expected them.
			const skipped = subfoldersWithArticles(arg, subfolders);
			if (skipped.count > 0) {
				const shown = skipped.names.slice(0, 3).join(', ') + (skipped.count > 3 ? ', …' : '');
				warnings.push(
					`${arg}: ${counted(skipped.count, 'subfolder')} with articles skipped (${shown}): a directory gives only the files directly inside it; name a subfolder to read it too`,
				);
			}
			if (names.length === 0) warnings.push(`${arg}: directory has no .txt, .md or .html files`);
			for (const name of names) specs.push({path: path.join(arg, name)});
		} else if (isStoryFile(arg)) {
			const story = path.extname(arg).toLowerCase() === '.json' ? readStoryFile(arg) : readStoryList(arg);
			title ??= story.title;
			specs.push(...story.specs);
		} else {
			specs.push({path: arg});
		}
	}
	return {specs, title};
}

/** What one input gave before decoding. */
interface Raw {
	bytes: Uint8Array;
	format?: SourceFormat; // known from the extension or content type
	charset?: string;
	finalUrl?: string;
}

type Loaded = {raw: Raw} | {error: string} | {warning: string};

function describeFileError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : 'cannot read';
}

function loadFile(file: string, maxBytes: number): Loaded {
	try {
		const stat = fs.statSync(file);
		if (stat.isDirectory()) return {error: `${file}: is a directory`};
		if (stat.size > maxBytes) return {error: `${file}: file is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit (--max-size)`};
		const bytes = fs.readFileSync(file);
		// Files that grew since stat (or devices) are held to the same cap.
		if (bytes.byteLength > maxBytes) return {error: `${file}: file is over the ${formatBytes(maxBytes)} limit (--max-size)`};
		// .md and .html go by their extension; anything else (.txt included) is HTML if its content is a page.
		const format = formatFromPath(file);
		return {raw: {bytes, format: format === 'text' ? undefined : format}};
	} catch (error) {
		return {error: `${file}: ${describeFileError(error)}`};
	}
}

async function loadStdin(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Loaded> {
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for await (const chunk of stream) {
			const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
			total += bytes.byteLength;
			if (total > maxBytes) return {error: `standard input (-): over the ${formatBytes(maxBytes)} limit (--max-size)`};
			chunks.push(bytes);
		}
	} catch (error) {
		return {error: `standard input (-): cannot read (${(error as Error).message})`};
	}
	return {raw: {bytes: Buffer.concat(chunks)}};
}

async function loadUrl(url: string, options: ReadOptions): Promise<Loaded> {
	try {
		const fetched = await fetchArticle(url, {timeoutMs: options.timeoutMs, maxBytes: options.maxBytes});
		const format: SourceFormat | undefined = fetched.mediaType === 'text/plain' ? 'text' : fetched.mediaType ? 'html' : undefined;
		return {raw: {bytes: fetched.bytes, format, charset: fetched.charset, finalUrl: fetched.finalUrl}};
	} catch (error) {
		if (error instanceof FetchError) return {warning: `${url}: ${error.message}`};
		return {warning: `${url}: ${(error as Error)?.message ?? 'fetch failed'}`};
	}
}

interface Converted {
	text: string;
	format: SourceFormat;
	title: string;
	extracted: boolean;
	headings?: number[];
	meta?: Source['meta'];
}

/** Turns decoded text into article text according to its format (HTML loaded lazily). */
async function convert(text: string, format: SourceFormat | undefined): Promise<Converted> {
	const actual = format ?? (looksLikeHtml(text) ? 'html' : 'text');
	if (actual === 'markdown') {
		const md = markdownToText(text);
		return {text: md.text, format: 'markdown', title: md.title, extracted: true, headings: md.headings};
	}
	if (actual === 'html') {
		const page = await extractHtml(text);
		return {text: page.text, format: 'html', title: page.title, extracted: true, headings: page.headings, meta: page.meta};
	}
	return {text, format: 'text', title: '', extracted: false};
}

/** How messages name an input: its path, or "standard input (-)". */
function inputName({path}: {path: string}): string {
	return path === STDIN_INPUT ? 'standard input (-)' : path;
}

/**
 * The limits on what all sources hold together, which bound the analysis's time and memory: one
 * error line each, naming the largest sources so the user knows what to leave out.
 */
function storyLimits(sources: Source[], options: ReadOptions): string[] {
	const problems: string[] = [];
	const check = (what: string, limit: number, sizeOf: (source: Source) => number) => {
		const sizes = sources.map(source => ({source, size: sizeOf(source)}));
		const total = sizes.reduce((sum, entry) => sum + entry.size, 0);
		if (total <= limit) return;
		const largest = sizes.sort((a, b) => b.size - a.size).slice(0, 2).map(({source, size}) => `${inputName(source)} ${formatCount(size)}`);
		problems.push(`the sources hold ${what === 'sentences' ? 'about ' : ''}${formatCount(total)} ${what} together, more than the ${formatCount(limit)} one comparison can take (largest: ${largest.join(', ')})`);
	};
	check('characters', options.maxChars ?? MAX_STORY_CHARS, source => source.text.length);
	// Only counted when the text is within bounds: a pass over every character either way.
	if (problems.length === 0) check('sentences', options.maxSentences ?? MAX_STORY_SENTENCES, source => countSentences(source.text));
	return problems;
}

export async function readInputs(args: string[], options: ReadOptions = {}): Promise<ReadResult> {
	const warnings: string[] = [];
	const errors: string[] = [];
	const {specs, title} = expandInputs(args, warnings, errors);
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const maxSources = options.maxSources ?? DEFAULT_MAX_SOURCES;
	if (specs.length > maxSources) {
		throw new UserError(`${specs.length} sources given, more than the limit of ${maxSources} (--max-sources)`);
	}
	if (specs.filter(spec => spec.path === STDIN_INPUT).length > 1) throw new UserError('"-" (standard input) can be given only once');
	// Labels go to the inputs in order (a directory counts once per article in it): a label left over means they were miscounted.
	const unused = options.labels?.slice(specs.length) ?? [];
	if (unused.length > 0) warnings.push(`${options.labels!.length} labels given for ${specs.length} sources; not used: ${unused.join(', ')}`);
	// URLs are fetched in parallel; files and stdin are read in order.
	const loaded = await Promise.all(
		specs.map(spec =>
			spec.path === STDIN_INPUT
				? loadStdin(options.stdin ?? process.stdin, maxBytes)
				: isUrl(spec.path)
					? loadUrl(spec.path, {...options, maxBytes})
					: Promise.resolve(loadFile(spec.path, maxBytes)),
		),
	);
	const sources: Source[] = [];
	const kept: Array<{spec: InputSpec; raw: Raw; source: Source}> = [];
	const labelling: LabelEntry[] = [];
	for (const [i, spec] of specs.entries()) {
		const result = loaded[i]!;
		const name = inputName(spec);
		if ('error' in result) {
			errors.push(result.error);
			continue;
		}
		if ('warning' in result) {
			warnings.push(result.warning);
			continue;
		}
		const {raw} = result;
		const charset = raw.charset ?? (raw.format === 'html' || raw.format === undefined ? declaredCharset(raw.bytes) : undefined);
		const decoded = decodeText(raw.bytes, charset);
		if (decoded === undefined) {
			const problem = `${name}: binary file, not an article`;
			if (isUrl(spec.path)) warnings.push(problem);
			else errors.push(problem);
			continue;
		}
		let converted: Converted;
		try {
			converted = await convert(decoded, raw.format);
		} catch (error) {
			// Only our own refusals (e.g. absurd nesting) land here; report, keep the others going.
			warnings.push(`${name}: ${(error as Error).message}`);
			continue;
		}
		const lines = breakLongLines(converted.text);
		if ('error' in lines) {
			warnings.push(`${name}: ${lines.error}, skipped`);
			continue;
		}
		if (lines.text.trim() === '') {
			warnings.push(`${name}: ${converted.extracted ? 'no article text found' : 'empty file'}, skipped`);
			continue;
		}
		const given = options.labels?.[i]?.trim() || spec.label || converted.meta?.siteName?.slice(0, 32);
		const url = isUrl(spec.path) ? (raw.finalUrl ?? spec.path) : undefined;
		const label = given || (spec.path === STDIN_INPUT ? 'stdin' : url ? labelFromUrl(url) : labelFromPath(spec.path));
		labelling.push({label, fixed: Boolean(given), levels: spec.path === STDIN_INPUT ? [] : url ? urlLabelLevels(url) : fileLabelLevels(spec.path)});
		const source: Source = {
			id: `s${sources.length + 1}`,
			path: spec.path,
			label,
			title: converted.title,
			text: lines.text,
			format: converted.format,
			...(converted.extracted ? {extracted: true} : {}),
			...(converted.headings?.length ? {headings: converted.headings} : {}),
			...(converted.meta && Object.keys(converted.meta).length ? {meta: converted.meta} : {}),
		};
		sources.push(source);
		kept.push({spec, raw, source});
	}
	// Two sources with one label look alike in every column header: labels made from file names or hosts are told apart.
	const labels = distinctLabels(labelling);
	for (const [i, source] of sources.entries()) source.label = labels[i]!;
	warnings.push(...repeatedLabelWarnings(labelling.map((entry, i) => ({...entry, name: inputName(sources[i]!)}))));
	errors.push(...storyLimits(sources, options));
	const result: ReadResult = {sources, warnings, errors, title};
	if (options.saveDir && errors.length === 0) {
		const {saveStory} = await import('./save.ts');
		result.saved = saveStory(options.saveDir, kept, title);
	}
	return result;
}
