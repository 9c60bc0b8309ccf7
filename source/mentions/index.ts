// Mentions stage: people, organisations, places, numbers and dates in every kept unit, with exact
// offsets and keys that match across sources. Rule-based and linear in text size:
//   1. tokenise every unit once;
//   2. per unit, read dates, then quantities, then capitalised spans, classifying each span with
//      small general lexicons (titles, given names, organisation heads, a world gazetteer) and cues
//      ("X said", "in X", "state of X");
//   3. story-wide: link surnames and partial names to the full name seen anywhere in the story,
//      settle spans that were only candidates, and resolve relative dates against the story's latest
//      explicit month.
import type {DateValue, Mention, MentionKind, NumberValue, Source, Unit} from '../model.ts';
import {adjacent, tokenize, type Token} from './tokens.ts';
import {readQuantity, numberKey, ORDINALS} from './numbers.ts';
import {readDate, resolveRelative, dateKey, relativeKey, type Reference, type Relative} from './dates.ts';
import {canonicalAlias} from './aliases.ts';
import {DEMONYMS, MAX_PLACE_WORDS, PLACES} from './places.ts';
import {
	COMMON_CAPS, GIVEN_NAMES, TITLE_MODIFIERS, LOWER_ORG_HEADS, MONTHS, NAME_PARTICLES, NOUN_STOP, ORG_HEADS, SPEECH_VERBS, TITLES, WEEKDAYS,
} from './lexicon.ts';

type ItemKind = MentionKind | 'candidate';

interface Item {
	source: string;
	unit: string;
	start: number;
	end: number;
	kind: ItemKind;
	key: string;
	name?: string[]; // folded name words (people and candidates), nickname left out
	nickname?: string;
	number?: NumberValue;
	date?: DateValue;
	relative?: Relative;
	speech?: boolean; // "X said", "said X"
	placeCue?: boolean; // "in X", "state of X"
	atStart?: boolean; // first word of its sentence
}

const NUMBER_WORDS = new Set(
	('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
		'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen ' +
		'dozens scores hundreds thousands millions billions several tens a an about around approximately roughly nearly ' +
		'almost some over under more fewer less at up as close just upwards estimated').split(' '),
);
const ORDINAL_OPENERS = new Set(['the', 'a', 'its', 'his', 'her', 'their', 'this', "'s", 'our']);
const PLACE_CUES = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside']);
const PLACE_OF = new Set(['state', 'city', 'town', 'province', 'region', 'municipality', 'capital', 'port', 'county', 'village', 'border']);
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);
const OF_JOINERS = new Set(['of', 'for']);

function isWord(t: Token | undefined): t is Token {
	return !!t && t.kind === 'word';
}

/** A capitalised word that is part of the lexicons (so never treated as a plain sentence opener). */
function isLexical(low: string): boolean {
	return PLACES.has(low) || GIVEN_NAMES.has(low) || ORG_HEADS.has(low) || DEMONYMS.has(low) || TITLES.has(low);
}

interface UnitContext {
	source: string;
	unit: string;
	tokens: Token[];
	titleCase: boolean;
	lowerSeen: Set<string>;
	items: Item[];
}

/** A heading or shouted line where nearly every word is capitalised: case says little there. */
function isTitleCase(tokens: Token[]): boolean {
	let caps = 0;
	let words = 0;
	for (const t of tokens) {
		if (t.kind !== 'word' || t.text.length < 4) continue;
		words++;
		if (t.cap) caps++;
	}
	return words >= 3 && caps / words >= 0.7;
}

/** Is token i the first word of its sentence (only punctuation, e.g. a quote, before it)? */
function atSentenceStart(tokens: Token[], i: number): boolean {
	for (let k = i - 1; k >= 0; k--) {
		const t = tokens[k];
		if (t.kind !== 'punct') return false;
		if (t.text === ':' || t.text === '.' || t.text === '—' || t.text === '–') return true;
	}
	return true;
}

/** A capitalised word that does not start or continue a name here. */
function isWeak(ctx: UnitContext, i: number): boolean {
	const t = ctx.tokens[i];
	if (t.upper) return false;
	if (COMMON_CAPS.has(t.low) && !PLACES.has(t.low) && !ORG_HEADS.has(t.low)) return true;
	if (isLexical(t.low)) return false;
	if (ctx.titleCase) return ctx.lowerSeen.has(t.low) || NOUN_STOP.has(t.low);
	return atSentenceStart(ctx.tokens, i) && ctx.lowerSeen.has(t.low);
}

