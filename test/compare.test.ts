import {test} from 'node:test';
import assert from 'node:assert/strict';
import {compareRows, datesCompatible, namesCompatible, numberClass, numbersCompatible, wordOverlap} from '../source/compare/index.ts';
import type {DateValue, Mention, NumberValue, Source, Unit} from '../source/model.ts';

const sources: Source[] = ['s1', 's2', 's3'].map(id => ({id, path: `${id}.txt`, label: id.toUpperCase(), title: '', text: '', format: 'text'}));

// Every unit states the same sentence (so names in it are rival answers) unless a test gives its own.
const SENTENCE = 'The suspects were flown there on Tuesday aboard seven aircraft.';

function unit(source: string, n: number, text = SENTENCE): Unit {
	return {id: `${source}.u${n}`, source, index: n - 1, start: 0, end: text.length, text, kind: 'claim', line: 1, column: 1};
}

/** One sentence per source (s1.u1, s2.u1, ...) and the row that holds them all. */
function rowOfTexts(texts: string[]): {rowUnits: Unit[]; row: {units: string[]; position: number}} {
	const rowUnits = texts.map((text, i) => unit(`s${i + 1}`, 1, text));
	return {rowUnits, row: {units: rowUnits.map(u => u.id), position: 0}};
}

let counter = 0;
function number(unitId: string, text: string, value: Partial<NumberValue> & {value: number}): Mention {
	const n: NumberValue = {min: value.value, max: value.value, vague: false, ...value};
	return {id: `m${++counter}`, source: unitId.split('.')[0]!, unit: unitId, start: 0, end: 1, text, kind: 'number', key: String(n.value), number: n};
}

function date(unitId: string, text: string, d: DateValue): Mention {
	return {id: `m${++counter}`, source: unitId.split('.')[0]!, unit: unitId, start: 0, end: 1, text, kind: 'date', key: JSON.stringify(d), date: d};
}

function entity(unitId: string, kind: 'place' | 'person' | 'organisation', key: string): Mention {
	return {id: `m${++counter}`, source: unitId.split('.')[0]!, unit: unitId, start: 0, end: 1, text: key, kind, key};
}

const units = [unit('s1', 1), unit('s2', 1), unit('s3', 1)];
const row = {units: units.map(u => u.id), position: 0};

test('different figures for the same count are a number conflict naming each value', () => {
	const mentions = [
		number('s1.u1', '37', {value: 37, unit: 'suspects'}),
		number('s2.u1', 'thirty-seven', {value: 37, unit: 'members'}),
		number('s3.u1', '36', {value: 36, unit: 'inmates'}),
	];
	const [result] = compareRows([row], units, mentions, sources);
	assert.equal(result!.status, 'conflict');
	assert.equal(result!.conflicts.length, 1);
	assert.equal(result!.conflicts[0]!.kind, 'number');
	assert.deepEqual(result!.conflicts[0]!.values, {s1: '37', s2: 'thirty-seven', s3: '36'});
	assert.deepEqual(Object.keys(result!.conflicts[0]!.mentions), ['s1', 's2', 's3']);
});

test('a vague quantity is compatible with an exact one in its range', () => {
	assert.ok(numbersCompatible({value: 100, min: 100, max: 999, vague: true, unit: 'ton'}, {value: 320, min: 320, max: 320, vague: false, unit: 'ton'}));
	assert.ok(!numbersCompatible({value: 36, min: 36, max: 36, vague: false}, {value: 37, min: 37, max: 37, vague: false}));
	const mentions = [number('s1.u1', 'hundreds of tons', {value: 100, min: 100, max: 999, vague: true, unit: 'tons'}), number('s2.u1', '320 tons', {value: 320, unit: 'tons'})];
	assert.equal(compareRows([row], units, mentions, sources)[0]!.status, 'agree');
});

