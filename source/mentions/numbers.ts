// Quantities: digits, number words, percentages, vague amounts, and the noun they count.
import type {NumberValue} from '../model.ts';
import type {Token} from './tokens.ts';
import {adjacent} from './tokens.ts';
import {NOUN_STOP} from './lexicon.ts';

const UNITS: Record<string, number> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
	eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
	twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
	hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
const SHORT_SCALES: Record<string, number> = {k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12};
/** Plural amount words: "hundreds" means somewhere from one hundred up to the next order of magnitude. */
const VAGUE: Record<string, [number, number]> = {
	dozens: [12, 99], scores: [40, 99], hundreds: [100, 999], thousands: [1e3, 9999],
	millions: [1e6, 999e6], billions: [1e9, 999e9], several: [3, 9], tens: [10, 99],
};
export const ORDINALS: Record<string, number> = {
	second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
	eleventh: 11, twelfth: 12, twentieth: 20,
};
const CURRENCY: Record<string, string> = {$: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy'};
const UNIT_ALIASES: Record<string, string> = {
	tonne: 'ton', tons: 'ton', t: 'ton', kilo: 'kg', kilogram: 'kg', kilogramme: 'kg', kilometre: 'km',
	kilometer: 'km', metre: 'meter', pound: 'lb', lbs: 'lb', dollar: 'usd', euro: 'eur', peso: 'mxn',
	pc: 'percent', yr: 'year', hr: 'hour', min: 'minute',
};
const INVARIANT = new Set([
	'aircraft', 'sheep', 'fish', 'deer', 'series', 'species', 'police', 'news', 'people', 'personnel',
	'data', 'media', 'headquarters', 'staff', 'crossfire', 'swiss', 'chinese', 'japanese',
]);
const IRREGULAR: Record<string, string> = {
	people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth',
	mice: 'mouse', geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', thieves: 'thief',
	criteria: 'criterion', crises: 'crisis', analyses: 'analysis',
};
// Approximators around a figure. approx: +-10%; below: up to the figure; above: from the figure up.
type Modifier = 'approx' | 'below' | 'above' | 'atMost';
const MODIFIERS: Array<[string[], Modifier]> = [
	[['more', 'than'], 'above'], [['over'], 'above'], [['at', 'least'], 'above'], [['upwards', 'of'], 'above'],
	[['just', 'over'], 'above'], [['fewer', 'than'], 'atMost'], [['less', 'than'], 'atMost'],
	[['up', 'to'], 'atMost'], [['at', 'most'], 'atMost'], [['as', 'many', 'as'], 'atMost'], [['under'], 'atMost'],
	[['just', 'under'], 'below'], [['nearly'], 'below'], [['almost'], 'below'], [['about'], 'approx'],
	[['around'], 'approx'], [['approximately'], 'approx'], [['roughly'], 'approx'], [['some'], 'approx'],
	[['close', 'to'], 'approx'], [['an', 'estimated'], 'approx'], [['estimated'], 'approx'],
];
const LOOSE_BEFORE = new Set(['of', 'to', 'for', 'with', 'by', 'at', 'from', 'is', 'are', 'was', 'were', 'be', 'been', 'in', 'on', 'and', 'or', 'than', 'just', 'well', 'killed', 'injured', 'arrested', 'detained']);
/** Open upper bound for "more than N" (kept finite so JSON can carry it). */
export const OPEN_MAX = Number.MAX_SAFE_INTEGER;

export interface QuantityMatch {
	first: number; // token index of the first token of the mention
	last: number; // token index of the last token in the mention span (inclusive)
	next: number; // token index after everything read (including a noun run kept out of the span)
	value: NumberValue;
	wordsOnly: boolean; // spelled with words only (for "one" which is often a pronoun)
	ordinal?: boolean;
}

export function singular(word: string): string {
	const w = word.toLowerCase();
	if (UNIT_ALIASES[w]) return UNIT_ALIASES[w];
	if (IRREGULAR[w]) return IRREGULAR[w];
	if (INVARIANT.has(w) || w.length <= 3) return w;
	let s = w;
	if (w.endsWith('ies') && w.length > 4) s = `${w.slice(0, -3)}y`;
	else if (/(?:ches|shes|sses|xes|zzes)$/.test(w)) s = w.slice(0, -2);
	else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) s = w.slice(0, -1);
	return UNIT_ALIASES[s] ?? s;
}

function parseDigits(text: string): number {
	return Number(text.replace(/,/g, ''));
}

