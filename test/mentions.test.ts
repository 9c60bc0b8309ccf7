import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import fc from 'fast-check';
import type {Mention, MentionKind, Source, Unit} from '../source/model.ts';
import {extractMentions} from '../source/mentions/index.ts';
import {canonicalAlias, dateKey, fold, numberKey, parseDate, parseQuantity} from '../source/mentions/normalise.ts';
import {splitSource} from '../source/split/index.ts';
import {classifyUnits} from '../source/classify/index.ts';
import {buildSearchIndex, searchStory} from '../source/search/index.ts';
import {makeSources, storyOf} from './helpers/story.ts';
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
	// The subject of the next clause is no apposition: "in Port Galen, a hospital spokesman tells ..." names a place.
	const clause = mentionsOfUnits(['Fourteen people were taken to Lindquist Memorial Hospital in Port Galen, a hospital spokesman tells WPGN 6.']);
	assert.deepEqual(keysOf(clause.mentions, 'place'), ['port galen']);
	assert.deepEqual(keysOf(clause.mentions, 'person'), []);
	const real = mentionsOfUnits(['Dorin Malek Varga, a hospital spokesman, said two were hurt.']);
	assert.deepEqual(keysOf(real.mentions, 'person'), ['dorin malek varga']);
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

// --- names in local, wire and public-service news (invented text) -------------------------------

const pairs = (mentions: Mention[], kind?: MentionKind) => mentions.filter(m => !kind || m.kind === kind).map(m => [m.text, m.key]);
const named = (mentions: Mention[]) => mentions.filter(m => m.kind !== 'number' && m.kind !== 'date').map(m => [m.kind, m.text]);

test('organisations: official names with an inner "and", "of" or "for" are one name', () => {
	const {mentions} = mentionsOfUnits([
		'The Food and Drug Administration and the Centers for Disease Control and Prevention were told. ' +
			'Officials at the Department of Health and Human Services agreed, and the Securities and Exchange Commission ' +
			'asked the Directorate of Industrial Safety and Health for papers. U.S. Immigration and Customs Enforcement waited.',
	]);
	assert.deepEqual(pairs(mentions, 'organisation'), [
		['Food and Drug Administration', 'food and drug administration'],
		['Centers for Disease Control and Prevention', 'centers for disease control and prevention'],
		['Department of Health and Human Services', 'department of health and human services'],
		['Securities and Exchange Commission', 'securities and exchange commission'],
		['Directorate of Industrial Safety and Health', 'directorate of industrial safety and health'],
		['U.S. Immigration and Customs Enforcement', 'ice'],
	]);
});

test('organisations: "and" between two names keeps them apart', () => {
	const {mentions} = mentionsOfUnits([
		'Sales at Ford and General Motors fell. Texas and Ohio Department of Health officials met. ' +
			'The Department of Justice and FBI agents came, and Kellan and Justice Department lawyers left. ' +
			'Bank of America and Wells Fargo shares rose.',
	]);
	const orgs = of(mentions, 'organisation').map(m => m.text);
	assert.deepEqual(orgs, ['General Motors', 'Ohio Department of Health', 'Department of Justice', 'FBI', 'Justice Department', 'Bank of America']);
	assert.deepEqual(pairs(mentions, 'place'), [['Texas', 'texas']]);
});

test('organisations: a word read into an "and" name is split off when it is a person of the story', () => {
	const withPerson = mentionsOf(['President Joe Varga spoke first.', 'Varga and Secret Service agents left the hall.']);
	assert.deepEqual(named(withPerson), [['person', 'Joe Varga'], ['person', 'Varga'], ['organisation', 'Secret Service']]);
	assert.equal(of(withPerson, 'organisation')[0].key, 'secret service');
	const {mentions} = mentionsOfUnits(['The Fish and Wildlife Service said so.']);
	assert.deepEqual(pairs(mentions), [['Fish and Wildlife Service', 'fish and wildlife service']], 'a plain word stays in the name');
});

test('organisations: "of" joins after a head or a title, not after a person', () => {
	const {mentions} = mentionsOfUnits([
		'At least 9 people were hurt, according to Captain Lena Morrow of the Dunmore Fire Department. ' +
			'President Ana Ruiz of Peru and the University of Kelburn Medical Center agreed.',
	]);
	assert.deepEqual(named(mentions), [
		['person', 'Lena Morrow'], ['organisation', 'Dunmore Fire Department'], ['person', 'Ana Ruiz'], ['place', 'Peru'],
		['organisation', 'University of Kelburn Medical Center'],
	]);
});

