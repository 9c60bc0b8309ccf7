// Search over one story: names, figures and words, forgiving like fzf.
// The index is built once per story. It holds each DISTINCT word and mention once (the vocabulary), each
// pointing at its items (a word, a mention entity, a figure) and each item at its occurrences in the
// text. A query looks terms up in the vocabulary (exact map, sorted prefix range, then fuse.js over a few
// candidates for typos) and only then maps the matching items back to occurrences, so a keystroke costs
// about the same on five articles as on a hundred.
// Case is ignored, with one exception (smart case, narrowed to acronyms): a term typed in capitals, 2 to 4
// letters ("US", "U.S.", "OSHA"), that the story knows as a place or organisation written that way, means
// that name. It still finds every mention and alias of the name ("U.S.", "United States"), but a plain
// word matches only where it is written in capitals too: "US" is not the pronoun in "told us".
import type {DateValue, MentionKind, NumberValue, Story, Unit} from '../model.ts';
import {canonicalAlias, fold, numberKey, parseDate, parseQuantity, parseWholeQuantity} from '../mentions/normalise.ts';
import {FuzzyVocabulary} from './fuzzy.ts';
import {parseQuery, type QueryTerm} from './query.ts';
import {hyphenParts, tokenize, wordKey, type Token} from './tokens.ts';

export type HitKind = MentionKind | 'word';

export interface SearchHit {
	source: string;
	unit: string;
	start: number; // offsets into the source text
	end: number;
	text: string;
	kind: HitKind;
	score: number; // 0..1; exact and prefix matches score above every fuzzy one, mentions above words
	exact: boolean; // matched without typos (exactly, by prefix, alias or numeric value)
}

export interface SearchPreviewItem {
	text: string;
	kind: HitKind;
	sources: string[]; // source ids, in source order
	count: number;
}

export interface SearchResult {
	query: string;
	hits: SearchHit[]; // reading order
	preview: SearchPreviewItem[]; // best distinct matches first, at most PREVIEW_SIZE
	perSource: Record<string, number>; // every source id, 0 when it has no match
	error?: string;
}

export const PREVIEW_SIZE = 8;

type Tier = 'exact' | 'prefix' | 'fuzzy';

interface Occurrence {
	unit: number; // index into story.units
	start: number;
	end: number;
	item: number;
}

/** Something a preview line stands for: a word, a mention entity, a figure in the words. */
interface Item {
	kind: HitKind;
	occurrences: number[];
	/** For a capitalised run of words the alias table knows ("United States"), kept apart from the plain word: its lookup form. */
	alias?: string;
}

interface NumberFact {
	occurrence: number;
	value: NumberValue;
	/** Unit or counted noun: the mention's, or the word after a figure in the text. */
	unitWord?: string;
}

interface Match {
	score: number;
	exact: boolean;
}

/** What one term (or grouped phrase) matches: whole items and single occurrences (figures in context). */
interface TermMatches {
	items: Map<number, Match>;
	occurrences: Map<number, Match>;
}

export interface SearchIndex {
	story: Story;
	readonly unitRank: Int32Array;
	readonly unitSource: string[];
	readonly sourceText: Map<string, string>;
	/** Folded unit texts for !exclusions, filled on first use. */
	readonly foldedUnits: Array<string | undefined>;
	readonly occurrences: Occurrence[];
	readonly items: Item[];
	readonly vocabulary: FuzzyVocabulary;
	readonly vocabularyItems: number[][];
	readonly exactWords: Map<string, number>;
	readonly sortedWords: number[]; // vocabulary ids by word
	readonly aliases: Map<string, number[]>;
	readonly numbers: Map<number, NumberFact[]>;
	readonly dates: Array<{item: number; date: DateValue}>;
	/** Lookup keys of place and organisation names the story writes as acronyms ("osha", "us"), or keys by one ("United States" -> "us"). */
	readonly acronyms: Set<string>;
	readonly termCache: Map<string, TermMatches>;
	readonly resultCache: Map<string, SearchResult>;
}

const CACHE_LIMIT = 2000;
const RESULT_CACHE_LIMIT = 64;
const MENTION_BONUS = 0.08;
// Longest run of words checked against the alias table ("united states of america").
const ALIAS_SPAN = 4;
// An acronym as written or typed: 2 to 4 capitals, each maybe followed by a dot ("US", "U.S.", "OSHA").
const ACRONYM = /^(?:\p{Lu}\.?){2,4}$/u;
// A place or organisation key short enough to be an acronym ("us" for "United States"; "ohio" for "Ohio" is not one).
const ACRONYM_KEY = /^\p{L}{2,4}$/u;

