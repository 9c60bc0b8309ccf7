// A row (or article sentence) taller than the screen is read in place, as in less: j/k and the page keys
// scroll through it before the cursor moves on, ▲/▼ and the status line say how much is off screen.
// Reducer tests on the state, then flow tests in a small fake terminal (60×12: a body of 6 lines).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {KEY, renderView, type View} from './helpers/ui.tsx';
import {handStory} from './helpers/ui-story.ts';
import {buildViewModel} from '../source/ui/view-model.ts';
import {geometry} from '../source/ui/layout.ts';
import {bodyHeight, initialState, overflowOf, reduce, settle, type Env, type ViewState} from '../source/ui/state.ts';
import type {Action} from '../source/ui/keymap.ts';
import {buildFrame} from '../source/ui/frame.ts';
import {buildSearchIndex, searchStory} from '../source/search/index.ts';
import type {Story} from '../source/model.ts';

const clauses = (what: string, count: number) => Array.from({length: count}, (_, i) => `${what} ${i + 1} of the account`).join(', ');

/**
 * Row 1 holds three sentences of Long (about 20 wrapped lines at 54 cells) beside one of Short; row 2 is
 * short. The first sentence alone is taller than the article-mode body too ("Marigold" ends it).
 * "Opening" is only on the row's first line, "Zephyrine" only on its last, "Quetzal" in the middle.
 */
function tallStory(): Story {
	return handStory(
		[
			{
				label: 'Long',
				units: [
					`Opening words of the report, ${clauses('clause', 24)}, all in one sentence, Marigold.`,
					`A second sentence names Quetzal, ${clauses('detail', 6)}.`,
					`A third sentence goes on, ${clauses('point', 4)}, and ends with Zephyrine.`,
					'A short second claim from Long.',
				],
			},
			{label: 'Short', units: ['Short opening claim.', 'Short second claim.']},
		],
		[{cells: {0: [0, 1, 2], 1: 0}}, {cells: {0: 3, 1: 1}}],
	);
}

function envAt(story: Story, columns: number, rows: number): Env {
	const index = buildSearchIndex(story);
	return {vm: buildViewModel(story), geo: geometry(columns, rows, story.sources.length), search: query => searchStory(index, query)};
}

function run(state: ViewState, env: Env, ...actions: Action[]): ViewState {
	return actions.reduce((s, action) => reduce(s, action, env), state);
}

const J: Action = {type: 'move', delta: 1};
const K: Action = {type: 'move', delta: -1};
const frameText = (state: ViewState, env: Env) => buildFrame(state, env).map(line => line.map(seg => seg.text).join(''));

test('reducer: j scrolls through a row taller than the body line by line, then moves on; k comes back up through it', () => {
	const env = envAt(tallStory(), 60, 12);
	let state = settle(initialState(), env);
	assert.equal(bodyHeight(state, env), 6);
	const first = overflowOf(state, env);
	assert.ok(first && first.above === 0 && first.below > 6, `row 1 overflows: ${JSON.stringify(first)}`);
	const excess = first.below;
	for (let i = 1; i <= excess; i++) {
		state = run(state, env, J);
		assert.deepEqual(overflowOf(state, env), {above: i, below: excess - i});
		assert.equal(state.anchor, 0, 'the cursor stays on row 1 while it scrolls');
	}
	assert.ok(frameText(state, env).some(line => line.includes('Zephyrine')), 'the last line is on screen');
	state = run(state, env, J);
	assert.equal(state.anchor, 1, 'then j moves to row 2');
	assert.equal(state.topSkip, 0);
	assert.equal(overflowOf(state, env), undefined);
	// Moving up into the tall row enters it at its end, and k scrolls back to its start.
	state = run(state, env, K);
	assert.equal(state.anchor, 0);
	assert.deepEqual(overflowOf(state, env), {above: excess, below: 0});
	state = run(state, env, ...Array.from({length: excess}, () => K));
	assert.deepEqual(overflowOf(state, env), {above: 0, below: excess});
	assert.ok(frameText(state, env).some(line => line.startsWith('▶') && line.includes('Opening')));
	assert.deepEqual(run(state, env, K), state, 'k on the first line of the first row changes nothing');
});

