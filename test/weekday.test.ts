// A date written with a weekday it does not fall on ("Tuesday, January 21, 2026": a Wednesday) is an
// inconsistency within one source: the mentions stage records it on the date, the compare stage turns
// it into a row note (never a conflict), and every output shows it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type {Mention, Source, Unit} from '../source/model.ts';
import {extractMentions} from '../source/mentions/index.ts';
import {weekdayOf} from '../source/mentions/dates.ts';
import {WEEKDAY_NAMES} from '../source/mentions/lexicon.ts';
import {compareRows} from '../source/compare/index.ts';
import {makeSources, storyOf} from './helpers/story.ts';
import {loadStory} from '../source/load.ts';
import {renderJson} from '../source/export/json.ts';
import {renderPlain} from '../source/export/plain.ts';
import {renderMarkdown} from '../source/export/markdown.ts';

/** Mentions of each text taken as one claim unit (no splitter or classifier in the way). */
function mentionsOf(...texts: string[]): {sources: Source[]; units: Unit[]; mentions: Mention[]} {
	const sources = makeSources(texts);
	const units: Unit[] = sources.map(s => ({
		id: `${s.id}.u1`, source: s.id, index: 0, start: 0, end: s.text.length, text: s.text, kind: 'claim', line: 1, column: 1,
	}));
	return {sources, units, mentions: extractMentions(sources, units)};
}

/** The flagged dates of one text: [mention text, written span, written weekday, actual weekday]. */
function flagged(text: string): Array<[string, string, number, number]> {
	const {mentions} = mentionsOf(text);
	return mentions
		.filter(m => m.date?.weekdayMismatch)
		.map(m => {
			const w = m.date!.weekdayMismatch!;
			return [m.text, text.slice(w.start, w.end), w.written, w.actual];
		});
}

// --- the calendar ---------------------------------------------------------------------------------

test('weekdayOf: known dates, month index 1-12, leap years and dates that do not exist', () => {
	assert.equal(weekdayOf(2026, 1, 21), 3, '21 January 2026 was a Wednesday');
	assert.equal(weekdayOf(2028, 2, 29), 2, '29 February 2028 is a Tuesday');
	assert.equal(weekdayOf(2000, 2, 29), 2, '2000 is a leap year (divisible by 400)');
	assert.equal(weekdayOf(1969, 7, 20), 0, 'the Moon landing was on a Sunday');
	assert.equal(weekdayOf(2026, 12, 31), 4);
	assert.equal(weekdayOf(2027, 2, 29), undefined, '2027 is not a leap year');
	assert.equal(weekdayOf(1900, 2, 29), undefined, '1900 is not a leap year (divisible by 100)');
	assert.equal(weekdayOf(2026, 2, 30), undefined);
	assert.equal(weekdayOf(2026, 4, 31), undefined);
	assert.equal(weekdayOf(2026, 13, 1), undefined);
	assert.equal(weekdayOf(2026, 0, 1), undefined);
	assert.equal(weekdayOf(50, 3, 1), 2, 'a two-digit year is that year (a Tuesday), not 1950 (a Wednesday), as Date.UTC would read it');
});