/** Does a date start at token j (so a capitalised span must stop before it)? */
function dateStartsAt(tokens: Token[], j: number): boolean {
	const t = tokens[j];
	if (!(t.low in MONTHS) && !(t.low in WEEKDAYS)) return false;
	return readDate(tokens, j, 0) !== undefined;
}

interface Span {
	words: number[]; // token indices of name words in order (nickname words included)
	nickname: Set<number>;
	end: number; // token index after the span
}

/**
 * Longest run of capitalised words read as one name. Real names, places and organisations are far
 * shorter; a longer run (a shouted line, a list of places, nicknames chained without end) is cut into
 * pieces of this size, so the work per piece stays bounded (name parts, leading places, joiners).
 */
export const MAX_SPAN_WORDS = 32;

/** Read a run of capitalised words from i, with name particles, "of" joiners and quoted nicknames. */
function readSpan(ctx: UnitContext, i: number): Span {
	const {tokens} = ctx;
	const words: number[] = [];
	const nickname = new Set<number>();
	let j = i;
	const hasJoinHead = () => words.some(w => ORG_HEADS.has(tokens[w].low) || TITLES.has(tokens[w].low) || /^(?:university|bank|republic|gulf|sea|state|states|kingdom|isle|bay|museum|school|church)$/.test(tokens[w].low));
	while (j < tokens.length && words.length < MAX_SPAN_WORDS) {
		const t = tokens[j];
		if (isWord(t) && t.cap) {
			if (words.length && (isWeak(ctx, j) || dateStartsAt(tokens, j))) break;
			if (!words.length && dateStartsAt(tokens, j)) break;
			words.push(j);
			j++;
			// "Mr." / "Gen." / "J." : the dot belongs to the name span.
			if (tokens[j]?.text === '.' && tokens[j].start === t.end && (TITLES.has(t.low) || t.text.length === 1) && isWord(tokens[j + 1]) && tokens[j + 1].cap) j++;
			continue;
		}
		const next = tokens[j + 1];
		if (!words.length) break;
		if (isWord(t) && !t.cap && isWord(next) && next.cap && !isWeak(ctx, j + 1)) {
			if (NAME_PARTICLES.has(t.low)) {
				j++;
				continue;
			}
			if (OF_JOINERS.has(t.low) && hasJoinHead()) {
				j++;
				continue;
			}
		}
		// "Department of the Treasury"
		if (isWord(t) && OF_JOINERS.has(t.low) && next?.low === 'the' && isWord(tokens[j + 2]) && tokens[j + 2].cap && hasJoinHead()) {
			j += 2;
			continue;
		}
		// Joaquín "El Chapo" Guzmán
		if (OPEN_QUOTES.has(t.text) && isWord(next) && next.cap) {
			let k = j + 1;
			const inner: number[] = [];
			while (isWord(tokens[k]) && tokens[k].cap && inner.length < 4) inner.push(k++);
			if (CLOSE_QUOTES.has(tokens[k]?.text ?? '') && isWord(tokens[k + 1]) && tokens[k + 1].cap) {
				for (const w of inner) {
					words.push(w);
					nickname.add(w);
				}
				j = k + 1;
				continue;
			}
		}
		break;
	}
	// Trailing joiners never end a span.
	return {words, nickname, end: Math.max(j, i + 1)};
}

function emit(ctx: UnitContext, first: number, last: number, kind: ItemKind, key: string, extra: Partial<Item> = {}): void {
	const {tokens} = ctx;
	ctx.items.push({source: ctx.source, unit: ctx.unit, start: tokens[first].start, end: tokens[last].end, kind, key, ...extra});
}

/** Indices of the word tokens from a to b inclusive (joiners and particles included, punctuation not). */
function wordsBetween(tokens: Token[], a: number, b: number, skip?: Set<number>): number[] {
	const out: number[] = [];
	for (let k = a; k <= b; k++) if (tokens[k].kind === 'word' && !skip?.has(k)) out.push(k);
	return out;
}

