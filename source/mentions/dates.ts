// Dates at whatever precision the text gives: "Feb. 28, 2025", "February 2025", "last August", "1985", "Tuesday".
import type {DateValue, WeekdayMismatch} from '../model.ts';
import type {Token} from './tokens.ts';
import {adjacent} from './tokens.ts';
import {FULL_MONTHS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS} from './lexicon.ts';

/** A relative expression, resolved later against the story's reference month. */
export interface Relative {
	direction: -1 | 0 | 1; // last / this / next
	unit: 'month' | 'week' | 'year' | 'named-month' | 'weekday';
	month?: number; // for "last August"
}

export interface DateMatch {
	first: number;
	last: number; // inclusive
	date: DateValue;
	relative?: Relative;
	explicitYear: boolean;
}

export interface Reference {
	year: number;
	month?: number;
}

// Words after which a bare month name is a date ("in May"), not a verb or a noun ("may", "march").
const MONTH_CONTEXT = new Set([
	'in', 'last', 'since', 'until', 'till', 'early', 'late', 'mid', 'this', 'next', 'by', 'of', 'from', 'during',
	'before', 'after', 'through', 'on', 'between', 'and', 'to', 'past', 'earlier', 'later', 'previous', 'since',
]);
// "past year" means the last twelve months, not the previous calendar year, so only last/this/next.
const DIRECTIONS: Record<string, -1 | 0 | 1> = {last: -1, this: 0, next: 1};
const REL_UNITS: Record<string, Relative['unit']> = {week: 'week', month: 'month', year: 'year'};
const YEAR_PREFIX = new Set(['in', 'since', 'until', 'by', 'of', 'from', 'between', 'before', 'after', 'during', 'early', 'late', 'mid', 'and', 'to', 'the', 'through']);

function isYear(t: Token | undefined): boolean {
	return !!t && t.kind === 'num' && t.text.length === 4 && /^(?:1[89]|20)\d\d$/.test(t.text);
}

function dayOf(t: Token | undefined): number | undefined {
	if (!t || t.kind !== 'num' || t.text.length > 2) return undefined;
	const d = Number(t.text);
	return d >= 1 && d <= 31 ? d : undefined;
}

function monthOf(t: Token | undefined): number | undefined {
	if (!t || t.kind !== 'word' || !t.cap) return undefined;
	return MONTHS[t.low];
}

/** Skip an ordinal suffix glued to a day ("28th") and an optional comma; returns the next index. */
function afterDay(tokens: Token[], j: number): number {
	if (tokens[j]?.kind === 'word' && adjacent(tokens[j - 1], tokens[j]) && /^(?:st|nd|rd|th)$/.test(tokens[j].low)) j++;
	return j;
}

