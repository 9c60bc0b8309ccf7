// Story files: a saved list of sources that reopens a comparison with one argument.
//  - JSON (.json): {"title"?: string, "sources": [{"path" | "url", "label"?}] } (an entry may be a bare string)
//  - plain list (.story): one path or URL per line; "label<TAB>path" or "path | label" gives a label;
//    blank lines and lines starting with # are ignored; "title: ..." on the first line names the story.
// Relative paths are relative to the story file.
import fs from 'node:fs';
import path from 'node:path';
import {UserError} from '../errors.ts';
import {isUrl} from './fetch.ts';

export const STORY_LIST_EXTENSION = '.story';

export interface InputSpec {
	path: string; // as given, or resolved against the story file
	label?: string;
}

export interface StoryFile {
	title?: string;
	specs: InputSpec[];
}

function resolveEntry(file: string, where: string): string {
	return isUrl(where) || path.isAbsolute(where) ? where : path.join(path.dirname(file), where);
}

function readStoryText(file: string): string {
	try {
		return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new UserError(`${file}: ${code === 'ENOENT' ? 'no such story file' : 'cannot read story file'}`);
	}
}

/** A JSON story file: {"title"?, "sources": [{"path"|"url", "label"?}]}. */
export function readStoryFile(file: string): StoryFile {
	let data: unknown;
	try {
		data = JSON.parse(readStoryText(file));
	} catch (error) {
		if (error instanceof UserError) throw error;
		throw new UserError(`${file}: not a readable story file (${(error as Error).message})`);
	}
	const sources = (data as {sources?: unknown} | null)?.sources;
	if (!Array.isArray(sources)) throw new UserError(`${file}: story file needs a "sources" list`);
	const specs = sources.map((entry: unknown, i: number): InputSpec => {
		const item = typeof entry === 'string' ? {path: entry} : ((entry ?? {}) as {path?: unknown; url?: unknown; label?: unknown});
		const where = typeof item.path === 'string' ? item.path : typeof item.url === 'string' ? item.url : undefined;
		if (!where) throw new UserError(`${file}: source ${i + 1} has no "path" or "url"`);
		return {path: resolveEntry(file, where), label: typeof item.label === 'string' && item.label.trim() ? item.label.trim() : undefined};
	});
	const title = (data as {title?: unknown}).title;
	return {title: typeof title === 'string' ? title : undefined, specs};
}

/** Parses one line of a plain story list into a spec (undefined for blank and comment lines). */
export function parseStoryLine(line: string): {where: string; label?: string} | undefined {
	const trimmed = line.trim();
	if (!trimmed || trimmed.startsWith('#')) return undefined;
	const tab = trimmed.indexOf('\t');
	if (tab >= 0) {
		const label = trimmed.slice(0, tab).trim();
		const where = trimmed.slice(tab + 1).trim();
		return where ? {where, ...(label ? {label} : {})} : undefined;
	}
	const bar = trimmed.lastIndexOf(' | ');
	if (bar >= 0) {
		const label = trimmed.slice(bar + 3).trim();
		return {where: trimmed.slice(0, bar).trim(), ...(label ? {label} : {})};
	}
	return {where: trimmed};
}

/** A plain-text story list (.story). */
export function readStoryList(file: string): StoryFile {
	const lines = readStoryText(file).split(/\r?\n/);
	let title: string | undefined;
	const specs: InputSpec[] = [];
	for (const line of lines) {
		const heading = /^\s*title:\s*(.+)$/i.exec(line);
		if (heading && specs.length === 0 && title === undefined) {
			title = heading[1]!.trim();
			continue;
		}
		const entry = parseStoryLine(line);
		if (entry) specs.push({path: resolveEntry(file, entry.where), label: entry.label});
	}
	if (specs.length === 0) throw new UserError(`${file}: story list names no sources`);
	return {title, specs};
}
