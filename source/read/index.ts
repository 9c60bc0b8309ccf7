// Read stage: turn command-line inputs (files, directories, story files) into decoded Sources.
// Every problem with one input becomes one warning line naming it; only the caller decides whether
// the remaining sources are enough (at least two).
import fs from 'node:fs';
import path from 'node:path';
import type {Source, SourceFormat} from '../model.ts';
import {UserError} from '../errors.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export interface InputSpec {
	path: string; // as given
	label?: string;
}

export interface ReadOptions {
	labels?: string[]; // --label flags, in input order
	maxBytes?: number;
}

export interface ReadResult {
	sources: Source[];
	warnings: string[];
	/** Inputs that could not be used at all (missing, unreadable, binary): these make the run fail with exit 2. */
	errors: string[];
	title?: string;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function formatFromPath(file: string): SourceFormat {
	const ext = path.extname(file).toLowerCase();
	if (ext === '.md' || ext === '.markdown') return 'markdown';
	if (ext === '.html' || ext === '.htm') return 'html';
	return 'text';
}

/** Decodes bytes as UTF-8, or returns undefined for binary content (NUL bytes or mostly invalid UTF-8). */
export function decodeText(bytes: Uint8Array): string | undefined {
	const sample = bytes.subarray(0, 8192);
	if (sample.includes(0)) return undefined;
	const text = new TextDecoder('utf-8', {fatal: false}).decode(bytes);
	const bad = (text.match(/\uFFFD/g) ?? []).length;
	if (bad > 16 && bad > text.length / 100) return undefined;
	return text.replace(/^\uFEFF/, '');
}

/** A short outlet label from a file name: "5-independent.txt" -> "independent". */
export function labelFromPath(file: string): string {
	const base = path.basename(file).replace(/\.[^.]+$/, '');
	const cleaned = base.replace(/^[\d_\-. ]+/, '').replace(/[_-]+/g, ' ').trim();
	return (cleaned || base).slice(0, 24);
}

/** Expands directories (sorted, article extensions only) and story files into input specs. */
export function expandInputs(args: string[], warnings: string[]): {specs: InputSpec[]; title?: string} {
	const specs: InputSpec[] = [];
	let title: string | undefined;
	for (const arg of args) {
		let stat: fs.Stats | undefined;
		try {
			stat = fs.statSync(arg);
		} catch {
			specs.push({path: arg}); // reported as missing when read
			continue;
		}
		if (stat.isDirectory()) {
			const names = fs
				.readdirSync(arg)
				.filter(name => ARTICLE_EXTENSIONS.includes(path.extname(name).toLowerCase()))
				.sort();
			if (names.length === 0) warnings.push(`${arg}: directory has no .txt, .md or .html files`);
			for (const name of names) specs.push({path: path.join(arg, name)});
		} else if (path.extname(arg).toLowerCase() === '.json') {
			const story = readStoryFile(arg);
			title ??= story.title;
			specs.push(...story.specs);
		} else {
			specs.push({path: arg});
		}
	}
	return {specs, title};
}

/** A story file: {"title"?, "sources": [{"path", "label"?}]} with paths relative to the file. */
export function readStoryFile(file: string): {title?: string; specs: InputSpec[]} {
	let data: unknown;
	try {
		data = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		throw new UserError(`${file}: not a readable story file (${(error as Error).message})`);
	}
	const sources = (data as {sources?: unknown}).sources;
	if (!Array.isArray(sources)) throw new UserError(`${file}: story file needs a "sources" list`);
	const base = path.dirname(file);
	const specs = sources.map((entry: unknown, i: number): InputSpec => {
		const item = typeof entry === 'string' ? {path: entry} : (entry as {path?: unknown; url?: unknown; label?: unknown});
		const where = typeof item.path === 'string' ? item.path : typeof item.url === 'string' ? item.url : undefined;
		if (!where) throw new UserError(`${file}: source ${i + 1} has no "path"`);
		const resolved = /^[a-z]+:\/\//i.test(where) || path.isAbsolute(where) ? where : path.join(base, where);
		return {path: resolved, label: typeof item.label === 'string' ? item.label : undefined};
	});
	const title = (data as {title?: unknown}).title;
	return {title: typeof title === 'string' ? title : undefined, specs};
}

export function readInputs(args: string[], options: ReadOptions = {}): ReadResult {
	const warnings: string[] = [];
	const errors: string[] = [];
	const {specs, title} = expandInputs(args, warnings);
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const sources: Source[] = [];
	specs.forEach((spec, i) => {
		let bytes: Buffer;
		try {
			const stat = fs.statSync(spec.path);
			if (stat.size > maxBytes) {
				errors.push(`${spec.path}: file is ${stat.size} bytes, over the ${maxBytes}-byte limit (--max-size)`);
				return;
			}
			bytes = fs.readFileSync(spec.path);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			errors.push(`${spec.path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : 'cannot read'}`);
			return;
		}
		const text = decodeText(bytes);
		if (text === undefined) {
			errors.push(`${spec.path}: binary file, not an article`);
			return;
		}
		if (text.trim() === '') {
			warnings.push(`${spec.path}: empty file, skipped`);
			return;
		}
		const label = options.labels?.[i] ?? spec.label ?? labelFromPath(spec.path);
		sources.push({id: `s${sources.length + 1}`, path: spec.path, label, title: '', text, format: formatFromPath(spec.path)});
	});
	return {sources, warnings, errors, title};
}