export function readDate(tokens: Token[], i: number, boundary = 0): DateMatch | undefined {
	const t = tokens[i];
	if (!t) return undefined;
	// "last August", "next Tuesday": the month or weekday reads its own direction word.
	if (t.low in DIRECTIONS && (monthOf(tokens[i + 1]) || (tokens[i + 1]?.cap && tokens[i + 1].low in WEEKDAYS))) {
		return readDate(tokens, i + 1, boundary);
	}
	// ISO 2026-01-21
	if (isYear(t) && tokens[i + 1]?.text === '-' && adjacent(t, tokens[i + 1]) && tokens[i + 2]?.kind === 'num' && tokens[i + 2].text.length === 2 && adjacent(tokens[i + 1], tokens[i + 2])) {
		const month = Number(tokens[i + 2].text);
		if (month >= 1 && month <= 12) {
			const date: DateValue = {year: Number(t.text), month};
			let last = i + 2;
			if (tokens[i + 3]?.text === '-' && adjacent(tokens[i + 2], tokens[i + 3]) && tokens[i + 4]?.kind === 'num' && tokens[i + 4].text.length === 2 && adjacent(tokens[i + 3], tokens[i + 4])) {
				const day = Number(tokens[i + 4].text);
				if (day >= 1 && day <= 31) {
					date.day = day;
					last = i + 4;
				}
			}
			return {first: i, last, date, explicitYear: true};
		}
	}
	// Month [day][,] [year]
	const month = monthOf(t);
	if (month) {
		let j = i + 1;
		const abbreviated = !FULL_MONTHS.has(t.low) && !(t.low in {mayo: 1});
		if (tokens[j]?.text === '.' && adjacent(t, tokens[j])) j++;
		const date: DateValue = {month};
		let last = i;
		let explicitYear = false;
		const day = dayOf(tokens[j]);
		if (day !== undefined && !(tokens[j + 1]?.text === ',' && tokens[j + 2]?.kind === 'num' && !isYear(tokens[j + 2]))) {
			date.day = day;
			j = afterDay(tokens, j + 1);
			last = j - 1;
			if (tokens[j]?.text === ',' && isYear(tokens[j + 1])) j++;
		}
		if (isYear(tokens[j])) {
			date.year = Number(tokens[j].text);
			explicitYear = true;
			last = j;
		} else if (tokens[j]?.low === 'of' && isYear(tokens[j + 1])) {
			date.year = Number(tokens[j + 1].text);
			explicitYear = true;
			last = j + 1;
		}
		if (date.day === undefined && date.year === undefined) {
			// A bare month name: only full names, and only in a date context.
			if (abbreviated) return undefined;
			const prev = tokens[i - 1];
			const prevWord = i - 1 >= boundary ? prev?.low : undefined;
			if (!prevWord || !MONTH_CONTEXT.has(prevWord)) return undefined;
			const dir = prevWord in DIRECTIONS ? DIRECTIONS[prevWord] : undefined;
			if (dir !== undefined) return {first: i - 1, last: i, date, relative: {direction: dir, unit: 'named-month', month}, explicitYear};
			return {first: i, last: i, date, explicitYear};
		}
		if (abbreviated && date.day === undefined && tokens[i + 1]?.text !== '.') {
			// "Dec 2024" is fine; a lone "Mar" with a year too. Keep.
		}
		return {first: i, last, date, explicitYear};
	}
	// day Month [year]: "28 February 2025"
	const day = dayOf(t);
	if (day !== undefined) {
		let j = afterDay(tokens, i + 1);
		if (tokens[j]?.low === 'of') j++;
		const m = monthOf(tokens[j]);
		if (m && FULL_MONTHS.has(tokens[j].low) || (m && tokens[j + 1]?.text === '.')) {
			const date: DateValue = {month: m, day};
			let last = j;
			let k = j + 1;
			if (tokens[k]?.text === '.') k++;
			if (tokens[k]?.text === ',') k++;
			let explicitYear = false;
			if (isYear(tokens[k])) {
				date.year = Number(tokens[k].text);
				last = k;
				explicitYear = true;
			}
			return {first: i, last, date, explicitYear};
		}
	}
	// Weekday: "Tuesday", "last Tuesday"
	if (t.kind === 'word' && t.cap && t.low in WEEKDAYS) {
		const prev = i - 1 >= boundary ? tokens[i - 1] : undefined;
		const first = prev && prev.low === 'last' || prev?.low === 'next' ? i - 1 : i;
		return {first, last: i, date: {weekday: WEEKDAYS[t.low]}, explicitYear: false};
	}
	// "last week", "earlier this month", "next year"
	if (t.kind === 'word' && t.low in DIRECTIONS && tokens[i + 1]?.low in REL_UNITS) {
		const first = t.low === 'this' && (tokens[i - 1]?.low === 'earlier' || tokens[i - 1]?.low === 'later') && i - 1 >= boundary ? i - 1 : i;
		return {first, last: i + 1, date: {}, relative: {direction: DIRECTIONS[t.low], unit: REL_UNITS[tokens[i + 1].low]}, explicitYear: false};
	}
	// A bare year: "in 1985", "2025" (not "1500 troops").
	if (isYear(t)) {
		const prev = i - 1 >= boundary ? tokens[i - 1] : undefined;
		const next = tokens[i + 1];
		const countsNoun = next?.kind === 'word' && !next.cap && next.low.endsWith('s') && !(prev && YEAR_PREFIX.has(prev.low));
		if (countsNoun) return undefined;
		return {first: i, last: i, date: {year: Number(t.text)}, explicitYear: true};
	}
	return undefined;
}

/** Resolve "last August", "this month", "last year" against the story's reference; leave the year unset when unknown. */
export function resolveRelative(rel: Relative, ref: Reference | undefined): DateValue {
	if (rel.unit === 'named-month' && rel.month) {
		if (!ref) return {month: rel.month};
		if (ref.month === undefined) return rel.direction === 0 ? {year: ref.year, month: rel.month} : {month: rel.month};
		let year = ref.year;
		if (rel.direction === -1 && rel.month >= ref.month) year--;
		if (rel.direction === 1 && rel.month <= ref.month) year++;
		return {year, month: rel.month};
	}
	if (!ref) return {};
	if (rel.unit === 'year') return {year: ref.year + rel.direction};
	if (rel.unit === 'month' && ref.month !== undefined) {
		let month = ref.month + rel.direction;
		let year = ref.year;
		if (month < 1) { month = 12; year--; }
		if (month > 12) { month = 1; year++; }
		return {year, month};
	}
	return {};
}

/**
 * The weekday of a calendar date (0=Sunday), by the proleptic Gregorian calendar in UTC; undefined when
 * the date does not exist ("February 30", "February 29, 2027"). `month` is 1-12.
 */
