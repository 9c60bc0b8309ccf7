// Compare stage: decide for each row whether its sources agree, and name the conflicts.
//
// Within a row, each source's mentions are grouped into classes (numbers by what they count, dates,
// people, places; organisations play too many roles to compare). Between two sources, values of a
// class are first paired off when compatible (equal, overlapping ranges such as "hundreds of tons"
// and "320 tons", dates of different precision such as "February 2025" and "February 28, 2025", a
// shorter form of a name). A conflict is when each side is left with exactly one value the other
// side does not give: "37" against "36". A value only one side gives (a city one outlet adds) is an
// omission, not a conflict.
import type {Conflict, DateValue, Mention, MentionKind, NumberValue, Row, Source, Unit} from '../model.ts';
import {isSpeaker, type AlignedRow} from '../align/index.ts';
import {countedKind, wordTerms} from '../align/terms.ts';
import {rowNotes, sourceTexts} from './notes.ts';

/** Counted nouns that all count people, so "37 suspects" and "36 members" are compared. */
const PEOPLE_TERMS = new Set(['member', 'suspect', 'gang', 'person', 'man', 'woman', 'child', 'peopl', 'victim', 'migrant', 'soldier', 'militari', 'agent', 'offic', 'patient', 'resid', 'passeng', 'custom', 'user', 'worker', 'employe', 'student']);

export function numberClass(n: NumberValue): string {
	const counted = countedKind(n);
	return PEOPLE_TERMS.has(counted) ? 'people' : counted;
}

export function numbersCompatible(a: NumberValue, b: NumberValue): boolean {
	if (a.tally || b.tally) return a.tally?.[0] === b.tally?.[0] && a.tally?.[1] === b.tally?.[1];
	// Exact figures must be equal; a vague or qualified one ("hundreds of", "more than $1 billion",
	// "about 40") is compatible with any figure in its range. Two qualified figures agree when one's
	// stated figure lies in the other's range: "about 40" and "some 37" do; "about 1.2 million" and
	// "roughly 1.4 million" do not, though their ±10% ranges touch.
	if (a.min < a.max && b.min < b.max) return inRange(a.value, b) || inRange(b.value, a);
	return a.min <= b.max && b.min <= a.max;
}

const inRange = (value: number, n: NumberValue) => n.min <= value && value <= n.max;

export function datesCompatible(a: DateValue, b: DateValue): boolean {
	const fields = ['year', 'month', 'day', 'weekday'] as const;
	return fields.every(f => a[f] === undefined || b[f] === undefined || a[f] === b[f]);
}

export interface Value {
	mention: Mention;
	key: string; // the class-local identity of the value
	/** A person the sentence quotes ("X said"): a rival only as another spelling of a name. */
	speaker?: boolean;
}

function isWeekdayOnly(d: DateValue | undefined): boolean {
	return d !== undefined && d.weekday !== undefined && d.year === undefined && d.month === undefined && d.day === undefined;
}

function classOf(m: Mention): string | undefined {
	if (m.kind === 'number') {
		if (!m.number) return undefined;
		const c = numberClass(m.number);
		return c ? `number:${c}` : undefined; // bare numbers with no counted noun are too ambiguous to compare
	}
	if (m.kind === 'date') return m.date ? 'date' : undefined;
	// Organisations in one claim play different roles (the agency that acts, the company, the outlet
	// quoted): two different ones are not rival answers, so only people and places are compared.
	if (m.kind === 'organisation') return undefined;
	return m.kind;
}

function compatible(a: Mention, b: Mention): boolean {
	if (a.kind === 'number' && b.kind === 'number' && a.number && b.number) return numbersCompatible(a.number, b.number);
	if (a.kind === 'date' && b.kind === 'date' && a.date && b.date) return datesCompatible(a.date, b.date);
	return namesCompatible(a.key, b.key);
}

/**
 * Two name keys that could name one thing: equal, or the words of one are all in the other
 * ("chemical safety board" / "us chemical safety board", "dunleavy" / "ray dunleavy", "mexico" / "mexico city").
 */
export function namesCompatible(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	const words = new Set(long.split(' '));
	return short.split(' ').every(word => word && words.has(word));
}