function scoreOf(tier: Tier, kind: HitKind, quality: number): number {
	const base = tier === 'exact' ? 0.9 : tier === 'prefix' ? 0.6 + 0.2 * quality : 0.5 * quality;
	return base + (kind === 'word' ? 0 : MENTION_BONUS);
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
	const list = map.get(key);
	if (!list) map.set(key, [value]);
	else if (list[list.length - 1] !== value) list.push(value);
}

// ---- reading order ----

const rankCache = new WeakMap<Story, Map<string, number>>();

/** Rank of each unit in reading order: row by row, column by column (source order), then offset; units in no row last. */
function readingRanks(story: Story): Map<string, number> {
	const cached = rankCache.get(story);
	if (cached) return cached;
	const sourceIndex = new Map(story.sources.map((source, i) => [source.id, i]));
	const rowOf = new Map<string, number>();
	story.rows.forEach((row, i) => {
		for (const id of row.units) if (!rowOf.has(id)) rowOf.set(id, i);
	});
	const order = story.units.map(unit => ({
		id: unit.id,
		row: rowOf.get(unit.id) ?? Number.POSITIVE_INFINITY,
		column: sourceIndex.get(unit.source) ?? Number.POSITIVE_INFINITY,
		start: unit.start,
	}));
	order.sort((a, b) => a.row - b.row || a.column - b.column || a.start - b.start);
	const ranks = new Map(order.map((entry, rank) => [entry.id, rank]));
	rankCache.set(story, ranks);
	return ranks;
}

export function hitsInReadingOrder(story: Story, hits: SearchHit[]): SearchHit[] {
	const ranks = readingRanks(story);
	const rank = (hit: SearchHit) => ranks.get(hit.unit) ?? Number.POSITIVE_INFINITY;
	return [...hits].sort((a, b) => rank(a) - rank(b) || a.start - b.start || a.end - b.end);
}

// ---- building ----

class IndexBuilder {
	readonly occurrences: Occurrence[] = [];
	readonly items: Item[] = [];
	readonly itemIds = new Map<string, number>();
	readonly vocabularyIds = new Map<string, number>();
	readonly vocabularyWords: string[] = [];
	readonly vocabularyItems: number[][] = [];
	readonly aliases = new Map<string, number[]>();
	readonly numbers = new Map<number, NumberFact[]>();
	readonly dates: Array<{item: number; date: DateValue}> = [];
	readonly acronyms = new Set<string>();
	private readonly quantities = new Map<string, NumberValue | undefined>();
	private readonly canonical = new Map<string, string | undefined>();
	private readonly keys = new Map<string, string>();
	private readonly folds = new Map<string, string>();

	/** wordKey and fold, remembered: most words of a story repeat. */
	key(raw: string): string {
		let value = this.keys.get(raw);
		if (value === undefined) this.keys.set(raw, (value = wordKey(raw)));
		return value;
	}

	fold(raw: string): string {
		let value = this.folds.get(raw);
		if (value === undefined) this.folds.set(raw, (value = fold(raw)));
		return value;
	}

	item(identity: string, kind: HitKind): number {
		let id = this.itemIds.get(identity);
		if (id === undefined) {
			id = this.items.length;
			this.items.push({kind, occurrences: []});
			this.itemIds.set(identity, id);
		}
		return id;
	}

	occurrence(unit: number, start: number, end: number, item: number): number {
		const id = this.occurrences.length;
		this.occurrences.push({unit, start, end, item});
		this.items[item]!.occurrences.push(id);
		return id;
	}

	word(key: string, item: number): void {
		let id = this.vocabularyIds.get(key);
		if (id === undefined) {
			id = this.vocabularyWords.length;
			this.vocabularyIds.set(key, id);
			this.vocabularyWords.push(key);
			this.vocabularyItems.push([]);
		}
		const list = this.vocabularyItems[id]!;
		if (!list.includes(item)) list.push(item);
	}

	alias(folded: string): string | undefined {
		if (this.canonical.has(folded)) return this.canonical.get(folded);
		const value = canonicalAlias(folded);
		this.canonical.set(folded, value);
		return value;
	}

