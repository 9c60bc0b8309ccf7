// Turning a unit into weighted terms: content words (folded, irregular forms reduced, synonyms merged,
// stemmed) plus its mentions as typed terms ("n:37", "p:claudia sheinbaum"), which carry more weight
// because shared figures and names are the strongest sign that two sentences state the same claim.
import {stemmer} from 'stemmer';
import type {Mention, MentionKind, NumberValue} from '../model.ts';
import {IRREGULAR, PHRASES, STOPWORDS, SYNONYM_WORDS, synonymOf} from './lexicon.ts';

const stemCache = new Map<string, string>();

export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/'s\b/g, '')
		.replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
		.replace(/\u00A0/g, ' ');
}

/** Canonical term for one folded word: irregular form → base, synonym set → its head, else Porter stem. */
export function termOf(word: string): string {
	let cached = stemCache.get(word);
	if (cached !== undefined) return cached;
	const base = IRREGULAR[word] ?? word;
	const stem = stemmer(base);
	cached = synonymOf(base) ?? synonymOf(stem) ?? synonymOfStem(stem) ?? stem;
	stemCache.set(word, cached);
	return cached;
}

let stemmedSynonyms: Map<string, string> | undefined;
function synonymOfStem(stem: string): string | undefined {
	if (!stemmedSynonyms) {
		stemmedSynonyms = new Map();
		// Build lazily from the lexicon's heads: stems of every member, first set wins.
		for (const word of SYNONYM_WORDS) {
			const head = synonymOf(word)!;
			const s = stemmer(word);
			if (!stemmedSynonyms.has(s)) stemmedSynonyms.set(s, head);
		}
	}
	return stemmedSynonyms.get(stem);
}

interface PhraseRule {
	pattern: RegExp;
	replacement: string;
	/** Literal openings one of which every match starts with; undefined when the pattern has none to test. */
	needles?: string[];
}

let rules: PhraseRule[] | undefined;
function phraseRules(): PhraseRule[] {
	return (rules ??= PHRASES.map(([pattern, replacement]) => ({pattern, replacement, needles: openingLiterals(pattern.source)})));
}

/**
 * The literal letters each top-level alternative of a pattern starts with, after its \b ("\bhand(?:s|ed)? "
 * gives "hand"; a letter made optional by ? or * is left off). Undefined when some alternative opens with
 * a group or class, so that the pattern is always run.
 */
export function openingLiterals(source: string): string[] | undefined {
	const alternatives: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < source.length; i++) {
		const ch = source[i];
		if (ch === '\\') i++;
		else if (ch === '(' || ch === '[') depth++;
		else if (ch === ')' || ch === ']') depth--;
		else if (ch === '|' && depth === 0) {
			alternatives.push(source.slice(start, i));
			start = i + 1;
		}
	}
	alternatives.push(source.slice(start));
	const needles: string[] = [];
	for (const alternative of alternatives) {
		if (!alternative.startsWith('\\b')) return undefined;
		const rest = alternative.slice(2);
		// "\b(?:take|took|taken) ...": each word of an opening group of plain words.
		const group = /^\((?:\?:)?((?:[a-z]+(?:\([a-z|]+\)\??)?\??\|)*[a-z]+(?:\([a-z|]+\)\??)?\??)\)/.exec(rest);
		const words = group ? group[1]!.split(/\|(?![^(]*\))/) : [rest];
		for (const word of words) {
			const match = /^[a-z ]+/.exec(word);
			if (!match) return undefined;
			let literal = match[0];
			const next = word[literal.length];
			if (next === '?' || next === '*' || next === '{') literal = literal.slice(0, -1);
			if (literal.trim().length < 2) return undefined;
			needles.push(literal);
		}
	}
	return needles;
}

/** Whether `needle` occurs in `text` at the start of a word. */
function startsWord(text: string, needle: string): boolean {
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
		const before = text.charCodeAt(at - 1);
		if (at === 0 || !((before >= 97 && before <= 122) || (before >= 48 && before <= 57))) return true;
	}
	return false;
}