test('dates of compatible precision agree; different days conflict', () => {
	assert.ok(datesCompatible({year: 2025, month: 2}, {year: 2025, month: 2, day: 28}));
	assert.ok(datesCompatible({month: 8}, {year: 2025, month: 8}));
	assert.ok(!datesCompatible({year: 2025, month: 2, day: 27}, {year: 2025, month: 2, day: 28}));
	const agree = [date('s1.u1', 'February 2025', {year: 2025, month: 2}), date('s2.u1', 'Feb. 28, 2025', {year: 2025, month: 2, day: 28})];
	assert.equal(compareRows([row], units, agree, sources)[0]!.status, 'agree');
	const differ = [date('s1.u1', 'Feb. 27, 2025', {year: 2025, month: 2, day: 27}), date('s2.u1', 'Feb. 28, 2025', {year: 2025, month: 2, day: 28})];
	const [result] = compareRows([row], units, differ, sources);
	assert.equal(result!.conflicts[0]!.kind, 'date');
});

test('a place one source adds is not a conflict; a different single place is', () => {
	const added = [
		entity('s1.u1', 'place', 'washington'),
		entity('s1.u1', 'place', 'san diego'),
		entity('s2.u1', 'place', 'washington'),
		entity('s2.u1', 'place', 'san diego'),
		entity('s2.u1', 'place', 'houston'),
	];
	assert.equal(compareRows([row], units, added, sources)[0]!.status, 'agree');
	const differ = [entity('s1.u1', 'place', 'washington'), entity('s1.u1', 'place', 'houston'), entity('s2.u1', 'place', 'washington'), entity('s2.u1', 'place', 'dallas')];
	const [result] = compareRows([row], units, differ, sources);
	assert.equal(result!.status, 'conflict');
	// The values are the ones in dispute: Washington, which both give, is left out.
	assert.deepEqual(result!.conflicts[0]!.values, {s1: 'houston', s2: 'dallas'});
});

test('silence is not a conflict, and a row with one source is single', () => {
	const mentions = [number('s1.u1', '37', {value: 37, unit: 'suspects'})];
	assert.equal(compareRows([row], units, mentions, sources)[0]!.status, 'agree');
	const single = compareRows([{units: ['s1.u1'], position: 0}], units, mentions, sources)[0]!;
	assert.equal(single.status, 'single');
	assert.deepEqual(single.sources, ['s1']);
});

test('figures counting different things are not compared', () => {
	const mentions = [number('s1.u1', '37', {value: 37, unit: 'suspects'}), number('s2.u1', '7', {value: 7, unit: 'aircraft'})];
	assert.equal(compareRows([row], units, mentions, sources)[0]!.status, 'agree');
});

test('two names are not rivals when another outlet in the row names both', () => {
	const rivals = [entity('s1.u1', 'person', 'donald trump'), entity('s2.u1', 'person', 'nicolas maduro')];
	assert.equal(compareRows([row], units, rivals, sources)[0]!.status, 'conflict');
	const both = [...rivals, entity('s3.u1', 'person', 'donald trump'), entity('s3.u1', 'person', 'nicolas maduro')];
	assert.equal(compareRows([row], units, both, sources)[0]!.status, 'agree');
});

test('a shorter form of the same name is not a rival name', () => {
	const shorter = [entity('s1.u1', 'place', 'carrow falls ohio'), entity('s2.u1', 'place', 'carrow falls')];
	assert.equal(compareRows([row], units, shorter, sources)[0]!.status, 'agree');
	const other = [entity('s1.u1', 'place', 'carrow falls ohio'), entity('s2.u1', 'place', 'dayton ohio')];
	assert.equal(compareRows([row], units, other, sources)[0]!.status, 'conflict');
	assert.ok(namesCompatible('us chemical safety board', 'chemical safety board'));
	assert.ok(!namesCompatible('us chemical safety board', 'national transportation safety board'));
});

test('organisations are not compared: different ones in a claim play different roles', () => {
	const roles = [entity('s1.u1', 'organisation', 'brightwell coatings'), entity('s2.u1', 'organisation', 'carrow falls fire department')];
	assert.equal(compareRows([row], units, roles, sources)[0]!.status, 'agree');
});