/** Values of `mine` that no value of `theirs` is compatible with (distinct keys). */
function leftovers(mine: Value[], theirs: Value[]): Value[] {
	const left: Value[] = [];
	const seen = new Set<string>();
	for (const v of mine) {
		if (seen.has(v.key)) continue;
		seen.add(v.key);
		if (!theirs.some(t => compatible(v.mention, t.mention))) left.push(v);
	}
	return left;
}

/** Everything `compatible` reads from a mention: equal descriptors behave alike against any other mention. */
function descriptor(m: Mention): string {
	const n = m.number;
	const d = m.date;
	return `${m.kind}\u0000${m.key}\u0000${n ? `${n.value},${n.min},${n.max},${n.vague},${n.tally ?? ''}` : '-'}\u0000${d ? `${d.year},${d.month},${d.day},${d.weekday}` : '-'}`;
}

/** Two values that some source of the row names together ("Trump ... Maduro"): not rival answers to one question. */
type Together = (x: Value, y: Value) => boolean;

/** The one value each of two lists keeps that the other lacks, or undefined when either keeps none or several. */
function rivalValues(a: Value[], b: Value[]): [Value, Value] | undefined {
	const left = leftovers(a, b);
	const right = leftovers(b, a);
	return left.length === 1 && right.length === 1 ? [left[0]!, right[0]!] : undefined;
}

/** Whether two value lists of one class conflict: each side keeps exactly one value the other lacks, and the two are rivals. */
function pairConflicts(a: Value[], b: Value[], together?: Together): boolean {
	const rivals = rivalValues(a, b);
	return rivals !== undefined && !together?.(...rivals);
}

/** Holders (sources, or sentences) grouped by their value lists: equal lists answer alike against any other list. */
interface ValueGroup {
	values: Value[];
	holders: string[];
}

function groupByValues(holders: string[], valuesOf: (holder: string) => Value[] | undefined): ValueGroup[] {
	const groups = new Map<string, ValueGroup>();
	for (const holder of holders) {
		const values = valuesOf(holder);
		if (!values?.length) continue;
		const signature = values.map(v => descriptor(v.mention)).join('\u0001');
		const group = groups.get(signature);
		if (group) group.holders.push(holder);
		else groups.set(signature, {values, holders: [holder]});
	}
	return [...groups.values()];
}

/**
 * Whether two holders of values (sources of a row, or its sentences) conflict on one class: each keeps
 * exactly one value the other lacks, and, when `accept` is given, it accepts that pair of holders. A
 * wide row (hundreds of outlets) holds few distinct value lists, so the value test runs once per pair of
 * distinct lists, and only the holders of conflicting lists are paired: the work grows with the number
 * of distinct lists squared, not with the number of holders squared, and the answer is the same as
 * testing every pair.
 */
function anyConflict(
	holders: string[],
	valuesOf: (holder: string) => Value[] | undefined,
	together?: Together,
	accept?: (x: string, y: string) => boolean,
): boolean {
	const groups = groupByValues(holders, valuesOf);
	for (let x = 0; x < groups.length; x++) {
		for (let y = x; y < groups.length; y++) {
			const [X, Y] = [groups[x]!, groups[y]!];
			// Two holders with the same list conflict only if a value is incompatible with itself (NaN).
			if (x === y && X.holders.length < 2) continue;
			if (!pairConflicts(X.values, Y.values, together)) continue;
			if (!accept) return true;
			for (let i = 0; i < X.holders.length; i++) {
				for (let k = x === y ? i + 1 : 0; k < Y.holders.length; k++) if (accept(X.holders[i]!, Y.holders[k]!)) return true;
			}
		}
	}
	return false;
}

const NAME_KINDS = new Set(['person', 'place']);

function namedTogether(lists: Value[][]): Together {
	const pairs = new Set<string>();
	for (const list of lists) {
		const keys = [...new Set(list.map(v => v.key))];
		if (keys.length > 64) continue; // a list that long names everything; it says nothing about rivals
		for (const x of keys) for (const y of keys) if (x !== y) pairs.add(`${x}\u0000${y}`);
	}
	return (x, y) => pairs.has(`${x.key}\u0000${y.key}`);
}

/** Most sources (or sentences) of a row whose pairs are checked for a paraphrase; a wider row keeps the plain test between sources. */
const PARAPHRASE_CHECK_SOURCES = 60;
/** Dice overlap of two sentences' content words (names left out) for them to be paraphrases. */
export const PARAPHRASE_OVERLAP = 0.5;

