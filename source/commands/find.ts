// `crosscheck find QUERY [FILES...]`: the story's matches for a query, for scripts and pipes.
// Like grep: exit 0 with matches, 1 with none, 2 on errors.
import type {Source, Story} from '../model.ts';
import {loadStory, type LoadOptions} from '../load.ts';
import {buildSearchIndex, searchStory, type SearchHit} from '../search/index.ts';
import {sanitizeInline} from '../text/terminal.ts';
import {counted} from '../text/plural.ts';
import {UserError} from '../errors.ts';

export interface FindOptions extends LoadOptions {
	json: boolean;
	/** Where output goes (tests capture it); defaults to the process streams. */
	stdout?: (text: string) => void;
	stderr?: (text: string) => void;
}

export interface FindMatch {
	source: string;
	label: string;
	path: string;
	line: number; // 1-based, in the source text (for HTML and Markdown: the extracted text, see `extracted`)
	column: number; // 1-based, in UTF-16 code units like Unit.column
	start: number;
	end: number;
	text: string;
	kind: SearchHit['kind'];
	unit: string;
	sentence: string;
	/** Set for HTML and Markdown sources: line, column and offsets count in the extracted text, not in the file. */
	extracted?: true;
}

export interface FindReport {
	query: string;
	total: number;
	perSource: Record<string, number>;
	matches: FindMatch[];
}

/** Offsets where each line of `text` starts. */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

function lineAndColumn(starts: number[], offset: number): {line: number; column: number} {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (starts[mid]! <= offset) low = mid;
		else high = mid - 1;
	}
	return {line: low + 1, column: offset - starts[low]! + 1};
}

/** The matches of `query` in `story`, located in their files. Pure, for the command and its tests. */
export function findInStory(story: Story, query: string): FindReport & {error?: string} {
	const result = searchStory(buildSearchIndex(story), query);
	const sources = new Map<string, Source>(story.sources.map(source => [source.id, source]));
	const units = new Map(story.units.map(unit => [unit.id, unit]));
	const starts = new Map<string, number[]>();
	const matches = result.hits.map(hit => {
		const source = sources.get(hit.source)!;
		let lines = starts.get(source.id);
		if (!lines) starts.set(source.id, (lines = lineStarts(source.text)));
		return {
			source: source.id,
			label: source.label,
			path: source.path,
			...lineAndColumn(lines, hit.start),
			start: hit.start,
			end: hit.end,
			text: hit.text,
			kind: hit.kind,
			unit: hit.unit,
			sentence: units.get(hit.unit)?.text ?? '',
			...(source.extracted ? {extracted: true as const} : {}),
		};
	});
	const report = {query, total: matches.length, perSource: result.perSource, matches};
	return result.error ? {...report, error: result.error} : report;
}

/** Plain text: matches grouped by source (in source order), each source's in text order, then a count line. Every article string is sanitised. */
export function renderFindText(story: Story, report: FindReport): string {
	const lines: string[] = [];
	for (const source of story.sources) {
		// The report lists matches in reading order (row by row, set-aside text last); a source's own list reads down its text.
		const matches = report.matches.filter(match => match.source === source.id).sort((a, b) => a.start - b.start || a.end - b.end);
		if (matches.length === 0) continue;
		if (lines.length > 0) lines.push('');
		// line:column of an HTML or Markdown source count in its extracted text: said, so nobody opens the file at that line.
		const where = `${sanitizeInline(source.path)}${source.extracted ? '; lines of the extracted text' : ''}`;
		lines.push(`${sanitizeInline(source.label)} (${where}): ${counted(matches.length, 'match', 'matches')}`);
		for (const match of matches) {
			lines.push(`  ${match.line}:${match.column}  ${sanitizeInline(match.text)}  [${match.kind}]`);
			lines.push(`      ${sanitizeInline(match.sentence)}`);
		}
	}
	const withMatches = story.sources.filter(source => (report.perSource[source.id] ?? 0) > 0).length;
	const query = sanitizeInline(report.query);
	if (report.total === 0) lines.push(`no matches for "${query}"`);
	else {
		if (lines.length > 0) lines.push('');
		lines.push(`${counted(report.total, 'match', 'matches')} in ${withMatches} of ${counted(story.sources.length, 'source')} for "${query}"`);
	}
	return lines.join('\n') + '\n';
}

export async function runFind(query: string, files: string[], options: FindOptions): Promise<number> {
	const out = options.stdout ?? ((text: string) => void process.stdout.write(text));
	const err = options.stderr ?? ((text: string) => void process.stderr.write(text));
	const {story, warnings} = await loadStory(files, options);
	for (const warning of warnings) err(`crosscheck: ${sanitizeInline(warning)}\n`);
	const {error, ...report} = findInStory(story, query);
	if (error) throw new UserError(`find: ${error}`);
	out(options.json ? JSON.stringify(report, null, 2) + '\n' : renderFindText(story, report));
	return report.total > 0 ? 0 : 1;
}