/** Content-word terms of a text, in order (duplicates kept: callers count them). */
export function wordTerms(text: string): string[] {
	let folded = foldText(text);
	for (const {pattern, replacement, needles} of phraseRules()) {
		// Most sentences hold none of a phrase's opening words: skip its regex (never compiling most of them).
		if (needles && !needles.some(needle => startsWord(folded, needle))) continue;
		folded = folded.replace(pattern, replacement);
	}
	const terms: string[] = [];
	for (const match of folded.matchAll(/[a-z][a-z'-]*[a-z]|[a-z]/g)) {
		for (const part of match[0].split('-')) {
			const word = part.replace(/'/g, '');
			if (word.length < 2 || STOPWORDS.has(word)) continue;
			terms.push(termOf(word));
		}
	}
	return terms;
}

const KIND_PREFIX: Record<MentionKind, string> = {person: 'p', organisation: 'o', place: 'l', number: 'n', date: 'd'};

/** Relative weight of a mention term against a content word with the same IDF. */
export const MENTION_BOOST: Record<MentionKind, number> = {number: 2.2, date: 1.6, person: 1.5, organisation: 1.3, place: 1.1};

/**
 * Weight of one mention's term. A single-digit count ("two of them", "three hospitals") recurs across
 * unrelated claims of a story, so it weighs as a plain word; larger and fractional figures, percentages,
 * tallies ("3–2") and vague quantities keep the number boost, since sharing "37" or "320 tons" is strong evidence.
 */
export function mentionBoost(mention: Mention): number {
	const n = mention.number;
	if (mention.kind === 'number' && n && !n.percent && !n.vague && !n.tally && Number.isInteger(n.value) && Math.abs(n.value) < 10) return 1;
	return MENTION_BOOST[mention.kind];
}

/**
 * A second term for a figure: what it counts ("nc:member", "nc:usd", "nc:tally"), whatever its value.
 * Two outlets giving different figures for one thing (37 suspects / 36 suspects, a 3–2 / 4–1 vote) then
 * still share a term, so their sentences can meet in one row, where compare shows the conflict.
 */
export function numberClassTerm(mention: Mention): string | undefined {
	const counted = mention.kind === 'number' && mention.number ? countedKind(mention.number) : '';
	return counted ? `nc:${counted}` : undefined;
}

/** Nouns that all count homes: "47 homes", "47 houses", "47 dwellings" and "47 residences" report one figure. */
const DWELLINGS = new Set(['home', 'house', 'dwelling', 'residence']);

/** What a figure counts: "tally", "percent", the term of its counted noun ("member", "usd"), or '' for a bare figure. */
export function countedKind(n: NumberValue): string {
	if (n.tally) return 'tally';
	if (n.percent) return 'percent';
	if (!n.unit) return '';
	const unit = n.unit.toLowerCase();
	return DWELLINGS.has(unit) ? 'home' : termOf(unit);
}

export function mentionTerm(mention: Mention): string {
	if (mention.kind === 'number' && mention.number) {
		// Match on the value alone: "37 suspects" and "37 inmates" state the same figure.
		const n = mention.number;
		if (n.tally) return `n:${n.tally[0]}-${n.tally[1]}`;
		return `n:${n.percent ? `${n.value}%` : n.vague ? `~${n.min}` : n.value}`;
	}
	return `${KIND_PREFIX[mention.kind]}:${mention.key}`;
}

// Where a sentence may carry a second claim: a clause boundary (semicolon, colon, dash) or a comma
// followed by a connective ("..., as Trump threatens ...", "..., but has rejected ...").
const CLAUSE_BREAK =
	/\s*[;:]\s+|\s+[-–—]\s+|,\s+(?=(?:as|while|but|and|after|before|including|which|who|following|amid|although|though|whereas|saying|adding|bringing|despite|since|because)\b)/gi;

/** Spans [start, end) of the clauses of a sentence with at least `minTerms` content terms each; [] when there are fewer than two. */
export function clauseSpans(text: string, minTerms = 3): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	let start = 0;
	for (const match of text.matchAll(CLAUSE_BREAK)) {
		spans.push([start, match.index]);
		start = match.index + match[0].length;
	}
	spans.push([start, text.length]);
	// Fold clauses too short to state a claim into their neighbour.
	const merged: Array<[number, number]> = [];
	for (const span of spans) {
		const last = merged.at(-1);
		if (last && wordTerms(text.slice(...last)).length < minTerms) last[1] = span[1];
		else merged.push([...span]);
	}
	const last = merged.at(-1);
	if (merged.length > 1 && last && wordTerms(text.slice(...last)).length < minTerms) {
		merged.pop();
		merged.at(-1)![1] = last[1];
	}
	return merged.length > 1 ? merged : [];
}
