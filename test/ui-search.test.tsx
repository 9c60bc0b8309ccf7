// Flow tests of search inside the interactive view: typing, preview, Enter, n/N, wrap-around,
// no match, the & filter, Esc, sideways scrolling to a match, and article-mode order.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {render} from 'ink';
import {FakeStdin, FakeStdout, KEY, renderView, stylesAt, waitUntil, type View} from './helpers/ui.tsx';
import {App} from '../source/ui/app.tsx';
import {buildSearchIndex} from '../source/search/index.ts';
import {handStory} from './helpers/ui-story.ts';
import {threeOutlets} from './helpers/ui-fixtures.ts';
import {buildViewModel} from '../source/ui/view-model.ts';
import {geometry} from '../source/ui/layout.ts';
import {initialState, matchPosition, reduce, settle, type Env, type ViewState} from '../source/ui/state.ts';
import type {Action} from '../source/ui/keymap.ts';
import {searchStory} from '../source/search/index.ts';
import type {Story} from '../source/model.ts';

const status = (view: View) => view.lines().at(-1) ?? '';
const selectedLine = (view: View) => view.lines().find(line => line.startsWith('▶')) ?? '';
const header = (view: View) => view.lines()[1] ?? '';

async function search(view: View, query: string) {
	await view.press('/', ...[...query]);
}

test('typing shows live results and a preview; Enter jumps to the first match and closes the line', async () => {
	const view = await renderView(threeOutlets(), {columns: 120, rows: 30, color: true});
	try {
		await view.press('/');
		assert.match(view.lines().at(-2)!, /^\/█/);
		await view.press(...'harfuh');
		const lines = view.lines();
		assert.match(lines.at(-2)!, /^\/harfuh█ 4 matches/);
		assert.match(lines.at(-3)!, /Harfuch {2}person · 4× · Alpha, Bravo, Charlie|Harfuch {2}\w+ · 4× · Alpha, Bravo, Charlie/);
		assert.ok(stylesAt(view.raw(), 'Harfuch praised')?.has('43'), 'matches highlighted while typing');
		await view.press(KEY.enter);
		assert.ok(!view.lines().some(line => line.startsWith('/')), 'line closed');
		assert.match(status(view), /"harfuh" match 1\/4/);
		// Matches per source come last, after the filter ("Label: n", so a label ending in a digit stays readable).
		assert.match(status(view), /filter: all rows · .* · Alpha: 1, Bravo: 2, Cha/);
		assert.match(selectedLine(view), /Minister Omar Harfuch/);
		assert.ok(stylesAt(view.raw(), 'Harfuch praised the')?.has('46'), 'current match stands out');
		assert.ok(stylesAt(view.raw(), 'Harfuch praised the operation,')?.has('43'), 'other matches highlighted');
	} finally {
		view.unmount();
	}
});

test('n and N move across sources and wrap around, saying so', async () => {
	const view = await renderView(threeOutlets(), {columns: 120, rows: 30});
	try {
		await search(view, 'harfuch');
		await view.press(KEY.enter);
		assert.match(header(view), /▸ Alpha/);
		await view.press('n');
		assert.match(status(view), /match 2\/4/);
		assert.match(header(view), /▸ Bravo/);
		await view.press('n');
		assert.match(status(view), /match 3\/4/);
		assert.match(header(view), /▸ Charlie/);
		await view.press('n');
		assert.match(status(view), /match 4\/4/);
		assert.match(selectedLine(view), /東京/);
		await view.press('n');
		assert.match(status(view), /match 1\/4/);
		assert.match(view.frame(), /search wrapped to the first match/);
		await view.press('N');
		assert.match(status(view), /match 4\/4/);
		assert.match(view.frame(), /search wrapped to the last match/);
		await view.press('N');
		assert.match(status(view), /match 3\/4/);
		assert.ok(!view.frame().includes('wrapped'));
	} finally {
		view.unmount();
	}
});