/** Content terms of a unit without the names in it (cached per unit). */
function sentenceWords(unitById: Map<string, Unit>, mentionsByUnit: Map<string, Mention[]>): (unit: string) => Set<string> {
	const cache = new Map<string, Set<string>>();
	return unit => {
		let words = cache.get(unit);
		if (!words) {
			const u = unitById.get(unit)!;
			let text = u.text;
			for (const m of mentionsByUnit.get(unit) ?? []) {
				if (m.kind !== 'person' && m.kind !== 'place' && m.kind !== 'organisation') continue;
				const start = m.start - u.start;
				text = text.slice(0, start) + ' '.repeat(m.end - m.start) + text.slice(m.end - u.start);
			}
			cache.set(unit, (words = new Set(wordTerms(text))));
		}
		return words;
	};
}

/** Dice coefficient: twice the shared terms over both sizes (a short line inside a long sentence is not a paraphrase of it). */
export function wordOverlap(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let shared = 0;
	for (const word of small) if (large.has(word)) shared++;
	return (2 * shared) / (a.size + b.size);
}

/** The finest part a date gives: a year alone, a month, a day, or a weekday alone. */
function precisionOf(d: DateValue | undefined): string {
	if (!d) return '';
	return d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : d.year !== undefined ? 'year' : 'weekday';
}

/** Whether date `d` says everything `v` says: each part `v` gives (year, month, day, weekday), `d` gives the same. */
function sameAsFarAsGiven(d: DateValue, v: DateValue): boolean {
	return (['year', 'month', 'day', 'weekday'] as const).every(f => v[f] === undefined || d[f] === v[f]);
}

/** Dates at different precision ("since 2025", "on January 21, 2026") mark different moments, not rival answers. */
const differentPrecision: Together = (x, y) => precisionOf(x.mention.date) !== precisionOf(y.mention.date);

export function compareRows(aligned: AlignedRow[], units: Unit[], mentions: Mention[], sources: Source[]): Row[] {
	const unitById = new Map(units.map(u => [u.id, u]));
	const mentionsByUnit = new Map<string, Mention[]>();
	for (const m of mentions) {
		let list = mentionsByUnit.get(m.unit);
		if (!list) mentionsByUnit.set(m.unit, (list = []));
		list.push(m);
	}
	const order = new Map(sources.map((s, i) => [s.id, i]));
	const texts = sourceTexts(sources);
	return aligned.map((row, i) => {
		const present = [...new Set(row.units.map(id => unitById.get(id)!.source))].sort((a, b) => order.get(a)! - order.get(b)!);
		const conflicts = present.length > 1 ? rowConflicts(row.units, unitById, mentionsByUnit, present) : [];
		// Notes (a source contradicting itself) sit beside the row: status and conflicts compare sources only.
		const notes = rowNotes(row.units, mentionsByUnit, texts);
		return {
			id: `r${i + 1}`,
			units: row.units,
			sources: present,
			status: present.length < 2 ? 'single' : conflicts.length > 0 ? 'conflict' : 'agree',
			conflicts,
			...(notes.length ? {notes} : {}),
			position: row.position,
		};
	});
}

