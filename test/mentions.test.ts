import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import fc from 'fast-check';
import type {Mention, MentionKind, Source, Unit} from '../source/model.ts';
import {extractMentions} from '../source/mentions/index.ts';
import {canonicalAlias, dateKey, fold, numberKey, parseDate, parseQuantity} from '../source/mentions/normalise.ts';
import {splitSource} from '../source/split/index.ts';
import {classifyUnits} from '../source/classify/index.ts';
import {makeSources} from './helpers/story.ts';
import {moduleUrl, runGuarded} from './helpers/guarded.ts';

/** Run split + classify + mentions on plain texts. */
function mentionsOf(texts: string[]): Mention[] {
	const sources = makeSources(texts);
	const units = classifyUnits(sources, sources.flatMap(s => splitSource(s)));
	return extractMentions(sources, units);
}

/** Mentions of one text treated as a single claim unit (no classifier in the way). */
function mentionsOfUnits(texts: string[]): {sources: Source[]; units: Unit[]; mentions: Mention[]} {
	const sources = makeSources(texts);
	const units: Unit[] = sources.map(s => ({
		id: `${s.id}.u1`, source: s.id, index: 0, start: 0, end: s.text.length, text: s.text, kind: 'claim', line: 1, column: 1,
	}));
	return {sources, units, mentions: extractMentions(sources, units)};
}

const of = (mentions: Mention[], kind: MentionKind) => mentions.filter(m => m.kind === kind);
const keysOf = (mentions: Mention[], kind: MentionKind) => of(mentions, kind).map(m => m.key);
const q = (text: string) => {
	const value = parseQuantity(text);
	assert.ok(value, `no quantity in ${JSON.stringify(text)}`);
	return value;
};
const d = (text: string, reference?: {year: number; month: number}) => {
	const value = parseDate(text, reference);
	assert.ok(value, `no date in ${JSON.stringify(text)}`);
	return dateKey(value);
};

// --- normalise ---------------------------------------------------------------------------------

test('fold removes accents, possessives, acronym dots, curly quotes and extra spaces', () => {
	assert.equal(fold('Omar García Harfuch'), 'omar garcia harfuch');
	assert.equal(fold('Nicolás  Maduro'), 'nicolas maduro');
	assert.equal(fold('the U.S. Justice Department'), 'the us justice department');
	assert.equal(fold('Sheinbaum’s government'), 'sheinbaum government');
	assert.equal(fold('the cartels’ leaders'), 'the cartels leaders');
	assert.equal(fold('Beltrán–Leyva'), 'beltran-leyva');
	assert.equal(fold('“not on the table”'), '"not on the table"');
	assert.equal(fold('Łódź Straße'), 'lodz strasse');
	assert.equal(fold('3.5 tons'), '3.5 tons', 'decimals keep their dot');
});

test('canonicalAlias maps world aliases to one key and leaves unknown names alone', () => {
	for (const name of ['US', 'USA', 'U.S.', 'United States', 'the United States', 'United States of America', 'America']) {
		assert.equal(canonicalAlias(fold(name)), 'us', name);
	}
	for (const name of ['UK', 'United Kingdom', 'Britain']) assert.equal(canonicalAlias(fold(name)), 'uk', name);
	for (const name of ['UN', 'United Nations']) assert.equal(canonicalAlias(fold(name)), 'un', name);
	assert.equal(canonicalAlias(fold('Justice Department')), canonicalAlias(fold('Department of Justice')));
	assert.equal(canonicalAlias(fold('Drug Enforcement Administration')), 'dea');
	assert.equal(canonicalAlias(fold('Interior Ministry')), 'ministry of interior');
	assert.equal(canonicalAlias('springfield'), undefined);
});

test('parseQuantity: digits and number words are equal', () => {
	assert.equal(numberKey(q('thirty-seven')), numberKey(q('37')));
	assert.equal(numberKey(q('thirty seven')), '37');
	assert.equal(numberKey(q('seven')), '7');
	assert.equal(numberKey(q('ninety-two')), '92');
	assert.equal(q('1,200').value, 1200);
	assert.equal(q('3.5').value, 3.5);
	assert.equal(q('two million').value, 2_000_000);
	assert.equal(q('1.5 billion').value, 1_500_000_000);
	assert.equal(q('two hundred and five').value, 205);
	assert.equal(q('a dozen').value, 12);
	assert.equal(q('$5 million').unit, 'usd');
	assert.equal(parseQuantity('nothing here'), undefined);
});