	quantity(text: string): NumberValue | undefined {
		if (this.quantities.has(text)) return this.quantities.get(text);
		const value = parseQuantity(text);
		this.quantities.set(text, value);
		return value;
	}

	fact(occurrence: number, value: NumberValue, unitWord?: string): void {
		let list = this.numbers.get(value.value);
		if (!list) this.numbers.set(value.value, (list = []));
		list.push({occurrence, value, unitWord});
	}
}

/** Numbers worth reading from a lone word: figures, and number words of three letters or more ("a" is not "1"). */
function mayBeNumber(key: string): boolean {
	return /\p{N}/u.test(key) || key.length >= 3;
}

function indexUnitWords(builder: IndexBuilder, unit: Unit, unitIndex: number): void {
	const tokens = tokenize(unit.text, true);
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		for (const part of [token, ...hyphenParts(token)]) {
			const key = builder.key(part.raw);
			if (!key) continue;
			const item = builder.item(`w:${key}`, 'word');
			const occurrence = builder.occurrence(unitIndex, unit.start + part.start, unit.start + part.end, item);
			builder.word(key, item);
			if (part === token) indexWordNumber(builder, unit, tokens, i, occurrence, key);
		}
		indexWordAliases(builder, unit, unitIndex, tokens, i);
	}
}

/** Only spaces between two tokens: they read as one phrase. */
function adjacent(text: string, a: Token, b: Token): boolean {
	return /^[ \u00A0]+$/u.test(text.slice(a.end, b.start));
}

/**
 * A figure among the words, with the unit or percent that follows it ("320 tons", "50 per cent"): the
 * value and unit come from the longest phrase of up to three words that still reads as this same figure.
 * The match stays on the figure itself, so highlights do not run into the next words.
 */
function indexWordNumber(builder: IndexBuilder, unit: Unit, tokens: Token[], i: number, occurrence: number, key: string): void {
	if (!mayBeNumber(key)) return;
	const value = builder.quantity(tokens[i]!.raw);
	if (!value) return;
	for (let j = Math.min(i + 2, tokens.length - 1); j > i && !value.percent; j--) {
		if (!tokens.slice(i + 1, j + 1).every((token, k) => adjacent(unit.text, tokens[i + k]!, token))) continue;
		const wider = builder.quantity(unit.text.slice(tokens[i]!.start, tokens[j]!.end));
		if (wider && wider.value === value.value && (wider.percent || wider.unit)) {
			builder.fact(occurrence, wider, wider.unit);
			return;
		}
	}
	const next = tokens[i + 1];
	builder.fact(occurrence, value, next && adjacent(unit.text, tokens[i]!, next) ? builder.key(next.raw) : undefined);
}

/**
 * Runs of words the alias table knows under another name ("United States" -> "us"). Runs start at a
 * capitalised word: the table holds names of places and organisations.
 */
function indexWordAliases(builder: IndexBuilder, unit: Unit, unitIndex: number, tokens: Token[], i: number): void {
	const first = tokens[i]!.raw;
	// The alias table ignores a leading "the"; so does the highlight, which starts at the next word.
	if (!/^\p{Lu}/u.test(first) || /^the$/iu.test(first)) return;
	let phrase = '';
	for (let j = i; j < Math.min(tokens.length, i + ALIAS_SPAN); j++) {
		if (j > i && !adjacent(unit.text, tokens[j - 1]!, tokens[j]!)) break;
		phrase = j === i ? builder.fold(first) : `${phrase} ${builder.fold(tokens[j]!.raw)}`;
		const alias = builder.alias(phrase);
		if (!alias) continue;
		const key = j === i ? builder.key(first) : wordKey(phrase);
		// A capitalised word that is already its own canonical name ("US") is indexed too, so "united states"
		// finds it; the lower-case common word ("told us") is not a name and never starts a run.
		if (j > i && (alias === phrase || alias === key)) continue;
		// Its own item, apart from the plain word: "US" the name, not every "us".
		const item = builder.item(`p:${key}`, 'word');
		builder.items[item]!.alias = key;
		if (j === i && ACRONYM.test(first)) builder.acronyms.add(key).add(alias);
		builder.occurrence(unitIndex, unit.start + tokens[i]!.start, unit.start + tokens[j]!.end, item);
		pushTo(builder.aliases, alias, item);
	}
}