function rowConflicts(rowUnits: string[], unitById: Map<string, Unit>, mentionsByUnit: Map<string, Mention[]>, present: string[]): Conflict[] {
	// unit -> class -> values; each source's lists are its units' lists joined, in row order
	const byUnit = new Map<string, Map<string, Value[]>>();
	const bySource = new Map<string, Map<string, Value[]>>();
	// Every figure each source gives in the row, of any kind: "1.2 million patients, including Social Security numbers
	// for roughly 310,000 of them" does give 310,000, though not as a count of patients.
	// Every date each source writes in the row, weekdays written beside a full date included: two dates one outlet gives
	// both ("service restarts Thursday; rides are free through Sunday") are two moments, not rival answers.
	const figuresBySource = new Map<string, NumberValue[]>();
	const datesBySource = new Map<string, DateValue[]>();
	for (const id of rowUnits) {
		const unitClasses = new Map<string, Value[]>();
		byUnit.set(id, unitClasses);
		const unitMentions = mentionsByUnit.get(id) ?? [];
		// "Monday, March 2, 2026" is one date: its weekday is read as a mention of its own, which would
		// leave two values on each side and hide a conflict with "Tuesday, March 3, 2026".
		const hasDay = unitMentions.some(m => m.date?.day !== undefined);
		const unit = unitById.get(id)!;
		const source = unit.source;
		for (const m of unitMentions) {
			if (m.kind === 'number' && m.number) getList(figuresBySource, source).push(m.number);
			if (m.date) getList(datesBySource, source).push(m.date);
			if (hasDay && isWeekdayOnly(m.date)) continue;
			const c = classOf(m);
			if (!c) continue;
			// Who is quoted is no value of the claim (one outlet quotes the governor, another the mayor), but may be misspelled.
			const speaker = m.kind === 'person' && isSpeaker(unit.text, m.start - unit.start, m.end - unit.start);
			getList(unitClasses, c).push(speaker ? {mention: m, key: m.key, speaker} : {mention: m, key: m.key});
		}
		let classes = bySource.get(source);
		if (!classes) bySource.set(source, (classes = new Map()));
		for (const [c, values] of unitClasses) {
			const list = classes.get(c);
			if (list) list.push(...values);
			else classes.set(c, [...values]);
		}
	}
	// The stated figure itself, not a range that holds it: "at least three people" does not give 14.
	const gives = (source: string, n: NumberValue) => (figuresBySource.get(source) ?? []).some(f => f.value === n.value);
	const sourceOf = (unit: string) => unitById.get(unit)!.source;
	const givesDate = (source: string, v: Value) => (datesBySource.get(source) ?? []).some(d => sameAsFarAsGiven(d, v.mention.date!));
	const words = sentenceWords(unitById, mentionsByUnit);
	const classNames = [...new Set([...bySource.values()].flatMap(classes => [...classes.keys()]))].sort();
	const conflicts: Conflict[] = [];
	for (const name of classNames) {
		// Names (people, places) play many roles in one sentence: two names are rivals only
		// when no outlet in the row names both. Figures and dates keep the plain test.
		const together = NAME_KINDS.has(name)
			? namedTogether(present.map(source => bySource.get(source)?.get(name) ?? []))
			: name === 'date'
				? (x: Value, y: Value) => differentPrecision(x, y) || present.some(source => givesDate(source, x) && givesDate(source, y))
				: undefined;
		// Two values are rival answers only where the two sentences otherwise say the same thing: in a row
		// that holds different sentences about one story, different people (or sums, or dates) are simply
		// different people.
		const ofSource = (source: string) => bySource.get(source)?.get(name);
		const ofUnit = (unit: string) => byUnit.get(unit)?.get(name);
		// Two spellings of one name ("Lena Whitaker" / "Lena Whitcomb", "Dalmann" / "Dahlmann") are about the same
		// person whatever the rest of the sentences say.
		const paraphrased = (x: Value, y: Value) =>
			(name === 'person' && similarNames(x.key, y.key)) ||
			(!x.speaker && !y.speaker && wordOverlap(words(x.mention.unit), words(y.mention.unit)) >= PARAPHRASE_OVERLAP);
		// Two figures are rival answers only if neither source also gives the other's figure somewhere in the row.
		const figures = name.startsWith('number:');
		const notGivenByBoth = (sx: string, sy: string, [x, y]: [Value, Value]) => !figures || !(gives(sx, y.mention.number!) || gives(sy, x.mention.number!));
		// A row wider than the paraphrase check keeps the plain test between sources.
		const bySources =
			present.length > PARAPHRASE_CHECK_SOURCES
				? anyConflict(present, ofSource, together, figures ? (x, y) => notGivenByBoth(x, y, rivalValues(ofSource(x)!, ofSource(y)!)!) : undefined)
				: anyConflict(present, ofSource, together, (x, y) => {
						const rivals = rivalValues(ofSource(x)!, ofSource(y)!)!;
						return paraphrased(...rivals) && notGivenByBoth(x, y, rivals);
					});
		// Sentence against sentence too: "3.1%, up from 2.6%" against "3.0%, up from 2.6%" is a conflict
		// even when the row also holds another sentence of those sources with a third figure (a 2% target).
		const bySentences =
			!bySources &&
			rowUnits.length <= PARAPHRASE_CHECK_SOURCES &&
			anyConflict(rowUnits, ofUnit, together, (x, y) => {
				if (sourceOf(x) === sourceOf(y)) return false;
				const rivals = rivalValues(ofUnit(x)!, ofUnit(y)!)!;
				return paraphrased(...rivals) && notGivenByBoth(sourceOf(x), sourceOf(y), rivals);
			});
		const byConsensus =
			!bySources && !bySentences && (((figures || name === 'date') && consensusBroken(present, ofSource, gives)) || (figures && figureOutvoted(present, ofSource, gives)));
		if (!bySources && !bySentences && !byConsensus) continue;
		// The values in dispute: what every outlet giving this kind agrees on ("Dana Whitcomb" beside "Pelletier" /
		// "Roland Pelletiere"; 2.6% beside 3.1% / 3.0%) is left out, and so is an outlet that gives nothing else, as long as
		// two outlets still give a value.
		const given = present.filter(source => ofSource(source)?.length);
		const sharedByAll = (v: Value) => given.every(source => ofSource(source)!.some(w => compatible(v.mention, w.mention)));
		const disputed = new Map(given.map(source => [source, ofSource(source)!.filter(v => !sharedByAll(v))]));
		const shown = [...disputed.values()].filter(list => list.length > 0).length >= 2 ? disputed : new Map(given.map(source => [source, ofSource(source)!]));
		const values: Record<string, string> = {};
		const ids: Record<string, string[]> = {};
		for (const [source, list] of shown) {
			if (!list.length) continue;
			values[source] = [...new Set(list.map(v => v.mention.text))].join(', ');
			ids[source] = list.map(v => v.mention.id);
		}
		const [kind, counted] = name.split(':') as [MentionKind, string | undefined];
		// Say what the figures count in a word of the text ("passenger"), not the class's stem ("passeng").
		const firstUnit = present.map(source => bySource.get(source)?.get(name)?.[0]?.mention.number?.unit).find(Boolean);
		const about = counted === 'people' || counted === 'tally' || counted === 'percent' ? counted : (firstUnit ?? counted);
		conflicts.push({kind, ...(about ? {about} : {}), values, mentions: ids});
	}
	return conflicts;
}