test('weekdayOf agrees with Date for every day of 1800-2099', () => {
	fc.assert(
		fc.property(fc.date({min: new Date('1800-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true}), d => {
			assert.equal(weekdayOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), d.getUTCDay());
		}),
		{numRuns: 500},
	);
});

// --- mentions -------------------------------------------------------------------------------------

test('a weekday that does not match its full date is recorded on the date mention, in several formats', () => {
	assert.deepEqual(flagged('This action, announced on Tuesday, January 21, 2026, brings the total to 92.'), [
		['January 21, 2026', 'Tuesday, January 21, 2026', 2, 3],
	]);
	assert.deepEqual(flagged('Officials said on Tue., Jan. 21, 2026 that it ended.'), [['Jan. 21, 2026', 'Tue., Jan. 21, 2026', 2, 3]]);
	assert.deepEqual(flagged('It happened on Tuesday 21 January 2026 in the capital.'), [['21 January 2026', 'Tuesday 21 January 2026', 2, 3]]);
	assert.deepEqual(flagged('It happened on Tuesday, 21 January 2026.'), [['21 January 2026', 'Tuesday, 21 January 2026', 2, 3]]);
	assert.deepEqual(flagged('The vote is set for Friday (March 5, 2026) in the city.'), [['March 5, 2026', 'Friday (March 5, 2026', 5, 4]]);
	assert.deepEqual(flagged('The hearing on 21 January 2026 (Tuesday) was short.'), [['21 January 2026', '21 January 2026 (Tuesday)', 2, 3]]);
	assert.deepEqual(flagged('The hearing on January 21, 2026, a Tuesday, was short.'), [['January 21, 2026', 'January 21, 2026, a Tuesday', 2, 3]]);
	assert.deepEqual(flagged('It was filed on Monday 2026-01-21 by the clerk.'), [['2026-01-21', 'Monday 2026-01-21', 1, 3]]);
	assert.deepEqual(flagged('THE MEETING ON TUESDAY, JANUARY 21, 2026 ENDED.'), [['JANUARY 21, 2026', 'TUESDAY, JANUARY 21, 2026', 2, 3]]);
});

test('a weekday that matches its date, or a date without its year, is not flagged', () => {
	assert.deepEqual(flagged('The hearing was on Wednesday, January 21, 2026 in the capital.'), []);
	assert.deepEqual(flagged('Officials said on Wed., Jan. 21, 2026 that it ended.'), []);
	assert.deepEqual(flagged('The station aired it Tue March 10, 2026 at noon.'), []);
	assert.deepEqual(flagged('The vote is set for Thurs. (March 5, 2026) in the city.'), []);
	assert.deepEqual(flagged('It was Tuesday (Jan. 21) when the trucks left the city.'), [], 'no year written: the weekday cannot be checked');
	assert.deepEqual(flagged('It was Tuesday, January 21 when the trucks left.'), []);
	assert.deepEqual(flagged('The report of Tuesday said that on January 21, 2026 the trucks left.'), [], 'a weekday not next to the date');
	assert.deepEqual(flagged('The Baltimore Sun, Jan. 21, 2026, said so.'), [], 'an abbreviation inside a name is not a weekday');
	assert.deepEqual(flagged('It was signed on Monday, February 30, 2026.'), [], 'a date that does not exist has no weekday to compare');
});

test('leap day: Tuesday, February 29, 2028 is right, Monday, Feb. 29, 2028 is not', () => {
	assert.deepEqual(flagged('The count ends on Tuesday, February 29, 2028 at noon.'), []);
	assert.deepEqual(flagged('The count ends on Monday, Feb. 29, 2028 at noon.'), [['Feb. 29, 2028', 'Monday, Feb. 29, 2028', 1, 2]]);
});

test('the check changes no mention key, span or count: the date keeps its key, the weekday its own mention', () => {
	const right = mentionsOf('The hearing was on Wednesday, January 21, 2026 in the capital.').mentions;
	const wrong = mentionsOf('The hearing was on Tuesday, January 21, 2026 in the capital.').mentions;
	assert.deepEqual(wrong.map(m => [m.kind, m.text, m.key, m.start, m.end]), [
		['date', 'Tuesday', 'weekday:2', 19, 26],
		['date', 'January 21, 2026', '2026-01-21', 28, 44],
	]);
	assert.deepEqual(right.map(m => [m.kind, m.key, m.start, m.end]), [['date', 'weekday:3', 19, 28], ['date', '2026-01-21', 30, 46]]);
	assert.deepEqual(wrong[1]!.date, {month: 1, day: 21, year: 2026, weekdayMismatch: {written: 2, actual: 3, start: 19, end: 44}});
});

const FORMATS: Array<(w: number, y: number, m: number, d: number) => string> = [
	(w, y, m, d) => `${WEEKDAY_NAMES[w]}, ${MONTH_NAMES[m - 1]} ${d}, ${y}`,
	(w, y, m, d) => `${WEEKDAY_NAMES[w]} ${d} ${MONTH_NAMES[m - 1]} ${y}`,
	(w, y, m, d) => `${WEEKDAY_NAMES[w]!.slice(0, 3)}., ${MONTH_NAMES[m - 1]!.slice(0, 3)}. ${d}, ${y}`,
	(w, y, m, d) => `${d} ${MONTH_NAMES[m - 1]} ${y} (${WEEKDAY_NAMES[w]})`,
	(w, y, m, d) => `${WEEKDAY_NAMES[w]} ${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const realDate = fc.date({min: new Date('1800-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true});

test('property: any real date written with its true weekday is never flagged, in any format', () => {
	fc.assert(
		fc.property(realDate, fc.integer({min: 0, max: FORMATS.length - 1}), (date, f) => {
			const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
			const written = FORMATS[f]!(date.getUTCDay(), y, m, d);
			const text = `The ruling came on ${written} in the capital.`;
			const {mentions} = mentionsOf(text);
			assert.ok(mentions.some(m => m.kind === 'date' && m.key.startsWith(`${y}-`)), `the date of ${written} is read`);
			assert.deepEqual(flagged(text), [], written);
		}),
		{numRuns: 300},
	);
});

test('property: the same date written with any other weekday is flagged, with the real weekday', () => {
	fc.assert(
		fc.property(realDate, fc.integer({min: 1, max: 6}), fc.integer({min: 0, max: FORMATS.length - 1}), (date, shift, f) => {
			const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
			const actual = date.getUTCDay();
			const wrong = (actual + shift) % 7;
			const written = FORMATS[f]!(wrong, y, m, d);
			const text = `The ruling came on ${written} in the capital.`;
			const found = flagged(text);
			assert.equal(found.length, 1, written);
			assert.equal(found[0]![1], written, 'the span is the whole written date');
			assert.deepEqual(found[0]!.slice(2), [wrong, actual]);
		}),
		{numRuns: 300},
	);
});

// --- compare: row notes ---------------------------------------------------------------------------

test('a row holding a wrongly dated unit carries a note; status and conflicts stay cross-source', () => {
	const texts = [
		'Mexico sent 37 suspects to the United States on Tuesday, January 21, 2026, officials said.',
		'Mexico sent 37 suspects to the United States on January 21, 2026, officials said.',
	];
	const story = storyOf(texts, ['Wire', 'Daily']);
	const row = story.rows.find(r => r.units.some(id => id.startsWith('s1.')))!;
	assert.deepEqual(row.sources, ['s1', 's2'], 'both sentences state one claim');
	assert.equal(row.status, 'agree', 'the same date in both sources: no conflict');
	assert.deepEqual(row.conflicts, []);
	assert.equal(row.notes?.length, 1);
	const note = row.notes![0]!;
	assert.equal(note.kind, 'date');
	assert.equal(note.source, 's1');
	assert.equal(note.unit, row.units.find(id => id.startsWith('s1.')));
	assert.equal(note.text, 'Tuesday, January 21, 2026');
	assert.equal(texts[0]!.slice(note.start, note.end), note.text);
	assert.equal(note.message, 'January 21, 2026 is a Wednesday, not a Tuesday');
	const mention = story.mentions.find(m => m.id === note.mention)!;
	assert.equal(mention.text, 'January 21, 2026');
	assert.equal(mention.unit, note.unit);
});

test('compareRows: notes come from the date mentions of the row, in unit order; a single-source row gets them too', () => {
	const sources = makeSources(['Set for Friday, March 6, 2026 and Monday, March 9, 2026.', 'Set for March 6, 2026.']);
	const unit = (s: Source): Unit => ({id: `${s.id}.u1`, source: s.id, index: 0, start: 0, end: s.text.length, text: s.text, kind: 'claim', line: 1, column: 1});
	const units = sources.map(unit);
	const mentions = extractMentions(sources, units);
	const [both] = compareRows([{units: ['s1.u1', 's2.u1'], position: 0}], units, mentions, sources);
	// 6 March 2026 was a Friday (right); 9 March 2026 was a Monday (right): no note.
	assert.equal(both!.notes, undefined);
	const wrongSources = makeSources(['Set for Thursday, March 6, 2026 and Sunday, March 9, 2026.', 'Set for March 6, 2026.']);
	const wrongUnits = wrongSources.map(unit);
	const [row, single] = compareRows(
		[{units: ['s1.u1', 's2.u1'], position: 0}, {units: ['s1.u1'], position: 1}],
		wrongUnits, extractMentions(wrongSources, wrongUnits), wrongSources,
	);
	assert.deepEqual(row!.notes!.map(n => [n.text, n.message]), [
		['Thursday, March 6, 2026', 'March 6, 2026 is a Friday, not a Thursday'],
		['Sunday, March 9, 2026', 'March 9, 2026 is a Monday, not a Sunday'],
	]);
	assert.equal(row!.status, 'agree');
	assert.equal(single!.status, 'single');
	assert.equal(single!.notes!.length, 2);
});

// --- outputs --------------------------------------------------------------------------------------

const {story: demo} = await loadStory([], {});
const explainer = demo.sources.find(s => s.label === 'Explainer')!;

test('demo: the Explainer row with "Tuesday, January 21, 2026" carries one note, and it is the only one', () => {
	const noted = demo.rows.filter(r => r.notes?.length);
	assert.equal(noted.length, 1);
	const [note] = noted[0]!.notes!;
	assert.equal(note!.source, explainer.id);
	assert.equal(note!.text, 'Tuesday, January 21, 2026');
	assert.equal(explainer.text.slice(note!.start, note!.end), note!.text);
	assert.equal(note!.message, 'January 21, 2026 is a Wednesday, not a Tuesday');
	assert.equal(noted[0]!.status, noted[0]!.sources.length > 1 ? (noted[0]!.conflicts.length ? 'conflict' : 'agree') : 'single');
});

test('JSON export: rows carry their notes (only when any) and date mentions their weekdayMismatch; texts slice back', () => {
	const doc = JSON.parse(renderJson(demo)) as {
		sources: Array<{id: string}>;
		rows: Array<{id: string; status: string; conflicts: unknown[]; notes?: Array<Record<string, unknown>>}>;
		mentions: Array<{id: string; text: string; date?: {weekdayMismatch?: {written: number; actual: number; start: number; end: number}}}>;
	};
	const noted = doc.rows.filter(r => 'notes' in r);
	assert.equal(noted.length, 1, 'rows without notes have no notes field');
	const note = noted[0]!.notes![0]!;
	assert.deepEqual(Object.keys(note).sort(), ['end', 'kind', 'mention', 'message', 'source', 'start', 'text', 'unit']);
	assert.equal(note.kind, 'date');
	assert.equal(explainer.text.slice(note.start as number, note.end as number), note.text);
	const mention = doc.mentions.find(m => m.id === note.mention)!;
	assert.equal(mention.text, 'January 21, 2026');
	assert.deepEqual(mention.date?.weekdayMismatch, {written: 2, actual: 3, start: note.start, end: note.end});
	assert.equal(doc.mentions.filter(m => m.date?.weekdayMismatch).length, 1);
});

test('plain table: the note under its row, glyph and words; the summary counts notes', () => {
	const plain = renderPlain(demo);
	assert.match(plain, /^5 sources, \d+ claim rows: \d+ agree, \d+ conflict, \d+ single source, 1 note$/m);
	const lines = plain.split('\n');
	const at = lines.findIndex(l => l.includes('⚑'));
	assert.ok(at > 0, 'a note line');
	assert.equal(lines[at], '  ⚑ note: Explainer writes "Tuesday, January 21, 2026", but January 21, 2026 is a Wednesday, not a Tuesday');
	// It sits in the block of the row holding the Explainer sentence, before the sources' lines.
	let head = at;
	while (head > 0 && !/^[✓≠◇] r\d+ /.test(lines[head]!)) head--;
	const block = lines.slice(head, lines.indexOf('', at));
	assert.ok(block.some(l => /^ {2}Explainer +\| .*Tuesday, January 21, 2026/.test(l)), block.join('\n'));
	assert.equal(lines.filter(l => l.includes('⚑')).length, 1);
});

test('Markdown report: the note as a list item with glyph, words and offsets; the summary counts notes', () => {
	const md = renderMarkdown(demo);
	assert.match(md, /single source, 1 note\./);
	const item = md.split('\n').find(l => l.includes('⚑'))!;
	const note = demo.rows.find(r => r.notes)!.notes![0]!;
	assert.equal(item, `- ⚑ **note** Explainer writes "Tuesday, January 21, 2026", but January 21, 2026 is a Wednesday, not a Tuesday (chars ${note.start}–${note.end})`);
});

test('a story without a wrong weekday prints no note anywhere', () => {
	const story = storyOf(['Mexico sent 37 suspects on Wednesday, January 21, 2026.', 'Mexico sent 37 suspects on January 21, 2026.']);
	assert.ok(story.rows.every(r => r.notes === undefined));
	assert.doesNotMatch(renderPlain(story), /⚑|note/);
	assert.doesNotMatch(renderMarkdown(story), /⚑|note/);
	assert.doesNotMatch(renderJson(story), /"notes"|weekdayMismatch/);
});
