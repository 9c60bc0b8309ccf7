import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type {Row, Source, Story, Unit, UnitKind} from '../source/model.ts';
import {readInputs} from '../source/read/index.ts';
import {analyse} from '../source/pipeline.ts';
import {bestSingleRowRows, GoldError, goldFitsSources, goldRows, groupUnitsBySource, junkInText, locateAll, locateQuote, matchSources, parseGold, scoreStory, unitAt, worstSplits, type Gold} from '../source/eval/score.ts';

/** A story whose units are the non-empty lines of each text; `kinds` overrides a unit's kind by id. */
function handStory(texts: Record<string, string>, rows: string[][], kinds: Record<string, UnitKind> = {}): Story {
	const sources: Source[] = Object.entries(texts).map(([label, text], i) => ({
		id: `s${i + 1}`,
		path: `fixtures/${label}.txt`,
		label,
		title: '',
		text,
		format: 'text',
	}));
	const units: Unit[] = sources.flatMap(source => {
		const out: Unit[] = [];
		let offset = 0;
		for (const line of source.text.split('\n')) {
			if (line.trim()) {
				const id = `${source.id}.u${out.length}`;
				out.push({id, source: source.id, index: out.length, start: offset, end: offset + line.length, text: line, kind: kinds[id] ?? 'claim', line: 0, column: 0});
			}
			offset += line.length + 1;
		}
		return out;
	});
	const sourceOf = new Map(units.map(u => [u.id, u.source]));
	const storyRows: Row[] = rows.map((ids, i) => ({
		id: `r${i + 1}`,
		units: ids,
		sources: [...new Set(ids.map(id => sourceOf.get(id)!))],
		status: 'agree',
		conflicts: [],
		position: i,
	}));
	return {schema: 1, title: '', sources, units, rows: storyRows, mentions: []};
}

const texts = {
	A: 'Mexico sent 37 suspects to the US.\nThe total is now 92 people.\nSheinbaum rejected US troops.',
	B: 'The US received 37 suspects from Mexico.\nSheinbaum said no to American troops.\nIt brings the total to 92 people.',
	C: 'Thirty-seven suspects were flown north.\nDonate now to support us.',
};

const gold: Gold = {
	sources: {A: 'A.txt', B: 'B.txt', C: 'C.txt'},
	claims: [
		{id: 'c1', label: '37 sent', sentences: [{source: 'A', quote: 'Mexico sent 37'}, {source: 'B', quote: 'received 37 suspects'}, {source: 'C', quote: 'Thirty-seven suspects'}]},
		{id: 'c2', label: 'total 92', sentences: [{source: 'A', quote: 'The total is now 92'}, {source: 'B', quote: 'brings the total to 92'}]},
		{id: 'c3', label: 'no troops', sentences: [{source: 'A', quote: 'rejected US troops'}, {source: 'B', quote: 'said no to American'}]},
	],
	junk: [{source: 'C', quote: 'Donate now', why: 'appeal'}],
	headings: [],
};

// Unit ids: A = s1.u0 (37), s1.u1 (92), s1.u2 (troops); B = s2.u0 (37), s2.u1 (troops), s2.u2 (92); C = s3.u0 (37), s3.u1 (junk).
const perfectRows = [['s1.u0', 's2.u0', 's3.u0'], ['s1.u1', 's2.u2'], ['s1.u2', 's2.u1']];

test('perfect alignment scores F1 1 with nothing kept or dropped', () => {
	const report = scoreStory(gold, handStory(texts, perfectRows, {'s3.u1': 'boilerplate'}));
	assert.equal(report.pairs.gold, 5); // 3 pairs for c1, 1 each for c2 and c3
	assert.equal(report.pairs.predicted, 5);
	assert.equal(report.pairs.f1, 1);
	assert.equal(report.junk.kept.length, 0);
	assert.equal(report.claims.dropped.length, 0);
	assert.deepEqual(report.merges, []);
	assert.deepEqual(worstSplits(report.groups), []);
});