test('no match: a clear message and nothing moves; Enter closes the line like less, n and N say it again', async () => {
	const view = await renderView(threeOutlets(), {columns: 120, rows: 30});
	try {
		await view.press('j');
		const before = selectedLine(view);
		await search(view, 'zqxjv');
		assert.match(view.frame(), /no match for "zqxjv"/);
		await view.press(KEY.enter);
		await view.waitFor(frame => !frame.includes('/zqxjv'), 'the search line closed');
		assert.match(view.frame(), /Pattern not found: "zqxjv"/);
		assert.equal(selectedLine(view), before);
		assert.match(status(view), /row 2\/5/);
		// n and N are keys of the view again, not letters of the query.
		for (const key of ['n', 'N']) {
			await view.press(key);
			await view.waitFor(frame => /Pattern not found: "zqxjv"/.test(frame), `${key} says not found`);
			assert.ok(!view.frame().includes('/zqxjv'), `${key} is not typed into the query`);
			assert.equal(selectedLine(view), before);
		}
		// j moves (the notice goes), and Esc then clears the kept query.
		await view.press('j');
		assert.match(status(view), /row 3\/5/);
		assert.ok(!view.frame().includes('Pattern not found'));
		await view.press(KEY.escape);
		await view.waitFor(frame => frame.includes('search cleared'), 'Esc clears the query');
		await view.press('n');
		assert.match(view.frame(), /no search yet/);
	} finally {
		view.unmount();
	}
});

test('& shows only rows with a match, and toggles back', async () => {
	const view = await renderView(threeOutlets(), {columns: 120, rows: 30});
	try {
		await search(view, 'harfuch');
		await view.press(KEY.enter, '&');
		assert.match(status(view), /& only matching rows/);
		assert.match(status(view), /row 1\/2/);
		assert.ok(!view.frame().includes('Officials said'));
		await view.press('&');
		assert.match(status(view), /row 2\/5/);
		assert.ok(view.frame().includes('face charges'));
	} finally {
		view.unmount();
	}
});

test('Esc closes the line keeping highlights; a second Esc clears them; a new search replaces them', async () => {
	const view = await renderView(threeOutlets(), {columns: 120, rows: 30, color: true});
	try {
		await search(view, 'harfuch');
		await view.press(KEY.escape);
		await view.waitFor(f => !f.split('\n').some(line => line.startsWith('/')), 'line closed');
		assert.ok(stylesAt(view.raw(), 'Harfuch praised')?.has('43'), 'still highlighted');
		assert.match(status(view), /"harfuch" 4 matches/);
		await view.press(KEY.escape);
		await view.waitFor(f => f.includes('search cleared'), 'cleared');
		assert.equal(stylesAt(view.raw(), 'Harfuch praised')?.has('43'), false);
		assert.ok(!status(view).includes('harfuch'));
		await search(view, 'officials');
		await view.press(KEY.enter);
		assert.match(status(view), /"officials" match 1\/3/);
		assert.equal(stylesAt(view.raw(), 'Harfuch praised')?.has('43'), false, 'old highlights gone');
	} finally {
		view.unmount();
	}
});

test('a match in a column off screen pages sideways to it; a match in a filtered-out row clears the filter', async () => {
	const specs = Array.from({length: 8}, (_, s) => ({label: `Src${s + 1}`, units: [`Common sentence ${s + 1} here.`, s === 7 ? 'Only the eighth mentions Zanzibar.' : `Plain filler ${s + 1}.`]}));
	const story = handStory(specs, [{cells: Object.fromEntries(specs.map((_, s) => [s, 0]))}]);
	const view = await renderView(story, {columns: 100, rows: 24});
	try {
		assert.ok(!header(view).includes('Src8'));
		await view.press('f'); // conflicts only: none in this story
		await search(view, 'zanzibar');
		await view.press(KEY.enter);
		assert.match(header(view), /▸ Src8/);
		assert.match(view.frame(), /◀ 5 more/);
		assert.match(selectedLine(view), /Only the eighth/);
		assert.match(view.frame(), /Zanzibar/);
		assert.match(status(view), /filter: all rows/);
		assert.match(view.frame(), /hidden row/);
	} finally {
		view.unmount();
	}
});