/** Folded words joined by spaces; hyphens inside names count as spaces ("Beltrán-Leyva" = "Beltrán Leyva"). */
function foldedOf(tokens: Token[], words: number[]): string {
	return words.map(w => tokens[w].low.replace(/-/g, ' ')).join(' ');
}

function placeKey(folded: string): string {
	return PLACES.get(folded) ?? canonicalAlias(folded) ?? folded;
}

function orgKey(tokens: Token[], words: number[]): string {
	let folded = foldedOf(tokens, words).replace(/^the /, '');
	const alias = canonicalAlias(folded);
	if (alias) return alias;
	// "U.S. DEA", "Mexican Navy": a leading place/demonym stays in the key unless the rest is a known alias.
	for (let n = Math.min(MAX_PLACE_WORDS, words.length - 1); n >= 1; n--) {
		const head = foldedOf(tokens, words.slice(0, n));
		if (PLACES.has(head) || DEMONYMS.has(head)) {
			const rest = canonicalAlias(foldedOf(tokens, words.slice(n)));
			if (rest) return rest;
			break;
		}
	}
	// "Sinaloa Cartel" and "Sinaloa cartels" are one organisation.
	folded = folded.replace(/ cartels$/, ' cartel');
	return folded;
}

/** Index of the first word after the longest gazetteer place at the start of words (0 when none). */
function leadingPlace(tokens: Token[], words: number[]): number {
	for (let n = Math.min(MAX_PLACE_WORDS, words.length); n >= 1; n--) {
		if (PLACES.has(foldedOf(tokens, words.slice(0, n)))) return n;
	}
	return 0;
}

/** Number of title words at the start ("Attorney General", "Secretary of State", "Mr."). */
function leadingTitle(tokens: Token[], words: number[]): number {
	let n = 0;
	while (n < words.length - 1 && TITLES.has(tokens[words[n]].low)) n++;
	return n;
}

/** "Energy Secretary Ed Miliband": a title inside the piece; what follows it is the name. Returns words to skip. */
function innerTitle(tokens: Token[], words: number[]): number {
	if (GIVEN_NAMES.has(tokens[words[0]].low)) return 0;
	for (let k = words.length - 2; k >= 1; k--) {
		const low = tokens[words[k]].low;
		if (TITLES.has(low) && !TITLE_MODIFIERS.has(low) && !TITLES.has(tokens[words[k + 1]].low)) return k + 1;
	}
	return 0;
}

function hasSpeechCue(tokens: Token[], before: number, after: number): boolean {
	const next = tokens[after];
	if (isWord(next) && SPEECH_VERBS.has(next.low)) return true;
	// "said Acme Power chief executive Jo Bloggs": the capitalised words before a title are an employer.
	if (isWord(next) && !next.cap && TITLES.has(next.low)) return false;
	// "X, 54, said" is too rare to chase; "said X" and "according to X" are common.
	const prev = tokens[before];
	if (isWord(prev) && SPEECH_VERBS.has(prev.low) && (prev.low === 'said' || prev.low === 'says' || prev.low === 'added' || prev.low === 'told')) return true;
	return prev?.low === 'to' && tokens[before - 1]?.low === 'according';
}

const APPOSITION_WORDS = new Set(['who', 'whose', 'alias', 'aka', 'nicknamed', 'known', 'a', 'an', 'the', 'former', 'himself', 'herself']);

/** "X, who ...", "X, alias ...", "X, the former ...": a person in apposition (2+ words, or "who"/"alias"). */
function hasAppositionCue(tokens: Token[], after: number, words: number): boolean {
	if (tokens[after]?.text !== ',') return false;
	const next = tokens[after + 1];
	if (!isWord(next) || next.cap || !APPOSITION_WORDS.has(next.low)) return false;
	return words >= 2 || next.low === 'who' || next.low === 'alias' || next.low === 'aka';
}

function hasPlaceCue(tokens: Token[], before: number): boolean {
	const prev = tokens[before];
	if (!isWord(prev) || prev.cap) return false;
	if (PLACE_CUES.has(prev.low)) return true;
	return prev.low === 'of' && PLACE_OF.has(tokens[before - 1]?.low ?? '');
}