export function buildSearchIndex(story: Story): SearchIndex {
	const builder = new IndexBuilder();
	const unitIndex = new Map(story.units.map((unit, i) => [unit.id, i]));
	story.units.forEach((unit, i) => indexUnitWords(builder, unit, i));

	for (const mention of story.mentions) {
		const u = unitIndex.get(mention.unit);
		if (u === undefined) continue;
		const item = builder.item(`m:${mention.kind}:${mention.key}`, mention.kind);
		const occurrence = builder.occurrence(u, mention.start, mention.end, item);
		// A name is found through any of its words and any word of its key ("Sheinbaum" -> "claudia sheinbaum");
		// figures and dates through their text only (their keys are codes: "37 member", "2025-02").
		// A figure's words find that occurrence (and those spelled alike), not every figure with the same value:
		// "cartel" should not find "37 suspected members" because another outlet wrote "37 cartel members".
		const named = mention.kind === 'person' || mention.kind === 'organisation' || mention.kind === 'place';
		// Names written as acronyms ("OSHA", "U.S."), and short keys standing for a longer name ("United States" -> "us").
		if (mention.kind === 'organisation' || mention.kind === 'place') {
			const written = builder.key(mention.text);
			if (ACRONYM.test(mention.text)) builder.acronyms.add(written);
			if (ACRONYM_KEY.test(mention.key) && mention.key !== written) builder.acronyms.add(mention.key);
		}
		const spelled = named ? [...tokenize(mention.text), ...tokenize(mention.key)] : tokenize(mention.text);
		const words = new Set(spelled.map(token => builder.key(token.raw)).filter(Boolean));
		let found = item;
		if (!named) {
			found = builder.item(`s:${mention.kind}:${mention.key}:${builder.key(mention.text)}`, mention.kind);
			builder.items[found]!.occurrences.push(occurrence);
		}
		for (const word of words) builder.word(word, found);
		const folded = fold(mention.text);
		for (const name of new Set([mention.key, folded, wordKey(folded)])) {
			pushTo(builder.aliases, name, item);
			const alias = builder.alias(name);
			if (alias) pushTo(builder.aliases, alias, item);
		}
		if (mention.number) builder.fact(occurrence, mention.number, mention.number.unit);
		if (mention.date && !builder.dates.some(entry => entry.item === item)) builder.dates.push({item, date: mention.date});
	}

	const ranks = readingRanks(story);
	const words = builder.vocabularyWords;
	return {
		story,
		unitRank: Int32Array.from(story.units, unit => ranks.get(unit.id)!),
		unitSource: story.units.map(unit => unit.source),
		sourceText: new Map(story.sources.map(source => [source.id, source.text])),
		foldedUnits: new Array<string | undefined>(story.units.length),
		occurrences: builder.occurrences,
		items: builder.items,
		vocabulary: new FuzzyVocabulary(words),
		vocabularyItems: builder.vocabularyItems,
		exactWords: builder.vocabularyIds,
		sortedWords: words.map((_, id) => id).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0)),
		aliases: builder.aliases,
		numbers: builder.numbers,
		dates: builder.dates,
		acronyms: builder.acronyms,
		termCache: new Map(),
		resultCache: new Map(),
	};
}

// ---- matching one term ----

function emptyMatches(): TermMatches {
	return {items: new Map(), occurrences: new Map()};
}

function better(map: Map<number, Match>, id: number, match: Match): void {
	const old = map.get(id);
	if (!old || old.score < match.score) map.set(id, match);
}

function addItems(index: SearchIndex, matches: TermMatches, ids: Iterable<number>, tier: Tier, quality: number): void {
	for (const id of ids) {
		better(matches.items, id, {score: scoreOf(tier, index.items[id]!.kind, quality), exact: tier !== 'fuzzy'});
	}
}

/** Same unit, or one names the other's head noun ("ton"/"tons", "suspect"/"suspects"). */
function sameUnit(wanted: string, found: string | undefined): boolean {
	if (!found) return false;
	const a = wordKey(wanted);
	const b = wordKey(found);
	return a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));
}