/**
 * A figure that three outlets or more give in a row, against an outlet that gives one other figure of the kind and never
 * that one: "raises totaling 15%" (with "5% a year" beside it in some outlets) four times, "a pay bump of 18 percent"
 * once. Unlike consensusBroken, the agreeing outlets may give other figures of the kind too (a yearly step beside the
 * total). The dissent must be within a factor of two of the agreed figure, and no agreeing outlet may give it anywhere
 * in the row.
 */
export function figureOutvoted(present: string[], valuesOf: (source: string) => Value[] | undefined, gives: (source: string, n: NumberValue) => boolean): boolean {
	const given = present.map(source => ({source, values: distinctValues(valuesOf(source) ?? [])})).filter(g => g.values.length > 0);
	if (given.length < 4) return false;
	// The agreed figure: the one the most outlets give (each outlet counted once), which must be three or more. Only a
	// figure stated as one value can be it: "at least 47" fits 47 and 74 alike.
	let agreed: {value: Value; sources: string[]} | undefined;
	for (const {values} of given) {
		for (const value of values) {
			const n = value.mention.number!;
			if (n.vague || n.max - n.min > 0.25 * Math.abs(n.value)) continue;
			const sources = given.filter(g => g.values.some(v => compatible(v.mention, value.mention))).map(g => g.source);
			if (!agreed || sources.length > agreed.sources.length) agreed = {value, sources};
		}
	}
	if (!agreed || agreed.sources.length < 3) return false;
	const dissent = given.filter(g => !agreed.sources.includes(g.source));
	if (dissent.length === 0 || dissent.length >= agreed.sources.length) return false;
	const target = agreed.value.mention.number!.value;
	return dissent.every(({values}) => {
		if (values.length !== 1) return false;
		const figure = values[0]!.mention.number!;
		return withinTwofold([figure.value, target]) && !agreed.sources.some(s => gives(s, figure));
	});
}