test('organisations: an employer before a title and a name is an organisation, the name a person', () => {
	const {mentions} = mentionsOfUnits([
		'Police Chief Sam Ortiz spoke. "We are ready," Talbot Freight Corp Chief Executive Zed Quorn said. ' +
			'A Talbot Freight Corp spokesman declined to comment.',
	]);
	assert.deepEqual(named(mentions), [
		['person', 'Sam Ortiz'], ['organisation', 'Talbot Freight Corp'], ['person', 'Zed Quorn'], ['organisation', 'Talbot Freight Corp'],
	]);
	const {mentions: whole} = mentionsOfUnits(['The Trust for Public Land and Student Loan Corp signed. The Acme Corp President left.']);
	assert.deepEqual(named(whole), [
		['organisation', 'Trust for Public Land'], ['organisation', 'Student Loan Corp'], ['organisation', 'Acme Corp'],
	], 'a modifier ("Public") is no office, a role word ("Student") no title; a title after the name is left out');
});

test('not names: all-caps labels, question words, titles and everyday abbreviations', () => {
	const mentions = mentionsOf([
		'BREAKING: Blast at Dunmore mill\n\nUPDATE, 7:30 a.m.: Two workers were hurt at the Dunmore mill, officials said.\n\n' +
			'LIVE: Crews from Dunmore are on site at 7:45 AM EDT. EXCLUSIVE: The CEO of the mill, Jane Roe, was there.\n\n' +
			'Who is investigating? The WHO said it was watching, and the NTSB sent a team.',
	]);
	const orgs = of(mentions, 'organisation').map(m => m.text);
	assert.deepEqual(orgs, ['WHO', 'NTSB']);
	assert.ok(of(mentions, 'person').some(m => m.text === 'Jane Roe'));
	const {mentions: plain} = mentionsOfUnits(['Ice covered the roads. Us and them, she said. ANALYSIS and OPINION pages follow.']);
	assert.deepEqual(named(plain), []);
});

test('not a person: a title with no name; "Mr. King" still is one', () => {
	const {mentions} = mentionsOfUnits([
		'The State Fire Marshal said the cause was unknown, and the Police Chief agreed. The fire marshal will report. ' +
			'Mr. King said no. Fire Chief Ray Holt and Battalion Chief Ana Vidal led the crews.',
	]);
	assert.deepEqual(pairs(mentions, 'person'), [['King', 'king'], ['Ray Holt', 'ray holt'], ['Ana Vidal', 'ana vidal']]);
});

test('companies: a company head makes an organisation; the brand alone links to the company', () => {
	const mentions = mentionsOf([
		'A fire hit the Halvern Plastics plant. Halvern Holdings, its parent, said it was cooperating.',
		'Halvern said the plant would reopen. Regulators fined Halvern Plastics in 2021. Kestrel Foods Inc. was not involved.',
		'The Halvern plant employs 200 people; Kestrel Foods denied any link.',
	]);
	const orgs = of(mentions, 'organisation');
	assert.deepEqual(orgs.map(m => [m.text, m.key]), [
		['Halvern Plastics', 'halvern plastics'], ['Halvern Holdings', 'halvern holdings'], ['Halvern', 'halvern plastics'],
		['Halvern Plastics', 'halvern plastics'], ['Kestrel Foods Inc', 'kestrel foods'], ['Halvern', 'halvern plastics'],
		['Kestrel Foods', 'kestrel foods'],
	], 'the brand takes its most mentioned company; the legal suffix is left out of keys');
	assert.ok(!mentions.some(m => m.kind === 'place' || m.kind === 'person'), JSON.stringify(named(mentions)));
});

test('companies: a brand with a place cue stays a place; a gazetteer place never becomes a company', () => {
	const mentions = mentionsOf([
		'Marlow Coatings closed its plant in Marlow on Monday.',
		'Ohio Valley Coatings said Ohio regulators had visited.',
	]);
	assert.deepEqual(named(mentions), [
		['organisation', 'Marlow Coatings'], ['place', 'Marlow'], ['organisation', 'Ohio Valley Coatings'], ['place', 'Ohio'],
	]);
});

