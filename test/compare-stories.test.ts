// Conflicts on the labelled stories, end to end: each planted disagreement the pipeline finds, and nothing
// else (a false conflict sends a fact-checker after nothing). Disagreements it still misses are listed too,
// so a change that finds them shows up here.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readInputs} from '../source/read/index.ts';
import {analyse} from '../source/pipeline.ts';

/** "kind: label value · label value" for each conflict of the story, in row order. */
async function conflictsOf(story: string): Promise<string[]> {
	const {sources} = await readInputs([`fixtures/${story}/story.json`]);
	const result = analyse(sources);
	const label = new Map(result.sources.map(s => [s.id, s.label]));
	return result.rows.flatMap(row =>
		row.conflicts.map(c => {
			// The distinct values, each with the outlets giving it, alphabetically: stable whatever the row order.
			const bySource = Object.entries(c.values).map(([source, value]) => `${label.get(source)}=${value}`);
			return `${c.kind}: ${bySource.sort().join(' · ')}`;
		}),
	);
}

test('demo story: no conflicts (its outlets agree on every figure, name and date)', async () => {
	assert.deepEqual(await conflictsOf('demo'), []);
});

test('story2: nine against eight serious violations, and nothing else', async () => {
	assert.deepEqual(await conflictsOf('story2'), ['number: Explainer=eight serious violations · Wire=nine serious violations']);
});

test('story3: the 3-2 / 4-1 vote (one outlet against four), and not the outlet that corrected its earlier 4-1', async () => {
	assert.deepEqual(await conflictsOf('story3'), ['number: HeadlineHub=4-1 · KDZN=3-2 · Meridian=3-2 · PolicyDesk=3-2 · Sentinel=3–2']);
});

test('story4: the 7-2 / 6-3 vote and the 3.1% / 3.0% inflation forecast; the 5.50% / 5.25% rate (corrected by its outlet) is not a rival', async () => {
	const found = await conflictsOf('story4');
	assert.equal(found.length, 2, found.join('\n'));
	assert.equal(found[0], 'number: Capital Ledger=7-2 · NewsNest=6-3 · The Signal=7-2');
	assert.match(found[1]!, /^number: .*LTV News=3\.0%(?: ·|$)/, "the 2.6% every outlet gives is left out of the values");
});

test('story5 (written blind): the detection date, the patient count and the FBI office; the officer\'s role is not compared', async () => {
	const found = await conflictsOf('story5');
	assert.equal(found.length, 3, found.join('\n'));
	assert.match(found[0]!, /^date: Briefly=Sept\. 14 · WQRT 7=Sept\. 12$/);
	assert.match(found[1]!, /^number: .*Digestly=roughly 1\.4 million people/);
	assert.match(found[2]!, /^place: Briefly=Minneapolis · Northline=Milwaukee · WQRT 7=Milwaukee$/);
});

test('story6 (written blind, two HTML pages): 47 homes / houses / dwellings against 74 homes, the shelter\'s town and the commander\'s surname; Sunday/Saturday sit in separate rows', async () => {
	const found = await conflictsOf('story6');
	assert.deepEqual(found.map(c => c.split(':')[0]), ['number', 'place', 'person'], found.join('\n'));
	assert.match(found[0]!, /KDMR 9=74 homes/);
	assert.match(found[1]!, /Ridgeline Dispatch=Redmill/);
	assert.match(found[2]!, /Dunmore Sentinel=Lena Whitaker/);
});

test('story7 (written blind): the 15%/18% raise, the mediator\'s surname and the vote date; the talks\' venue sits in separate rows', async () => {
	const found = await conflictsOf('story7');
	assert.deepEqual(found.map(c => c.split(':')[0]), ['number', 'person', 'date'], found.join('\n'));
	assert.match(found[0]!, /NewsNook=18 percent/);
	assert.match(found[1]!, /Castlebury Herald-Star=Judith Callaway/);
	assert.match(found[2]!, /WCBY 4=Nov\. 13/);
});

test('story8 (written blind, scored once): 146 against 164 passengers, Ashby against Port Galen for the hospital, Pelletiere against Pelletier; the replacement boat\'s Sunday/Monday is missed', async () => {
	const found = await conflictsOf('story8');
	assert.deepEqual(found.map(c => c.split(':')[0]), ['number', 'place', 'person'], found.join('\n'));
	assert.match(found[0]!, /DailyScroll=Some 146 passengers/);
	assert.match(found[1]!, /Port Galen Packet=Ashby/);
	assert.match(found[2]!, /WPGN 6=.*Roland Pelletiere/);
});

test('story9 (written blind, held out): $16.8 million against $18.6 million and Granger against Ferndale Township; the chief\'s title and the reopening day are missed', async () => {
	const found = await conflictsOf('story9');
	assert.deepEqual(found.map(c => c.split(':')[0]), ['number', 'place'], found.join('\n'));
	assert.match(found[0]!, /North American Press=about \$16\.8 million/);
	assert.match(found[1]!, /WKLR 8=Granger Township/);
});