/** Parse a run of number words ("two hundred and thirty-seven", "a dozen", "thirty seven"). */
function readWords(tokens: Token[], i: number): {value: number; next: number; measure?: string} | undefined {
	let total = 0;
	let current = 0;
	let any = false;
	let j = i;
	// "a hundred", "a dozen", "a million"
	if ((tokens[j]?.low === 'a' || tokens[j]?.low === 'an') && /^(?:hundred|thousand|million|billion|dozen)$/.test(tokens[j + 1]?.low ?? '')) {
		current = 1;
		any = true;
		j++;
	}
	while (j < tokens.length) {
		const t = tokens[j];
		if (t.kind !== 'word') break;
		const parts = t.low.split('-');
		let ok = true;
		let used = 0; // parts of this word read as a number
		for (const p of parts) {
			if (p in UNITS) current += UNITS[p];
			else if (p in TENS) current += TENS[p];
			else if (p === 'hundred' && any) current = (current || 1) * 100;
			else if (p in SCALES && any) {
				total += (current || 1) * SCALES[p];
				current = 0;
			} else if (p === 'dozen' && any) current = (current || 1) * 12;
			else {
				ok = false;
				break;
			}
			any = true;
			used++;
		}
		// "three-year", "thirty-seven-year-old": a number word joined to what it measures ("year").
		if (!ok && used > 0) return {value: total + current, next: j + 1, measure: parts[used]!};
		if (!ok) {
			// "and" inside "two hundred and five"
			const after = tokens[j + 1]?.low.split('-')[0] ?? '';
			if (t.low === 'and' && any && current % 100 === 0 && current > 0 && (after in UNITS || after in TENS)) {
				j++;
				continue;
			}
			break;
		}
		j++;
	}
	if (!any) return undefined;
	return {value: total + current, next: j};
}

function modifierAt(tokens: Token[], i: number): {kind: Modifier; next: number} | undefined {
	for (const [words, kind] of MODIFIERS) {
		let ok = true;
		for (let k = 0; k < words.length; k++) {
			if (tokens[i + k]?.low !== words[k]) {
				ok = false;
				break;
			}
		}
		if (ok) return {kind, next: i + words.length};
	}
	return undefined;
}

const VERBISH = /(?:ed|ing|ly)$/;

/** The counted noun after a figure: a short run of lower-case words; its last one is the head. */
export function readNounRun(tokens: Token[], i: number): {head?: string; last: number; allLower: boolean} {
	let last = i - 1;
	let head: string | undefined;
	let allLower = true;
	const run: number[] = [];
	// "37 more people": "more" right after the figure is not the noun.
	if (tokens[i]?.low === 'more' || tokens[i]?.low === 'other') i++;
	let end = i + 4;
	for (let j = i; j < tokens.length && j < end; j++) {
		const t = tokens[j];
		// "1.2 million current and former patients": coordinated modifiers go on to the noun they share.
		if ((t.low === 'and' || t.low === 'or') && run.length > 0 && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.cap && !NOUN_STOP.has(tokens[j + 1]!.low) && !(tokens[j + 1]!.low in UNITS) && !(tokens[j + 1]!.low in TENS)) {
			end = Math.min(end + 2, i + 7);
			continue;
		}
		if (t.kind !== 'word' || NOUN_STOP.has(t.low) || t.low in UNITS || t.low in TENS) break;
		if (t.cap) {
			allLower = false;
			continue; // "seven Mexican inmates": capitalised words only modify
		}
		run.push(j);
		head = t.low;
		last = j;
		// A plural noun ends the run: "26 cartel figures sent" counts figures.
		// ("serious", "various", "previous" end in -s but are not plurals.)
		if (t.low.length > 3 && t.low.endsWith('s') && !/(?:ss|us|is)$/.test(t.low)) break;
		// So does a plural without -s: "212 people ran aground", "30 children went missing".
		if (IRREGULAR_PLURALS.has(t.low)) break;
	}
	// "seven aircraft carried", "37 extradited": a trailing verb or adverb is not the counted noun.
	while (run.length && VERBISH.test(tokens[run[run.length - 1]].low)) run.pop();
	head = run.length ? tokens[run[run.length - 1]].low : undefined;
	last = run.length ? run[run.length - 1] : i - 1;
	return {head, last: head ? last : i - 1, allLower};
}

const TALLY_DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013']);
const SMALL_WHOLE = /^\d{1,2}$/;

/**
 * A vote or score written as two whole numbers joined by a hyphen or en dash, larger (or equal) first:
 * "3–2", "5-4", "2-2". A smaller first number reads as a range ("3-5 years"), and anything that goes
 * on with another dash and number ("2025-02-28", "10-4-2024") is not a tally.
 */