test('acronyms: an all-caps acronym takes the key of the one organisation whose initials it spells', () => {
	const mentions = mentionsOf([
		'The National Transportation Safety Board sent investigators, and the Ohio Environmental Protection Agency tested the air.',
		'NTSB investigators arrived on Tuesday. Ohio EPA crews were also there, and the EPA said the air was safe.',
		'The NTSB and the FAA declined to comment.',
	]);
	const keyOf = (text: string) => [...new Set(mentions.filter(m => m.text === text).map(m => m.key))];
	assert.deepEqual(keyOf('NTSB'), ['national transportation safety board']);
	assert.deepEqual(keyOf('National Transportation Safety Board'), ['national transportation safety board']);
	assert.deepEqual(keyOf('EPA'), ['ohio environmental protection agency'], 'a leading state may be skipped');
	assert.deepEqual(keyOf('Ohio EPA'), ['ohio environmental protection agency'], '"Ohio EPA" is one organisation, like its full name');
	assert.deepEqual(keyOf('FAA'), ['faa'], 'no organisation with those initials: the acronym keeps its own key');
	assert.ok(!mentions.some(m => m.kind === 'place' && m.text === 'Ohio' && m.source === 's2'));
});

test('acronyms: two organisations with the same initials leave the acronym alone unless a place picks one', () => {
	const mentions = mentionsOf([
		'The Environmental Protection Agency and the Ohio Environmental Protection Agency both tested the water.',
		'EPA crews left on Monday, and Ohio EPA crews stayed.',
		'The Marine Safety Board and the Mining Standards Bureau disagreed, MSB officials said.',
	]);
	const keyOf = (text: string) => [...new Set(mentions.filter(m => m.text === text).map(m => m.key))];
	assert.deepEqual(keyOf('EPA'), ['environmental protection agency'], 'the one spelled by all its words');
	assert.deepEqual(keyOf('Ohio EPA'), ['ohio environmental protection agency']);
	assert.deepEqual(keyOf('MSB'), ['msb']);
});

test('acronyms: search finds the full name through the acronym', () => {
	const story = storyOf([
		'The Occupational Safety and Health Administration opened an inspection of the plant on Monday.',
		'OSHA opened an inspection of the plant after the blast, officials said on Monday.',
	]);
	const hits = searchStory(buildSearchIndex(story), 'osha').hits.map(h => h.text);
	assert.ok(hits.includes('Occupational Safety and Health Administration') && hits.includes('OSHA'), JSON.stringify(hits));
});

test('organisations: a name without its national prefix is the prefixed one; a state prefix is another body', () => {
	const mentions = mentionsOf([
		'The U.S. Coast Guard and the Ohio Department of Health sent teams.',
		'The Coast Guard searched the lake, and the Department of Health tested it.',
	]);
	const keyOf = (text: string) => [...new Set(mentions.filter(m => m.text === text).map(m => m.key))];
	assert.deepEqual(keyOf('Coast Guard'), ['us coast guard']);
	assert.deepEqual(keyOf('Department of Health'), ['department of health']);
});

test('organisations: institutions with "St." or a possessive keep their whole name', () => {
	const {mentions} = mentionsOfUnits([
		"A vigil is planned at St. Columba Catholic Church, and patients went to King's College Hospital. Mayor Vance's Housing Department agreed.",
	]);
	assert.deepEqual(named(mentions), [
		['organisation', 'St. Columba Catholic Church'], ['organisation', "King's College Hospital"], ['person', 'Vance'],
		['organisation', 'Housing Department'],
	]);
});

test('people: a role next to an unknown name makes it a person', () => {
	const {mentions} = mentionsOfUnits([
		'Relatives named the dead man as Orrin Tabb, 47, a forklift driver. "He loved it," his sister, Della Tabb, said. ' +
			'Teodor Fisk, president of the local union, agreed, and resident Harlan Voss said he heard the blast. Resident Ivo Lark left.',
	]);
	assert.deepEqual(pairs(mentions, 'person'), [
		['Orrin Tabb', 'orrin tabb'], ['Della Tabb', 'della tabb'], ['Teodor Fisk', 'teodor fisk'], ['Harlan Voss', 'harlan voss'], ['Ivo Lark', 'ivo lark'],
	]);
	const {mentions: none} = mentionsOfUnits(['Carrow Bend, a city of 9,000, lies upriver. The Tabb report, 2024, was late.']);
	assert.deepEqual(of(none, 'person'), []);
});