test('parseQuantity: percentages in every spelling share one key', () => {
	for (const text of ['50%', '50 per cent', '50 percent', 'fifty percent']) {
		assert.equal(numberKey(q(text)), '50%', text);
		assert.equal(q(text).percent, true);
	}
});

test('parseQuantity: units are singular head nouns', () => {
	assert.equal(numberKey(q('320 tons')), '320 ton');
	assert.equal(numberKey(q('320 tonnes of cocaine')), '320 ton');
	assert.equal(numberKey(q('seven military aircraft were used')), '7 aircraft');
	assert.equal(numberKey(q('37 suspected members of the gang')), '37 member');
	assert.equal(numberKey(q('12 people')), '12 person');
	assert.equal(q('37 extradited').unit, undefined, 'a participle is not a counted noun');
	assert.equal(q('26 others').unit, undefined);
});

test('parseQuantity: vague and approximate amounts carry ranges', () => {
	const hundreds = q('hundreds of tons');
	assert.equal(hundreds.vague, true);
	assert.equal(hundreds.unit, 'ton');
	assert.deepEqual([hundreds.min, hundreds.max], [100, 999]);
	assert.equal(numberKey(hundreds), '~100-999 ton');
	const exact = q('320 tons');
	assert.ok(hundreds.min <= exact.value && exact.value <= hundreds.max, '"hundreds of tons" admits 320 tons');
	const dozens = q('dozens');
	assert.equal(dozens.vague, true);
	assert.ok(dozens.min <= 37 && 37 <= dozens.max);
	const tens = q('tens of thousands of people');
	assert.deepEqual([tens.min, tens.max, tens.unit], [10_000, 99_999, 'person']);
	const about = q('about 40');
	assert.equal(numberKey(about), '40');
	assert.ok(about.min < 40 && about.max > 40);
	const more = q('more than 90');
	assert.equal(more.min, 90);
	assert.ok(more.max > 1000);
	assert.equal(q('nearly 100').max, 100);
	assert.equal(numberKey(q('third')), '3 ordinal');
});

test('parseDate: every precision has its key', () => {
	assert.equal(d('Feb. 28, 2025'), '2025-02-28');
	assert.equal(d('February 28, 2025'), '2025-02-28');
	assert.equal(d('28 February 2025'), '2025-02-28');
	assert.equal(d('February 28th'), '02-28');
	assert.equal(d('February 2025'), '2025-02');
	assert.equal(d('January 21, 2026'), '2026-01-21');
	assert.equal(d('2026-01-21'), '2026-01-21');
	assert.equal(d('1985'), '1985');
	assert.equal(d('in 1985'), '1985');
	assert.equal(d('in August'), '08');
	assert.equal(d('Tuesday'), 'weekday:2');
	assert.equal(parseDate('May'), undefined, 'a bare "May" may be a verb');
	assert.equal(parseDate('1500 troops'), undefined, 'a count, not a year');
});

test('parseDate: relative dates resolve against a reference, else keep their own precision', () => {
	const ref = {year: 2026, month: 1};
	assert.equal(d('last August', ref), '2025-08');
	assert.equal(d('Last February', ref), '2025-02');
	assert.equal(d('next March', ref), '2026-03');
	assert.equal(d('earlier this month', ref), '2026-01');
	assert.equal(d('last year', ref), '2025');
	assert.equal(d('last August'), '08');
	assert.equal(dateKey(parseDate('last week', ref)!), '', 'a week has no calendar field');
});

// --- extraction --------------------------------------------------------------------------------

test('people: titles stay out of the span, surnames link to the full name', () => {
	const {mentions} = mentionsOfUnits([
		'Prime Minister Jane Okafor met the envoy on Monday. Okafor said the talks went well, and Dr. Ivan Petrov agreed.',
	]);
	const people = of(mentions, 'person');
	assert.deepEqual(people.map(m => m.text), ['Jane Okafor', 'Okafor', 'Ivan Petrov']);
	assert.deepEqual(people.map(m => m.key), ['jane okafor', 'jane okafor', 'ivan petrov']);
});

test('people: multi-part Hispanic names link across sources, accents folded', () => {
	const mentions = mentionsOf([
		'Interior Minister Luis Fernando Ortega Ruiz announced the arrests on Friday.',
		'Ortega Ruiz said the suspects would face trial. Later, Ortega told reporters more would follow.',
		'The minister, Luís Fernando Ortega Ruíz, declined to comment.',
	]);
	const people = of(mentions, 'person');
	assert.deepEqual(people.map(m => m.text), ['Luis Fernando Ortega Ruiz', 'Ortega Ruiz', 'Ortega', 'Luís Fernando Ortega Ruíz']);
	assert.deepEqual(new Set(people.map(m => m.key)), new Set(['luis fernando ortega ruiz']));
	assert.deepEqual(new Set(people.map(m => m.source)), new Set(['s1', 's2', 's3']));
});