test('everything in one row keeps recall and loses precision', () => {
	const all = ['s1.u0', 's1.u1', 's1.u2', 's2.u0', 's2.u1', 's2.u2', 's3.u0'];
	const report = scoreStory(gold, handStory(texts, [all], {'s3.u1': 'boilerplate'}));
	assert.equal(report.pairs.recall, 1);
	// 3*3 (A-B) + 3 (A-C) + 3 (B-C) = 15 cross-source pairs predicted, 5 of them right.
	assert.equal(report.pairs.predicted, 15);
	assert.equal(report.pairs.precision, 5 / 15);
	assert.equal(report.merges.length, 1);
	assert.equal(report.merges[0].falsePairs, 10);
});

test('all singletons: recall 0, F1 0, every group split', () => {
	const all = ['s1.u0', 's1.u1', 's1.u2', 's2.u0', 's2.u1', 's2.u2', 's3.u0'];
	const report = scoreStory(gold, handStory(texts, all.map(id => [id]), {'s3.u1': 'boilerplate'}));
	assert.equal(report.pairs.recall, 0);
	assert.equal(report.pairs.precision, 0);
	assert.equal(report.pairs.f1, 0);
	const splits = worstSplits(report.groups);
	assert.deepEqual(splits.map(g => g.id), ['c1', 'c2', 'c3']); // c1 misses 3 pairs, the others 1
	assert.deepEqual(splits[0].rows, {r1: ['s1.u0'], r4: ['s2.u0'], r7: ['s3.u0']});
});

test('a sentence carrying two claims pairs with both, and may sit in two rows', () => {
	const multi = {A: 'Mexico sent 37 suspects, bringing the total to 92.', B: 'The US received 37 suspects.\nThe total reached 92.'};
	const multiGold: Gold = {
		sources: {A: 'A.txt', B: 'B.txt'},
		claims: [
			{id: 'c1', label: '37', sentences: [{source: 'A', quote: 'Mexico sent 37'}, {source: 'B', quote: 'received 37'}]},
			{id: 'c2', label: '92', sentences: [{source: 'A', quote: 'Mexico sent 37'}, {source: 'B', quote: 'total reached'}]},
		],
		junk: [],
		headings: [],
	};
	const one = scoreStory(multiGold, handStory(multi, [['s1.u0', 's2.u0'], ['s2.u1']]));
	assert.equal(one.pairs.gold, 2);
	assert.equal(one.pairs.precision, 1);
	assert.equal(one.pairs.recall, 0.5);
	assert.equal(one.claims.total, 3, 'the shared sentence is judged once');
	const both = scoreStory(multiGold, handStory(multi, [['s1.u0', 's2.u0'], ['s1.u0', 's2.u1']]));
	assert.equal(both.pairs.f1, 1);
	assert.deepEqual(both.groups.find(g => g.id === 'c2')!.rows, {r1: ['s1.u0'], r2: ['s1.u0', 's2.u1']});
});

test('kept junk, dropped claims and wrong headings are listed', () => {
	const withHeading: Gold = {...gold, headings: [{source: 'A', quote: 'Sheinbaum rejected'}]};
	// Junk left as a claim in its own row; B's "92" sentence set aside; A's troops line wrongly a heading.
	const story = handStory(texts, [['s1.u0', 's2.u0', 's3.u0'], ['s1.u1'], ['s3.u1'], ['s2.u1']], {'s2.u2': 'boilerplate', 's1.u2': 'heading'});
	const report = scoreStory(withHeading, story);
	assert.deepEqual(report.junk.kept.map(j => [j.unit, j.why]), [['s3.u1', 'appeal']]);
	assert.deepEqual(
		report.claims.dropped.map(d => [d.unit, d.reason]),
		[['s2.u2', 'classified boilerplate'], ['s1.u2', 'classified heading']],
	);
	assert.equal(report.headings.correct, 1);
	// A claim left out of every row is dropped too.
	const unrowed = scoreStory(gold, handStory(texts, perfectRows.slice(0, 2), {'s3.u1': 'boilerplate'}));
	assert.deepEqual(unrowed.claims.dropped.map(d => [d.unit, d.reason]), [['s1.u2', 'in no row'], ['s2.u1', 'in no row']]);
});