test('article mode: n goes through the focused article first, then the next source', async () => {
	const view = await renderView(threeOutlets(), {columns: 120, rows: 30});
	try {
		await view.press(KEY.tab);
		assert.match(status(view), /article Alpha/);
		await search(view, 'harfuch');
		await view.press(KEY.enter);
		assert.match(status(view), /article Alpha 3\/5/); // heading, claim, then the Harfuch sentence
		// The count follows the article order n/N take (reading order would say 1, 4, 2, 3).
		assert.match(status(view), /match 1\/4/);
		await view.press('n');
		assert.match(status(view), /article Bravo 2\/3/); // Bravo's first match is its second sentence
		assert.match(status(view), /match 2\/4/);
		await view.press('n');
		assert.match(status(view), /article Bravo 3\/3/);
		assert.match(status(view), /match 3\/4/);
		await view.press('n');
		assert.match(status(view), /article Charlie 2\/3/);
		assert.match(status(view), /match 4\/4/);
		await view.press('n');
		assert.match(status(view), /article Alpha 3\/5/);
		assert.match(status(view), /match 1\/4/);
		assert.match(view.frame(), /wrapped to the first match/);
		await view.press('N');
		assert.match(status(view), /article Charlie 2\/3/);
		assert.match(status(view), /match 4\/4/);
		// Back in rows mode the count is in reading order again (Charlie's match is the third there).
		await view.press(KEY.tab);
		assert.match(status(view), /match 3\/4/);
	} finally {
		view.unmount();
	}
});

test('a row taller than the screen scrolls within itself so the current match shows', async () => {
	const long = Array.from({length: 40}, (_, i) => `clause number ${i + 1} of a very long sentence,`).join(' ');
	const story = handStory(
		[
			{label: 'Long', units: [`${long} and at its very end Quetzal appears.`, 'A short second claim.']},
			{label: 'Short', units: ['Quetzal is named early here.', 'Another short claim.']},
		],
		[{cells: {0: 0, 1: 0}}, {cells: {0: 1, 1: 1}}],
	);
	const view = await renderView(story, {columns: 60, rows: 14, color: true});
	try {
		await search(view, 'quetzal');
		await view.press(KEY.enter);
		assert.match(status(view), /match 1\/2/);
		// The current match is at the end of a cell far longer than the screen: it is on screen, styled as current.
		assert.ok(view.frame().includes('Quetzal appears'), `current match off screen:\n${view.frame()}`);
		assert.ok(stylesAt(view.raw(), 'Quetzal appears')?.has('46'), 'current match stands out');
		assert.ok(view.lines().some(line => line.startsWith('▲✓')), 'the row is marked as scrolled, its status glyph kept');
		assert.ok(!view.frame().includes('clause number 1 of'), 'the start of the row is scrolled off');
		// The next match is in the other column, near the top of its cell: the row shows from its first line.
		await view.press('n');
		assert.match(status(view), /match 2\/2/);
		assert.match(header(view), /▸ Short/);
		assert.match(selectedLine(view), /Quetzal is named/);
		await view.press('N');
		assert.ok(view.frame().includes('Quetzal appears'));
		// Leaving the row shows rows from their first line again.
		await view.press('j');
		assert.match(selectedLine(view), /A short second claim/);
	} finally {
		view.unmount();
	}
});

