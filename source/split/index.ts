// Split stage: cut a source's text into units (sentences; line breaks are hard boundaries) with exact
// offsets. Every non-whitespace character lies in exactly one unit; units never include surrounding
// whitespace. Pure: no classification here, every unit starts as a 'claim'.
import type {Source, Unit} from '../model.ts';

/** Abbreviations that (almost) never end a sentence: the next capitalised word continues it. */
const NEVER_FINAL = new Set(
	[
		'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
		'st', 'mt', 'ft', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'atty', 'messrs', 'mme', 'mlle',
		'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
		'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'vol', 'art', 'sec', 'dept', 'univ', 'assn', 'bros',
		'e.g', 'i.e', 'cf', 'al',
	],
);

/** Abbreviations that may end a sentence: split only when a typical sentence opener follows. */
const MAYBE_FINAL = /^(?:[a-z]\.(?:[a-z]\.?)+|inc|ltd|co|corp|jr|sr|plc|llc|a\.m|p\.m)$/i;

/** Capitalised words that usually open a sentence rather than continue a name ("the U.S. This action"). */
const SENTENCE_OPENERS = new Set(
	(
		'a an the this that these those it its he she they we i you his her their our my your there here ' +
		'in on at for from with by after before during since as when while if but and or so yet although though ' +
		'however meanwhile also still then now today yesterday tomorrow last next some many most more several ' +
		'one two three four five six seven eight nine ten no not none all both each every any such what who why how ' +
		'according among despite under over about between earlier later until instead other others officials authorities'
	).split(' '),
);