function addNumbers(index: SearchIndex, matches: TermMatches, wanted: NumberValue): void {
	for (const fact of index.numbers.get(wanted.value) ?? []) {
		if (wanted.percent && !fact.value.percent) continue;
		// "3-2" finds that tally only; a plain "3" is not the first half of a score.
		if (Boolean(wanted.tally) !== Boolean(fact.value.tally) || (wanted.tally && wanted.tally[1] !== fact.value.tally![1])) continue;
		if (wanted.unit && !sameUnit(wanted.unit, fact.unitWord)) continue;
		const kind = index.items[index.occurrences[fact.occurrence]!.item]!.kind;
		better(matches.occurrences, fact.occurrence, {score: scoreOf('exact', kind, 1), exact: true});
	}
}

/** A date the query names matches every date mention that agrees on every part the query gives. */
function addDates(index: SearchIndex, matches: TermMatches, wanted: DateValue): void {
	const parts: Array<keyof DateValue> = ['year', 'month', 'day', 'weekday'];
	for (const {item, date} of index.dates) {
		if (parts.every(part => wanted[part] === undefined || wanted[part] === date[part])) addItems(index, matches, [item], 'exact', 1);
	}
}

function usefulDate(date: DateValue | undefined): date is DateValue {
	return date !== undefined && (date.month !== undefined || date.year !== undefined || date.weekday !== undefined);
}

/** Names, aliases, figures and dates: what a term or a phrase of several terms can mean as a whole. */
function addMeanings(index: SearchIndex, matches: TermMatches, raw: string, key: string): void {
	const folded = fold(raw);
	for (const name of new Set([key, folded, canonicalAlias(folded), canonicalAlias(key)])) {
		if (name) addItems(index, matches, index.aliases.get(name) ?? [], 'exact', 1);
	}
	// The whole term or phrase must be the figure: "37 Harfuch" is two terms, not 37 counting Harfuchs.
	const quantity = parseWholeQuantity(raw);
	if (quantity) addNumbers(index, matches, quantity);
	const date = parseDate(raw);
	if (usefulDate(date)) addDates(index, matches, date);
}

/** Vocabulary ids of the words starting with `prefix`, by binary search in the sorted vocabulary. */
function wordsWithPrefix(index: SearchIndex, prefix: string): number[] {
	const {sortedWords} = index;
	const words = index.vocabulary.words;
	let low = 0;
	let high = sortedWords.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (words[sortedWords[mid]!]! < prefix) low = mid + 1;
		else high = mid;
	}
	const ids: number[] = [];
	for (let i = low; i < sortedWords.length && words[sortedWords[i]!]!.startsWith(prefix); i++) ids.push(sortedWords[i]!);
	return ids;
}

function matchTerm(index: SearchIndex, term: QueryTerm): TermMatches {
	const cacheKey = `${term.op}\u0000${term.raw}`;
	const cached = index.termCache.get(cacheKey);
	if (cached) return cached;
	const matches = emptyMatches();
	const {key} = term;
	const words = index.vocabulary.words;
	const exactId = index.exactWords.get(key);
	if (exactId !== undefined) addItems(index, matches, index.vocabularyItems[exactId]!, 'exact', 1);
	if (term.op !== 'prefix') addMeanings(index, matches, term.raw, key);
	// Figures are values: "9" is not a prefix of "92" unless asked for with ^.
	const figure = /\p{N}/u.test(key);
	if (term.op === 'prefix' || (term.op === 'fuzzy' && !figure)) {
		for (const id of wordsWithPrefix(index, key)) {
			if (id !== exactId) addItems(index, matches, index.vocabularyItems[id]!, 'prefix', key.length / words[id]!.length);
		}
	}
	if (term.op === 'fuzzy' && !figure) {
		for (const {id, score} of index.vocabulary.match(key)) {
			if (words[id]!.startsWith(key)) continue; // already a prefix match
			addItems(index, matches, index.vocabularyItems[id]!, 'fuzzy', 1 - score);
		}
	}
	if (isSmartCase(index, term)) keepCapitalWords(index, matches, key);
	remember(index.termCache, cacheKey, matches, CACHE_LIMIT);
	return matches;
}

/** A term typed as an acronym ("US", "U.S.") that the story knows as a place or organisation. */
function isSmartCase(index: SearchIndex, term: QueryTerm): boolean {
	if (term.op === 'not' || !ACRONYM.test(term.raw)) return false;
	const alias = canonicalAlias(term.key);
	return index.acronyms.has(term.key) || (alias !== undefined && index.acronyms.has(alias));
}

/**
 * Smart case for an acronym: mentions, and alias names spelled otherwise ("United States", "America"), still
 * match whole; a word spelled like the term matches only where it has no lower-case letter ("US", "U.S.",
 * "USA", not "us" or a sentence's first "Us").
 */