test('reducer: PgDn/PgUp page and Ctrl-d/Ctrl-u half-page through a tall row before moving; g/G start rows at their first line', () => {
	const env = envAt(tallStory(), 60, 12);
	let state = settle(initialState(), env);
	const excess = overflowOf(state, env)!.below;
	state = run(state, env, {type: 'page', delta: 1});
	assert.equal(overflowOf(state, env)!.above, 6, 'a page is the body height');
	state = run(state, env, {type: 'page', delta: 1, half: true});
	assert.equal(overflowOf(state, env)!.above, 9, 'half a page');
	state = run(state, env, {type: 'page', delta: -1, half: true}, {type: 'page', delta: -1});
	assert.equal(overflowOf(state, env)!.above, 0);
	state = run(state, env, ...Array.from({length: Math.ceil(excess / 6)}, () => ({type: 'page', delta: 1}) as Action));
	assert.deepEqual(overflowOf(state, env), {above: excess, below: 0}, 'paging stops at the end of the row');
	assert.equal(state.anchor, 0);
	state = run(state, env, {type: 'page', delta: 1});
	assert.equal(state.anchor, 1, 'the next PgDn leaves the row');
	state = run(state, env, {type: 'page', delta: -1});
	assert.deepEqual(overflowOf(state, env), {above: excess, below: 0}, 'PgUp back enters it at its end');
	state = run(state, env, {type: 'home'});
	assert.equal(state.topSkip, 0, 'g: the first row from its first line');
	state = run(state, env, J, J, {type: 'end'}, K);
	assert.deepEqual(overflowOf(state, env), {above: excess, below: 0});
	state = run(state, env, {type: 'end'}, {type: 'home'});
	assert.deepEqual(overflowOf(state, env), {above: 0, below: excess});
});

test('reducer: resize, filters, Tab and the detail pane keep the in-row offset within the row or reset it', () => {
	const story = tallStory();
	const small = envAt(story, 60, 12);
	let state = settle(initialState(), small);
	const excess = overflowOf(state, small)!.below;
	state = run(state, small, ...Array.from({length: excess}, () => J));
	// A taller terminal: less of the row is off screen; the offset is clamped, the end still shows.
	const taller = envAt(story, 60, 16);
	state = reduce(state, {type: 'resize'}, taller);
	assert.deepEqual(overflowOf(state, taller), {above: excess - 4, below: 0});
	assert.equal(state.topSkip, excess - 4);
	// Tall enough for the whole row: no offset, no overflow.
	const big = envAt(story, 60, 40);
	state = reduce(state, {type: 'resize'}, big);
	assert.equal(state.topSkip, 0);
	assert.equal(overflowOf(state, big), undefined);
	state = reduce(state, {type: 'resize'}, small);
	assert.deepEqual(overflowOf(state, small), {above: 0, below: excess});
	// The detail pane scrolls itself; the row keeps its place under it.
	state = run(state, small, J, J, {type: 'detail'}, J, J, J);
	assert.equal(state.overlayTop, 3);
	assert.equal(state.topSkip, 2);
	state = run(state, small, {type: 'escape'});
	assert.equal(state.topSkip, 2);
	// A filter and a Tab round trip start the row from its first line.
	assert.equal(run(state, small, {type: 'filter'}, {type: 'filter'}, {type: 'filter'}, {type: 'filter'}).topSkip, 0);
	assert.equal(run(state, small, {type: 'tab'}, {type: 'tab'}).topSkip, 0);
});

test('reducer: a search jump scrolls to the match inside a tall row, and j goes on from there', () => {
	const env = envAt(tallStory(), 60, 12);
	let state = settle(initialState(), env);
	state = run(state, env, {type: 'searchOpen'}, {type: 'searchType', text: 'quetzal'}, {type: 'searchSubmit'});
	const at = overflowOf(state, env)!;
	assert.ok(at.above > 0 && at.below > 0, `scrolled to the match mid-row: ${JSON.stringify(at)}`);
	assert.ok(frameText(state, env).some(line => line.includes('Quetzal')));
	state = run(state, env, J);
	assert.deepEqual(overflowOf(state, env), {above: at.above + 1, below: at.below - 1}, 'j scrolls on from the match, not to the next row');
	assert.equal(state.anchor, 0);
});