test('people: a quoted nickname stays out of the key and links on its own', () => {
	const mentions = mentionsOf([
		'Police arrested Joaquín "El Gordo" Pérez in a raid.',
		'Officials said "El Gordo" had been hiding for years, and Pérez will be tried.',
	]);
	const people = of(mentions, 'person');
	assert.equal(people[0].text, 'Joaquín "El Gordo" Pérez');
	assert.ok(people.every(m => m.key === 'joaquin perez'), JSON.stringify(people.map(m => [m.text, m.key])));
	assert.ok(people.some(m => m.text === 'Pérez' && m.source === 's2'));
});

test('people: speech verbs and apposition mark unknown names as people', () => {
	const {mentions} = mentionsOfUnits([
		'The plan works, Zorbakian said. Later, Tavi Mbeki Kurosawa, who leads the union, agreed.',
	]);
	assert.deepEqual(keysOf(mentions, 'person'), ['zorbakian', 'tavi mbeki kurosawa']);
});

test('people: a title inside a capitalised run ends the employer; "said X chief executive" is not a person', () => {
	const mentions = mentionsOf([
		'Energy Secretary Ed Miliband spoke first. "We are ready," said Northern Gridco chief executive Phil Jones.',
		'Miliband and Jones met again. The National Security Law was cited.',
	]);
	assert.deepEqual(of(mentions, 'person').map(m => [m.text, m.key]), [
		['Ed Miliband', 'ed miliband'], ['Phil Jones', 'phil jones'], ['Miliband', 'ed miliband'], ['Jones', 'phil jones'],
	]);
});

test('organisations: head words, aliases and case variants share keys', () => {
	const mentions = mentionsOf([
		'The Justice Department and the FBI charged members of the Tijuana Cartel.',
		'The Department of Justice said the Tijuana cartel and the National Guard were involved.',
	]);
	const orgs = of(mentions, 'organisation');
	const bySource = (s: string) => new Set(orgs.filter(m => m.source === s).map(m => m.key));
	assert.deepEqual(bySource('s1'), new Set(['department of justice', 'fbi', 'tijuana cartel']));
	assert.deepEqual(bySource('s2'), new Set(['department of justice', 'tijuana cartel', 'national guard']));
});

test('places: gazetteer, aliases, parenthesised pairs; demonyms are not places', () => {
	const {mentions} = mentionsOfUnits([
		'Mexican officials flew them to San Antonio (Texas), New York and the United States capital; the U.S. agreed.',
	]);
	const places = of(mentions, 'place');
	assert.deepEqual(places.map(m => m.text), ['San Antonio', 'Texas', 'New York', 'United States', 'U.S.']);
	assert.deepEqual(places.map(m => m.key), ['san antonio', 'texas', 'new york', 'us', 'us']);
});

test('places: "state of X" and "in X" mark an unknown name as a place, story-wide', () => {
	const mentions = mentionsOf([
		'Troops arrived in the state of Zantora on Sunday.',
		'Zantora has seen months of violence.',
	]);
	assert.deepEqual(of(mentions, 'place').map(m => [m.source, m.key]), [['s1', 'zantora'], ['s2', 'zantora']]);
});

test('numbers: counted nouns, words, percentages, vague amounts; dates, citations and pronouns skipped', () => {
	const {mentions} = mentionsOfUnits([
		'Officials said seven military aircraft carried 37 suspected members and hundreds of tons of cargo [2]. ' +
			'One of them had fled on March 3, 2024, and a 40 per cent drop followed.',
	]);
	const numbers = of(mentions, 'number');
	assert.deepEqual(numbers.map(m => m.key), ['7 aircraft', '37 member', '~100-999 ton', '40%']);
	assert.deepEqual(numbers.map(m => m.text), ['seven military aircraft', '37 suspected members', 'hundreds of tons', '40 per cent']);
	assert.deepEqual(keysOf(mentions, 'date'), ['2024-03-03']);
});