/** Classify one capitalised piece (token indices of its words) and emit what it holds. */
function classifyPiece(ctx: UnitContext, words: number[], nickname: Set<number>, followedBy: number): void {
	const {tokens} = ctx;
	if (!words.length) return;
	const first = words[0];
	const last = words[words.length - 1];
	const folded = foldedOf(tokens, wordsBetween(tokens, first, last, nickname));
	const after = tokens[followedBy];
	// Only titles ("Secretary of Security"): the name, if any, follows after a comma.
	if (words.every(w => TITLES.has(tokens[w].low))) return;

	// "Sinaloa cartel", "Mexican government": a lower-case organisation head right after the name.
	if (isWord(after) && !after.cap && LOWER_ORG_HEADS.has(after.low) && !GIVEN_NAMES.has(tokens[first].low) &&
		(/^cartels?$/.test(after.low) || after.low === 'gang' || PLACES.has(folded) || DEMONYMS.has(folded))) {
		emit(ctx, first, followedBy, 'organisation', orgKey(tokens, wordsBetween(tokens, first, followedBy)));
		return;
	}
	if (PLACES.has(folded)) {
		// A one-word place may turn out to be a surname of the story ("Lima", "Jordan"): keep its cue.
		const cue = hasPlaceCue(tokens, first - 1) || /^(?:to|from|into|of)$/.test(tokens[first - 1]?.low ?? '');
		emit(ctx, first, last, 'place', placeKey(folded), words.length === 1 ? {name: [folded], placeCue: cue} : {});
		return;
	}
	const alias = canonicalAlias(folded);
	if (alias && words.length > 1) {
		emit(ctx, first, last, 'organisation', alias);
		return;
	}
	// An organisation: a head word ("Department", "Cartel", "Guard") with at least one other word, or a known alias.
	const headAt = words.findIndex(w => ORG_HEADS.has(tokens[w].low) && !tokens[w].upper);
	if (headAt >= 0 && words.length > 1) {
		// "U.S. State Department" stays whole; a title before the organisation is not part of it.
		const titled = leadingTitle(tokens, words);
		const from = titled > 0 && titled < headAt && !TITLES.has(tokens[words[headAt - 1]].low) ? titled : 0;
		emit(ctx, words[from], last, 'organisation', orgKey(tokens, wordsBetween(tokens, words[from], last)));
		return;
	}
	if (words.length === 1) {
		const t = tokens[first];
		if (t.upper && t.text.replace(/\./g, '').length >= 2 && !/^[IVXLC]+$/.test(t.text)) {
			const key = canonicalAlias(t.low) ?? t.low;
			if (PLACES.has(t.low) || PLACES.has(key)) emit(ctx, first, last, 'place', placeKey(t.low));
			else if (!ctx.titleCase || ORG_HEADS.has(t.low) || alias) emit(ctx, first, last, 'organisation', key);
			return;
		}
		if (alias) {
			emit(ctx, first, last, 'organisation', alias);
			return;
		}
		if (ORG_HEADS.has(t.low) || TITLES.has(t.low) || DEMONYMS.has(t.low)) return;
	}
	// A leading place or demonym: "U.S. President Donald Trump", "Mexican Security Minister ...".
	const placeWords = leadingPlace(tokens, words);
	if (placeWords > 0 && placeWords < words.length) {
		emit(ctx, first, words[placeWords - 1], 'place', placeKey(foldedOf(tokens, words.slice(0, placeWords))));
		classifyPiece(ctx, words.slice(placeWords), nickname, followedBy);
		return;
	}
	if (DEMONYMS.has(tokens[first].low) && words.length > 1) {
		classifyPiece(ctx, words.slice(1), nickname, followedBy);
		return;
	}
	// Titles: "President Claudia Sheinbaum" -> person "Claudia Sheinbaum".
	const titled = leadingTitle(tokens, words) || innerTitle(tokens, words);
	const rest = titled ? words.slice(titled) : words;
	const restFirst = rest[0];
	const prev = tokens[restFirst - 1];
	const lowerTitle = !titled && isWord(tokens[first - 1]) && !tokens[first - 1].cap && TITLES.has(tokens[first - 1].low);
	const name = wordsBetween(tokens, restFirst, last, nickname).flatMap(w => tokens[w].low.split('-'));
	const nick = foldedOf(tokens, rest.filter(w => nickname.has(w))) || undefined;
	const person = titled > 0 || lowerTitle || (name.length >= 2 && GIVEN_NAMES.has(name[0])) ||
		(hasAppositionCue(tokens, followedBy, name.length) && !atSentenceStart(tokens, first));
	const extra: Partial<Item> = {name, nickname: nick};
	if (person) {
		emit(ctx, restFirst, last, 'person', name.join(' '), extra);
		return;
	}
	emit(ctx, restFirst, last, 'candidate', name.join(' '), {
		...extra,
		speech: hasSpeechCue(tokens, first - 1, followedBy),
		placeCue: hasPlaceCue(tokens, first - 1) || (prev?.low === 'of' && PLACE_OF.has(tokens[restFirst - 2]?.low ?? '')),
		atStart: atSentenceStart(tokens, first),
	});
}