test('reducer: article mode scrolls through a sentence taller than the body the same way', () => {
	const env = envAt(tallStory(), 60, 12);
	let state = run(settle(initialState(), env), env, {type: 'tab'}, {type: 'home'});
	assert.equal(state.mode, 'article');
	assert.equal(state.artCursor, 0);
	const first = overflowOf(state, env)!;
	assert.ok(first.above === 0 && first.below > 0, `the first sentence overflows: ${JSON.stringify(first)}`);
	state = run(state, env, ...Array.from({length: first.below}, () => J));
	assert.deepEqual(overflowOf(state, env), {above: first.below, below: 0});
	assert.equal(state.artCursor, 0);
	state = run(state, env, J);
	assert.equal(state.artCursor, 1);
	state = run(state, env, K);
	assert.equal(state.artCursor, 0);
	assert.deepEqual(overflowOf(state, env), {above: first.below, below: 0}, 'entered from below: at its end');
	state = run(state, env, {type: 'home'});
	assert.deepEqual(overflowOf(state, env), {above: 0, below: first.below});
});

// ---- in a fake terminal ----

const status = (view: View) => view.lines().at(-1) ?? '';

function assertFits(view: View, columns: number, rows: number) {
	const lines = view.lines();
	assert.ok(lines.length <= rows - 1, `frame has ${lines.length} lines for ${rows} rows`);
	for (const line of lines) assert.ok(stringWidth(line) <= columns, `line wider than ${columns}: ${JSON.stringify(line)}`);
}

async function withView(story: Story, columns: number, rows: number, body: (view: View) => Promise<void>) {
	const view = await renderView(story, {columns, rows});
	try {
		await body(view);
	} finally {
		view.unmount();
	}
}

test('60×12: j reveals a tall row line by line to its last line, then moves on; k comes back; ▲/▼ and the status count', async () => {
	await withView(tallStory(), 60, 12, async view => {
		assert.match(status(view), /row 1\/2 \(↓ \d+ more lines\)/);
		assert.ok(view.frame().includes('Opening words'));
		assert.ok(!view.frame().includes('Zephyrine'), 'the last line is below the screen');
		assert.ok(view.lines().some(line => line.startsWith('▼')), '▼ where the row goes on');
		const excess = Number(/↓ (\d+) more/.exec(status(view))![1]);
		for (let i = 1; i <= excess; i++) {
			await view.press('j');
			await view.waitFor(() => status(view).startsWith(` row 1/2 (↑ ${i}`), `scrolled ${i} lines`);
			assertFits(view, 60, 12);
			if (i < excess) assert.ok(!view.frame().includes('Zephyrine'), `last line not yet shown after ${i}`);
		}
		assert.ok(view.frame().includes('Zephyrine'), 'j revealed the last line of the row');
		assert.match(status(view), new RegExp(`row 1/2 \\(↑ ${excess} more lines\\) ·`), 'nothing more below');
		assert.ok(view.lines().some(line => line.startsWith('▲✓')), '▲ on the first shown line, with the status glyph');
		assert.ok(!view.lines().some(line => line.startsWith('▼')));
		assert.ok(!view.frame().includes('Opening words'));
		await view.press('j');
		await view.waitFor(() => /row 2\/2 ·/.test(status(view)), 'row 2');
		assert.ok(view.lines().some(line => line.startsWith('▶') && line.includes('A short second claim')));
		assert.ok(!/[↑↓]/.test(status(view)), 'no marker on a row that fits');
		assert.ok(!view.lines().some(line => /^[▲▼]/.test(line)));
		await view.press('k');
		await view.waitFor(() => status(view).startsWith(` row 1/2 (↑ ${excess} more lines)`), 'back in row 1, at its end');
		assert.ok(view.frame().includes('Zephyrine'));
		for (let i = 0; i < excess; i++) await view.press('k');
		await view.waitFor(() => status(view).startsWith(` row 1/2 (↓ ${excess} more lines)`), 'back at the start of row 1');
		assert.ok(view.lines().some(line => line.startsWith('▶✓') && line.includes('Opening words')));
		assertFits(view, 60, 12);
	});
});