test('junk placed in a row counts against precision, unlabelled claim units are reported', () => {
	const story = handStory({...texts, C: texts.C + '\nAn unlabelled line.'}, [['s1.u0', 's2.u0', 's3.u0', 's3.u1'], ['s1.u1', 's2.u2'], ['s1.u2', 's2.u1']]);
	const report = scoreStory(gold, story);
	assert.equal(report.pairs.predicted, 7);
	assert.equal(report.pairs.truePositives, 5);
	assert.deepEqual(report.merges[0].units.find(u => u.unit === 's3.u1')!.groups, ['junk']);
	assert.deepEqual(report.unlabelled, ['s3.u2']);
});

test('quotes map to the unit holding their first character', () => {
	const story = handStory(texts, perfectRows);
	const a = story.units.filter(u => u.source === 's1');
	const start = locateQuote(story.sources[0].text, '92 people', 'test');
	assert.equal(unitAt(a, start)!.id, 's1.u1');
	assert.equal(unitAt(a, a[1].start)!.id, 's1.u1');
	assert.equal(unitAt(a, a[1].end), undefined, 'the newline after a unit is in no unit');
	assert.equal(unitAt(a, a[2].end - 1)!.id, 's1.u2');
});

test('a missing, repeated or misplaced quote fails with a message naming it', () => {
	const story = handStory(texts, perfectRows);
	const broken = (quote: string): Gold => ({...gold, claims: [{id: 'c9', label: 'x', sentences: [{source: 'B', quote}]}]});
	assert.throws(() => scoreStory(broken('sent 38 suspects'), story), (e: unknown) => e instanceof GoldError && /claim c9 sentence 1 \(B\): quote not found: "sent 38 suspects"/.test(e.message));
	assert.throws(() => scoreStory(broken(' to '), story), /occurs more than once: " to "/);
	assert.throws(() => scoreStory(broken('\nSheinbaum said'), story), /outside every unit/);
	assert.throws(() => scoreStory({...gold, sources: {...gold.sources, D: 'D.txt'}}, story), /gold source "D" \(D.txt\) is not among/);
});

test('a junk line an HTML or Markdown page\'s reader dropped counts as set aside; missing junk in a text file is still an error', () => {
	const story = handStory(texts, perfectRows);
	const caption: Gold = {...gold, junk: [...gold.junk, {source: 'C', quote: 'Photo: a smoking van', why: 'caption'}]};
	assert.throws(() => scoreStory(caption, story), /junk 2 \(C\): quote not found/, 'a text source holds all its text');
	const page = {...story, sources: story.sources.map(source => (source.label === 'C' ? {...source, format: 'html' as const} : source))};
	const report = scoreStory(caption, page);
	assert.equal(report.junk.total, 2);
	assert.equal(report.junk.removedByReader, 1);
	assert.deepEqual(report.junk.kept.map(v => v.quote), ['Donate now'], 'the hand-made story keeps its appeal as a claim; the caption is not kept');
	// Claims must still be found in the extracted text.
	const lostClaim: Gold = {...gold, claims: [...gold.claims, {id: 'c9', label: 'x', sentences: [{source: 'C', quote: 'a sentence the reader lost'}]}]};
	assert.throws(() => scoreStory(lostClaim, page), /claim c9 sentence 1 \(C\): quote not found/);
});