test('people: titles before an office name and a name ("Public Works Director Amy Chen")', () => {
	const {mentions} = mentionsOfUnits(['Work begins in June, according to Public Works Director Amy Chen and Councilman Dov Pruitt.']);
	assert.deepEqual(pairs(mentions, 'person'), [['Amy Chen', 'amy chen'], ['Dov Pruitt', 'dov pruitt']]);
});

test('places: streets, creeks and counties by their last word; areas by the noun after them', () => {
	const mentions = mentionsOf([
		'Runoff reached Tansy Creek near Keller Avenue, and Foundry Road was closed in Hamlin County.',
		'Residents of the Millbrook neighborhood and the Eastfield industrial district left. Millbrook was quiet by noon.',
		'Sen. Maria Lopez, D-Ohio, Rep. Dana Holt, D-N.Y., and Mayor Tom Lane toured the Ohio River docks.',
	]);
	assert.deepEqual(pairs(mentions, 'place'), [
		['Tansy Creek', 'tansy creek'], ['Keller Avenue', 'keller avenue'], ['Foundry Road', 'foundry road'], ['Hamlin County', 'hamlin county'],
		['Millbrook', 'millbrook'], ['Eastfield', 'eastfield'], ['Millbrook', 'millbrook'], ['Ohio', 'ohio'], ['Ohio River', 'ohio river'],
	]);
	assert.deepEqual(keysOf(mentions, 'person'), ['maria lopez', 'dana holt', 'tom lane']);
	assert.deepEqual(of(mentions, 'organisation'), [], '"D-N.Y." is a party and a state');
});

test('places: a capitalised dateline is a place and its agency credit is not a mention', () => {
	const mentions = mentionsOf([
		'FRANKFORT, Ky. (AP) — Floods forced 2,000 people from their homes on Saturday.',
		'SPRINGDALE — The council voted on Tuesday to build a new fire station.',
		'NASA, the space agency, said on Monday that the launch would go ahead.',
	]);
	assert.deepEqual(named(mentions), [['place', 'FRANKFORT'], ['place', 'Ky'], ['place', 'SPRINGDALE'], ['organisation', 'NASA']]);
	assert.equal(mentions.find(m => m.text === 'Ky')?.key, 'kentucky');
});

test('places: a gazetteer name opened by an everyday word keeps it at a sentence start, after a dash or a bullet, with a possessive', () => {
	// "new" and "north" occur in lower case, so a capitalised "New" or "North" opening a sentence alone would be a plain word.
	const {mentions} = mentionsOfUnits([
		'New Jersey’s governor signed a new budget on the north shore. — New Hampshire followed.',
		'• New Zealand\'s exports rose. North Carolina agreed, and so did New Delhi.',
		'New South Wales\'s premier met New York\'s mayor. — New Mexico\'s Supreme Court ruled.',
		'Drought Rules Tighten Across New Mexico As New Wells Run Dry',
		'New York Times reporters asked. New Rules took effect.',
	]);
	assert.deepEqual(keysOf(mentions, 'place'), [
		'new jersey', 'new hampshire', 'new zealand', 'north carolina', 'new delhi', 'new south wales', 'new york', 'new mexico', 'new mexico',
	]);
	assert.ok(!keysOf(mentions, 'place').some(k => k === 'mexico' || k === 'york' || k === 'jersey'), 'the state is never its last word alone');
	// Near misses: a newspaper named after the city stays an organisation; "New Wells", "New Rules" are no places.
	assert.deepEqual(keysOf(mentions, 'organisation'), ['supreme court', 'new york times']);
});

