import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {assertValidRows, makeSources, rowTexts, storyOf} from './helpers/story.ts';
import {analyse} from '../source/pipeline.ts';
import {clauseSpans, mentionBoost, wordTerms} from '../source/align/terms.ts';
import {buildVectors, buildVectorSpace, compareIds, dot, isSpeaker} from '../source/align/index.ts';
import type {Story} from '../source/model.ts';

const A = [
	'The city council approved a new budget of 40 million dollars on Monday.',
	'The mayor said the library on Elm Street will close for repairs in March.',
	'Heavy rain flooded the river valley, forcing hundreds of residents to leave their homes.',
].join(' ');
const B = [
	'Floods forced hundreds of people in the river valley out of their homes after heavy rain.',
	'On Monday, councillors passed a budget worth 40 million dollars.',
	'A bakery on the main square celebrated its hundredth anniversary.',
].join('\n\n');
const C = [
	'Elm Street library will shut in March for repair work, the mayor announced.',
	'The council backed a 40 million dollar budget at its Monday meeting.',
].join(' ');

function groups(story: Story): string[][] {
	return rowTexts(story).map(texts => texts.map(t => t.slice(0, 20)).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

test('paraphrased claims align across sources regardless of paragraph order', () => {
	const story = storyOf([A, B, C]);
	const rows = rowTexts(story);
	const budget = rows.find(r => r.some(t => t.includes('approved a new budget')))!;
	assert.equal(budget.length, 3, `budget row: ${JSON.stringify(budget)}`);
	assert.ok(budget.some(t => t.startsWith('On Monday, councillors')));
	assert.ok(budget.some(t => t.startsWith('The council backed')));
	const flood = rows.find(r => r.some(t => t.startsWith('Heavy rain')))!;
	assert.ok(flood.some(t => t.startsWith('Floods forced')), `flood row: ${JSON.stringify(flood)}`);
	const library = rows.find(r => r.some(t => t.startsWith('The mayor said')))!;
	assert.ok(library.some(t => t.startsWith('Elm Street library')), `library row: ${JSON.stringify(library)}`);
	const bakery = story.rows.find(r => rowTexts({...story, rows: [r]})[0]!.some(t => t.includes('bakery')))!;
	assert.equal(bakery.status, 'single');
});

test('synonyms and irregular verbs meet on one term', () => {
	const [handed] = [wordTerms('Mexico handed 37 suspects over to the US')];
	const extradited = wordTerms('Mexico extradited 37 suspects');
	const sent = wordTerms('Mexico sent 37 alleged members');
	assert.ok(handed!.includes('transfer'));
	assert.ok(extradited.includes('transfer'));
	assert.ok(sent.includes('transfer'));
	assert.ok(!wordTerms('the of and said').length, 'stopwords and reporting verbs carry no weight');
	// A company's chief executive is not a minister or the government.
	assert.deepEqual(wordTerms('the chief executive said'), wordTerms('the CEO said'));
	assert.ok(!wordTerms('the chief executive').some(t => wordTerms('minister government').includes(t)));
});

test('news lexicon: phrase rewrites and synonym sets meet; different facts and other senses stay apart', () => {
	const shared = (a: string, b: string) => wordTerms(a).filter(t => wordTerms(b).includes(t));
	const meet = (a: string, b: string) => assert.ok(shared(a, b).length > 0, `"${a}" / "${b}": ${wordTerms(a)} | ${wordTerms(b)}`);
	const apart = (a: string, b: string) => assert.deepEqual(shared(a, b), [], `"${a}" / "${b}"`);
	// Particle verbs become one term before stemming.
	meet('Judges struck the ban down', 'overturned');
	meet('The appeals court threw out the conviction', 'vacated');
	meet('The verdict was set aside', 'annulled');
	meet('Police took three men into custody', 'detained');
	meet('The mayor stepped down', 'resigned');
	meet('The fire broke out on Sunday', 'The blaze ignited on Sunday');
	meet('Clashes erupted downtown', 'Clashes started downtown');
	apart('ignition sources near solvents', 'the fire started');
	apart('a single spark', 'the fire started');
	apart("It did not state the suspects' nationalities.", 'under the National Security Law');
	meet('The match was called off', 'cancelled');
	meet('The company laid off 200 workers', 'layoffs');
	meet('Officials will look into the crash', 'probe');
	meet('The plan was backed by the council', 'approved');
	// Synonym sets, irregular forms.
	meet('blaze', 'fire');
	meet('blast', 'explosion');
	meet('died', 'fatalities');
	meet('fled', 'evacuated');
	meet('was shot', 'shooting');
	meet('lawmakers', 'legislature');
	// Co-hyponyms are different facts.
	apart('Monday', 'Tuesday');
	apart('north', 'south');
	apart('March', 'April');
	// Another sense of the same word does not meet.
	apart('The city set aside 5 million dollars', 'overturned');
	apart('He came back home', 'approved');
	apart('The earthquake struck the coast', 'Missiles struck the city');
	apart('Prosecutors will not seek the death penalty', 'Gunmen killed two guards');
	apart('The court ruled on Friday', 'He ruled out a deal');
});

test('alignment is deterministic and independent of source order', () => {
	const first = groups(storyOf([A, B, C]));
	assert.deepEqual(groups(storyOf([A, B, C])), first);
	assert.deepEqual(groups(storyOf([C, A, B])), first);
});

test('rows are ordered by where their claim appears in the sources', () => {
	const story = storyOf([A, C]);
	const rows = rowTexts(story);
	assert.ok(rows[0]!.some(t => t.includes('budget')), JSON.stringify(rows));
	assert.ok(rows.at(-1)!.some(t => t.includes('rain')), JSON.stringify(rows));
});

test('property: any input gives valid rows covering every claim exactly', () => {
	const words = ['police', 'said', 'Mexico', 'seven', '37', 'arrested', 'the', 'suspects', 'in', 'Paris', 'on', 'Tuesday', 'budget', 'fell', '50%', 'river', 'García', 'U.S.', 'Mr.', 'Jan.', '“quoted”', '…', 'é', '中文', '😀'];
	const sentence = fc
		.tuple(fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 12}), fc.constantFrom('.', '!', '?', ''))
		.map(([ws, end]) => ws.join(' ') + end);
	const article = fc.array(fc.oneof(sentence, fc.string(), fc.constant('\n\n')), {minLength: 0, maxLength: 12}).map(parts => parts.join(' '));
	fc.assert(
		fc.property(fc.array(article, {minLength: 2, maxLength: 5}), texts => {
			const story = analyse(makeSources(texts));
			assertValidRows(story);
		}),
		{numRuns: 150},
	);
});