test('article mode: a sentence taller than the screen scrolls to the current match', async () => {
	const long = Array.from({length: 40}, (_, i) => `clause number ${i + 1} of a very long sentence,`).join(' ');
	const story = handStory(
		[
			{label: 'Long', units: ['A first short claim.', `${long} and at its very end Quetzal appears.`, 'A short last claim.']},
			{label: 'Short', units: ['Another short claim.']},
		],
		[{cells: {0: 0, 1: 0}}],
	);
	const view = await renderView(story, {columns: 60, rows: 14, color: true});
	try {
		await view.press(KEY.tab);
		assert.match(status(view), /article Long 1\/3/);
		await search(view, 'quetzal');
		await view.press(KEY.enter);
		assert.match(status(view), /article Long 2\/3/);
		assert.ok(view.frame().includes('Quetzal appears'), `current match off screen:\n${view.frame()}`);
		assert.ok(stylesAt(view.raw(), 'Quetzal appears')?.has('46'), 'current match stands out');
		await view.press('j');
		assert.match(status(view), /article Long 3\/3/);
		assert.match(view.frame(), /A short last claim/);
	} finally {
		view.unmount();
	}
});

/** A story whose Alpha sentence states two claims, so it sits in two rows (r1 and r3). */
function twoClaimSentence() {
	return handStory(
		[
			{label: 'Alpha', units: ['Ministers met in Lima, and the Condor treaty was signed there.', 'Trade grew fast.', {text: 'Read more about Condor here.', kind: 'boilerplate', reason: 'related link'}]},
			{label: 'Bravo', units: ['Ministers met in Lima on Monday.', 'Trade grew by a tenth.', 'The Condor treaty was signed in Lima.']},
		],
		[{cells: {0: 0, 1: 0}}, {cells: {0: 1, 1: 1}}, {cells: {0: 0, 1: 2}}],
	);
}