test('dates: relative dates take the year from the latest explicit month in the story', () => {
	const mentions = mentionsOf([
		'The report was released on November 5, 2024, after a long delay.',
		'Last August, the ministry said arrests rose. On Tuesday it said so again, and last week it repeated it.',
	]);
	const dates = of(mentions, 'date');
	assert.deepEqual(dates.map(m => [m.text, m.key]), [
		['November 5, 2024', '2024-11-05'],
		['Last August', '2024-08'],
		['Tuesday', 'weekday:2'],
		['last week', 'rel:last week'],
	]);
	assert.deepEqual(dates[1].date, {month: 8, year: 2024});
});

test('mentions are sorted by source then start, ids numbered per source, boilerplate skipped', () => {
	const mentions = mentionsOf([
		'Donate now to support our journalism. Subscribe today!\n\nPresident Ana Lima visited Brazil in 2023.',
		'Lima returned to Brazil.',
	]);
	assert.ok(mentions.length >= 4);
	assert.deepEqual(mentions.map(m => m.id), mentions.map(m => `${m.source}.m${mentions.filter(x => x.source === m.source).indexOf(m) + 1}`));
	for (let i = 1; i < mentions.length; i++) {
		const [a, b] = [mentions[i - 1], mentions[i]];
		assert.ok(a.source < b.source || (a.source === b.source && a.start < b.start));
	}
	assert.ok(!mentions.some(m => /Donate|Subscribe/.test(m.text)));
	assert.deepEqual(keysOf(mentions, 'person'), ['ana lima', 'ana lima']);
});

const FRAGMENTS = [
	'President Claire Dubois said', 'the Justice Department', 'García Harfuch', 'in San Antonio (Texas)', 'seven aircraft',
	'37 suspected members', 'hundreds of tons', '50 per cent', 'on Feb. 28, 2025', 'last August', 'the U.S.', 'Mr. Ng',
	'“El Toro”', 'Tuesday', 'thirty-seven', '[1]', '10:30 a.m.', 'Sinaloa cartel', 'São Paulo', 'Beltrán-Leyva', '—',
	'1,200', '3.5%', 'a dozen', 'more than 90', 'Okafor', 'the UN', "Sheinbaum's", 'of the', 'and', ',', '.', '"', 'May',
	'\n', '  ', 'DEA', 'I', 'O\'Brien', 'über', '🙂',
];

test('property: every mention slices back exactly, lies inside its unit, and mentions do not overlap', () => {
	const sentence = fc.array(fc.constantFrom(...FRAGMENTS), {minLength: 1, maxLength: 25}).map(parts => parts.join(' '));
	const article = fc.array(sentence, {minLength: 1, maxLength: 6}).map(s => s.join('. '));
	fc.assert(
		fc.property(fc.array(article, {minLength: 1, maxLength: 3}), texts => {
			const sources = makeSources(texts);
			const units = classifyUnits(sources, sources.flatMap(s => splitSource(s)));
			const mentions = extractMentions(sources, units);
			const unitById = new Map(units.map(u => [u.id, u]));
			const textOf = new Map(sources.map(s => [s.id, s.text]));
			let prev: Mention | undefined;
			for (const m of mentions) {
				const unit = unitById.get(m.unit)!;
				assert.equal(m.text, textOf.get(m.source)!.slice(m.start, m.end));
				assert.ok(unit.start <= m.start && m.end <= unit.end && m.start < m.end);
				assert.notEqual(unit.kind, 'boilerplate');
				assert.ok(m.key.length > 0);
				if (prev && prev.source === m.source) assert.ok(prev.end <= m.start, `overlap ${prev.text} / ${m.text}`);
				prev = m;
			}
		}),
		{numRuns: 150},
	);
});

test('demo story: the main actors are people with full-name keys, and every Harfuch mention shares one key', () => {
	const dir = new URL('../fixtures/demo/', import.meta.url);
	const files = readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
	const mentions = mentionsOf(files.map(f => readFileSync(new URL(f, dir), 'utf8')));
	const people = new Set(keysOf(mentions, 'person'));
	for (const name of ['claudia sheinbaum', 'donald trump', 'omar garcia harfuch', 'rafael caro quintero']) {
		assert.ok(people.has(name), `${name} missing from ${[...people].join(', ')}`);
	}
	const harfuch = mentions.filter(m => /Harfuch/.test(m.text));
	assert.ok(harfuch.length >= 6, `only ${harfuch.length} Harfuch mentions`);
	assert.deepEqual(new Set(harfuch.map(m => m.key)), new Set(['omar garcia harfuch']));
	assert.ok(harfuch.some(m => m.text === 'García Harfuch'));
	assert.ok(harfuch.some(m => m.text.includes('Garcia')) && harfuch.some(m => m.text.includes('García')));
	const sheinbaum = mentions.filter(m => m.text === 'Sheinbaum');
	assert.ok(sheinbaum.length > 0 && sheinbaum.every(m => m.key === 'claudia sheinbaum'));
	assert.ok(!mentions.some(m => m.kind === 'place' && /^Mexican$/.test(m.text)), 'demonyms are not places');
});

