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

// Chinese and Japanese write words without spaces: a run of these characters is indexed, and
// looked up, as overlapping two-character pieces ("死亡した" -> 死亡, 亡し, した), the usual way to
// search such text without a dictionary. The index holds single characters too, for one-character queries.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;

/** Two-character pieces of an unspaced run (the run itself when it is one character); with `singles`, each character too. */
export function unspacedPieces(run: string, start = 0, singles = false): Token[] {
	const chars = [...run];
	if (chars.length === 1) return [{start, end: start + run.length, raw: run}];
	const pieces: Token[] = [];
	let offset = start;
	for (let k = 0; k < chars.length; k++) {
		const char = chars[k]!;
		if (singles) pieces.push({start: offset, end: offset + char.length, raw: char});
		if (k + 1 < chars.length) pieces.push({start: offset, end: offset + char.length + chars[k + 1]!.length, raw: char + chars[k + 1]!});
		offset += char.length;
	}
	return pieces;
}

/** Whether a word holds Chinese or Japanese characters (searched by two-character pieces). */
export function isUnspaced(word: string): boolean {
	return UNSPACED.test(word);
}

/**
 * Splits text into words. Dots and commas split words unless the word is a number or an initialism.
 * Chinese and Japanese runs give their two-character pieces, and with `singles` (the index) each character.
 */
export function tokenize(text: string, singles = false): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(CANDIDATE)) {
		const raw = match[0];
		const start = match.index;
		if (UNSPACED.test(raw)) {
			for (const run of raw.matchAll(UNSPACED_RUNS)) {
				const at = start + run.index;
				if (UNSPACED.test(run[0])) tokens.push(...unspacedPieces(run[0], at, singles));
				else tokens.push(...tokenize(run[0], singles).map(t => ({...t, start: t.start + at, end: t.end + at})));
			}
			continue;
		}
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