export function readTally(tokens: Token[], i: number): QuantityMatch | undefined {
	const a = tokens[i];
	const dash = tokens[i + 1];
	const b = tokens[i + 2];
	if (a?.kind !== 'num' || b?.kind !== 'num' || !dash || !TALLY_DASHES.has(dash.text)) return undefined;
	if (!adjacent(a, dash) || !adjacent(dash, b) || !SMALL_WHOLE.test(a.text) || !SMALL_WHOLE.test(b.text)) return undefined;
	const before = tokens[i - 1];
	const after = tokens[i + 3];
	if ((before && TALLY_DASHES.has(before.text) && adjacent(before, a)) || (after && TALLY_DASHES.has(after.text) && adjacent(b, after))) return undefined;
	const first = Number(a.text);
	const second = Number(b.text);
	if (first < second) return undefined;
	return {first: i, last: i + 2, next: i + 3, wordsOnly: false, value: {value: first, min: first, max: first, vague: false, tally: [first, second]}};
}

/** A figure starting at token i: a tally ("3–2") when one is written there, else a quantity. */
export function readFigure(tokens: Token[], i: number): QuantityMatch | undefined {
	return readTally(tokens, i) ?? readQuantity(tokens, i);
}

/** Read a quantity starting at token i; undefined when none starts there. */
export function readQuantity(tokens: Token[], i: number): QuantityMatch | undefined {
	const first = i;
	let mod = modifierAt(tokens, i);
	// "hands over 37": after a verb, "over"/"under" belong to the verb, not to the figure.
	if (mod && (tokens[i].low === 'over' || tokens[i].low === 'under') && i > 0 && tokens[i - 1].kind === 'word' && !LOOSE_BEFORE.has(tokens[i - 1].low)) mod = undefined;
	if (mod) i = mod.next;
	let currency: string | undefined;
	if (tokens[i]?.kind === 'punct' && CURRENCY[tokens[i].text] && tokens[i + 1]?.kind === 'num' && adjacent(tokens[i], tokens[i + 1])) {
		currency = CURRENCY[tokens[i].text];
		i++;
	}
	const t = tokens[i];
	if (!t) return undefined;
	let value: number;
	let min: number;
	let max: number;
	let vague = false;
	let next: number;
	let wordsOnly = false;
	let ordinal = false;
	let takesOf = false;
	let measure: string | undefined; // what a hyphenated number word measures ("three-year": "year")
	if (t.kind === 'num') {
		value = parseDigits(t.text);
		next = i + 1;
		const after = tokens[next];
		if (after?.kind === 'word' && adjacent(t, after) && /^(?:st|nd|rd|th)$/.test(after.low)) {
			ordinal = true;
			next++;
		} else if (after?.kind === 'word' && after.low in SCALES && after.low !== 'hundred') {
			value *= SCALES[after.low];
			next++;
		} else if (after?.kind === 'word' && adjacent(t, after) && after.low in SHORT_SCALES) {
			value *= SHORT_SCALES[after.low];
			next++;
		}
		min = max = value;
	} else if (t.kind === 'word' && t.low in VAGUE && !(t.low === 'tens' && tokens[i + 2]?.low !== 'thousands')) {
		[min, max] = VAGUE[t.low];
		vague = true;
		next = i + 1;
		// "hundreds of thousands", "tens of thousands"
		if (tokens[next]?.low === 'of' && tokens[next + 1]?.low in VAGUE && /^(?:thousands|millions|billions)$/.test(tokens[next + 1].low)) {
			const [scale] = VAGUE[tokens[next + 1].low];
			min *= scale;
			max = (max + 1) * scale - 1;
			next += 2;
		} else if (t.low === 'tens') return undefined;
		value = min;
		takesOf = true;
	} else if (t.kind === 'word' && t.low in ORDINALS) {
		value = min = max = ORDINALS[t.low];
		next = i + 1;
		ordinal = true;
		wordsOnly = true;
	} else {
		const words = readWords(tokens, i);
		if (!words) return undefined;
		value = min = max = words.value;
		next = words.next;
		wordsOnly = true;
		measure = words.measure;
		// "one-sided", "two-pronged", "one-on-one": a describing word, not a measure; "two-thirds": a fraction, not a count.
		if (measure !== undefined && (VERBISH.test(measure) || measure.length < 3 || singular(measure) in ORDINALS || /^(?:half|halves|quarters?)$/.test(measure))) return undefined;
		// "1.5 million" handled above; "two million" by readWords.
	}
	if (mod && !vague) {
		if (mod.kind === 'approx') {
			min = Math.floor(value * 0.9);
			max = Math.ceil(value * 1.1);
		} else if (mod.kind === 'below') min = Math.floor(value * 0.9);
		else if (mod.kind === 'above') max = OPEN_MAX;
		else min = 0;
	}
	let last = next - 1;
	const result: NumberValue = {value, min, max, vague};
	if (ordinal) {
		result.unit = 'ordinal';
		return {first, last, next, value: result, wordsOnly, ordinal};
	}
	const p = tokens[next];
	if (p?.text === '%') {
		result.percent = true;
		last = next;
		next++;
	} else if (p?.low === 'percent' || p?.low === 'pct' || (p?.low === 'per' && tokens[next + 1]?.low === 'cent')) {
		result.percent = true;
		next += p.low === 'per' ? 2 : 1;
		last = next - 1;
		if (tokens[next]?.low === 'points' || tokens[next]?.low === 'point') {
			result.unit = 'point';
			last = next;
			next++;
		}
	} else if (currency) {
		result.unit = currency;
	} else if (measure !== undefined) {
		result.unit = singular(measure);
	} else {
		let runStart = next;
		// "hundreds of tons", "dozens of members": the vague word counts what follows "of".
		if (takesOf && tokens[runStart]?.low === 'of') runStart++;
		// "37-year-old": a hyphenated measure.
		if (tokens[runStart]?.text === '-' && adjacent(tokens[runStart - 1], tokens[runStart]) && tokens[runStart + 1]?.kind === 'word' && adjacent(tokens[runStart], tokens[runStart + 1])) {
			result.unit = singular(tokens[runStart + 1].low.split('-')[0]);
			last = runStart + 1;
			next = runStart + 2;
		} else {
			const run = readNounRun(tokens, runStart);
			if (run.head) {
				result.unit = singular(run.head);
				if (run.allLower) last = run.last;
				next = run.last + 1;
			} else {
				// No noun: what happened to them may say what is counted ("14 injured", "12 were hurt", "killing three").
				const after = outcomeAfter(tokens, runStart);
				if (after) {
					result.unit = after.kind;
					last = after.last;
					next = after.last + 1;
				} else {
					const before = tokens[first - 1];
					const kind = before?.kind === 'word' ? OUTCOME_VERBS.get(before.low) : undefined;
					if (kind) result.unit = kind;
				}
			}
		}
	}
	return {first, last, next, value: result, wordsOnly};
}