test('clock times are not figures: neither the hour nor the minutes of "9:40 p.m." count anything', () => {
	const {mentions} = mentionsOfUnits(['The blast happened at about 9:40 p.m. and 12 workers were hurt; the fire was out by 3 a.m. and crews left at 7:15 AM.']);
	assert.deepEqual(keysOf(mentions, 'number'), ['12 worker']);
});

test('people: linking scales with the number of different names (40,000 people, each surname linked)', () => {
	// Every name used to be tested against every group of names: 40,000 different people took about two
	// minutes. Run in a child with a generous limit, so a regression fails instead of hanging.
	const code = `
		import {extractMentions} from ${JSON.stringify(moduleUrl('source/mentions/index.ts'))};
		const syllables = ['ka', 'lo', 'mi', 'ra', 'to', 'ne', 'su', 'vi', 'de', 'por', 'gan', 'mel'];
		const given = ['John', 'Maria', 'Ana', 'Carlos', 'Peter', 'Laura', 'David', 'Michael', 'James', 'Elena'];
		const surname = i => { let s = ''; let n = i; do { s += syllables[n % 12]; n = Math.floor(n / 12); } while (n > 0); return s[0].toUpperCase() + s.slice(1); };
		const lines = [];
		for (let i = 0; i < 40000; i++) lines.push(given[i % 10] + ' ' + surname(i) + ' said the plan failed.');
		for (let i = 0; i < 40000; i += 997) lines.push('Later ' + surname(i) + ' said it again.');
		const text = lines.join('\\n');
		const units = [];
		let start = 0;
		lines.forEach((line, k) => { units.push({id: 's1.u' + (k + 1), source: 's1', index: k, start, end: start + line.length, text: line, kind: 'claim', line: k + 1, column: 1}); start += line.length + 1; });
		const mentions = extractMentions([{id: 's1', path: 'x', label: 'x', title: '', text, format: 'text'}], units);
		const late = mentions.filter(m => m.kind === 'person' && units[Number(m.unit.split('.u')[1]) - 1].text.startsWith('Later '));
		console.log(JSON.stringify({people: mentions.filter(m => m.kind === 'person').length, late: late.map(m => [m.text, m.key])}));`;
	const result = runGuarded<{people: number; late: Array<[string, string]>}>(code, 40_000, 'linking 40,000 names');
	assert.equal(result.late.length, 41);
	for (const [text, key] of result.late) assert.match(key, new RegExp(`^(?:john|maria|ana|carlos|peter|laura|david|michael|james|elena) ${text.toLowerCase()}$`), 'a surname alone links to its full name');
	assert.ok(result.people >= 40_000, String(result.people)); // "Peter To" is not a name: "To" is a common word
	assert.deepEqual(result.late.slice(0, 2), [['Ka', 'john ka'], ['Lomelsu', 'michael lomelsu']]);
});

test('long runs of capitalised words: no stack overflow, no cubic name parts', () => {
	// A run of 20,000 place names once recursed once per word (stack overflow), and 2,000 chained
	// nicknames built every part of a 6,000-word "name" (minutes). Runs are now cut at MAX_SPAN_WORDS.
	const code = `
		import {extractMentions} from ${JSON.stringify(moduleUrl('source/mentions/index.ts'))};
		const run = text => extractMentions([{id: 's1', path: 'x', label: 'x', title: '', text, format: 'text'}],
			[{id: 's1.u1', source: 's1', index: 0, start: 0, end: text.length, text, kind: 'claim', line: 1, column: 1}]);
		const places = run('Mexico Peru Chile Brazil '.repeat(5000).trim() + '.');
		const nicknames = run('Joaquín "El Chapo" Guzmán "Alpha" '.repeat(2000).trim() + '.');
		console.log(JSON.stringify({places: places.filter(m => m.kind === 'place').length, keys: [...new Set(places.map(m => m.key))].sort(), nicknames: nicknames.length}));`;
	const result = runGuarded<{places: number; keys: string[]; nicknames: number}>(code, 30_000, 'mentions in long capitalised runs');
	assert.equal(result.places, 20_000);
	assert.deepEqual(result.keys, ['brazil', 'chile', 'mexico', 'peru']);
	assert.ok(result.nicknames > 0);
});
