// Word tokens with exact offsets: the one scan every mention rule reads.
import {foldWord} from './fold.ts';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
	text: string;
	start: number; // offset into the text given to tokenize (plus its base)
	end: number;
	low: string; // folded form
	kind: TokenKind;
	cap: boolean; // starts with an upper-case letter
	upper: boolean; // all capitals, two or more letters ("DEA", "U.S.")
}

// Acronyms with dots ("U.S.", "p.m."), words with inner apostrophes/hyphens, numbers with thousands
// separators and decimals, or any other single non-space character.
const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{M}]+(?:['\u2019\-\u2010\u2011][\p{L}\p{M}]+)*|\d+(?:,\d{3}(?!\d))*(?:\.\d+)?|\S/gu;
const POSSESSIVE_END = /['\u2019][sS]$/;
const LETTER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

function isLetterCode(c: number): boolean {
	if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	return /\p{L}/u.test(String.fromCharCode(c));
}

/** All capitals with at least two letters ("DEA", "U.S."), not "A." or "Mr". */
function isUpper(word: string): boolean {
	if (HAS_LOWER.test(word)) return false;
	let letters = 0;
	for (let k = 0; k < word.length && letters < 2; k++) if (word[k] !== '.' && word[k] !== '-' && word[k] !== "'") letters++;
	return letters >= 2;
}

export function tokenize(text: string, base = 0): Token[] {
	const tokens: Token[] = [];
	TOKEN_RE.lastIndex = 0;
	for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
		let word = m[0];
		const start = m.index + base;
		const c = word.charCodeAt(0);
		if (c >= 48 && c <= 57) {
			tokens.push({text: word, start, end: start + word.length, low: word, kind: 'num', cap: false, upper: false});
			continue;
		}
		if (word.length === 1 && !isLetterCode(c)) {
			tokens.push({text: word, start, end: start + 1, low: word, kind: 'punct', cap: false, upper: false});
			continue;
		}
		// "Sheinbaum's" -> "Sheinbaum" + "'s", so names keep their own span.
		let possessive: string | undefined;
		if (word.length > 2 && POSSESSIVE_END.test(word)) {
			possessive = word.slice(-2);
			word = word.slice(0, -2);
		}
		const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : LETTER_START.test(word);
		const low = foldWord(word);
		tokens.push({
			text: word, start, end: start + word.length, low: low.includes('.') ? low.replace(/\./g, '') : low, kind: 'word',
			cap, upper: cap && word.length >= 2 && isUpper(word),
		});
		if (possessive) {
			const ps = start + word.length;
			tokens.push({text: possessive, start: ps, end: ps + 2, low: "'s", kind: 'punct', cap: false, upper: false});
		}
	}
	return tokens;
}

/** True when b directly follows a with no space between. */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
	return !!a && !!b && a.end === b.start;
}