test('parseGold rejects malformed gold with a clear message', () => {
	assert.throws(() => parseGold([]), /"sources"/);
	assert.throws(() => parseGold({sources: {A: 'a.txt'}, claims: [{id: 'c1', sentences: [{source: 'B', quote: 'x'}]}], junk: [], headings: []}), /unknown source "B"/);
	assert.throws(() => parseGold({sources: {A: 'a.txt'}, claims: [{id: 'c1', sentences: []}], junk: [], headings: []}), /c1 has no sentences/);
	const twice = {id: 'c1', sentences: [{source: 'A', quote: 'x'}]};
	assert.throws(() => parseGold({sources: {A: 'a.txt'}, claims: [twice, twice], junk: [], headings: []}), /unique "id"/);
	assert.throws(() => parseGold({sources: {A: 'a.txt'}, claims: [], headings: []}), /"junk" must be a list/);
});

test('every quote of bench/gold/demo.json occurs exactly once in its file', () => {
	const goldFile = parseGold(JSON.parse(fs.readFileSync('bench/gold/demo.json', 'utf8')));
	const text = Object.fromEntries(
		Object.entries(goldFile.sources).map(([label, file]) => [label, fs.readFileSync(path.join('fixtures/demo', file), 'utf8').replace(/^\uFEFF/, '')]),
	);
	const quotes = [...goldFile.claims.flatMap(c => c.sentences), ...goldFile.junk, ...goldFile.headings];
	assert.ok(quotes.length > 100);
	for (const q of quotes) {
		const first = text[q.source].indexOf(q.quote);
		assert.ok(first >= 0, `${q.source}: not found: ${q.quote}`);
		assert.equal(text[q.source].indexOf(q.quote, first + 1), -1, `${q.source}: found twice: ${q.quote}`);
	}
	for (const c of goldFile.claims) {
		for (const s of c.sentences) assert.ok(s.quote.length >= 25 && s.quote.length <= 60, `${c.id}: quote length ${s.quote.length}: ${s.quote}`);
	}
});

test('the demo gold places every quote in a unit of the real pipeline, and no unit is both claim and junk', async () => {
	const goldFile = parseGold(JSON.parse(fs.readFileSync('bench/gold/demo.json', 'utf8')));
	const story = analyse((await readInputs(['fixtures/demo/story.json'])).sources);
	const report = scoreStory(goldFile, story); // throws when a quote starts outside every unit
	assert.equal(report.groups.length, goldFile.claims.length);
	const claimUnits = new Set(report.groups.flatMap(g => g.units));
	const unitsBySource = groupUnitsBySource(story.units);
	const sources = matchSources(goldFile, story.sources);
	for (const q of [...locateAll(goldFile.junk, sources, unitsBySource, 'junk'), ...locateAll(goldFile.headings, sources, unitsBySource, 'heading')]) {
		assert.ok(!claimUnits.has(q.unit.id), `${q.unit.id} is labelled both as a claim and as ${JSON.stringify(q.quote)}`);
	}
});

/** The gold files of bench/gold whose sources are the demo story's. */
function demoGoldFiles(sources: Source[]): string[] {
	return fs
		.readdirSync('bench/gold')
		.filter(name => name.endsWith('.json'))
		.map(name => path.join('bench/gold', name))
		.filter(file => goldFitsSources(parseGold(JSON.parse(fs.readFileSync(file, 'utf8'))), sources));
}

