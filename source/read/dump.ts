// --dump-text DIR: write each source's text, the string every offset in the JSON export points
// into (for HTML and Markdown that is the extracted text, not the file), so offsets can be checked.
import fs from 'node:fs';
import {makeDirectory} from './make-dir.ts';
import path from 'node:path';
import type {Source} from '../model.ts';
import {UserError} from '../errors.ts';

export function dumpFileName(source: Source): string {
	const label = source.label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	return `${source.id}-${label.slice(0, 40) || 'source'}.txt`;
}

/** Writes one UTF-8 file per source and records it as the source's textPath; returns the paths written. */
export function dumpTexts(sources: Source[], dir: string): string[] {
	try {
		makeDirectory(dir);
		return sources.map(source => {
			const file = path.join(dir, dumpFileName(source));
			fs.writeFileSync(file, source.text);
			source.textPath = file;
			return file;
		});
	} catch (error) {
		throw new UserError(`--dump-text ${dir}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
}