test('tallies conflict when they differ ("3-2" against "4-1") and agree when equal; a plain 3 is not a tally', () => {
	const tally = (unitId: string, a: number, b: number) => number(unitId, `${a}-${b}`, {value: a, tally: [a, b]});
	const [split] = compareRows([row], units, [tally('s1.u1', 3, 2), tally('s2.u1', 4, 1), tally('s3.u1', 3, 2)], sources);
	assert.equal(split!.status, 'conflict');
	assert.deepEqual(split!.conflicts[0]!.values, {s1: '3-2', s2: '4-1', s3: '3-2'});
	const [same] = compareRows([row], units, [tally('s1.u1', 3, 2), tally('s2.u1', 3, 2)], sources);
	assert.equal(same!.status, 'agree');
	assert.equal(numbersCompatible({value: 3, min: 3, max: 3, vague: false, tally: [3, 2]}, {value: 3, min: 3, max: 3, vague: false, tally: [3, 1]}), false);
	assert.equal(numbersCompatible({value: 3, min: 3, max: 3, vague: false, tally: [3, 2]}, {value: 3, min: 3, max: 3, vague: false}), false);
});

test('a qualified figure ("more than $1 billion", "about 40") is compatible with any figure in its range; exact figures must be equal', () => {
	const exact = (value: number): NumberValue => ({value, min: value, max: value, vague: false});
	assert.equal(numbersCompatible({value: 1e9, min: 1e9, max: Number.MAX_SAFE_INTEGER, vague: false}, exact(1.1e9)), true);
	assert.equal(numbersCompatible({value: 40, min: 36, max: 44, vague: false}, exact(41)), true);
	assert.equal(numbersCompatible({value: 1e9, min: 1e9, max: Number.MAX_SAFE_INTEGER, vague: false}, exact(0.9e9)), false);
	assert.equal(numbersCompatible(exact(37), exact(36)), false);
});

test('two names (or figures, or dates) are rivals only in sentences that otherwise say the same thing', () => {
	const paraphrase = [unit('s1', 1, 'The suspects were flown to Washington on Tuesday aboard seven aircraft.'), unit('s2', 1, 'On Tuesday the suspects were flown to New York aboard seven planes.')];
	const place = (u: Unit, key: string, text: string): Mention => {
		const start = u.text.indexOf(text);
		return {id: `m${++counter}`, source: u.source, unit: u.id, start, end: start + text.length, text, kind: 'place', key};
	};
	const pair = {units: paraphrase.map(u => u.id), position: 0};
	const rivals = [place(paraphrase[0]!, 'washington', 'Washington'), place(paraphrase[1]!, 'new york', 'New York')];
	const [conflict] = compareRows([pair], paraphrase, rivals, sources);
	assert.equal(conflict!.status, 'conflict');
	assert.deepEqual(conflict!.conflicts[0]!.values, {s1: 'Washington', s2: 'New York'});
	// Different sentences that an alignment put in one row: different places are just different places.
	const apart = [unit('s1', 1, 'Church bells rang in Santa Ines on Thursday afternoon.'), unit('s2', 1, 'The company remains committed to the people of Grant County, a spokeswoman said.')];
	const [calm] = compareRows(
		[{units: apart.map(u => u.id), position: 0}],
		apart,
		[place(apart[0]!, 'santa ines', 'Santa Ines'), place(apart[1]!, 'grant county', 'Grant County')],
		sources,
	);
	assert.equal(calm!.status, 'agree');
	assert.equal(wordOverlap(new Set(['flown', 'tuesday']), new Set(['flown', 'tuesday', 'seven'])), 0.8);
	assert.equal(wordOverlap(new Set(), new Set(['x'])), 0);
});

test('a weekday written with a full date is part of that date: "Monday, March 2" against "Tuesday, March 3" is a date conflict', () => {
	const mentions = [
		date('s1.u1', 'Monday', {weekday: 1}),
		date('s1.u1', 'March 2, 2026', {year: 2026, month: 3, day: 2}),
		date('s2.u1', 'Tuesday', {weekday: 2}),
		date('s2.u1', 'March 3, 2026', {year: 2026, month: 3, day: 3}),
	];
	const [result] = compareRows([row], units, mentions, sources);
	assert.equal(result!.status, 'conflict');
	assert.deepEqual(result!.conflicts[0]!.values, {s1: 'March 2, 2026', s2: 'March 3, 2026'});
	// A weekday alone still counts: "Monday" against "Tuesday".
	const [alone] = compareRows([row], units, [date('s1.u1', 'Monday', {weekday: 1}), date('s2.u1', 'Tuesday', {weekday: 2})], sources);
	assert.equal(alone!.status, 'conflict');
});

