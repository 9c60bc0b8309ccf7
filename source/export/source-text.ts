// Which text a source's offsets point into, for the exports that print offsets.
import type {Source} from '../model.ts';

/** False for "-" (standard input) and URLs: reading `path` again would not give the text the offsets point into. */
export function rereadable(path: string): boolean {
	return path !== '-' && !/^https?:\/\//i.test(path);
}

/**
 * What a reader of offsets must open: "the file", "extracted text", "standard input" or "the fetched
 * page", followed (but for the file) by the --dump-text file when one was written, or a hint to write one.
 */
export function offsetsInto(source: Source): string {
	const what = source.extracted ? 'extracted text' : source.path === '-' ? 'standard input' : rereadable(source.path) ? 'the file' : 'the fetched page';
	if (what === 'the file') return what;
	return source.textPath ? `${what}: ${source.textPath}` : `${what} (--dump-text DIR writes it)`;
}