/**
 * A figure (or date) that one outlet gives against one several others agree on, in a row where every outlet gives one
 * value of this kind: "about 1.2 million patients" four times, "roughly 1.4 million people" once; "inspected in January"
 * five times, "in February" once. The sentences may share few words (so they are not held to the paraphrase test): the
 * row's agreement on one value says they answer the same question. Needs three outlets or more, exactly two answers (the
 * larger from two outlets or more); figures within a factor of two of each other and no outlet giving both anywhere in
 * the row; dates at one precision.
 */
export function consensusBroken(present: string[], valuesOf: (source: string) => Value[] | undefined, gives: (source: string, n: NumberValue) => boolean): boolean {
	const answers: Array<{values: Value[]; sources: string[]}> = [];
	for (const source of present) {
		const values = valuesOf(source);
		if (!values?.length) continue;
		const answer = answers.find(a => compatible(a.values[0]!.mention, values[0]!.mention));
		if (answer) {
			answer.sources.push(source);
			answer.values.push(...values);
		} else answers.push({values: [...values], sources: [source]});
	}
	if (answers.length !== 2) return false;
	const [a, b] = answers as [{values: Value[]; sources: string[]}, {values: Value[]; sources: string[]}];
	if (a.sources.length + b.sources.length < 3 || Math.max(a.sources.length, b.sources.length) < 2) return false;
	// Two clean answers: agreeing inside each (so no outlet gives two different values of the kind), disagreeing across
	// ("February 2025" fits both "February 27" and "28").
	// Equal values behave alike, so each answer keeps one of each (a wide row repeats a few values many times).
	a.values = distinctValues(a.values);
	b.values = distinctValues(b.values);
	const all = [...a.values, ...b.values];
	if (!a.values.every(v => a.values.every(w => compatible(v.mention, w.mention)))) return false;
	if (!b.values.every(v => b.values.every(w => compatible(v.mention, w.mention)))) return false;
	if (a.values.some(v => b.values.some(w => compatible(v.mention, w.mention)))) return false;
	const x = a.values[0]!.mention;
	const y = b.values[0]!.mention;
	if (x.number && y.number) {
		// Rival reports of one figure differ by a little (37 / 36, 1.2 / 1.4 million); figures far apart ($40 million
		// against $1.1 billion) count different things that happen to share a unit.
		if (!withinTwofold(all.map(v => v.mention.number!.value))) return false;
		// An outlet that gives the other figure too, as anything, is not contradicting it.
		return !a.sources.some(s => b.values.some(v => gives(s, v.mention.number!))) && !b.sources.some(s => a.values.some(v => gives(s, v.mention.number!)));
	}
	// Dates: all at one precision ("January" / "February"), as between two outlets; not weekdays alone, which mostly say
	// when each outlet's own news happened ("assigned on Tuesday" / "invoked late Sunday").
	const precisions = new Set(all.map(v => precisionOf(v.mention.date)));
	return precisions.size === 1 && !precisions.has('') && !precisions.has('weekday');
}

/** Positive figures within a factor of two of each other: rival reports of one figure (37 / 36), not different counts. */
function withinTwofold(values: number[]): boolean {
	const [low, high] = [Math.min(...values), Math.max(...values)];
	return low > 0 && high <= 2 * low;
}

/**
 * Two person keys that look like one person named two ways: the same given name with another surname ("lena whitaker" /
 * "lena whitcomb"), or keys at most two letters apart ("henrik dalmann" / "henrik dahlmann", "dalmann" / "dahlmann").
 */
export function similarNames(a: string, b: string): boolean {
	if (a === b) return false;
	const x = a.split(' ');
	const y = b.split(' ');
	if (x.length >= 2 && y.length >= 2 && x[0] === y[0] && x.at(-1) !== y.at(-1)) return true;
	return Math.min(a.length, b.length) >= 5 && editDistance(a, b, 2) <= 2;
}

/** Levenshtein distance, or limit + 1 as soon as it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			current.push(value);
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		previous = current;
	}
	return previous[b.length]!;
}

function distinctValues(values: Value[]): Value[] {
	const seen = new Map<string, Value>();
	for (const value of values) {
		const key = descriptor(value.mention);
		if (!seen.has(key)) seen.set(key, value);
	}
	return [...seen.values()];
}

function getList<K, V>(map: Map<K, V[]>, key: K): V[] {
	let list = map.get(key);
	if (!list) map.set(key, (list = []));
	return list;
}