test('dates at different precision are different moments, not rival answers; a figure in a different sentence is not a rival figure', () => {
	const [moments] = compareRows([row], units, [date('s1.u1', '2025', {year: 2025}), date('s2.u1', 'January 21, 2026', {year: 2026, month: 1, day: 21})], sources);
	assert.equal(moments!.status, 'agree');
	const [days] = compareRows([row], units, [date('s1.u1', 'January 20, 2026', {year: 2026, month: 1, day: 20}), date('s2.u1', 'January 21, 2026', {year: 2026, month: 1, day: 21})], sources);
	assert.equal(days!.status, 'conflict');
	const apart = [unit('s1', 1, 'The company has already spent $40 million on permits and studies.'), unit('s2', 1, 'The open-pit project would cost $1.1 billion to build.')];
	const usd = (u: Unit, value: number, text: string): Mention => ({id: `m${++counter}`, source: u.source, unit: u.id, start: u.text.indexOf(text), end: u.text.indexOf(text) + text.length, text, kind: 'number', key: String(value), number: {value, min: value, max: value, vague: false, unit: 'usd'}});
	const [sums] = compareRows([{units: apart.map(u => u.id), position: 0}], apart, [usd(apart[0]!, 4e7, '$40 million'), usd(apart[1]!, 1.1e9, '$1.1 billion')], sources);
	assert.equal(sums!.status, 'agree');
});

test('sentence against sentence: a conflict between two paraphrases holds even when a source adds another sentence with a third figure', () => {
	const rowUnits = [
		unit('s1', 1, 'The bank now expects inflation to average 3.1% this year, up from 2.6% in March.'),
		unit('s1', 2, 'It does not see inflation back at its 2% target until 2027.'),
		unit('s2', 1, 'The bank now expects inflation to average 3.0% this year, up from 2.6% in March.'),
	];
	const percent = (u: Unit, text: string): Mention => {
		const value = Number.parseFloat(text);
		const start = u.text.indexOf(text);
		return {id: `m${++counter}`, source: u.source, unit: u.id, start, end: start + text.length, text, kind: 'number', key: `${value}%`, number: {value, min: value, max: value, vague: false, percent: true}};
	};
	const mentions = [percent(rowUnits[0]!, '3.1%'), percent(rowUnits[0]!, '2.6%'), percent(rowUnits[1]!, '2%'), percent(rowUnits[2]!, '3.0%'), percent(rowUnits[2]!, '2.6%')];
	const [result] = compareRows([{units: rowUnits.map(u => u.id), position: 0}], rowUnits, mentions, sources);
	assert.equal(result!.status, 'conflict');
	assert.deepEqual(result!.conflicts[0]!.values, {s1: '3.1%, 2%', s2: '3.0%'});
	// Without the paraphrase the same figures are no conflict.
	const apart = [rowUnits[0]!, rowUnits[1]!, unit('s2', 1, 'Wages rose 3.0% while rents climbed 2.6%, the statistics office said.')];
	const apartMentions = [percent(apart[0]!, '3.1%'), percent(apart[0]!, '2.6%'), percent(apart[1]!, '2%'), percent(apart[2]!, '3.0%'), percent(apart[2]!, '2.6%')];
	assert.equal(compareRows([{units: apart.map(u => u.id), position: 0}], apart, apartMentions, sources)[0]!.status, 'agree');
});

test('two qualified figures agree only when one stated figure lies in the other\'s range: "about 1.2 million" against "roughly 1.4 million" do not', () => {
	const about = (value: number) => ({value, min: Math.floor(value * 0.9), max: Math.ceil(value * 1.1), vague: false});
	assert.ok(!numbersCompatible(about(1_200_000), about(1_400_000)), 'their ±10% ranges touch, but neither figure is in the other range');
	assert.ok(numbersCompatible(about(40), about(37)));
	assert.ok(numbersCompatible(about(40), {value: 37, min: 37, max: 37, vague: false}));
});

// Five outlets, each stating the count in its own words: few shared words, so no two sentences pass the paraphrase test.
const consensusTexts = [
	'Hackers stole records of about 1.2 million patients during a ransomware attack last month.',
	'Ellingsen is one of roughly 1.2 million current and former patients whose files were taken.',
	'About 1.2 million people are affected, the health system says.',
	'The breach touches some 1.2 million individuals across two states.',
	'Cybercriminals made off with sensitive files on roughly 1.4 million people when they breached the provider.',
];
const fiveSources: Source[] = ['s1', 's2', 's3', 's4', 's5'].map(id => ({id, path: `${id}.txt`, label: id.toUpperCase(), title: '', text: '', format: 'text'}));
const approx = (value: number) => ({value, min: Math.floor(value * 0.9), max: Math.ceil(value * 1.1), unit: 'patients'});

