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
		if (word.length === 1 && !/\p{L}/u.test(word)) {
			tokens.push({text: word, start, end: start + 1, low: word, kind: 'punct', cap: false, upper: false});
			continue;
		}
		// "Sheinbaum's" -> "Sheinbaum" + "'s", so names keep their own span.
		let possessive: string | undefined;
		if (word.length > 2 && POSSESSIVE_END.test(word)) {
			possessive = word.slice(-2);
			word = word.slice(0, -2);
		}
		const cap = LETTER_START.test(word);
		const letters = word.replace(/[^\p{L}]/gu, '');
		tokens.push({
			text: word, start, end: start + word.length, low: foldWord(word).replace(/\./g, ''), kind: 'word',
			cap, upper: cap && letters.length >= 2 && !HAS_LOWER.test(word),
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