const DATE_OPENERS = new Set(['last', 'this', 'next', 'earlier', 'later']);

/** Cheap filter before readDate: dates start with a digit, a month, a weekday or last/this/next. */
function mayStartDate(t: Token): boolean {
	return t.kind === 'num' || (t.kind === 'word' && (t.low in MONTHS || t.low in WEEKDAYS || DATE_OPENERS.has(t.low)));
}

function scanUnit(ctx: UnitContext): void {
	const {tokens} = ctx;
	let i = 0;
	let free = 0; // first token not yet inside a mention: a date may reach back to it ("earlier this month")
	while (i < tokens.length) {
		const t = tokens[i];
		const date = mayStartDate(t) ? readDate(tokens, i, free) : undefined;
		if (date) {
			const extra: Partial<Item> = {date: date.date};
			if (date.relative) extra.relative = date.relative;
			emit(ctx, date.first, date.last, 'date', dateKey(date.date), extra);
			i = free = date.last + 1;
			continue;
		}
		if (t.kind === 'num' || (t.kind === 'word' && (NUMBER_WORDS.has(t.low) || t.low in ORDINALS || t.low.includes('-'))) || t.text === '$' || t.text === '€' || t.text === '£') {
			const q = readQuantity(tokens, i);
			if (q && acceptQuantity(tokens, q.first, q.next, q.wordsOnly, q.value, q.ordinal)) {
				emit(ctx, q.first, q.last, 'number', numberKey(q.value), {number: q.value});
				i = free = q.next;
				continue;
			}
		}
		if (t.kind === 'word' && t.cap) {
			if (isWeak(ctx, i)) {
				i++;
				continue;
			}
			const span = readSpan(ctx, i);
			classifyPiece(ctx, span.words, span.nickname, span.end);
			i = free = span.end;
			continue;
		}
		i++;
	}
}

function acceptQuantity(tokens: Token[], first: number, next: number, wordsOnly: boolean, value: NumberValue, ordinal?: boolean): boolean {
	const t = tokens[first];
	const prev = tokens[first - 1];
	const after = tokens[next];
	// Citation marks "[1]" and clock times "10:30", "9 a.m."
	if (prev?.text === '[' && after?.text === ']') return false;
	if (after?.text === ':' && adjacent(tokens[next - 1], after) && tokens[next + 1]?.kind === 'num') return false;
	if (after?.low === 'am' || after?.low === 'pm' || value.unit === 'am' || value.unit === 'pm') return false;
	// The minutes of a clock time ("9:40 p.m."): the hour was refused just before.
	if (prev?.text === ':' && tokens[first - 2]?.kind === 'num') return false;
	// "one of them", "no one": a pronoun, not a figure.
	if (wordsOnly && value.value === 1 && !value.unit) return false;
	if (ordinal && t.kind === 'word' && !(prev && ORDINAL_OPENERS.has(prev.low))) return false;
	return true;
}