test('one outlet against several that agree: a figure the others all give differently is a conflict without the paraphrase test', () => {
	const {rowUnits, row: consensusRow} = rowOfTexts(consensusTexts);
	const values = [1_200_000, 1_200_000, 1_200_000, 1_200_000, 1_400_000];
	const mentions = values.map((value, i) => number(`s${i + 1}.u1`, String(value), approx(value)));
	const [result] = compareRows([consensusRow], rowUnits, mentions, fiveSources);
	assert.equal(result!.status, 'conflict');
	assert.equal(result!.conflicts[0]!.kind, 'number');
	// Not when an agreeing outlet also gives the odd figure elsewhere in the row (as anything).
	const alsoGives = [...mentions, number('s2.u1', '1.4 million', {value: 1_400_000})];
	assert.equal(compareRows([consensusRow], rowUnits, alsoGives, fiveSources)[0]!.status, 'agree');
	// Not when the figures are far apart: they count different things that share a unit.
	const farApart = values.map((value, i) => number(`s${i + 1}.u1`, String(value), approx(i === 4 ? 40_000_000 : value)));
	assert.equal(compareRows([consensusRow], rowUnits, farApart, fiveSources)[0]!.status, 'agree');
	// Not with two outlets only: one against one needs the paraphrase test.
	const twoUnits = [rowUnits[0]!, rowUnits[4]!];
	const two = [mentions[0]!, mentions[4]!];
	assert.equal(compareRows([{units: twoUnits.map(u => u.id), position: 0}], twoUnits, two, fiveSources)[0]!.status, 'agree');
	// Not when the odd outlet gives two different figures of the kind: which one answers is unclear.
	const twoFigures = [...mentions, number('s5.u1', '310,000 patients', approx(310_000))];
	assert.equal(compareRows([consensusRow], rowUnits, twoFigures, fiveSources)[0]!.status, 'agree');
	// An agreeing outlet may give a second figure of the kind ("1.2 million patients, ... 310,000 of them").
	const agreeingGivesTwo = [...mentions, number('s1.u1', '310,000 patients', approx(310_000))];
	assert.equal(compareRows([consensusRow], rowUnits, agreeingGivesTwo, fiveSources)[0]!.status, 'conflict');
});

test('homes, houses, dwellings and residences count one thing: 47 of them three times and "at least 47" once, against 74 homes', () => {
	const texts = [
		'The fire has destroyed 47 homes and other buildings.',
		'Inspection teams have so far confirmed 47 houses burned to the ground.',
		'Officials have tallied 47 dwellings gone.',
		'At least 47 residences have been reduced to ash, most of them in Pine Hollow.',
		'Officials now say 74 homes have been lost to the fire, most of them in Pine Hollow.',
	];
	const {rowUnits, row: homesRow} = rowOfTexts(texts);
	const counted = (unitId: string, value: number, noun: string, extra: Partial<NumberValue> = {}) => number(unitId, `${value} ${noun}s`, {value, unit: noun, ...extra});
	const mentions = [
		counted('s1.u1', 47, 'home'), counted('s2.u1', 47, 'house'), counted('s3.u1', 47, 'dwelling'),
		counted('s4.u1', 47, 'residence', {max: Number.MAX_SAFE_INTEGER}), counted('s5.u1', 74, 'home'),
	];
	const [result] = compareRows([homesRow], rowUnits, mentions, fiveSources);
	assert.equal(result!.status, 'conflict');
	assert.equal(result!.conflicts[0]!.values.s5, '74 homes');
	// A residence is a home, not a resident.
	assert.equal(numberClass({value: 47, min: 47, max: 47, vague: false, unit: 'residence'}), numberClass({value: 3, min: 3, max: 3, vague: false, unit: 'house'}));
	assert.notEqual(numberClass({value: 47, min: 47, max: 47, vague: false, unit: 'residence'}), numberClass({value: 3, min: 3, max: 3, vague: false, unit: 'resident'}));
});