test('a source that states one claim twice keeps both sentences in that claim row', () => {
	const first = [
		'The port authority approved a 12 million dollar plan to dredge the harbour channel.',
		'Fishermen complained about the noise from the new wind farm.',
		'The harbour channel dredging plan, worth 12 million dollars, was approved by the port authority board.',
	].join(' ');
	const second = 'A plan to dredge the harbour channel for 12 million dollars won approval from the port authority. The ferry timetable changes next month.';
	const story = storyOf([first, second]);
	const row = rowTexts(story).find(r => r.some(t => t.startsWith('A plan to dredge')))!;
	assert.ok(row.some(t => t.startsWith('The port authority approved')), JSON.stringify(row));
	assert.ok(row.some(t => t.startsWith('The harbour channel dredging plan')), JSON.stringify(row));
	assert.ok(!row.some(t => t.includes('wind farm')), JSON.stringify(row));
});

test('a sentence whose clause states a second claim joins both claim rows', () => {
	const lead = 'The council approved the new stadium budget on Monday, as protesters marched against the closure of the central library.';
	const a = `${lead} The mayor will travel to Berlin next week.`;
	const b = 'Councillors approved the budget for the new stadium on Monday. Hundreds of protesters marched against closing the central library.';
	const c = 'Protesters marched through the city against the central library closure. The stadium budget was approved by the council.';
	const story = storyOf([a, b, c]);
	const rows = rowTexts(story).filter(r => r.includes(lead));
	assert.equal(rows.length, 2, JSON.stringify(rowTexts(story)));
	assert.ok(rows.some(r => r.some(t => t.startsWith('Councillors approved'))), JSON.stringify(rows));
	assert.ok(rows.some(r => r.some(t => t.startsWith('Hundreds of protesters'))), JSON.stringify(rows));
});

