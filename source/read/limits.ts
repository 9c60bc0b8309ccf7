// Input limits, in one place so the help text, README and messages agree.
// Every limit stops with a one-line message naming the input and the flag that raises it.

/** Largest input file, fetched page or stdin, in bytes (--max-size). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Most sources in one comparison (--max-sources). */
export const DEFAULT_MAX_SOURCES = 50;
/** Longest line kept whole; longer lines are broken at whitespace (see breakLongLines). */
export const MAX_LINE_CHARS = 100_000;
/** A run of this many characters without any whitespace is not prose; such a source is rejected. */
export const MAX_TOKEN_CHARS = 5_000;
/** Network fetch timeout in milliseconds (--timeout takes seconds). */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Redirects followed per URL. */
export const MAX_REDIRECTS = 5;
/** HTML nested deeper than this skips the article reader (it recurses, and slows badly past it). */
export const MAX_READER_DEPTH = 200;
/** HTML nested deeper than this is refused before parsing (the DOM builder slows down past it). */
export const MAX_HTML_DEPTH = 5_000;
/**
 * Stack entries the DOM builder would move or search (see read/html-nesting.ts) beyond which a page is
 * refused before parsing: about 0.2 s of building. Real pages use well under 1% of it; it stops pages
 * that keep thousands of elements open while sending hundreds of thousands of tags.
 */
export const MAX_HTML_WORK = 200_000_000;

/**
 * Sentences (about: see countSentences) all sources of one comparison may hold together: some 12 MB of
 * news prose, fifty times the 500-article benchmark. At the limit the analysis takes seconds (about 15 s
 * for 250,000 one-line sentences that all name different people) and stays well inside the default heap.
 */
export const MAX_STORY_SENTENCES = 250_000;
/** Characters of text all sources of one comparison may hold together (about 80 per sentence at the sentence limit). */
export const MAX_STORY_CHARS = 20_000_000;

/**
 * About how many units the splitter will make of `text`, counted in one pass without splitting: a unit
 * starts at a line's first visible character and after sentence-ending punctuation followed by a space.
 * An upper bound in practice (abbreviations such as "Mr." count), good for a limit, not for a figure.
 */
export function countSentences(text: string): number {
	let count = 0;
	let atStart = true;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 10) {
			atStart = true;
			continue;
		}
		if (code === 13 || isSpace(code)) continue;
		if (atStart) {
			count++;
			atStart = false;
		}
		// ".", "!", "?", "…" with a space after: what follows may start a sentence.
		if ((code === 46 || code === 33 || code === 63 || code === 0x2026) && isSpace(text.charCodeAt(i + 1))) atStart = true;
	}
	return count;
}

/** "1.2 million", "450,000". */
export function formatCount(count: number): string {
	return count >= 1_000_000 ? `${(count / 1_000_000).toFixed(1).replace(/\.0$/, '')} million` : count.toLocaleString('en-US');
}

export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
	if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
	return `${bytes} bytes`;
}

/** Horizontal whitespace (char codes: checked per character, so no regex here). */
function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/**
 * Breaks lines longer than `maxLine` characters by turning one whitespace character near each
 * limit into a newline. The text keeps its length, so every offset still points at the same
 * character of the original. Returns an error message instead when a stretch of `maxToken`
 * characters has no whitespace at all (minified data, base64, a binary blob), which no sentence
 * splitter should be asked to read.
 * Linear: each character is looked at a bounded number of times.
 */
export function breakLongLines(text: string, maxLine = MAX_LINE_CHARS, maxToken = MAX_TOKEN_CHARS): {text: string; broken: number} | {error: string} {
	let run = 0;
	let runLine = 1;
	let line = 1;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 10) line++;
		if (ch === 10 || ch === 13 || isSpace(ch)) {
			run = 0;
			continue;
		}
		if (run === 0) runLine = line;
		if (++run > maxToken) return {error: `line ${runLine} has more than ${maxToken.toLocaleString('en-US')} characters without a space; not readable prose`};
	}
	if (text.length <= maxLine) return {text, broken: 0};
	const cuts: number[] = [];
	let lineStart = 0;
	let lastSpace = -1;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 10) {
			lineStart = i + 1;
			lastSpace = -1;
			continue;
		}
		if (isSpace(code)) lastSpace = i;
		if (i - lineStart >= maxLine) {
			// A window with no whitespace cannot happen (maxToken < maxLine), but stay safe.
			if (lastSpace >= lineStart) {
				cuts.push(lastSpace);
				lineStart = lastSpace + 1;
			} else lineStart = i;
			lastSpace = -1;
		}
	}
	if (!cuts.length) return {text, broken: 0};
	const pieces: string[] = [];
	let from = 0;
	for (const cut of cuts) {
		pieces.push(text.slice(from, cut));
		from = cut + 1;
	}
	pieces.push(text.slice(from));
	return {text: pieces.join('\n'), broken: cuts.length};
}