function keepCapitalWords(index: SearchIndex, matches: TermMatches, key: string): void {
	// A word spelled like the term (its own alias item included), not a mention or another name.
	const spelledAsTerm = (item: Item) => item.kind === 'word' && (item.alias === undefined || item.alias === key);
	const asTyped = (occurrence: number): boolean => {
		const {unit, start, end, item} = index.occurrences[occurrence]!;
		if (!spelledAsTerm(index.items[item]!)) return true;
		return !/\p{Ll}/u.test(index.sourceText.get(index.unitSource[unit]!)!.slice(start, end));
	};
	for (const occurrence of [...matches.occurrences.keys()]) if (!asTyped(occurrence)) matches.occurrences.delete(occurrence);
	for (const [id, match] of [...matches.items]) {
		const item = index.items[id]!;
		if (!spelledAsTerm(item)) continue;
		matches.items.delete(id);
		for (const occurrence of item.occurrences) if (asTyped(occurrence)) better(matches.occurrences, occurrence, match);
	}
}

/** Several plain terms read as one thing: "united states", "50 percent", "320 tons", "claudia sheinbaum". */
function matchPhrase(index: SearchIndex, terms: QueryTerm[]): TermMatches {
	const raw = terms.map(term => term.raw).join(' ');
	const cacheKey = `phrase\u0000${raw}`;
	const cached = index.termCache.get(cacheKey);
	if (cached) return cached;
	const matches = emptyMatches();
	addMeanings(index, matches, raw, wordKey(raw));
	remember(index.termCache, cacheKey, matches, CACHE_LIMIT);
	return matches;
}

function remember<V>(cache: Map<string, V>, key: string, value: V, limit: number): void {
	if (cache.size >= limit) cache.delete(cache.keys().next().value!);
	cache.set(key, value);
}

function isEmpty(matches: TermMatches): boolean {
	return matches.items.size === 0 && matches.occurrences.size === 0;
}

/** Groups runs of plain terms into phrases when the phrase as a whole finds something (longest first). */
function matchTerms(index: SearchIndex, terms: QueryTerm[]): TermMatches[] {
	const result: TermMatches[] = [];
	for (let i = 0; i < terms.length; ) {
		let grouped = 0;
		for (let length = Math.min(ALIAS_SPAN, terms.length - i); length >= 2 && !grouped; length--) {
			const run = terms.slice(i, i + length);
			if (!run.every(term => term.op === 'fuzzy')) continue;
			const matches = matchPhrase(index, run);
			if (!isEmpty(matches)) {
				result.push(matches);
				grouped = length;
			}
		}
		if (!grouped) result.push(matchTerm(index, terms[i]!));
		i += grouped || 1;
	}
	return result;
}

// ---- a whole query ----

interface Candidate {
	occurrence: number;
	score: number;
	exact: boolean;
}

function candidatesOf(index: SearchIndex, matches: TermMatches): Map<number, Candidate> {
	const result = new Map<number, Candidate>();
	const add = (occurrence: number, match: Match) => {
		const old = result.get(occurrence);
		if (!old || old.score < match.score) result.set(occurrence, {occurrence, ...match});
	};
	for (const [item, match] of matches.items) for (const occurrence of index.items[item]!.occurrences) add(occurrence, match);
	for (const [occurrence, match] of matches.occurrences) add(occurrence, match);
	return result;
}

function emptyResult(index: SearchIndex, query: string, error?: string): SearchResult {
	const perSource = Object.fromEntries(index.story.sources.map(source => [source.id, 0]));
	return error ? {query, hits: [], preview: [], perSource, error} : {query, hits: [], preview: [], perSource};
}

export function searchStory(index: SearchIndex, query: string): SearchResult {
	const cached = index.resultCache.get(query);
	if (cached) return cached;
	const result = runQuery(index, query);
	remember(index.resultCache, query, result, RESULT_CACHE_LIMIT);
	return result;
}