test('a long sentence holding the core terms of a claim three other outlets state joins that row too', () => {
	// No connective marks the second claim ("whose ..."), and the first claim's words dilute its cosine to the row.
	const lead =
		'The city council closed the Harlow Bridge to cars, lorries and buses on Monday, cutting the busiest route between the harbour district and the old town for thousands of commuters, whose steel beams inspectors found cracked during a routine survey last month.';
	const a = `${lead} Drivers must use the ferry until a new crossing opens in 2028.`;
	const b = 'The Harlow Bridge was shut to traffic on Monday. During a routine survey last month, inspectors found cracks in its steel beams. The mayor apologised to commuters.';
	const c = 'Inspectors found its steel beams cracked in a routine survey last month. The city has closed the Harlow Bridge. A ferry will carry drivers meanwhile.';
	const d = 'Officials shut the Harlow Bridge on Monday. Cracked steel beams turned up in a routine survey by inspectors last month, officials said. Repairs could cost 40 million dollars.';
	const story = storyOf([a, b, c, d]);
	const rows = rowTexts(story).filter(r => r.includes(lead));
	assert.equal(rows.length, 2, JSON.stringify(rowTexts(story)));
	assert.ok(rows.some(r => r.some(t => t.startsWith('Officials shut'))), JSON.stringify(rows));
	assert.ok(rows.some(r => r.some(t => t.startsWith('Cracked steel beams'))), JSON.stringify(rows));
	// Two other outlets are not enough: a row this loose a fit must have three.
	const two = rowTexts(storyOf([a, b, c])).filter(r => r.includes(lead));
	assert.equal(two.length, 1, JSON.stringify(two));
});

test('clause spans: connective commas, semicolons and dashes split; short pieces fold into a neighbour', () => {
	const text = 'Mexico sent 37 suspects to the United States, as Trump threatened strikes on drug cartels.';
	assert.deepEqual(
		clauseSpans(text).map(([s, e]) => text.slice(s, e)),
		['Mexico sent 37 suspects to the United States', 'as Trump threatened strikes on drug cartels.'],
	);
	const list = 'Flights landed in Houston, Dallas, San Antonio and New York on Tuesday morning.';
	assert.deepEqual(clauseSpans(list), [], 'a list of places is one clause');
	assert.deepEqual(clauseSpans('It rained, as expected.'), [], 'a piece too short to be a claim is not a clause');
});

test('a lone sentence pointing back at the previous one joins that claim row; a new paragraph does not', () => {
	const a = 'The plant built a record 5,000 cars in March. These figures reflect new robots installed over the winter.\n\nSuch weather is rare in spring.';
	const b = 'A record 5,000 cars left the plant in March, the company said. Snow fell on the city.';
	const story = storyOf([a, b]);
	const row = rowTexts(story).find(r => r.some(t => t.startsWith('A record 5,000 cars')))!;
	assert.ok(row.some(t => t.startsWith('These figures reflect')), JSON.stringify(rowTexts(story)));
	assert.ok(!row.some(t => t.startsWith('Such weather')), JSON.stringify(rowTexts(story)));
});