export function weekdayOf(year: number, month: number, day: number): number | undefined {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return undefined;
	const d = new Date(0);
	d.setUTCFullYear(year, month - 1, day); // setUTCFullYear, not Date.UTC, which maps years 0-99 to 1900-1999
	if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
	return d.getUTCDay();
}

/** A weekday word at token j: a full name, or an abbreviation ("Tue", "Thurs") that is not part of a name ("The Sun"). */
function weekdayAt(tokens: Token[], j: number, boundary: number): number | undefined {
	const t = j >= boundary ? tokens[j] : undefined;
	if (!t || t.kind !== 'word' || !t.cap) return undefined;
	if (t.low in WEEKDAYS) return WEEKDAYS[t.low];
	if (!(t.low in WEEKDAY_ABBREVIATIONS)) return undefined;
	const prev = j - 1 >= boundary ? tokens[j - 1] : undefined;
	if (prev?.kind === 'word' && (prev.cap || prev.low === 'the')) return undefined;
	return WEEKDAY_ABBREVIATIONS[t.low];
}

/**
 * The weekday written right next to a date, with the token range of the whole written date: before it
 * ("Tuesday, January 21, 2026", "Tue., Jan. 21, 2026", "Tuesday 21 January 2026", "Tuesday (Jan. 21, 2026)")
 * or after it in brackets or as an apposition ("21 January 2026 (Wednesday)", "January 21, 2026, a Tuesday").
 * Tokens before `boundary` belong to another unit's text and are not read.
 */
export function writtenWeekday(tokens: Token[], match: DateMatch, boundary = 0): {weekday: number; first: number; last: number} | undefined {
	// Before: Weekday[.][,|(] date
	let j = match.first - 1;
	if (tokens[j]?.text === ',' || tokens[j]?.text === '(') j--;
	if (tokens[j]?.text === '.' && (tokens[j - 1]?.low ?? '') in WEEKDAY_ABBREVIATIONS && adjacent(tokens[j - 1], tokens[j])) j--;
	const before = weekdayAt(tokens, j, boundary);
	if (before !== undefined) return {weekday: before, first: j, last: match.last};
	// After: date (Weekday) | date, a Weekday
	const k = match.last + 1;
	if (tokens[k]?.text === '(') {
		let w = k + 1;
		const weekday = weekdayAt(tokens, w, boundary);
		if (weekday === undefined) return undefined;
		if (tokens[w + 1]?.text === '.') w++;
		if (tokens[w + 1]?.text === ')') return {weekday, first: match.first, last: w + 1};
		return undefined;
	}
	if (tokens[k]?.text === ',' && tokens[k + 1]?.low === 'a' && (tokens[k + 2]?.low ?? '') in WEEKDAYS) {
		const weekday = weekdayAt(tokens, k + 2, boundary);
		if (weekday !== undefined) return {weekday, first: match.first, last: k + 2};
	}
	return undefined;
}

/**
 * For a full date with its year written out, the weekday written with it when that is not the weekday the
 * date falls on; undefined when no weekday is written, the year is not given ("Tuesday (Jan. 21)"), the
 * weekday is right, or the date does not exist. Offsets span the written date, weekday included.
 */
export function weekdayMismatch(tokens: Token[], match: DateMatch, boundary = 0): WeekdayMismatch | undefined {
	const {year, month, day} = match.date;
	if (match.relative || !match.explicitYear || year === undefined || month === undefined || day === undefined) return undefined;
	const written = writtenWeekday(tokens, match, boundary);
	if (!written) return undefined;
	const actual = weekdayOf(year, month, day);
	if (actual === undefined || actual === written.weekday) return undefined;
	return {written: written.weekday, actual, start: tokens[written.first]!.start, end: tokens[written.last]!.end};
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Date keys, by precision: "2025-02-28", "2025-02", "2025", month and day without a year "02-28",
 * a month alone "08", a weekday alone "weekday:2"; "" when the date carries nothing (an unresolved "last week").
 */
export function dateKey(d: DateValue): string {
	if (d.year !== undefined) {
		if (d.month === undefined) return String(d.year);
		return d.day === undefined ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
	}
	if (d.month !== undefined) return d.day === undefined ? pad(d.month) : `${pad(d.month)}-${pad(d.day)}`;
	if (d.weekday !== undefined) return `weekday:${d.weekday}`;
	return '';
}

/** Key for a relative expression that could not be resolved: "rel:last week". */
export function relativeKey(rel: Relative): string {
	const dir = rel.direction === -1 ? 'last' : rel.direction === 1 ? 'next' : 'this';
	return `rel:${dir} ${rel.unit}`;
}
