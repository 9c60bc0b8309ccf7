// The view shows row notes (a source contradicting itself: a weekday that does not match its date):
// ⚑ in the row's gutter, the written date underlined in its cell, the full message in the detail pane,
// a legend entry in the help and a count in the status line. On the demo story, through Ink
// (ink-testing-library: a 100-column terminal, 24 rows by the view's default).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {render} from 'ink-testing-library';
import {loadStory} from '../source/load.ts';
import {App} from '../source/ui/app.tsx';
import {KEY, stripAnsi, styledChars, waitUntil} from './helpers/ui.tsx';
import {threeOutlets} from './helpers/ui-fixtures.ts';
import type {Story} from '../source/model.ts';

const {story: demo} = await loadStory([], {});

/** Words of a frame with wrapping and padding undone, for matching text that may wrap. */
const flat = (frame: string) => stripAnsi(frame).replace(/[│┃]/g, ' ').replace(/\s+/g, ' ');

function open(story: Story, color = false) {
	const view = render(<App story={story} color={color} />);
	const frame = () => view.lastFrame() ?? '';
	const press = async (key: string) => {
		const before = view.frames.length;
		view.stdin.write(key);
		await waitUntil(() => view.frames.length > before, `a frame after ${JSON.stringify(key)}`, 1000).catch(() => undefined);
	};
	return {view, frame, lines: () => stripAnsi(frame()).split('\n'), press};
}

/** The text of one column of the selected row (column 0 is the first source shown), wrapping undone. */
function selectedCell(lines: string[], column: number): string {
	const first = lines.findIndex(line => line.startsWith('▶'));
	const cell: string[] = [];
	for (let i = first; i < lines.length && !/^ *─┼/.test(lines[i]!); i++) cell.push(lines[i]!.split('│')[column + 1] ?? '');
	return cell.join(' ').replace(/\s+/g, ' ').trim();
}

/** Runs of text in the note style (underlined magenta; other highlights are other colours), joined by spaces. */
function underlined(raw: string): string {
	const runs: string[] = [];
	let run = '';
	for (const {char, styles} of styledChars(raw)) {
		if (styles.has('underline') && styles.get('fg') === '35' && char !== '\n') run += char;
		else if (run) (runs.push(run.trim()), (run = ''));
	}
	if (run) runs.push(run.trim());
	return runs.join(' ');
}

/** Moves down until the selected row's first line carries the note glyph after its status glyph. */
async function toNotedRow(ui: ReturnType<typeof open>): Promise<string> {
	for (let i = 0; i < 40; i++) {
		const selected = ui.lines().find(line => line.startsWith('▶'));
		if (selected && /^▶[✓≠◇]⚑│/.test(selected)) return selected;
		await ui.press('j');
	}
	assert.fail('no selected row with ⚑ in its gutter');
}

test('demo: the Explainer row with "January 21, 2026" has ⚑ in its gutter; the detail pane (Enter) gives the message', async () => {
	const ui = open(demo);
	try {
		await waitUntil(() => ui.frame().includes('claims'), 'the grid');
		assert.match(ui.lines().at(-1)!, /✓ \d+ ≠ \d+ ◇ \d+ ⚑ 1 ·/, 'the status line counts the note');
		await toNotedRow(ui);
		const frame = ui.frame();
		assert.deepEqual(ui.lines()[1]!.split('│').map(label => label.trim()).slice(1), ['▸ AFP', 'Voz', 'Explainer']);
		assert.match(selectedCell(ui.lines(), 2), /^This action, announced on Tuesday, January 21, 2026, brings the total/, 'the Explainer sentence is in the noted row');
		// Only that row carries the glyph: it appears once in the grid and once in the status line.
		assert.equal(stripAnsi(frame).split('⚑').length - 1, 2);
		await ui.press(KEY.enter);
		await waitUntil(() => ui.frame().includes('Detail'), 'the detail pane');
		assert.match(
			flat(ui.frame()),
			/⚑ note: Explainer writes "Tuesday, January 21, 2026", but January 21, 2026 is a Wednesday, not a Tuesday \(within this source; not a conflict\)/,
		);
		assert.match(flat(ui.frame()), /Row \d+ · agree ·/, 'the note does not make the row a conflict');
	} finally {
		ui.view.unmount();
	}
});

test('demo, in colour: the written date is underlined in the Explainer cell and in the detail pane', async () => {
	const ui = open(demo, true);
	try {
		await waitUntil(() => ui.frame().includes('claims'), 'the grid');
		await toNotedRow(ui);
		assert.equal(underlined(ui.frame()), 'Tuesday, January 21, 2026', 'only the written date is underlined');
		const glyph = styledChars(ui.frame()).find(c => c.char === '⚑');
		assert.deepEqual(Object.fromEntries(glyph!.styles), {bold: '1', fg: '35'}, 'the gutter glyph has its own style');
		await ui.press(KEY.enter);
		await waitUntil(() => ui.frame().includes('Detail'), 'the detail pane');
		// The Explainer's sentence is further down the pane: scroll to it.
		for (let i = 0; i < 40 && !/announced on Tuesday/.test(stripAnsi(ui.frame())); i++) await ui.press('j');
		assert.equal(underlined(ui.frame()), 'Tuesday, January 21, 2026');
	} finally {
		ui.view.unmount();
	}
});

test('help (?) explains the ⚑ glyph', async () => {
	const ui = open(demo);
	try {
		await waitUntil(() => ui.frame().includes('claims'), 'the grid');
		await ui.press('?');
		for (let i = 0; i < 10 && !flat(ui.frame()).includes('⚑ after'); i++) await ui.press(KEY.pageDown);
		assert.match(flat(ui.frame()), /⚑ after the status glyph: a note, a source contradicting itself \(a weekday that does not match its date, underlined\); Enter shows it/);
	} finally {
		ui.view.unmount();
	}
});

test('a story without notes shows no ⚑ and no note count', async () => {
	const ui = open(threeOutlets());
	try {
		await waitUntil(() => ui.frame().includes('claims'), 'the grid');
		for (let i = 0; i < 5; i++) {
			assert.doesNotMatch(stripAnsi(ui.frame()), /⚑/);
			await ui.press('j');
		}
		await ui.press(KEY.enter);
		assert.doesNotMatch(stripAnsi(ui.frame()), /⚑|note:/);
	} finally {
		ui.view.unmount();
	}
});