/** Every quote of a gold occurs once and starts inside a unit, claims stay inside their sentence, no line is both claim and junk/heading, no claim unit is unlabelled. */
function assertGoldResolves(file: string, goldFile: Gold, story: Story) {
	const unitsBySource = groupUnitsBySource(story.units);
	const sources = matchSources(goldFile, story.sources);
	// locateAll throws unless the quote occurs exactly once and starts inside a unit.
	const claims = goldFile.claims.flatMap(c => locateAll(c.sentences, sources, unitsBySource, `${file} ${c.id}`));
	const junk = locateAll(junkInText(goldFile.junk, sources).inText, sources, unitsBySource, `${file} junk`);
	const headings = locateAll(goldFile.headings, sources, unitsBySource, `${file} heading`);
	assert.ok(claims.length > 50 && junk.length > 10 && headings.length > 5, `${file}: too few labels`);
	for (const q of claims) assert.ok(q.start + q.quote.length <= q.unit.end, `${file}: claim quote runs past its sentence: ${q.quote}`);
	const claimUnits = new Set(claims.map(q => q.unit.id));
	for (const q of [...junk, ...headings]) assert.ok(!claimUnits.has(q.unit.id), `${file}: ${q.unit.id} is labelled both claim and ${JSON.stringify(q.quote)}`);
	const report = scoreStory(goldFile, story);
	assert.equal(report.groups.length, goldFile.claims.length);
	assert.equal(report.unlabelled.length, 0, `${file} leaves claim units unlabelled`);
	return report;
}

test('every demo gold (demo.json, demo-b.json, demo-c.json) loads and each quote resolves to exactly one sentence of the real pipeline', async () => {
	const story = analyse((await readInputs(['fixtures/demo/story.json'])).sources);
	const files = demoGoldFiles(story.sources);
	assert.ok(files.includes(path.join('bench/gold', 'demo.json')) && files.includes(path.join('bench/gold', 'demo-b.json')) && files.includes(path.join('bench/gold', 'demo-c.json')), `demo golds: ${files.join(', ')}`);
	for (const file of files) {
		assertGoldResolves(file, parseGold(JSON.parse(fs.readFileSync(file, 'utf8'))), story);
	}
});

test('goldFitsSources matches a gold to a story by file name', () => {
	const story = handStory(texts, perfectRows);
	assert.ok(goldFitsSources(gold, story.sources));
	assert.ok(!goldFitsSources({...gold, sources: {...gold.sources, D: 'D.txt'}}, story.sources));
	assert.ok(!goldFitsSources({...gold, sources: {A: 'other-A.txt'}}, story.sources), 'a label alone does not make a gold fit');
});

test('goldRows scores one gold against another: identical golds agree fully, a coarser one loses precision', () => {
	const story = handStory(texts, []);
	assert.equal(scoreStory(gold, goldRows(gold, story)).pairs.f1, 1);
	// Lumping "total 92" and "no troops" into one group adds 2 wrong cross-source pairs (A92-Btroops, Atroops-B92).
	const coarse: Gold = {...gold, claims: [gold.claims[0]!, {id: 'c2+3', label: '', sentences: [...gold.claims[1]!.sentences, ...gold.claims[2]!.sentences]}]};
	const rows = goldRows(coarse, story).rows;
	assert.deepEqual(rows.map(r => r.units), [['s1.u0', 's2.u0', 's3.u0'], ['s1.u1', 's1.u2', 's2.u1', 's2.u2']]);
	const agreement = scoreStory(gold, goldRows(coarse, story)).pairs;
	assert.equal(agreement.recall, 1);
	assert.equal(agreement.predicted, 7);
	assert.equal(agreement.precision, 5 / 7);
	// Dropping a group: the other gold's pairs are missed.
	assert.equal(scoreStory(gold, goldRows({...gold, claims: gold.claims.slice(0, 2)}, story)).pairs.recall, 4 / 5);
});

