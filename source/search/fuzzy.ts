// Typo-tolerant lookup of one term among the distinct words of a story.
// fuse.js scores the match, but only over a short list of candidates: one fuse query over every distinct
// word would cost tens of milliseconds on a large story, and a keystroke has about one. Candidates share
// enough letter pairs with the term, near the same place in the word (an edit destroys at most two pairs
// and shifts the rest by one).
import Fuse from 'fuse.js';

/** fuse.js score (0 perfect .. 1 unrelated) above which a word is not a match. */
export const FUZZY_THRESHOLD = 0.3;

/** Shortest term that may match with typos; shorter ones match exactly or as a prefix only. */
export const FUZZY_MIN_LENGTH = 4;

export interface FuzzyMatch {
	id: number; // index into the vocabulary
	score: number; // fuse.js score, 0 = perfect
}

const FUSE_OPTIONS = {
	includeScore: true,
	isCaseSensitive: true, // words and terms are folded already
	shouldSort: false,
	threshold: FUZZY_THRESHOLD,
	// Anchored near the start of the word: a typo'd prefix matches, a stray substring deep inside a word does not.
	location: 0,
	distance: 4,
	ignoreFieldNorm: true,
};

/** Typos allowed in a term of this length. */
export function allowedErrors(length: number): number {
	return length < FUZZY_MIN_LENGTH ? 0 : Math.max(1, Math.floor(length * FUZZY_THRESHOLD));
}

export class FuzzyVocabulary {
	readonly words: string[];
	/** Letter pair -> flat [wordId, position, wordId, position, ...]. */
	private readonly pairs = new Map<string, number[]>();
	private readonly seen: Int32Array;
	private readonly counts: Uint16Array;

	constructor(words: string[]) {
		this.words = words;
		this.seen = new Int32Array(words.length).fill(-1);
		this.counts = new Uint16Array(words.length);
		words.forEach((word, id) => {
			for (let i = 0; i + 1 < word.length; i++) {
				const pair = word.slice(i, i + 2);
				let list = this.pairs.get(pair);
				if (!list) this.pairs.set(pair, (list = []));
				list.push(id, i);
			}
		});
	}

	/** Words within the allowed typos of `term` (as a whole word or as a word's beginning). */
	match(term: string): FuzzyMatch[] {
		const errors = allowedErrors(term.length);
		if (errors === 0) return [];
		const candidates = this.candidates(term, errors);
		if (candidates.length === 0) return [];
		const fuse = new Fuse(candidates.map(id => this.words[id]!), FUSE_OPTIONS);
		return fuse.search(term).map(result => ({id: candidates[result.refIndex]!, score: result.score ?? 1}));
	}

	private candidates(term: string, errors: number): number[] {
		const pairCount = term.length - 1;
		const needed = Math.max(1, pairCount - 2 * errors);
		const minLength = term.length - errors;
		const touched: number[] = [];
		const {seen, counts, words} = this;
		for (let i = 0; i < pairCount; i++) {
			const list = this.pairs.get(term.slice(i, i + 2));
			if (!list) continue;
			for (let k = 0; k < list.length; k += 2) {
				const id = list[k]!;
				if (Math.abs(list[k + 1]! - i) > errors + 1) continue;
				if (seen[id] === -1) {
					touched.push(id);
					counts[id] = 0;
				}
				if (seen[id] !== i) {
					seen[id] = i; // count each word once per letter pair of the term
					counts[id]++;
				}
			}
		}
		const result: number[] = [];
		for (const id of touched) {
			if (counts[id]! >= needed && words[id]!.length >= minLength) result.push(id);
			seen[id] = -1;
		}
		return result;
	}
}
