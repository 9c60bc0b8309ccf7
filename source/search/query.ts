// Query syntax, after fzf: space-separated terms that must all match within one sentence.
//   word    fuzzy (typos allowed from 4 letters; shorter terms match exactly or as a prefix)
//   'word   exact word (no typos, no prefix)
//   ^word   prefix of a word
//   !word   excludes sentences whose text contains word (accent- and case-insensitive)
import {isUnspaced, tokenize, wordKey} from './tokens.ts';

export type TermOperator = 'fuzzy' | 'exact' | 'prefix' | 'not';

export interface QueryTerm {
	op: TermOperator;
	/** The term as typed, without its operator. */
	raw: string;
	/** Its lookup form (see wordKey). */
	key: string;
}

const OPERATORS: Array<[string, TermOperator]> = [
	['!', 'not'],
	["'", 'exact'],
	['^', 'prefix'],
];

export function parseTerm(text: string): QueryTerm | undefined {
	let op: TermOperator = 'fuzzy';
	let raw = text;
	for (const [mark, kind] of OPERATORS) {
		if (raw.startsWith(mark)) {
			op = kind;
			raw = raw.slice(mark.length);
			break;
		}
	}
	// fzf allows "!^word" and "!'word": the inner mark adds nothing to an exclusion.
	if (op === 'not') raw = raw.replace(/^['^]/, '');
	const key = wordKey(raw);
	if (!/[\p{L}\p{N}]/u.test(key)) return undefined;
	return {op, raw, key};
}

export function parseQuery(query: string): QueryTerm[] {
	return query
		.split(/\s+/u)
		.filter(Boolean)
		.flatMap(expandUnspaced)
		.map(parseTerm)
		.filter((term): term is QueryTerm => term !== undefined);
}

/**
 * A Chinese or Japanese term is looked up as the text is indexed: by its two-character pieces, each of
 * which must match in the sentence ("死亡した" -> '死亡 '亡し 'した). An exclusion stays whole: it is
 * tested against the sentence text.
 */
function expandUnspaced(text: string): string[] {
	if (!isUnspaced(text) || text.startsWith('!')) return [text];
	const body = text.replace(/^['^]/, '');
	return tokenize(body).map(token => (isUnspaced(token.raw) ? `'${token.raw}` : token.raw));
}