test('a shared single-digit count is weaker evidence of one claim than a shared larger figure', () => {
	// Same words around the figure; only the figure differs between the two pairs.
	const pairSimilarity = (a: string, b: string) => {
		const story = storyOf([`${a} The plant makes paint.`, `${b} The factory is old.`, 'Firefighters fought the blaze. Investigators have not named a cause.']);
		const claims = story.units.filter(u => u.kind === 'claim');
		const vectors = buildVectors(claims.map(unit => ({unit, mentions: story.mentions.filter(m => m.unit === unit.id)})));
		const i = claims.findIndex(u => u.text === a);
		const k = claims.findIndex(u => u.text === b);
		assert.ok(i >= 0 && k >= 0, 'both sentences are claims');
		return dot(vectors[i]!, vectors[k]!);
	};
	const small = pairSimilarity('Two workers remain in hospital.', 'Two victims were not named.');
	const large = pairSimilarity('Thirty-seven workers remain in hospital.', 'Thirty-seven victims were not named.');
	assert.ok(small < large * 0.8, `two: ${small.toFixed(3)}, thirty-seven: ${large.toFixed(3)}`);
	const mention = (value: number, extra: object = {}) => ({kind: 'number', number: {value, min: value, max: value, vague: false, ...extra}}) as Parameters<typeof mentionBoost>[0];
	assert.equal(mentionBoost(mention(2)), 1);
	assert.ok(mentionBoost(mention(37)) > 1);
	assert.ok(mentionBoost(mention(5, {percent: true})) > 1, 'a percentage keeps its weight');
	assert.ok(mentionBoost(mention(2.5)) > 1, 'a fractional figure keeps its weight');
});

test('phrase rules are skipped only when their opening words are absent: every match starts with one of them', async () => {
	const {PHRASES} = await import('../source/align/lexicon.ts');
	const {foldText, openingLiterals} = await import('../source/align/terms.ts');
	const {readFileSync, readdirSync} = await import('node:fs');
	const corpus = ['fixtures/demo', 'fixtures/story2', 'fixtures/story3'].flatMap(dir => readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => foldText(readFileSync(`${dir}/${f}`, 'utf8'))));
	corpus.push(foldText('They handed them over. Police took three men into custody. The court struck the law down and threw the case out; the verdict was set aside. He pled not guilty. Lawmakers voted it down. Crews laid off 40 workers. Officials called off the strike. The cease-fire held. Smith stepped down. A heat wave hit. Firefighters came under fire.'));
	let checked = 0;
	for (const [pattern] of PHRASES) {
		const needles = openingLiterals(pattern.source);
		if (!needles) continue;
		for (const text of corpus) {
			for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) {
				checked++;
				assert.ok(needles.some(needle => match[0].startsWith(needle)), `${pattern.source} matched "${match[0]}" which starts with none of ${JSON.stringify(needles)}`);
			}
		}
	}
	assert.ok(checked > 20, `only ${checked} matches checked`);
	assert.deepEqual(openingLiterals(String.raw`\bhand(?:s|ed|ing)? (?:\w+ ){0,6}?over\b`), ['hand']);
	assert.deepEqual(openingLiterals(String.raw`\bdrug lords?\b`), ['drug lord']);
	assert.deepEqual(openingLiterals(String.raw`\b(?:take|took) into\b|\bceos?\b`), ['take', 'took', 'ceo']);
	assert.equal(openingLiterals(String.raw`\b((?:earth)?quakes?|storms?) hit`), undefined);
});

test('figures of one kind share a term whatever their values, so differing figures can meet in one row', async () => {
	const {numberClassTerm} = await import('../source/align/terms.ts');
	const story = storyOf(['The vote was 3-2.', 'It ended 4-1.', 'Heavy rain fell across the valley overnight.']);
	const claims = story.units.filter(u => u.kind === 'claim');
	const vectors = buildVectors(claims.map(unit => ({unit, mentions: story.mentions.filter(m => m.unit === unit.id)})));
	const [vote, ended, rain] = [0, 1, 2].map(i => vectors[claims.findIndex(u => u.source === `s${i + 1}`)]!);
	assert.ok(dot(vote!, ended!) > 0, 'the two tallies share their kind');
	assert.equal(dot(vote!, rain!), 0);
	const figure = (extra: object) => ({kind: 'number', number: {value: 37, min: 37, max: 37, vague: false, ...extra}}) as Parameters<typeof numberClassTerm>[0];
	assert.equal(numberClassTerm(figure({unit: 'suspects'})), numberClassTerm(figure({unit: 'suspect', value: 36})));
	assert.equal(numberClassTerm(figure({tally: [3, 2]})), 'nc:tally');
	assert.equal(numberClassTerm(figure({})), undefined, 'a bare figure says nothing of its kind');
});