function formatNumber(n: number): string {
	return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));
}

/**
 * The key mentions and search share for a quantity:
 *   exact "37", "3.5", "50%", "320 ton"  (value, "%" for percentages, then the singular unit);
 *   vague "~100-999 ton", "~12-99"       (the range the amount word covers);
 *   ordinals "3 ordinal".
 * Approximators ("about 40", "more than 90") keep the stated figure as the key ("40", "90"); only
 * their min/max widen, so they still meet the same figure stated plainly.
 */
export function numberKey(n: NumberValue): string {
	if (n.tally) return `${n.tally[0]}-${n.tally[1]}`;
	const core = n.vague ? `~${formatNumber(n.min)}-${formatNumber(n.max)}` : formatNumber(n.value);
	return `${core}${n.percent ? '%' : ''}${n.unit && n.unit !== 'point' ? ` ${n.unit}` : n.unit === 'point' ? ' point' : ''}`;
}

/** What happened to people a figure counts, written after it: "14 injured", "three dead", "12 were hurt". */
const OUTCOMES = new Map<string, string>([
	['dead', 'dead'], ['killed', 'dead'], ['died', 'dead'], ['injured', 'injured'], ['wounded', 'injured'], ['hurt', 'injured'],
	['hospitalized', 'injured'], ['hospitalised', 'injured'], ['missing', 'missing'], ['arrested', 'arrested'], ['detained', 'arrested'],
	['evacuated', 'evacuated'], ['rescued', 'rescued'],
]);

/** The same, as the verb before a bare figure: "killing three", "the blast injured 14". */
const OUTCOME_VERBS = new Map<string, string>([
	['killing', 'dead'], ['killed', 'dead'], ['injuring', 'injured'], ['injured', 'injured'], ['wounding', 'injured'], ['wounded', 'injured'],
	['hurting', 'injured'], ['arresting', 'arrested'], ['arrested', 'arrested'], ['detaining', 'arrested'], ['detained', 'arrested'],
	['evacuating', 'evacuated'], ['evacuated', 'evacuated'], ['rescuing', 'rescued'], ['rescued', 'rescued'],
]);

const OUTCOME_AUX = new Set(['were', 'was', 'are', 'is', 'been', 'have', 'has', 'had', 'be', 'reported', 'left', 'later', 'also', 'others']);

function outcomeAfter(tokens: Token[], i: number): {kind: string; last: number} | undefined {
	// At most two helper words between the figure and the outcome: "were", "have been", "others were".
	for (let j = i; j < tokens.length && j <= i + 2; j++) {
		const t = tokens[j]!;
		if (t.kind !== 'word') return undefined;
		const kind = OUTCOMES.get(t.low);
		if (kind) return {kind, last: j};
		if (!OUTCOME_AUX.has(t.low)) return undefined;
	}
	return undefined;
}

/** Plurals without -s, which end a counted noun like any plural. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'crew', 'personnel', 'cattle', 'sheep', 'fish', 'deer', 'mice', 'geese', 'teeth', 'feet', 'aircraft']);
