// The detail pane (Enter) and the help overlay (?): scrolled to their last line, with the header's
// "more lines" hint right at both ends.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {KEY, renderView, type View} from './helpers/ui.tsx';
import {threeOutlets} from './helpers/ui-fixtures.ts';
import {loadStory} from '../source/load.ts';
import {buildViewModel} from '../source/ui/view-model.ts';
import {detailLines, GUTTER_LEGEND, HELP_NOTES, helpLines} from '../source/ui/overlays.ts';
import {BINDINGS, SEARCH_HELP} from '../source/ui/keymap.ts';
import {widthOf} from '../source/ui/text/wrap.ts';
import type {Story} from '../source/model.ts';
import type {Seg} from '../source/ui/text/wrap.ts';

/** The overlay's header line (under the title line). */
const header = (view: View) => view.lines()[1] ?? '';
const textOf = (line: Seg[]) => line.map(seg => seg.text).join('').trimEnd();
/** The last line of a pane that has any text. */
const lastText = (lines: Seg[][]) => lines.map(textOf).filter(Boolean).at(-1)!;
const below = (view: View) => Number(/↓ (\d+) more lines?\)/.exec(header(view))?.[1] ?? 0);
const above = (view: View) => Number(/↑ (\d+)(?: more lines?)?[ )]/.exec(header(view))?.[1] ?? 0);

const {story: demo} = await loadStory([], {});

async function checkScrollsToEnd(story: Story, columns: number, rows: number, open: string, last: string) {
	const view = await renderView(story, {columns, rows});
	try {
		await view.press(open);
		await view.waitFor(frame => frame.includes(open === '?' ? 'Help ·' : 'Detail ·'), 'overlay open');
		const hidden = below(view);
		assert.ok(hidden > 0, `the pane is taller than the screen: ${header(view)}`);
		assert.equal(above(view), 0, 'nothing above at the top');
		assert.ok(!view.frame().includes(last), 'the last line starts off screen');
		await view.press('G');
		await view.waitFor(frame => frame.includes(last), `the last line "${last}" after G`);
		assert.equal(below(view), 0, `no more lines below at the end: ${header(view)}`);
		assert.equal(above(view), hidden, `the lines scrolled off are counted above: ${header(view)}`);
		// j from the top reaches the same end, one line at a time, and stops there.
		await view.press('g');
		await view.waitFor(() => above(view) === 0, 'back at the top');
		for (let i = 0; i < hidden; i++) await view.press('j');
		await view.waitFor(frame => frame.includes(last) && below(view) === 0, 'the end by j');
		await view.press('j');
		assert.equal(above(view), hidden, 'j at the end changes nothing');
		assert.ok(view.frame().includes(last));
	} finally {
		view.unmount();
	}
}

for (const [columns, rows] of [[120, 40], [80, 24], [60, 12]] as const) {
	test(`help at ${columns}×${rows}: G shows its last line, "Esc or ? closes this help"; the header counts lines above and below`, async () => {
		assert.equal(lastText(helpLines(columns)), 'Esc or ? closes this help');
		await checkScrollsToEnd(threeOutlets(), columns, rows, '?', 'Esc or ? closes this help');
	});
}

for (const [name, story, columns, rows] of [['the demo', demo, 80, 24], ['three outlets', threeOutlets(), 60, 12]] as const) {
	test(`detail pane of row 1, ${name} at ${columns}×${rows}: G shows its last line; the header counts lines above and below`, async () => {
		const vm = buildViewModel(story);
		const first = vm.items.find(item => item.kind === 'row')!;
		assert.equal(first.kind, 'row');
		if (first.kind !== 'row') return;
		await checkScrollsToEnd(story, columns, rows, KEY.enter, lastText(detailLines(vm, {row: first.row}, columns)));
	});
}

test('help wraps every line to the pane width, cutting nothing, from 18 to 200 columns', () => {
	const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
	for (const width of [18, 24, 30, 40, 60, 80, 100, 120, 200]) {
		const lines = helpLines(width);
		for (const line of lines) assert.equal(widthOf(line.map(seg => seg.text).join('')), width, `a help line of ${width} cells`);
		const flat = squeeze(lines.map(textOf).join(' '));
		assert.ok(!flat.includes('…'), `nothing cut at ${width}`);
		const expected = [
			...BINDINGS.map(binding => `${binding.keys} ${binding.does}`),
			...SEARCH_HELP.map(([keys, does]) => `${keys} ${does}`),
			...HELP_NOTES,
			'Esc or ? closes this help',
		];
		for (const text of expected) assert.ok(flat.includes(squeeze(text)), `help at ${width} columns has all of "${text}"`);
		// The legend breaks only between its items (the " · " between two lines goes).
		assert.ok(flat.replace(/ · /g, ' ').includes(`Gutter: ${GUTTER_LEGEND.join(' ')}`), `the gutter legend at ${width}`);
	}
});

test('help at 80×24 in the view: the gutter legend and the status-line note are whole, "▶ current row" included', async () => {
	const view = await renderView(threeOutlets(), {columns: 80, rows: 24});
	try {
		await view.press('?', 'G');
		await view.waitFor(frame => frame.includes('Esc or ? closes this help'), 'the end of the help');
		const frame = view.frame();
		assert.match(frame, /▶ current row/);
		assert.match(frame, /the status line counts its\s+lines/);
		assert.ok(!frame.includes('…'), frame);
	} finally {
		view.unmount();
	}
});
