// Making untrusted article text safe for a terminal, and measuring it in terminal cells.
// Article text comes from the web: it may carry escape sequences that move the cursor, retitle the
// window, write hyperlinks or the clipboard (OSC 8/52), or invisible characters that disguise what
// the text says (bidi overrides, zero-width joiners, Unicode tag characters). None of it may reach
// the terminal; everything that does is printable text, newline, or spaces. Every terminal output
// (the view, the plain table, `find`, messages) uses this sanitiser and this width rule (cellWidth),
// so their columns line up the same way; the JSON export keeps the original text.
import stringWidth from 'string-width';

// CSI, OSC (BEL or ST terminated), DCS/SOS/PM/APC strings, and two-byte ESC sequences, in 7-bit and
// 8-bit (C1) forms. An unterminated string stops at the end of its line, so one stray ESC ] cannot
// swallow the rest of an article.
const ESCAPES = new RegExp(
	[
		'(?:\\u001B\\[|\\u009B)[0-?]*[ -/]*[@-~]', // CSI
		'(?:\\u001B\\]|\\u009D)[^\\u0007\\u001B\\u009C\\n]*(?:\\u0007|\\u001B\\\\|\\u009C)?', // OSC
		'(?:\\u001B[PX^_]|[\\u0090\\u0098\\u009E\\u009F])[^\\u001B\\u009C\\n]*(?:\\u001B\\\\|\\u009C)?', // DCS, SOS, PM, APC
		'\\u001B[ -/]*[0-~]?', // other ESC sequences, or a lone ESC
	].join('|'),
	'g',
);
// C0 and C1 controls except tab and newline; DEL. (CR is turned into a newline first.)
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Characters that disguise text: bidi marks, overrides and isolates; zero-width spaces and joiners;
// word joiner and invisible operators; BOM; soft hyphen; combining grapheme joiner; Mongolian vowel
// separator; Hangul fillers; interlinear annotation marks; Unicode tag characters ("ASCII smuggling").
const INVISIBLES =
	/[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]/g;
/**
 * Emoji variation selector (U+FE0F). After a character that is text by default ("🏙️", "❤️") it asks for
 * the wide emoji form, which some terminals draw (kitty, WezTerm) and others ignore (tmux, xterm, VTE),
 * so no width fits every terminal. Terminal output leaves it out (the sanitiser drops it, and the view's
 * painter drops it from its own strings too) and widths are counted without it: such a character is
 * then one cell everywhere.
 */
export const EMOJI_SELECTOR = /\uFE0F/g;
// Unpaired UTF-16 surrogates cannot be encoded; show them as the replacement character.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// More than this many combining marks on one character ("Zalgo" text) spill over neighbouring lines.
const MAX_COMBINING = 4;
const COMBINING_RUN = new RegExp(`(\\p{M}{${MAX_COMBINING}})\\p{M}+`, 'gu');

/** Expands tabs to the next tab stop, counting columns from the last newline. */
function expandTabs(text: string, tabWidth: number): string {
	if (!text.includes('\t')) return text;
	let out = '';
	let column = 0;
	for (const ch of text) {
		if (ch === '\t') {
			const pad = tabWidth - (column % tabWidth);
			out += ' '.repeat(pad);
			column += pad;
		} else if (ch === '\n') {
			out += ch;
			column = 0;
		} else {
			out += ch;
			column++;
		}
	}
	return out;
}

/**
 * Makes text safe to print: removes escape sequences, control characters (keeping newline; CR and
 * the Unicode line/paragraph separators become newlines), disguising invisibles, emoji variation
 * selectors (see EMOJI_SELECTOR) and lone surrogates, caps stacks of combining marks, and expands
 * tabs to spaces.
 */
export function sanitizeForTerminal(text: string, tabWidth = 4): string {
	const cleaned = text
		.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
		.replace(ESCAPES, '')
		.replace(CONTROLS, '')
		.replace(INVISIBLES, '')
		.replace(EMOJI_SELECTOR, '')
		.replace(LONE_SURROGATE, '\uFFFD')
		.replace(COMBINING_RUN, '$1');
	return expandTabs(cleaned, tabWidth);
}

/** Like sanitizeForTerminal, and folds any line break into a space (for one-line cells). */
export function sanitizeInline(text: string): string {
	return sanitizeForTerminal(text).replace(/\n+/g, ' ');
}

/** True when `text` holds nothing a terminal would interpret (what sanitizeForTerminal guarantees). */
export function isTerminalSafe(text: string): boolean {
	return !/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/.test(text) && !new RegExp(INVISIBLES.source).test(text) && !new RegExp(LONE_SURROGATE.source).test(text) && !text.includes('\uFE0F');
}

/** Terminal cells `text` takes, the one width rule of every terminal output: string-width, without emoji variation selectors. */
export function cellWidth(text: string): number {
	return stringWidth(text.includes('\uFE0F') ? text.replace(EMOJI_SELECTOR, '') : text);
}

/** `text` followed by spaces up to `width` cells (padEnd counts UTF-16 units, not cells). */
export function padCells(text: string, width: number): string {
	const pad = width - cellWidth(text);
	return pad > 0 ? text + ' '.repeat(pad) : text;
}

/**
 * Greedy word wrap by terminal cells: lines of at most `width` cells, broken at spaces, a word wider than
 * the line cut between characters. Joining the lines with single spaces gives the text back (runs of
 * spaces become one).
 */
export function wrapCells(text: string, width: number): string[] {
	const limit = Math.max(1, Math.floor(width));
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const word of text.split(/ +/).filter(Boolean)) {
		let rest = word;
		let size = cellWidth(rest);
		if (used > 0 && used + 1 + size <= limit) {
			line += ` ${rest}`;
			used += 1 + size;
			continue;
		}
		if (used > 0) lines.push(line);
		while (size > limit) {
			let piece = '';
			let pieceSize = 0;
			for (const char of rest) {
				const w = cellWidth(char);
				if (pieceSize + w > limit && piece) break;
				piece += char;
				pieceSize += w;
			}
			lines.push(piece);
			rest = rest.slice(piece.length);
			size = cellWidth(rest);
		}
		line = rest;
		used = size;
	}
	if (used > 0 || lines.length === 0) lines.push(line);
	return lines;
}