test('a vote an outlet reports differently ("4-1" against "3-2") joins the vote\'s row, where compare flags it; an outlet correcting itself stays apart', () => {
	const court = [
		'The state Supreme Court struck down the mine permit on Thursday. The justices split 3-2 in the ruling.',
		'Judges threw out the permit for the copper mine. The court ruled 3-2 that regulators erred.',
		'The 3-2 ruling sends the project back to regulators. Farmers welcomed the decision.',
		// Another outlet gives another vote, in few shared words.
		'In a 4-1 decision, the highest court canceled the green light for the project. Farmers cheered outside.',
		// This outlet gives both: the right vote, and a correction naming the earlier wrong one.
		'The court voided the permit. The vote was 3-2. CORRECTION: An earlier version of this story reported the vote as 4-1.',
	];
	const story = storyOf(court);
	const rows = rowTexts(story);
	const vote = rows.find(r => r.some(t => t.includes('4-1 decision')))!;
	assert.ok(vote.filter(t => /3-2/.test(t)).length >= 2, `the 4-1 sentence sits with the 3-2 ones: ${JSON.stringify(vote)}`);
	assert.ok(!vote.some(t => t.startsWith('CORRECTION')), 'the correction is not a rival report');
	const row = story.rows.find(r => rowTexts({...story, rows: [r]})[0]!.some(t => t.includes('4-1 decision')))!;
	assert.equal(row.status, 'conflict');
	assert.equal(row.conflicts[0]!.about, 'tally');
});

test('a speaker\'s name weighs less than a name the claim is about: two claims one official announced do not meet on the name', () => {
	const speaks = (text: string, name: string) => isSpeaker(text, text.indexOf(name), text.indexOf(name) + name.length);
	assert.ok(speaks('Halvard Quinlan said the pier shuts.', 'Halvard Quinlan'));
	assert.ok(speaks('The pier shuts, Halvard Quinlan said.', 'Halvard Quinlan'));
	assert.ok(speaks('The pier shuts, said Halvard Quinlan.', 'Halvard Quinlan'));
	assert.ok(speaks('Halvard Quinlan, the port director, told reporters the pier shuts.', 'Halvard Quinlan'));
	assert.ok(speaks('According to Port Director Halvard Quinlan, the pier shuts.', 'Halvard Quinlan'));
	assert.ok(!speaks('Halvard Quinlan shut the pier.', 'Halvard Quinlan'));
	assert.ok(!speaks('The mayor said Halvard Quinlan had shut the pier.', 'Halvard Quinlan'), 'the one the words are about');
	assert.ok(!speaks('The mayor told Halvard Quinlan the pier shuts.', 'Halvard Quinlan'), 'the one told');
	// In the vectors: the name is a smaller share of a sentence that quotes him than of one about what he did.
	const story = storyOf(['Mayor Halvard Quinlan said the pier shuts. A storm hit.', 'Mayor Halvard Quinlan shuts the pier. A school reopened.']);
	const claims = story.units.filter(u => u.kind === 'claim');
	const space = buildVectorSpace(claims.map(unit => ({unit, mentions: story.mentions.filter(m => m.unit === unit.id)})));
	const name = space.termId('p:halvard quinlan')!;
	const weightOf = (source: string) => {
		const v = space.vectors[claims.findIndex(u => u.source === source)]!;
		return v.weights[v.ids.indexOf(name)]!;
	};
	assert.ok(weightOf('s1') < weightOf('s2') * 0.6, `${weightOf('s1')} / ${weightOf('s2')}`);
});

test('unit ids sort in natural order, as localeCompare with numeric collation would sort them', () => {
	const id = fc.tuple(fc.constantFrom('s', 'r', 'u'), fc.nat(120), fc.constantFrom('u', 'm'), fc.nat(120)).map(([a, n, b, k]) => `${a}${n}.${b}${k}`);
	fc.assert(
		fc.property(id, id, (a, b) => Math.sign(compareIds(a, b)) === Math.sign(a.localeCompare(b, 'en', {numeric: true}))),
		{numRuns: 500},
	);
	assert.ok(compareIds('s2.u9', 's2.u10') < 0 && compareIds('s10.u1', 's2.u1') > 0 && compareIds('r1', 'r1') === 0);
});