const TERMINAL = /[.!?…。！？]/;
/** Full-width terminals of Chinese and Japanese: the next sentence follows with no space. */
const FULL_WIDTH_TERMINAL = /[。！？]/;
const CLOSERS = /[”’"'»)\]」』）]/;
const OPENERS = /[“‘"'«(\[「『（]/;
const SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;

function isUpper(ch: string | undefined): boolean {
	return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A letter that can open a sentence: a capital, or a letter of a script without case (CJK, Arabic, Hebrew, Thai …). */
function canOpen(ch: string | undefined): boolean {
	if (ch === undefined) return false;
	if (isUpper(ch)) return true;
	return ch.toUpperCase() === ch.toLowerCase() && /\p{L}/u.test(ch);
}

function isLower(ch: string | undefined): boolean {
	return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string | undefined): boolean {
	return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Longest word `wordBefore` looks back over. Every test on that word (abbreviations, initials,
 * initialisms, "has an inner dot") needs only its last few characters, and an unbounded look-back
 * would make a long run of dots without spaces ("a.a.a.…") cost its length squared.
 */
export const MAX_WORD_BEFORE = 64;

/** At least two characters and no inner dot ("security" in "security.According", not "Voz" or "U.S"). */
function isPlainWord(word: string): boolean {
	return word.length >= 2 && !word.includes('.');
}

/** Letters, digits and dots: what `wordBefore` walks back over. ASCII without a regex. */
function isWordChar(ch: string): boolean {
	const code = ch.charCodeAt(0);
	if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46;
	return /[\p{L}\p{N}]/u.test(ch);
}

/** The word (letters and inner dots) that ends right before position `dot` in `line`, at most MAX_WORD_BEFORE characters of it. */
function wordBefore(line: string, dot: number): string {
	const stop = Math.max(0, dot - MAX_WORD_BEFORE);
	let i = dot;
	while (i > stop && isWordChar(line[i - 1]!)) i--;
	return line.slice(i, dot);
}

/** The word that starts at `pos` (skipping opening quotes). */
function wordAt(line: string, pos: number): string {
	const match = /^[“‘"'«(\[]*([\p{L}\p{N}’'-]+)/u.exec(line.slice(pos, pos + 40));
	return match ? match[1]! : '';
}

/**
 * Offsets (relative to the line) where a new sentence starts within one line.
 * Boundaries come after terminal punctuation (plus closing quotes/brackets) when the next
 * token can start a sentence; abbreviations, initials, decimals and domains are kept whole.
 */
export function sentenceStarts(line: string): number[] {
	const starts: number[] = [];
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		if (!TERMINAL.test(ch)) continue;
		// Swallow runs of terminal punctuation ("?!", "...") and closers.
		let end = i + 1;
		while (end < line.length && TERMINAL.test(line[end]!)) end++;
		while (end < line.length && CLOSERS.test(line[end]!)) end++;
		const next = line[end];
		if (next === undefined) break;
		const glued = !SPACE.test(next);
		let start = end;
		while (start < line.length && SPACE.test(line[start]!)) start++;
		if (start >= line.length) break;
		const first = line[start]!;
		const afterOpener = OPENERS.test(first) ? line[start + 1] : first;

		if (ch === '.' && end === i + 1) {
			const prev = line[i - 1];
			if (glued) {
				// "security.According": a lower-case word glued to a capitalised one. "Voz.us", "3.5", "U.S" stay whole.
				// The one-character tests first: the look-back is needed only when they pass.
				if (!(isLower(prev) && isUpper(next) && isLower(line[end + 1]) && isPlainWord(wordBefore(line, i)))) {
					i = end - 1;
					continue;
				}
			} else {
				if (!(canOpen(afterOpener) || isDigit(afterOpener) || OPENERS.test(first))) {
					i = end - 1;
					continue;
				}
				const word = wordBefore(line, i);
				const lower = word.toLowerCase();
				const nextWord = wordAt(line, start).toLowerCase();
				if (NEVER_FINAL.has(lower)) {
					i = end - 1;
					continue;
				}
				// "1. What happened?": a number opening its line is a list or section marker, not a sentence.
				if (/^\d{1,3}$/.test(word) && line.slice(0, i - word.length).trim() === '') {
					i = end - 1;
					continue;
				}
				// A single capital letter is an initial ("Donald J. Trump"), unless the next word opens a sentence.
				const initial = /^\p{Lu}$/u.test(word);
				if ((initial || MAYBE_FINAL.test(lower) || /\.\p{L}$/u.test(word)) && !SENTENCE_OPENERS.has(nextWord)) {
					i = end - 1;
					continue;
				}
			}
		} else {
			// "!", "?", "…" or "...": a boundary when a sentence can start next. After "。" the next sentence
			// follows with no space, and whatever comes next starts it.
			const fullWidth = FULL_WIDTH_TERMINAL.test(ch);
			// 「…。」と言った: a quotation closed and followed by a particle (hiragana) goes on.
			if (fullWidth && end > i + 1 && CLOSERS.test(line[end - 1]!) && /[\u3040-\u309F]/.test(next)) {
				i = end - 1;
				continue;
			}
			if (glued && !fullWidth && !isUpper(next)) {
				i = end - 1;
				continue;
			}
			if (!fullWidth && !(canOpen(afterOpener) || isDigit(afterOpener) || OPENERS.test(first))) {
				i = end - 1;
				continue;
			}
		}
		starts.push(start);
		i = start - 1;
	}
	return starts;
}

function trimRange(text: string, start: number, end: number): [number, number] {
	while (start < end && SPACE.test(text[start]!)) start++;
	while (end > start && SPACE.test(text[end - 1]!)) end--;
	return [start, end];
}

/** Splits one source into units. Ids are "<source>.u<n>", n from 1. */
export function splitSource(source: Source): Unit[] {
	const text = source.text;
	const units: Unit[] = [];
	let lineNo = 0;
	let lineStart = 0;
	while (lineStart <= text.length) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd === -1) lineEnd = text.length;
		lineNo++;
		const line = text.slice(lineStart, lineEnd);
		const cuts = [0, ...sentenceStarts(line), line.length];
		for (let k = 0; k + 1 < cuts.length; k++) {
			const [start, end] = trimRange(text, lineStart + cuts[k]!, lineStart + cuts[k + 1]!);
			if (end <= start) continue;
			units.push({
				id: `${source.id}.u${units.length + 1}`,
				source: source.id,
				index: units.length,
				start,
				end,
				text: text.slice(start, end),
				kind: 'claim',
				line: lineNo,
				column: start - lineStart + 1,
			});
		}
		if (lineEnd === text.length) break;
		lineStart = lineEnd + 1;
	}
	return units;
}