test('a figure three outlets give, some with a yearly step beside it, against one outlet\'s other figure: 15% (and 5% a year) against 18%', () => {
	const texts = [
		'The three-year agreement gives members raises totaling 15% and caps overtime.',
		'Under the deal, workers will get raises of 5 percent in each of the next three years, 15 percent in all.',
		'Pay: a 15% raise over three years, 5% a year.',
		'Rank-and-file members stand to pocket a pay bump of 18 percent spread across the life of the pact.',
		'According to the union: wage increases adding up to 15 percent over three years.',
	];
	const {rowUnits, row: payRow} = rowOfTexts(texts);
	const pct = (unitId: string, value: number) => number(unitId, `${value}%`, {value, percent: true});
	const mentions = [pct('s1.u1', 15), pct('s2.u1', 5), pct('s2.u1', 15), pct('s3.u1', 15), pct('s3.u1', 5), pct('s4.u1', 18), pct('s5.u1', 15)];
	const [result] = compareRows([payRow], rowUnits, mentions, fiveSources);
	assert.equal(result!.status, 'conflict');
	assert.equal(result!.conflicts[0]!.values.s4, '18%');
	// Not when the odd outlet also gives a second figure, nor when its figure is far from the agreed one.
	assert.equal(compareRows([payRow], rowUnits, [...mentions, pct('s4.u1', 6)], fiveSources)[0]!.status, 'agree');
	const far = mentions.map(m => (m.unit === 's4.u1' ? pct('s4.u1', 40) : m));
	assert.equal(compareRows([payRow], rowUnits, far, fiveSources)[0]!.status, 'agree');
	// Not when only two outlets give the agreed figure.
	const fewer = mentions.filter(m => !(m.unit === 's5.u1' || (m.unit === 's1.u1' && m.number?.value === 15)));
	assert.equal(compareRows([payRow], rowUnits, fewer, fiveSources)[0]!.status, 'agree');
	// Not when an agreeing outlet gives the odd figure too.
	assert.equal(compareRows([payRow], rowUnits, [...mentions, pct('s1.u1', 18)], fiveSources)[0]!.status, 'agree');
});

test('one outlet against several: dates at one precision conflict ("January" four times, "February" once); mixed precision does not', () => {
	const {rowUnits, row: consensusRow} = rowOfTexts(consensusTexts);
	const months = [1, 1, 1, 1, 2].map((month, i) => date(`s${i + 1}.u1`, month === 1 ? 'January' : 'February', {month}));
	assert.equal(compareRows([consensusRow], rowUnits, months, fiveSources)[0]!.status, 'conflict');
	const mixed = [...months.slice(0, 4), date('s5.u1', 'February 27', {month: 2, day: 27})];
	assert.equal(compareRows([consensusRow], rowUnits, mixed, fiveSources)[0]!.status, 'agree');
	// Weekdays alone mostly say when each outlet's own news happened ("assigned on Tuesday" / "invoked late Sunday").
	const weekdays = [2, 2, 2, 2, 0].map((weekday, i) => date(`s${i + 1}.u1`, weekday === 2 ? 'Tuesday' : 'Sunday', {weekday}));
	assert.equal(compareRows([consensusRow], rowUnits, weekdays, fiveSources)[0]!.status, 'agree');
});

test('who is quoted is no rival answer ("X said"), unless two spellings of one name', () => {
	const {rowUnits, row: pierRow} = rowOfTexts(['The pier will close in May, Mayor Ana Ruiz said.', 'The pier will close in May, Governor Tom Hale said.']);
	const speaker = (u: Unit, name: string): Mention => {
		const start = u.text.indexOf(name);
		return {id: `m${++counter}`, source: u.source, unit: u.id, start, end: start + name.length, text: name, kind: 'person', key: name.toLowerCase()};
	};
	assert.equal(compareRows([pierRow], rowUnits, [speaker(rowUnits[0]!, 'Ana Ruiz'), speaker(rowUnits[1]!, 'Tom Hale')], sources)[0]!.status, 'agree');
	// The same sentences naming two people who are not quoted: rivals.
	const named = rowOfTexts(['The pier that Ana Ruiz built will close in May.', 'The pier that Tom Hale built will close in May.']).rowUnits;
	assert.equal(compareRows([pierRow], named, [speaker(named[0]!, 'Ana Ruiz'), speaker(named[1]!, 'Tom Hale')], sources)[0]!.status, 'conflict');
	// A quoted name spelled two ways is still a conflict.
	const spelled = rowOfTexts(['The pier will close in May, Mayor Ana Ruiz said.', 'The pier will close in May, Mayor Ana Ruis said.']).rowUnits;
	assert.equal(compareRows([pierRow], spelled, [speaker(spelled[0]!, 'Ana Ruiz'), speaker(spelled[1]!, 'Ana Ruis')], sources)[0]!.status, 'conflict');
});