test('places: a US state abbreviation after a place and a comma names the state; a dateline may carry one', () => {
	const mentions = mentionsOf([
		'SANTA FE, N.M. (MNS) — The court ruled on Thursday.',
		'AUSTIN, TX (KXAN) — Crews worked through the night.',
		'She moved from Fresno, Calif., to Corliss, Tenn., and then to Jackson, Miss., last year.',
		'The NM Supreme Court and the New Mexico Supreme Court are one court here.',
	]);
	assert.deepEqual(of(mentions, 'place').map(m => [m.text, m.key]), [
		['SANTA FE', 'santa fe'], ['N.M.', 'new mexico'], ['AUSTIN', 'austin'], ['TX', 'texas'], ['Fresno', 'fresno'], ['Calif', 'california'],
		['Corliss', 'corliss'], ['Tenn', 'tennessee'], ['Jackson', 'jackson'], ['Miss', 'mississippi'],
	]);
	assert.deepEqual(keysOf(mentions, 'organisation'), ['supreme court', 'supreme court']);
	// Near misses: no place before the comma, a word that opens its sentence, no dot, or a shouted line.
	const near = mentionsOf([
		'Thanks, Del. The vote, Pa said, was close. Calif is not a state here, Ill.',
		'WATER RIGHTS MATTER MORE THAN MONEY, OK? SHOUTED THE CROWD IN MAINE, OR SO WE HEARD',
	]);
	assert.deepEqual(of(near, 'place').map(m => m.text), []);
});

test('places: a name opened by a place-name element (Santa, Puerto, Mount, St.) is a place unless a person cue says otherwise', () => {
	const {mentions} = mentionsOfUnits([
		'Relief trucks reached Santa Rufina and Puerto Calder before dawn. Volunteers from Mount Ashby joined them, and St. Wendel sent food.',
		'Police in San Diego agreed. The roads are open, Santana said. Mount Sinai Hospital treated 12 people. ' +
			'Justice Elena Ibáñez wrote the opinion. The storm passed, Santa Ofelia said. Lake Brennan, 34, a nurse, helped. ' +
			'The Sierra Club sued, and St. Jude Children\'s Research Hospital took patients.',
	]);
	assert.deepEqual(pairs(mentions.filter(m => m.source === 's1'), 'place'), [
		['Santa Rufina', 'santa rufina'], ['Puerto Calder', 'puerto calder'], ['Mount Ashby', 'mount ashby'], ['St. Wendel', 'st wendel'],
	]);
	// Near misses: a gazetteer city, a one-word surname, institutions, a title, a speaker, an age.
	const s2 = mentions.filter(m => m.source === 's2');
	assert.deepEqual(keysOf(s2, 'place'), ['san diego']);
	assert.deepEqual(keysOf(s2, 'organisation'), ['mount sinai hospital', 'sierra club', 'st jude children research hospital']);
	assert.deepEqual(keysOf(s2, 'person'), ['santana', 'elena ibanez', 'santa ofelia', 'lake brennan']);
});

test('places: an apposition headed by a place noun makes a place, so "in X" elsewhere is not overruled by a false person', () => {
	// "X, a farming village" read as a person ("X, a ...") made every other mention of X that person, "in X" included.
	const mentions = mentionsOf([
		'Church bells rang in Tierra Morada on Friday.',
		'The mine sits north of Tierra Morada, a farming village in the hills.',
		'Dana Ruiz, a nurse in the village, cheered. Tomas Vigil, the acequia association’s president, spoke. Kell Ardent, a retired teacher, wept.',
	]);
	assert.deepEqual(of(mentions, 'place').map(m => [m.source, m.key]), [['s1', 'tierra morada'], ['s2', 'tierra morada']]);
	// Near misses: a role heads the apposition (after a possessive, after an adjective): people, even at a sentence start.
	assert.deepEqual(keysOf(mentions, 'person'), ['dana ruiz', 'tomas vigil', 'kell ardent']);
});

