// --save DIR: keep what was fetched (and what came on stdin) so the comparison can be reopened
// offline with `crosscheck DIR/story.json`. Local files are listed by absolute path, not copied.
import fs from 'node:fs';
import {makeDirectory} from './make-dir.ts';
import path from 'node:path';
import type {Source} from '../model.ts';
import {UserError} from '../errors.ts';
import {isUrl} from './fetch.ts';
import type {InputSpec} from './story.ts';

interface Kept {
	spec: InputSpec;
	raw: {bytes: Uint8Array; finalUrl?: string};
	source: Source;
}

function slug(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'source'
	);
}

/** Writes fetched/stdin bytes and a story.json into `dir`; returns the story file's path. */
export function saveStory(dir: string, kept: Kept[], title?: string): string {
	try {
		makeDirectory(dir);
		const entries = kept.map(({spec, raw, source}, i) => {
			const fetched = isUrl(spec.path) || spec.path === '-';
			if (!fetched) return {path: path.resolve(spec.path), label: source.label};
			const ext = source.format === 'html' ? '.html' : source.format === 'markdown' ? '.md' : '.txt';
			const name = `${String(i + 1).padStart(2, '0')}-${slug(source.label)}${ext}`;
			fs.writeFileSync(path.join(dir, name), raw.bytes);
			return {path: name, label: source.label, ...(isUrl(spec.path) ? {url: raw.finalUrl ?? spec.path} : {})};
		});
		const storyTitle = title ?? kept[0]?.source.title ?? '';
		const file = path.join(dir, 'story.json');
		fs.writeFileSync(file, JSON.stringify({...(storyTitle ? {title: storyTitle} : {}), sources: entries}, null, 2) + '\n');
		return file;
	} catch (error) {
		throw new UserError(`--save ${dir}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
}
