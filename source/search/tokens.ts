// Words of a sentence for the search index, with exact offsets, and the normal form they are looked up by.
import {fold} from '../mentions/normalise.ts';

export interface Token {
	start: number; // offset into the text given to tokenize
	end: number;
	raw: string;
}

// Letters/digits joined by inner hyphens, apostrophes, dots or commas; a trailing "%" stays with its number.
const CANDIDATE = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*%?/gu;
// Shapes where an inner dot or comma belongs to the word: numbers ("1,200", "3.5%") and initialisms ("U.S").
const NUMBER_SHAPE = /^\p{N}+(?:[.,]\p{N}+)*%?$/u;
const INITIALISM_SHAPE = /^(?:\p{L}\.)+\p{L}$/u;

/** Splits text into words. Dots and commas split words unless the word is a number or an initialism. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(CANDIDATE)) {
		const raw = match[0];
		const start = match.index;
		if (!/[.,]/.test(raw) || NUMBER_SHAPE.test(raw)) {
			tokens.push({start, end: start + raw.length, raw});
			continue;
		}
		if (INITIALISM_SHAPE.test(raw)) {
			// Keep the final dot of "U.S." so the highlight covers the whole abbreviation.
			const end = start + raw.length + (text[start + raw.length] === '.' ? 1 : 0);
			tokens.push({start, end, raw: text.slice(start, end)});
			continue;
		}
		// "security.According", "Voz.us", "Houston,Texas": words glued by punctuation.
		let offset = 0;
		for (const part of raw.split(/[.,]/)) {
			if (part) tokens.push({start: start + offset, end: start + offset + part.length, raw: part});
			offset += part.length + 1;
		}
	}
	return tokens;
}

/** The parts of a hyphenated word ("cartel-related" -> "cartel", "related"), so each can be found alone. */
export function hyphenParts(token: Token): Token[] {
	if (!token.raw.includes('-')) return [];
	const parts: Token[] = [];
	let offset = 0;
	for (const part of token.raw.split('-')) {
		if (part) parts.push({start: token.start + offset, end: token.start + offset + part.length, raw: part});
		offset += part.length + 1;
	}
	return parts;
}

/** Lookup form of a word or query term: folded (case, accents), without inner dots and apostrophes ("U.S." -> "us"). */
export function wordKey(text: string): string {
	if (/^[a-z0-9]+$/.test(text)) return text;
	if (/^[A-Za-z0-9]+$/.test(text)) return text.toLowerCase();
	return fold(text)
		.trim()
		.replace(/[’']s$/u, '')
		.replace(/(?<=\p{L})[.'’](?=\p{L})|(?<=\p{L}\.\p{L})\.$/gu, '');
}