function runQuery(index: SearchIndex, query: string): SearchResult {
	const terms = parseQuery(query);
	const wanted = terms.filter(term => term.op !== 'not');
	const excluded = terms.filter(term => term.op === 'not');
	if (wanted.length === 0) return emptyResult(index, query, excluded.length > 0 ? 'nothing to find: add a term besides the !exclusions' : undefined);

	const perTerm = matchTerms(index, wanted).map(matches => candidatesOf(index, matches));
	// Every term must match within the same sentence.
	let units: Set<number> | undefined;
	if (perTerm.length > 1) {
		for (const candidates of perTerm) {
			const here = new Set<number>();
			for (const occurrence of candidates.keys()) {
				const unit = index.occurrences[occurrence]!.unit;
				if (!units || units.has(unit)) here.add(unit);
			}
			units = here;
		}
	}
	const exclusions = excluded.flatMap(term => [...new Set([fold(term.raw), term.key])]);
	const folded = (unit: number) => (index.foldedUnits[unit] ??= fold(index.story.units[unit]!.text));
	const allowed = (unit: number) => (!units || units.has(unit)) && !exclusions.some(text => folded(unit).includes(text));

	const merged = new Map<number, Candidate>();
	for (const candidates of perTerm) {
		for (const candidate of candidates.values()) {
			if (!allowed(index.occurrences[candidate.occurrence]!.unit)) continue;
			const old = merged.get(candidate.occurrence);
			if (!old || old.score < candidate.score) merged.set(candidate.occurrence, candidate);
		}
	}
	const kept = withoutOverlaps(index, [...merged.values()]);
	return {query, hits: kept.map(candidate => toHit(index, candidate)), preview: previewOf(index, kept), perSource: countPerSource(index, kept)};
}

/** Reading order, and where matches overlap (a word inside a mention), only the better one. */
function withoutOverlaps(index: SearchIndex, candidates: Candidate[]): Candidate[] {
	const {occurrences, unitRank} = index;
	const sorted = candidates.sort((a, b) => {
		const x = occurrences[a.occurrence]!;
		const y = occurrences[b.occurrence]!;
		return unitRank[x.unit]! - unitRank[y.unit]! || x.start - y.start || y.end - x.end;
	});
	const kept: Candidate[] = [];
	for (const candidate of sorted) {
		const last = kept[kept.length - 1];
		const here = occurrences[candidate.occurrence]!;
		const there = last && occurrences[last.occurrence]!;
		if (!last || there!.unit !== here.unit || here.start >= there!.end) {
			kept.push(candidate);
			continue;
		}
		const longer = here.end - here.start > there!.end - there!.start;
		if (candidate.score > last.score || (candidate.score === last.score && longer)) kept[kept.length - 1] = candidate;
	}
	return kept;
}

function toHit(index: SearchIndex, candidate: Candidate): SearchHit {
	const occurrence = index.occurrences[candidate.occurrence]!;
	const unit = index.story.units[occurrence.unit]!;
	const text = index.sourceText.get(unit.source)!.slice(occurrence.start, occurrence.end);
	const kind = index.items[occurrence.item]!.kind;
	return {source: unit.source, unit: unit.id, start: occurrence.start, end: occurrence.end, text, kind, score: candidate.score, exact: candidate.exact};
}

function countPerSource(index: SearchIndex, kept: Candidate[]): Record<string, number> {
	const counts = emptyResult(index, '').perSource;
	for (const candidate of kept) counts[index.unitSource[index.occurrences[candidate.occurrence]!.unit]!]!++;
	return counts;
}

/** Best distinct matches: one line per item, by best score, ties in reading order of first appearance. */
function previewOf(index: SearchIndex, kept: Candidate[]): SearchPreviewItem[] {
	const order = new Map(index.story.sources.map((source, i) => [source.id, i]));
	const groups = new Map<number, {first: number; score: number; candidate: Candidate; sources: Set<string>; count: number}>();
	kept.forEach((candidate, position) => {
		const occurrence = index.occurrences[candidate.occurrence]!;
		let group = groups.get(occurrence.item);
		if (!group) groups.set(occurrence.item, (group = {first: position, score: candidate.score, candidate, sources: new Set(), count: 0}));
		group.score = Math.max(group.score, candidate.score);
		group.sources.add(index.unitSource[occurrence.unit]!);
		group.count++;
	});
	return [...groups.values()]
		.sort((a, b) => b.score - a.score || a.first - b.first)
		.slice(0, PREVIEW_SIZE)
		.map(group => {
			const hit = toHit(index, group.candidate);
			return {text: hit.text, kind: hit.kind, sources: [...group.sources].sort((a, b) => order.get(a)! - order.get(b)!), count: group.count};
		});
}