test('a figure an outlet gives in the row, as anything, is no rival: "310,000 patients" against "1.2 million patients, ... 310,000 of them"', () => {
	const text = 'Social Security numbers of roughly 310,000 patients were also taken.';
	const pair = [unit('s1', 1, text), unit('s2', 1, 'Hackers took data on about 1.2 million patients, including Social Security numbers for roughly 310,000 of them.')];
	const mentions = [
		number('s1.u1', 'roughly 310,000 patients', approx(310_000)),
		number('s2.u1', 'about 1.2 million', approx(1_200_000)),
		number('s2.u1', 'roughly 310,000', {value: 310_000, min: 279_000, max: 341_000}),
	];
	assert.equal(compareRows([{units: pair.map(u => u.id), position: 0}], pair, mentions, sources)[0]!.status, 'agree');
});

test('two spellings of one name are rivals even when the sentences share few words ("Lena Whitaker" / "Lena Whitcomb")', async () => {
	const {similarNames} = await import('../source/compare/index.ts');
	assert.ok(similarNames('lena whitaker', 'lena whitcomb'));
	assert.ok(similarNames('henrik dalmann', 'henrik dahlmann'));
	assert.ok(similarNames('dalmann', 'dahlmann'));
	assert.ok(!similarNames('mark dempsey', 'lena whitcomb'));
	assert.ok(!similarNames('lena whitcomb', 'lena whitcomb'));
	assert.ok(!similarNames('kim', 'kin'), 'short names are not compared by spelling');
	const pair = [
		unit('s1', 1, 'Incident commander Lena Whitaker said crews were shielding homes rather than attacking the fire head-on.'),
		unit('s2', 1, 'Incident commander Lena Whitcomb put it bluntly at the briefing: structures first.'),
	];
	const people = (a: string, b: string) => [entity('s1.u1', 'person', a), entity('s2.u1', 'person', b)];
	const rowOf = {units: pair.map(u => u.id), position: 0};
	assert.equal(compareRows([rowOf], pair, people('lena whitaker', 'lena whitcomb'), sources)[0]!.status, 'conflict');
	// Two different people in sentences that say different things are not rivals.
	assert.equal(compareRows([rowOf], pair, people('mark dempsey', 'lena whitcomb'), sources)[0]!.status, 'agree');
});

test('two dates an outlet of the row gives both are two moments, not rivals ("runs again Thursday" / "free through Sunday")', () => {
	const rowUnits = [
		unit('s1', 1, 'Fares on all buses and Harlow Line trains will be waived through Sunday.'),
		unit('s2', 1, 'Buses and Harlow Line trains will start rolling at 5 a.m. Thursday.'),
		unit('s3', 1, 'Buses and Harlow Line trains run again starting Thursday, and rides are free through Sunday.'),
	];
	const weekday = (unitId: string, text: string, day: number) => date(unitId, text, {weekday: day});
	const mentions = [weekday('s1.u1', 'Sunday', 0), weekday('s2.u1', 'Thursday', 4), weekday('s3.u1', 'Thursday', 4), weekday('s3.u1', 'Sunday', 0)];
	const rowOf = {units: rowUnits.map(u => u.id), position: 0};
	assert.equal(compareRows([rowOf], rowUnits, mentions, sources)[0]!.status, 'agree');
	// Without the outlet that gives both, the paraphrased pair is a conflict.
	assert.equal(compareRows([{units: rowUnits.slice(0, 2).map(u => u.id), position: 0}], rowUnits.slice(0, 2), mentions.slice(0, 2), sources)[0]!.status, 'conflict');
});