test('60×12: PgDn pages through a tall row, arrows scroll it; resize clamps the offset and drops the marker when the row fits', async () => {
	await withView(tallStory(), 60, 12, async view => {
		const excess = Number(/↓ (\d+) more/.exec(status(view))![1]);
		await view.press(KEY.pageDown);
		await view.waitFor(() => status(view).includes('(↑ 6 · ↓'), 'a page down within the row');
		await view.press(KEY.down, KEY.up, KEY.up);
		await view.waitFor(() => status(view).includes('(↑ 5 · ↓'), 'arrows scroll it too');
		await view.press('G', 'k');
		await view.waitFor(() => status(view).startsWith(` row 1/2 (↑ ${excess} more lines)`), 'at the end of row 1');
		view.stdout.resize(60, 16);
		await view.waitFor(() => status(view).startsWith(` row 1/2 (↑ ${excess - 4} more lines)`), 'clamped to the taller body');
		assert.ok(view.frame().includes('Zephyrine'), 'the end of the row still shows');
		assertFits(view, 60, 16);
		view.stdout.resize(60, 40);
		await view.waitFor(f => f.includes('Opening words') && f.includes('Zephyrine'), 'the whole row fits');
		assert.ok(!/[↑↓]/.test(status(view)), 'marker gone');
		assert.ok(!view.lines().some(line => /^[▲▼]/.test(line)));
		assertFits(view, 60, 40);
		view.stdout.resize(60, 12);
		await view.waitFor(() => status(view).startsWith(` row 1/2 (↓ ${excess} more lines)`), 'small again, from the first line');
		await view.press(KEY.enter);
		await view.waitFor(f => f.includes('Detail'), 'detail pane');
		await view.press(KEY.escape);
		await view.waitFor(f => !f.includes('Detail') && f.includes('Opening words'), 'back to the grid');
	});
});

test('60×12 article mode: a tall sentence scrolls in place with ▲/▼ and a line count', async () => {
	await withView(tallStory(), 60, 12, async view => {
		await view.press(KEY.tab);
		await view.waitFor(() => /article Long 1\/4 \(↓ \d+ more lines\)/.test(status(view)), 'article mode, sentence overflowing');
		assert.ok(view.lines().some(line => line.includes('▼ ')), '▼ in the article gutter');
		assert.ok(!view.frame().includes('Marigold'), 'the end of the sentence is below the screen');
		const excess = Number(/↓ (\d+) more/.exec(status(view))![1]);
		for (let i = 0; i < excess; i++) await view.press('j');
		await view.waitFor(() => status(view).includes(`article Long 1/4 (↑ ${excess} more lines)`), 'end of the sentence');
		assert.ok(view.frame().includes('Marigold'), 'the end of the sentence shows');
		await view.press('j');
		await view.waitFor(() => status(view).includes('article Long 2/4'), 'next sentence');
		assertFits(view, 60, 12);
	});
});

test('property: any key sequence at any size keeps the frame in the terminal and the in-row offset inside the row; j never skips a line', async () => {
	const fc = (await import('fast-check')).default;
	const story = tallStory();
	const envs = new Map<string, Env>();
	const envFor = (columns: number, rows: number) => {
		const key = `${columns}x${rows}`;
		if (!envs.has(key)) envs.set(key, envAt(story, columns, rows));
		return envs.get(key)!;
	};
	const action = fc.oneof(
		fc.constantFrom<Action>(J, K, {type: 'page', delta: 1}, {type: 'page', delta: -1}, {type: 'page', delta: 1, half: true}, {type: 'page', delta: -1, half: true}, {type: 'home'}, {type: 'end'}),
		fc.constantFrom<Action>({type: 'tab'}, {type: 'filter'}, {type: 'fold'}, {type: 'asides'}, {type: 'focus', delta: 1}, {type: 'focus', delta: -1}, {type: 'detail'}, {type: 'escape'}),
		fc.constantFrom<Action>({type: 'searchOpen'}, {type: 'searchType', text: 'quetzal'}, {type: 'searchSubmit'}, {type: 'searchNext', delta: 1}, {type: 'searchNext', delta: -1}),
		fc.record({type: fc.constant('resize' as const), columns: fc.integer({min: 30, max: 130}), rows: fc.integer({min: 9, max: 30})}),
	);
	fc.assert(
		fc.property(fc.array(action, {maxLength: 40}), actions => {
			let env = envFor(60, 12);
			let state = settle(initialState(), env);
			for (const a of actions) {
				if (a.type === 'resize' && 'columns' in a) env = envFor(a.columns, a.rows);
				const before = overflowOf(state, env);
				const next = reduce(state, a.type === 'resize' ? {type: 'resize'} : a, env);
				const after = overflowOf(next, env);
				if (a === J && before && before.below > 0 && state.overlay === 'none' && !state.search.editing) {
					assert.deepEqual(after, {above: before.above + 1, below: before.below - 1}, 'j scrolls one line within the row');
				}
				if (after) assert.equal(next.mode === 'rows' ? next.topSkip : after.above, after.above, 'offset within the row');
				else if (next.mode === 'rows') assert.equal(next.topSkip, 0);
				const frame = buildFrame(next, env);
				assert.ok(frame.length <= env.geo.height, `frame of ${frame.length} lines for ${env.geo.height}`);
				state = next;
			}
		}),
		{numRuns: 150},
	);
});