test('bestSingleRowRows: one row per sentence reaches F1 1 on a gold without shared sentences, and less when a sentence states two claims', () => {
	const story = handStory(texts, []);
	const plain = bestSingleRowRows(gold, story);
	assert.equal(scoreStory(gold, plain).pairs.f1, 1);
	// A's first sentence also states the total: gold pairs A0-B0, A0-C0, B0-C0 (c1) and A0-B2 (c2).
	const twoClaims: Gold = {...gold, claims: [gold.claims[0]!, {id: 'c2', label: 'total', sentences: [{source: 'A', quote: 'Mexico sent 37'}, {source: 'B', quote: 'brings the total to 92'}]}]};
	const rows = bestSingleRowRows(twoClaims, story).rows;
	const placed = rows.flatMap(r => r.units).sort();
	assert.deepEqual(placed, ['s1.u0', 's2.u0', 's2.u2', 's3.u0'], 'each listed sentence in exactly one row');
	// Keeping B2 apart scores 2·3/(3+4) = 0.857; putting it with A0, B0 and C0 adds one right pair (A0-B2)
	// and one wrong one (C0-B2): 2·4/(5+4) = 0.889, the better of the two.
	const pairs = scoreStory(twoClaims, bestSingleRowRows(twoClaims, story)).pairs;
	assert.equal(pairs.recall, 1);
	assert.equal(pairs.precision, 4 / 5);
});

// Floors just under today's scores: demo-c.json was labelled blind and is more inclusive, so it sits lower; demo-d.json
// was labelled blind too (session 5, without the program or the other golds) and scored 0.785 when first run.
const DEMO_FLOORS: Record<string, number> = {'demo.json': 0.75, 'demo-b.json': 0.75, 'demo-c.json': 0.67, 'demo-d.json': 0.76};