/** Reference month for relative dates: the latest explicit year+month anywhere in the story (publication dates included). */
function storyReference(allTokens: Token[][], sources: Source[]): Reference | undefined {
	let best: Reference | undefined;
	const consider = (year: number | undefined, month: number | undefined) => {
		if (year === undefined || month === undefined) return;
		if (!best || year > best.year || (year === best.year && (best.month ?? 0) < month)) best = {year, month};
	};
	for (const tokens of allTokens) {
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i];
			if (!mayStartDate(tokens[i])) continue;
			const d = readDate(tokens, i, i);
			if (d && !d.relative) consider(d.date.year, d.date.month);
			if (d) i = d.last;
		}
	}
	for (const s of sources) {
		const m = s.meta?.published && /^(\d{4})-(\d{2})/.exec(s.meta.published);
		if (m) consider(Number(m[1]), Number(m[2]));
	}
	return best;
}

/** Name linking: every partial name maps to the one full name (2+ words) of the story that contains it. */
function linkPeople(items: Item[]): void {
	const counts = new Map<string, {words: string[]; count: number}>();
	for (const it of items) {
		if (it.kind !== 'person' || !it.name || it.name.length < 2) continue;
		const key = it.name.join(' ');
		const entry = counts.get(key);
		if (entry) entry.count++;
		else counts.set(key, {words: it.name, count: 1});
	}
	// Longest names first: each shorter name joins the single group whose name contains it.
	const names = [...counts.values()].sort((a, b) => b.words.length - a.words.length || b.count - a.count);
	const groups: Array<{members: Array<{words: string[]; count: number}>; words: string[]}> = [];
	// small sits inside big in order: contiguous ("Garcia Harfuch"), or first and last words kept with
	// middle ones dropped ("Enrique Camarena" in "Enrique Kiki Camarena").
	const contains = (big: string[], small: string[]) => {
		const s = ` ${big.join(' ')} `;
		if (s.includes(` ${small.join(' ')} `)) return small.length >= 2 || small[0] !== big[0];
		if (small.length < 2 || small[0] !== big[0]) return false;
		let k = 0;
		for (const w of big) if (w === small[k]) k++;
		return k === small.length;
	};
	const groupOfName = new Map<string, number>();
	// Every word of a contained name is in the containing one, so the groups worth testing are those with
	// a member holding the name's rarest word: word -> group -> its members holding that word. Testing
	// every group instead made a story with thousands of different names cost their number squared.
	const byWord = new Map<string, Map<number, Array<{words: string[]; count: number}>>>();
	const join = (gi: number, n: {words: string[]; count: number}) => {
		groupOfName.set(n.words.join(' '), gi);
		for (const word of new Set(n.words)) {
			let inGroups = byWord.get(word);
			if (!inGroups) byWord.set(word, (inGroups = new Map()));
			const members = inGroups.get(gi);
			if (members) members.push(n);
			else inGroups.set(gi, [n]);
		}
	};
	for (const n of names) {
		let rarest: Map<number, Array<{words: string[]; count: number}>> | undefined;
		for (const word of n.words) {
			const inGroups = byWord.get(word);
			if (!inGroups) {
				rarest = undefined; // a word no group has: no group contains the name
				break;
			}
			if (!rarest || inGroups.size < rarest.size) rarest = inGroups;
		}
		const hits: number[] = [];
		if (rarest) for (const [gi, members] of rarest) if (members.some(m => contains(m.words, n.words))) hits.push(gi);
		if (hits.length === 1) {
			groups[hits[0]].members.push(n);
			join(hits[0], n);
		} else {
			groups.push({members: [n], words: n.words});
			join(groups.length - 1, n);
		}
	}
	// A group's key: its most frequent member (ties: the longer one).
	const groupKey = groups.map(g => {
		const best = [...g.members].sort((a, b) => b.count - a.count || b.words.length - a.words.length)[0];
		return best.words.join(' ');
	});
	// Every contiguous part of a full name that does not start with its given name (or is 2+ words).
	const partOf = new Map<string, Set<number>>();
	groups.forEach((g, gi) => {
		for (const m of g.members) {
			const w = m.words;
			for (let a = 0; a < w.length; a++) {
				for (let b = a + 1; b <= w.length; b++) {
					if (a === 0 && b - a < 2) continue;
					const part = w.slice(a, b);
					if (part.every(p => NAME_PARTICLES.has(p))) continue;
					const key = part.join(' ');
					let set = partOf.get(key);
					if (!set) partOf.set(key, (set = new Set()));
					set.add(gi);
				}
			}
		}
	});
	const nicknames = new Map<string, number>();
	for (const it of items) {
		if (it.kind === 'person' && it.nickname && it.name && groupOfName.has(it.name.join(' '))) nicknames.set(it.nickname, groupOfName.get(it.name.join(' '))!);
	}
	for (const it of items) {
		if (!it.name?.length) continue;
		const key = it.name.join(' ');
		if (it.kind === 'place') {
			// "Lima returned": a gazetteer word that is a surname in this story, outside a place context.
			const parts = partOf.get(key);
			if (it.placeCue || parts?.size !== 1) continue;
			const g = groups[[...parts][0]];
			if (g.members.some(m => m.words[0] === key)) continue;
			it.kind = 'person';
			it.key = groupKey[[...parts][0]];
			continue;
		}
		if (it.kind !== 'person' && it.kind !== 'candidate') continue;
		const own = groupOfName.get(key);
		const parts = partOf.get(key);
		const gi = own ?? (parts?.size === 1 ? [...parts][0] : nicknames.get(key));
		if (gi !== undefined) {
			it.kind = 'person';
			it.key = groupKey[gi];
		}
	}
}