test('organisations: a name before a facility noun ("copper mine", "refinery") or with a company apposition is no person, story-wide', () => {
	const mentions = mentionsOf([
		'Opponents of the Blackwater Ridge copper mine rallied. The company remains committed to Blackwater Ridge, its spokesman said.',
		'Work on the Oro Negro refinery stopped. Tesoro Rojo, a mining company based in Denver, bought the claims. Tesoro Rojo said it would appeal.',
		'The Denver-based Halvorsen Minerals cited the 1872 Mining Act. Halvorsen said it would appeal.',
	]);
	assert.deepEqual(pairs(of(mentions, 'organisation')), [
		['Blackwater Ridge', 'blackwater ridge'], ['Blackwater Ridge', 'blackwater ridge'], ['Oro Negro', 'oro negro'],
		['Tesoro Rojo', 'tesoro rojo'], ['Tesoro Rojo', 'tesoro rojo'], ['Halvorsen Minerals', 'halvorsen minerals'], ['Halvorsen', 'halvorsen minerals'],
	]);
	assert.deepEqual(keysOf(mentions, 'person'), []);
	assert.deepEqual(pairs(of(mentions, 'place')), [['Denver', 'denver'], ['Denver', 'denver']], '"Denver-based": the place alone');
	// Near misses: an administration is no facility; "project that" is a verb; a city with a plant stays a city;
	// one word before a facility noun (its owner or its town) is no person there; other cues settle its other mentions.
	const near = mentionsOf([
		'President Donald Trump spoke; the Trump administration agreed. Marta Quell and Ivo Brandt project that costs will rise.',
		'Workers at the Santa Fe plant struck. Rallies in Santa Fe followed. The Amberline pipeline was idle, Amberline said.',
	]);
	assert.deepEqual(named(near), [
		['person', 'Donald Trump'], ['person', 'Trump'], ['place', 'Santa Fe'], ['place', 'Santa Fe'], ['person', 'Amberline'],
	]);
});

test('numbers: a number that is part of a name counts nothing; counted nouns skip adjectives ending in -s', () => {
	const {mentions} = mentionsOfUnits([
		'Route 9 and Interstate 75 were closed, United Paperworkers Local 1143 protested, and KWTX 10 News reported it. ' +
			'In Texas 12 people died. The plant had nine serious violations and two previous fires.',
	]);
	assert.deepEqual(pairs(mentions, 'number'), [['12 people', '12 person'], ['nine serious violations', '9 violation'], ['two previous fires', '2 fire']]);
	const headline = mentionsOf(['Mill Blast Kills 3, Injures 12 In Dunmore\n\nThree workers died in the blast on Monday, officials said.']);
	assert.ok(headline.some(m => m.kind === 'number' && m.text === '3'), 'a figure after a title-case verb in a headline is kept');
});

test('numbers: a number word joined to what it measures ("three-year") counts that, not the noun or verb after it', () => {
	const {mentions} = mentionsOfUnits([
		'The three-year agreement gives 2,100 members of Transit Workers Local 309 raises, after a five-day strike. ' +
			'The thirty-seven-year-old driver spoke. A one-sided deal, two-pronged talks and one-on-one meetings won two-thirds of votes.',
	]);
	assert.deepEqual(pairs(mentions, 'number'), [
		['three-year', '3 year'], ['2,100 members', '2100 member'], ['five-day', '5 day'], ['thirty-seven-year-old', '37 year'],
	]);
});

test('organisations: linking is linear (20,000 organisations with acronyms, brands and national prefixes)', () => {
	// Every "AKB" finds 2,500 organisations with those initials: too many to name one, and too many to
	// sort through for each acronym. Run in a child with a generous limit, so a regression fails instead of hanging.
	const code = `
		import {extractMentions} from ${JSON.stringify(moduleUrl('source/mentions/index.ts'))};
		const syllables = ['ka', 'lo', 'mi', 'ra', 'to', 'ne', 'su', 'vi'];
		const word = i => { let s = ''; let n = i; do { s += syllables[n % 8]; n = Math.floor(n / 8); } while (n > 0); return s[0].toUpperCase() + s.slice(1); };
		const lines = [];
		for (let i = 0; i < 20000; i++) lines.push('The Alpha ' + word(i) + ' Bureau and ' + word(i) + ' Coatings said. The AKB and ' + word(i) + ' agreed with the U.S. ' + word(i) + ' Agency and the ' + word(i) + ' Agency.');
		const text = lines.join('\\n');
		const units = [];
		let start = 0;
		lines.forEach((line, k) => { units.push({id: 's1.u' + (k + 1), source: 's1', index: k, start, end: start + line.length, text: line, kind: 'claim', line: k + 1, column: 1}); start += line.length + 1; });
		const t0 = Date.now();
		const mentions = extractMentions([{id: 's1', path: 'x', label: 'x', title: '', text, format: 'text'}], units);
		console.log(JSON.stringify({count: mentions.length, sample: mentions.slice(0, 7).map(m => [m.text, m.key])}));`;
	const result = runGuarded<{count: number; sample: Array<[string, string]>}>(code, 60_000, 'linking 20,000 organisations');
	assert.ok(result.count >= 100_000, String(result.count));
	assert.deepEqual(result.sample, [
		['Alpha Ka Bureau', 'alpha ka bureau'], ['Ka Coatings', 'ka coatings'], ['AKB', 'akb'], ['Ka', 'ka coatings'],
		['U.S. Ka Agency', 'us ka agency'], ['Ka Agency', 'us ka agency'], ['Alpha Lo Bureau', 'alpha lo bureau'],
	]);
});