test('regression floor: the demo story aligns above each gold\'s floor, no junk kept, no claim dropped', async () => {
	const read = await readInputs([path.join(import.meta.dirname, '../fixtures/demo/story.json')], {});
	const story = analyse(read.sources);
	const goldDir = path.join(import.meta.dirname, '../bench/gold');
	const files = fs.readdirSync(goldDir).filter(f => f.startsWith('demo') && f.endsWith('.json'));
	assert.deepEqual(files.sort(), Object.keys(DEMO_FLOORS).sort(), 'every demo gold has a floor');
	for (const file of files) {
		const report = scoreStory(parseGold(JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8'))), story);
		const floor = DEMO_FLOORS[file]!;
		assert.ok(report.pairs.f1 >= floor, `${file}: F1 ${report.pairs.f1.toFixed(3)} fell below ${floor}`);
		assert.equal(report.junk.kept.length, 0, `${file}: junk kept`);
		assert.equal(report.claims.dropped.length, 0, `${file}: claims dropped`);
	}
});

test('the story2 gold (a second, independent story) loads, fits only story2, and each quote resolves to exactly one sentence of the real pipeline', async () => {
	const file = 'bench/gold/story2.json';
	const goldFile = parseGold(JSON.parse(fs.readFileSync(file, 'utf8')));
	const story = analyse((await readInputs(['fixtures/story2/story.json'])).sources);
	assert.ok(goldFitsSources(goldFile, story.sources), 'story2 gold names the story2 files');
	const demo = analyse((await readInputs(['fixtures/demo/story.json'])).sources);
	assert.ok(!goldFitsSources(goldFile, demo.sources), 'story2 gold must not be picked up for the demo story');
	assert.ok(!demoGoldFiles(demo.sources).includes(path.join('bench/gold', 'story2.json')));
	for (const name of ['demo.json', 'demo-b.json', 'demo-c.json']) {
		assert.ok(!goldFitsSources(parseGold(JSON.parse(fs.readFileSync(path.join('bench/gold', name), 'utf8'))), story.sources), `${name} must not fit story2`);
	}
	const report = assertGoldResolves(file, goldFile, story);
	assert.ok(report.groups.filter(g => g.sources > 1).length >= 20, 'story2 gold has at least 20 multi-source claim groups');
	// Regression floor on a story the aligner was not tuned on: classification stays clean.
	assert.equal(report.junk.kept.length, 0, 'story2: junk kept');
	assert.equal(report.claims.dropped.length, 0, 'story2: claims dropped');
	assert.ok(report.headings.correct >= 15, `story2: ${report.headings.correct}/17 headings`);
	assert.ok(report.pairs.f1 >= 0.52, `story2: F1 ${report.pairs.f1.toFixed(3)} fell below 0.52`);
});

interface StoryFloors {
	multiSourceGroups: number;
	junkKept: number; // ceiling
	headings: number; // of the gold's headings, at least
	f1: number;
	/** Ceiling; 0 unless the gold counts as a claim what the issue sets aside (a truncated last sentence). */
	claimsDropped?: number;
}

/** A story with its own gold: the gold fits only it, resolves in the real pipeline, and the scores stay above their floors. */
async function checkLabelledStory(name: string, others: string[], floors: StoryFloors): Promise<void> {
	const file = `bench/gold/${name}.json`;
	const goldFile = parseGold(JSON.parse(fs.readFileSync(file, 'utf8')));
	const story = analyse((await readInputs([`fixtures/${name}/story.json`])).sources);
	for (const other of others) {
		const sources = analyse((await readInputs([`fixtures/${other}/story.json`])).sources).sources;
		assert.ok(!goldFitsSources(goldFile, sources), `${name} gold must not be picked up for ${other}`);
	}
	const fitting = fs.readdirSync('bench/gold').filter(gold => gold.endsWith('.json') && goldFitsSources(parseGold(JSON.parse(fs.readFileSync(path.join('bench/gold', gold), 'utf8'))), story.sources));
	assert.deepEqual(fitting, [`${name}.json`], `only the ${name} gold fits ${name}`);
	const report = assertGoldResolves(file, goldFile, story);
	assert.ok(report.groups.filter(g => g.sources > 1).length >= floors.multiSourceGroups, `${name} gold has at least ${floors.multiSourceGroups} multi-source claim groups`);
	assert.ok(report.junk.kept.length <= floors.junkKept, `${name}: ${report.junk.kept.length} junk lines kept (ceiling ${floors.junkKept})`);
	assert.ok(report.claims.dropped.length <= (floors.claimsDropped ?? 0), `${name}: claims dropped: ${JSON.stringify(report.claims.dropped.map(d => d.text))}`);
	assert.ok(report.headings.correct >= floors.headings, `${name}: ${report.headings.correct}/${report.headings.total} headings`);
	assert.ok(report.pairs.f1 >= floors.f1, `${name}: F1 ${report.pairs.f1.toFixed(3)} fell below ${floors.f1}`);
}

test('the story3 gold (a court ruling, labelled blind) fits only story3, resolves in the real pipeline, and stays above its floor', async () => {
	// Measured when the gold was committed: F1 0.509, 15 of 51 junk lines kept as claims (bylines, appeals,
	// the TV story's update markers), no claim dropped, 17/17 headings; the junk ceiling has since come down to 0.
	await checkLabelledStory('story3', ['demo', 'story2'], {multiSourceGroups: 25, junkKept: 0, headings: 16, f1: 0.58});
});

test('the story4 gold (a central bank decision, labelled blind) fits only story4, resolves in the real pipeline, and stays above its floor', async () => {
	// Measured when the gold was committed (before the program had seen the story): F1 0.545 (P 0.745, R 0.429),
	// 12 of 61 junk lines kept as claims (caption and credit lines, a bio sentence, related links, appeals,
	// the live blog's greeting and apology), no claim dropped, 14/14 headings; the junk ceiling is now 0.
	await checkLabelledStory('story4', ['demo', 'story2', 'story3'], {multiSourceGroups: 25, junkKept: 0, headings: 13, f1: 0.53});
});

test('the story5 gold (a hospital data breach, labelled blind) fits only story5, resolves in the real pipeline, and stays above its floor', async () => {
	// Measured when the gold was committed (before the program had seen the story): F1 0.643 (P 0.743, R 0.567;
	// average-link 0.556), 7 of 47 junk lines kept (a feedback widget, a "More from" link, a reference entry, a
	// reader-funding line, a correction note), 8/17 headings (numbered question subheads split off their "1.").
	await checkLabelledStory('story5', ['demo', 'story2', 'story3', 'story4'], {multiSourceGroups: 25, junkKept: 0, headings: 16, f1: 0.66});
});

test('the story6 gold (a wildfire; two HTML pages, one Markdown, labelled blind) fits only story6, resolves in the real pipeline, and stays above its floor', async () => {
	// Measured when the gold was committed (before the program had seen the story): F1 0.705 (P 0.741, R 0.672;
	// average-link 0.589), 8 of 32 junk lines kept (a dotted byline, newsletter pleas and signpost, a greeting, a
	// caption and its "(KDMR 9 / Name)" credit), 13/14 headings; the Sentinel page's standfirst was lost in extraction.
	await checkLabelledStory('story6', ['demo', 'story2', 'story3', 'story4', 'story5'], {multiSourceGroups: 25, junkKept: 0, headings: 13, f1: 0.66});
});

test('the story7 gold (a transit strike deal, written blind) fits only story7, resolves, and stays above its floor', async () => {
	// Measured once, when the gold was committed, with no change to the program after: F1 0.616 (P 0.810, R 0.497;
	// average-link 0.519), 2 of 46 junk lines kept ("Local news matters.", "Did this help you understand the story?"),
	// no claim dropped, 13/14 headings. No longer held out: the coverage pass's thresholds (align) were swept over every
	// gold, this one included (0.616 -> 0.674); the same values are best without it. Its two kept junk lines went in
	// session 5 (a slogan leading into an appeal, "Did this help you understand the story?").
	await checkLabelledStory('story7', ['demo', 'story2', 'story3', 'story4', 'story5', 'story6'], {multiSourceGroups: 25, junkKept: 0, headings: 13, f1: 0.6});
});

test('the story8 gold (a ferry grounding, written blind) fits only story8, resolves, and stays above its floor', async () => {
	// Scored once, when the gold was committed (program at d9ab9e8, never run on the story before): F1 0.597 (P 0.706,
	// R 0.516; average-link 0.539, single-link 0.482), 6 of 53 junk lines kept (breadcrumbs, a "Written by ... | 4 min
	// read" line, a signpost, a list lead-in, a correction about another edition, a membership plea's first sentence),
	// no claim dropped, 19/20 headings; planted disagreements flagged: 146/164 passengers and Pelletier/Pelletiere (2 of 4;
	// missed: Sunday/Monday for the replacement boat, Ashby/Port Galen for the hospital), no false conflict. General rules
	// then set all six junk lines aside; with six fewer sentences in the vector space a few rows regroup and F1 fell to 0.555.
	await checkLabelledStory('story8', ['demo', 'story2', 'story3', 'story4', 'story5', 'story6', 'story7'], {multiSourceGroups: 25, junkKept: 0, headings: 19, f1: 0.53});
});

test('the story9 gold (a museum art theft, written blind, held out) fits only story9, resolves, and stays above its floor', async () => {
	// Scored once, when the gold was committed (program at 9e54aa2, never run on the story before; the scorer then learnt
	// that junk an HTML page's reader drops is set aside, 13 of its 53 junk lines): F1 0.667 (P 0.810, R 0.566;
	// average-link 0.613, single-link 0.450), 7 of 53 junk lines kept, 1 of 123 claims dropped, 17/18 headings; planted
	// disagreements flagged: $16.8 million / $18.6 million and Granger / Ferndale Township (2 of 4; missed: a
	// "Deputy Chief" / "Police Chief" title, "Friday, October 16" / "Thursday, Oct. 15"), no false conflict. The dropped
	// claim is the TV page's cut-off last sentence ("... after an alarm sounded shortly after"), which the gold counts as
	// a claim and issue #2 lists as boilerplate. General rules then set its seven kept junk lines aside (F1 0.679).
	await checkLabelledStory('story9', ['demo', 'story2', 'story3', 'story4', 'story5', 'story6', 'story7', 'story8'], {multiSourceGroups: 25, junkKept: 0, headings: 17, f1: 0.64, claimsDropped: 1});
});