test('a sentence in two rows: n follows rows in order, & keeps both rows, Tab returns to the row it left', async () => {
	const view = await renderView(twoClaimSentence(), {columns: 120, rows: 30});
	try {
		await search(view, 'condor');
		await view.press(KEY.enter);
		// Reading order: Alpha's sentence (first in row 1), Bravo's in row 3, then the set-aside link.
		assert.match(status(view), /match 1\/3/);
		assert.match(status(view), /row 1\/3/);
		await view.press('n');
		assert.match(status(view), /match 2\/3/);
		assert.match(status(view), /row 3\/3/);
		await view.press('&');
		assert.match(status(view), /row 2\/2/, '& keeps row 1 and row 3, both holding the sentence');
		await view.press('n');
		assert.match(selectedLine(view), /Read more about Condor/, 'a set-aside match shows even under &');
		// Set-aside text is now shown, between rows 2 and 3: matches are counted and visited in screen order.
		assert.match(status(view), /match 2\/3/);
		await view.press('n');
		assert.match(status(view), /match 3\/3/);
		assert.match(selectedLine(view), /The Condor treaty was signed in Lima/);
		await view.press('N', 'N');
		assert.match(status(view), /match 1\/3/);
		assert.match(selectedLine(view), /Ministers met in Lima, and the Condor/);
		await view.press('&', KEY.escape, 'b');
		assert.match(status(view), /row \d+\/3 /);
		// Tab from row 3 and back: row 3, not row 1 where the sentence is first.
		await view.press('G', KEY.tab);
		assert.match(status(view), /article Alpha 1\/3/);
		await view.press(KEY.tab);
		assert.match(status(view), /row 3\//);
		await view.press('g', KEY.tab, KEY.tab);
		assert.match(status(view), /row 1\//);
	} finally {
		view.unmount();
	}
});

test('the search index is built once, when the search line opens, before the first typed key', async () => {
	const stdout = new FakeStdout(120, 30);
	const stdin = new FakeStdin();
	let builds = 0;
	const buildIndex: typeof buildSearchIndex = story => (builds++, buildSearchIndex(story));
	const instance = render(<App story={threeOutlets()} color={false} buildIndex={buildIndex} />, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	try {
		await waitUntil(() => stdout.frames.length > 0, 'first frame');
		await new Promise(resolve => setTimeout(resolve, 50));
		assert.equal(builds, 0, 'not built before any search');
		stdin.write('/');
		await waitUntil(() => builds === 1, 'index built after the search line opened');
		for (const key of 'harfuch') stdin.write(key);
		stdin.write(KEY.enter);
		await waitUntil(() => stripped(stdout.lastFrame()).includes('match 1/4'), 'first match');
		stdin.write('/');
		stdin.write('x');
		await new Promise(resolve => setTimeout(resolve, 50));
		assert.equal(builds, 1, 'built once per story');
	} finally {
		instance.unmount();
		instance.cleanup();
	}
});

const stripped = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

test('with a search active, a narrow status line still shows the filter; the per-source counts are cut first', async () => {
	const view = await renderView(threeOutlets(), {columns: 80, rows: 30});
	try {
		await search(view, 'harfuch');
		await view.press(KEY.enter, 'f');
		assert.match(status(view), /"harfuch" match \d+\/4 .*filter: conflicts/);
	} finally {
		view.unmount();
	}
});

test('/ then Esc (or Enter) on an empty line gives the previous search back, as in less: n goes on', async () => {
	const view = await renderView(threeOutlets(), {columns: 120, rows: 30});
	try {
		await search(view, 'harfuch');
		await view.press(KEY.enter);
		assert.match(status(view), /"harfuch" match 1\/4/);
		await view.press('/', KEY.escape);
		assert.match(status(view), /"harfuch" match 1\/4/);
		await view.press('n');
		assert.match(status(view), /"harfuch" match 2\/4/);
		await view.press('/', KEY.enter);
		await view.press('n');
		assert.match(status(view), /"harfuch" match 3\/4/);
		// Typing a new query replaces it; Esc then Esc clears everything.
		await search(view, 'sinaloa');
		await view.press(KEY.escape, KEY.escape);
		assert.match(view.frame(), /search cleared/);
	} finally {
		view.unmount();
	}
});

// ---- n/N search from the cursor row (grid mode) ----

/**
 * "Quetzal" in r1 (Alpha, Bravo), four times in r4 (twice in Alpha's cell, then Bravo, Charlie), in r6
 * (Charlie), and in a set-aside link of Alpha's shown after r4. Display: r1 r2 r3 r4 [aside] r5 r6 r7.
 * Reading order (asides hidden): r1 ×2, r4 ×4, r6, then the aside; with asides shown the aside comes after r4.
 */
function quetzalRows(): Story {
	return handStory(
		[
			{label: 'Alpha', units: ['Quetzal opened the hearing.', 'Nothing new was said.', 'Still nothing of note.', 'Quetzal spoke first, then Quetzal left.', {text: 'Read more about Quetzal here.', kind: 'boilerplate', reason: 'related link'}, 'The end of the story.']},
			{label: 'Bravo', units: ['The hearing opened with Quetzal.', 'Nothing new either.', 'Quetzal left early.', 'No mention at all.']},
			{label: 'Charlie', units: ['Nothing at all here.', 'Quetzal stayed on.', 'Quetzal won the vote.']},
		],
		[{cells: {0: 0, 1: 0}}, {cells: {0: 1, 1: 1}}, {cells: {0: 2, 2: 0}}, {cells: {0: 3, 1: 2, 2: 1}}, {cells: {1: 3}}, {cells: {2: 2}}, {cells: {0: 5}}],
	);
}

function envOf(story: Story): Env {
	const index = buildSearchIndex(story);
	return {vm: buildViewModel(story), geo: geometry(120, 30, story.sources.length), search: query => searchStory(index, query)};
}

const J: Action = {type: 'move', delta: 1};
const K: Action = {type: 'move', delta: -1};
const NEXT: Action = {type: 'searchNext', delta: 1};
const PREV: Action = {type: 'searchNext', delta: -1};

function act(state: ViewState, env: Env, ...actions: Action[]): ViewState {
	return actions.reduce((s, action) => reduce(s, action, env), state);
}

/** `/quetzal` then Enter, after `before`. */
function searched(env: Env, ...before: Action[]): ViewState {
	return act(settle(initialState(), env), env, ...before, {type: 'searchOpen'}, {type: 'searchType', text: 'quetzal'}, {type: 'searchSubmit'});
}

/** The cursor's item (r4, aside), the match count as the status line gives it, and the current match (unit@offset). */
function where(state: ViewState, env: Env) {
	const item = env.vm.items[state.anchor]!;
	const hit = state.search.result!.hits[state.search.current]!;
	return {at: item.kind === 'row' ? `r${item.index + 1}` : 'aside', match: `${matchPosition(state, env.vm) + 1}/${state.search.result!.hits.length}`, hit: `${hit.unit}@${hit.start}`};
}

test('reducer: n after moving the cursor below the current match goes to the first match at or below the cursor row', () => {
	const env = envOf(quetzalRows());
	let state = searched(env);
	assert.deepEqual(where(state, env), {at: 'r1', match: '1/8', hit: 's1.u1@0'});
	state = act(state, env, J, J); // r3: no match there
	state = act(state, env, NEXT);
	assert.deepEqual(where(state, env), {at: 'r4', match: '3/8', hit: 's1.u4@76'});
	assert.equal(state.message, undefined, 'no wrap');
	// Moving onto a row with matches (not the current one): n takes that row's first match.
	state = act(state, env, {type: 'home'}, J, J, J, J, J); // r6 (asides hidden)
	state = act(state, env, {type: 'home'});
	state = act(state, env, NEXT);
	assert.deepEqual(where(state, env), {at: 'r1', match: '1/8', hit: 's1.u1@0'}, 'the cursor row itself counts for n');
});

test('reducer: N after moving the cursor goes to the last match strictly above the cursor row, then steps match by match', () => {
	const env = envOf(quetzalRows());
	let state = act(searched(env), env, J, J, J, J); // r5
	assert.equal(where(state, env).at, 'r5');
	state = act(state, env, PREV);
	assert.deepEqual(where(state, env), {at: 'r4', match: '6/8', hit: 's3.u2@22'});
	assert.equal(state.message, undefined, 'no wrap');
	state = act(state, env, PREV);
	assert.deepEqual(where(state, env), {at: 'r4', match: '5/8', hit: 's2.u3@55'});
	// On a row with matches that is not the current match's row, N skips that row's matches.
	state = act(state, env, {type: 'end'}, K); // r6, holding match 7
	state = act(state, env, PREV);
	assert.deepEqual(where(state, env), {at: 'r4', match: '6/8', hit: 's3.u2@22'});
});

test('reducer: n past the last match and N before the first wrap around from the cursor, saying so', () => {
	const env = envOf(quetzalRows());
	let state = searched(env, {type: 'asides'}); // set-aside text shown: the link's match sits after r4
	state = act(state, env, {type: 'end'}); // r7, after every match
	state = act(state, env, NEXT);
	assert.deepEqual(where(state, env), {at: 'r1', match: '1/8', hit: 's1.u1@0'});
	assert.equal(state.message, 'search wrapped to the first match');
	state = act(state, env, NEXT, NEXT, NEXT); // r4's first matches
	assert.equal(where(state, env).at, 'r4');
	state = act(state, env, {type: 'home'}, PREV); // r1 holds matches, but none is strictly above it
	assert.deepEqual(where(state, env), {at: 'r6', match: '8/8', hit: 's3.u3@42'});
	assert.equal(state.message, 'search wrapped to the last match');
});

test('reducer: several matches in the row the cursor moved to are each visited, n and N, before moving on', () => {
	const env = envOf(quetzalRows());
	let state = act(searched(env), env, J, J, J); // r4
	const seen: string[] = [];
	for (let i = 0; i < 5; i++) {
		state = act(state, env, NEXT);
		seen.push(`${where(state, env).at} ${where(state, env).match} ${where(state, env).hit}`);
	}
	assert.deepEqual(seen, ['r4 3/8 s1.u4@76', 'r4 4/8 s1.u4@102', 'r4 5/8 s2.u3@55', 'r4 6/8 s3.u2@22', 'r6 7/8 s3.u3@42']);
	state = act(state, env, K, K, K); // r6 -> r5 -> r4 -> r3
	state = act(state, env, J); // r4, which holds matches but not the current one
	state = act(state, env, PREV);
	assert.deepEqual(where(state, env), {at: 'r1', match: '2/8', hit: 's2.u1@24'}, 'N skips the cursor row');
	// From below, N takes r4's matches last to first, then r1's.
	state = act(state, env, J, J, J, J); // r5
	seen.length = 0;
	for (let i = 0; i < 5; i++) {
		state = act(state, env, PREV);
		seen.push(`${where(state, env).at} ${where(state, env).match} ${where(state, env).hit}`);
	}
	assert.deepEqual(seen, ['r4 6/8 s3.u2@22', 'r4 5/8 s2.u3@55', 'r4 4/8 s1.u4@102', 'r4 3/8 s1.u4@76', 'r1 2/8 s2.u1@24']);
});

test('reducer: set-aside text and the & filter: n and N from the cursor follow the screen order', () => {
	const env = envOf(quetzalRows());
	// Hidden, set-aside matches come after every row: n from the last row shows them rather than wrapping.
	let state = act(searched(env), env, {type: 'end'}, NEXT);
	assert.equal(where(state, env).at, 'aside');
	assert.equal(where(state, env).hit, 's1.u5@133');
	assert.match(state.message ?? '', /set-aside text shown/);
	// Shown, the link is between r4 and r5: n from r4's row-mates and N from r5 find it.
	state = searched(env, {type: 'asides'});
	state = act(state, env, J, J, J, J); // r2 r3 r4 aside
	assert.equal(where(state, env).at, 'aside');
	state = act(state, env, NEXT);
	assert.deepEqual(where(state, env), {at: 'aside', match: '7/8', hit: 's1.u5@133'});
	state = act(state, env, NEXT);
	assert.deepEqual(where(state, env), {at: 'r6', match: '8/8', hit: 's3.u3@42'});
	state = act(state, env, K, PREV); // r5
	assert.deepEqual(where(state, env), {at: 'aside', match: '7/8', hit: 's1.u5@133'});
	// & keeps rows with a match: the cursor jumps between them, and n goes on from where it is.
	state = act(searched(env), env, {type: 'searchFilter'}, {type: 'end'});
	assert.equal(where(state, env).at, 'r6');
	state = act(state, env, NEXT);
	assert.deepEqual(where(state, env), {at: 'r6', match: '7/8', hit: 's3.u3@42'});
	state = act(state, env, {type: 'home'}, J, PREV); // r4 under &
	assert.deepEqual(where(state, env), {at: 'r1', match: '2/8', hit: 's2.u1@24'});
});

test('keys: j j then n goes to the first match below the cursor, not the one after the last visited', async () => {
	const view = await renderView(quetzalRows(), {columns: 120, rows: 30});
	try {
		await search(view, 'quetzal');
		await view.press(KEY.enter);
		assert.match(status(view), /match 1\/8/);
		assert.match(status(view), /row 1\/7/);
		await view.press('j', 'j');
		assert.match(status(view), /row 3\/7/);
		await view.press('n');
		assert.match(status(view), /match 3\/8/);
		assert.match(status(view), /row 4\/7/);
		assert.match(selectedLine(view), /Quetzal spoke first/);
		// Hidden, set-aside matches come after every row: n from the last row shows the link (then counted in screen order).
		await view.press('G', 'n');
		assert.match(status(view), /match 7\/8 .*set-aside shown/);
		assert.match(selectedLine(view), /Read more about/);
		await view.press('G', 'n');
		assert.match(status(view), /match 1\/8/);
		assert.match(view.frame(), /search wrapped to the first match/);
	} finally {
		view.unmount();
	}
});