/** Settle candidates that linking did not claim: places by cue or story-wide evidence, people by speech cue. */
function settleCandidates(items: Item[], lowerSeen: Set<string>): void {
	const placeKeys = new Set<string>();
	for (const it of items) {
		if (it.kind === 'place') placeKeys.add(it.key);
		if (it.kind === 'candidate' && it.placeCue && it.name && it.name.length <= 3) placeKeys.add(it.key);
	}
	// "Zorbakian said" mid-sentence names a speaker; at a sentence start ("Officials said") only when the
	// same capitalised word also occurs mid-sentence somewhere in the story.
	const speakers = new Set<string>();
	const midSentence = new Set<string>();
	for (const it of items) {
		if (it.kind !== 'candidate' || it.atStart) continue;
		midSentence.add(it.key);
		if (it.speech) speakers.add(it.key);
	}
	for (const it of items) {
		if (it.kind !== 'candidate') continue;
		if (placeKeys.has(it.key)) {
			it.kind = 'place';
			it.key = placeKey(it.key);
		} else if (speakers.has(it.key) || (it.speech && midSentence.has(it.key) && !lowerSeen.has(it.key))) {
			it.kind = 'person';
		}
	}
}

export function extractMentions(sources: Source[], units: Unit[]): Mention[] {
	const sourceOrder = new Map(sources.map((s, i) => [s.id, i]));
	const tokensByUnit = units.map(u => tokenize(u.text, u.start));
	const lowerSeen = new Set<string>();
	for (const tokens of tokensByUnit) for (const t of tokens) if (t.kind === 'word' && !t.cap) lowerSeen.add(t.low);

	const items: Item[] = [];
	units.forEach((unit, ui) => {
		if (unit.kind === 'boilerplate') return;
		const tokens = tokensByUnit[ui];
		scanUnit({source: unit.source, unit: unit.id, tokens, titleCase: isTitleCase(tokens), lowerSeen, items});
	});

	linkPeople(items);
	settleCandidates(items, lowerSeen);
	const reference = storyReference(tokensByUnit, sources);

	const mentions: Mention[] = [];
	const textOf = new Map(sources.map(s => [s.id, s.text]));
	const kept = items.filter(it => it.kind !== 'candidate' && it.key !== undefined);
	kept.sort((a, b) => (sourceOrder.get(a.source) ?? 0) - (sourceOrder.get(b.source) ?? 0) || a.start - b.start);
	const counters = new Map<string, number>();
	for (const it of kept) {
		let {key, date} = it;
		if (it.relative) {
			date = {...it.date, ...resolveRelative(it.relative, reference)};
			key = dateKey(date) || relativeKey(it.relative);
		}
		if (!key) continue;
		const n = (counters.get(it.source) ?? 0) + 1;
		counters.set(it.source, n);
		const mention: Mention = {
			id: `${it.source}.m${n}`, source: it.source, unit: it.unit, start: it.start, end: it.end,
			text: textOf.get(it.source)!.slice(it.start, it.end), kind: it.kind as MentionKind, key,
		};
		if (it.number) mention.number = it.number;
		if (date) mention.date = date;
		mentions.push(mention);
	}
	return mentions;
}