test('a vote or score "3–2" is one figure (a tally); ranges, dates and longer dash runs are not', () => {
	const {mentions} = mentionsOfUnits([
		'The justices split 3–2 on Thursday. The board voted 5-4 to approve it. The teams drew 2-2.',
		'The repairs will take 3-5 years. The report is dated 2025-02-28. The code 10-4-2024 is not a score.',
	]);
	const numbers = of(mentions, 'number');
	const tallies = numbers.filter(m => m.number?.tally);
	assert.deepEqual(tallies.map(m => [m.text, m.key]), [['3–2', '3-2'], ['5-4', '5-4'], ['2-2', '2-2']]);
	assert.deepEqual(tallies[0]!.number!.tally, [3, 2]);
	assert.ok(!numbers.some(m => m.source === 's2' && m.number?.tally), `no tally in the second text: ${numbers.filter(m => m.source === 's2').map(m => m.text)}`);
	assert.equal(parseQuantity('3-2')?.tally?.join('-'), '3-2');
	assert.equal(parseQuantity('3')?.tally, undefined);
});

test('numbers: with no noun, what happened to them is what a figure counts ("14 injured", "12 were hurt", "killing three")', () => {
	const units = (text: string) => pairs(mentionsOf([text]), 'number');
	assert.deepEqual(units('Three people were killed and 14 injured in the crash.'), [['Three people', '3 person'], ['14 injured', '14 injured']]);
	assert.deepEqual(units('Twelve were hurt.'), [['Twelve were hurt', '12 injured']]);
	assert.deepEqual(units('The blast killed 14 and injured 30.'), [['14', '14 dead'], ['30', '30 injured']]);
	assert.deepEqual(units('It capsized on Friday, killing three.'), [['three', '3 dead']]);
	// A noun still wins, and a figure with neither stays bare.
	assert.deepEqual(units('The blast killed 14 soldiers.'), [['14 soldiers', '14 soldier']]);
	assert.equal(q('37 extradited').unit, undefined);
});

test('numbers: coordinated modifiers go on to their noun ("1.2 million current and former patients"); irregular plurals end the noun', () => {
	assert.equal(numberKey(q('1.2 million current and former patients')), '1200000 patient');
	assert.equal(numberKey(q('40 new or used cars')), '40 car');
	assert.equal(numberKey(q('5 tons and 3 barrels')), '5 ton');
	assert.equal(numberKey(q('212 people ran aground')), '212 person');
	assert.equal(numberKey(q('30 children went missing')), '30 child');
});

test('a sector-named company stays one whatever phrase describes it: "Pinebrook Health, a nonprofit medical provider"', () => {
	const found = named(mentionsOf(['Cybercriminals breached Pinebrook Health, a nonprofit medical provider.', 'Pinebrook Health, a nonprofit hospital operator in Wisconsin, said on Tuesday that data was stolen.']));
	assert.deepEqual(found.filter(([, text]) => text === 'Pinebrook Health').map(([kind]) => kind), ['organisation', 'organisation']);
});

test('names ending in a sector word are organisations: "Pinebrook Health", "Harrow Capital", "Duke Energy"', () => {
	const found = named(mentionsOf(['Pinebrook Health said hackers took the data. Claire Donnelly of Harrow Capital and Duke Energy agreed.']));
	assert.deepEqual(found.filter(([kind]) => kind === 'organisation').map(([, text]) => text), ['Pinebrook Health', 'Harrow Capital', 'Duke Energy']);
});

test('names joined by "&" are organisations: "Cascade Ridge Power & Water", "Procter & Gamble"', () => {
	const found = named(mentionsOf(['Cascade Ridge Power & Water said the gates were inspected. Procter & Gamble agreed, and Jane Roe said so.']));
	assert.deepEqual(found, [['organisation', 'Cascade Ridge Power & Water'], ['organisation', 'Procter & Gamble'], ['person', 'Jane Roe']]);
});
