// Flow tests of the interactive view in fake terminals of several sizes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {KEY, renderView, stylesAt, type View} from './helpers/ui.tsx';
import {gridStory, handStory} from './helpers/ui-story.ts';
import {threeOutlets} from './helpers/ui-fixtures.ts';
import {wantsColor} from '../source/ui/theme.ts';

const status = (view: View) => view.lines().at(-1) ?? '';
const selectedLine = (view: View) => view.lines().find(line => line.startsWith('▶')) ?? '';

function assertFits(view: View, columns: number, rows: number) {
	const lines = view.lines();
	assert.ok(lines.length <= rows - 1, `frame has ${lines.length} lines for ${rows} rows`);
	for (const line of lines) assert.ok(stringWidth(line) <= columns, `line wider than ${columns}: ${JSON.stringify(line)}`);
}

async function withView(story: ReturnType<typeof handStory>, options: Parameters<typeof renderView>[1], body: (view: View) => Promise<void>) {
	const view = await renderView(story, options);
	try {
		await body(view);
	} finally {
		view.unmount();
	}
}

for (const [columns, rows] of [[60, 20], [100, 30], [160, 45]] as const) {
	test(`layout at ${columns}×${rows}: headers, gutter glyphs, placeholders, status, frame fits`, async () => {
		await withView(threeOutlets(), {columns, rows}, async view => {
			const frame = view.frame();
			assertFits(view, columns, rows);
			assert.match(frame, /Alpha/);
			assert.match(frame, /claims 3 · rows 3/); // Alpha: 3 claims, in 3 rows
			assert.match(status(view), /row 1\/5/);
			assert.match(status(view), /✓ 1 ≠ 1 ◇ 3/);
			assert.match(status(view), /\? help/);
			assert.ok(selectedLine(view).startsWith('▶≠'), 'first row selected, conflict glyph');
			assert.match(frame, /≠ number \(suspects\): Alpha 37 · Bravo 36 · Charlie 37/);
			if (columns >= 100) assert.match(frame, /│ —/, 'empty cell placeholder');
		});
	});
}

test('cells wrap instead of truncating, a row is as tall as its tallest cell', async () => {
	await withView(threeOutlets(), {columns: 100, rows: 30}, async view => {
		const frame = view.frame();
		for (const word of ['Officials', 'Houston', 'Washington.', 'agreement']) assert.ok(frame.includes(word), word);
		assert.ok(!frame.includes('…'), 'nothing truncated');
	});
});

test('navigation: j/k, arrows, g/G, PgDn/PgUp, Ctrl-d/Ctrl-u on 300 rows', async () => {
	await withView(gridStory(3, 300), {columns: 120, rows: 20}, async view => {
		await view.press('j', 'j', KEY.down);
		assert.match(status(view), /row 4\/300/);
		assert.match(selectedLine(view), /Sentence 4 of source 1/);
		await view.press('k', KEY.up);
		assert.match(status(view), /row 2\/300/);
		await view.press('G');
		assert.match(status(view), /row 300\/300/);
		assert.match(selectedLine(view), /Sentence 300 of source 1/);
		await view.press('g');
		assert.match(status(view), /row 1\/300/);
		await view.press(KEY.end);
		assert.match(status(view), /row 300\/300/);
		await view.press(KEY.home, KEY.pageDown);
		const afterPage = Number(/row (\d+)\//.exec(status(view))![1]);
		assert.ok(afterPage > 3 && afterPage < 20, `PgDn moved a page: ${afterPage}`);
		await view.press(KEY.pageUp);
		assert.match(status(view), /row 1\/300/);
		await view.press(KEY.ctrlD);
		const half = Number(/row (\d+)\//.exec(status(view))![1]);
		assert.ok(half > 1 && half < afterPage, `Ctrl-d moves half a page: ${half}`);
		await view.press(KEY.ctrlU);
		assert.match(status(view), /row 1\/300/);
		assertFits(view, 120, 20);
	});
});

test('sideways paging with 8 sources: focus moves, view follows, markers count hidden columns', async () => {
	const labels = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'];
	await withView(gridStory(8, 5, {labels}), {columns: 100, rows: 24}, async view => {
		// (100 - 3) / 31 = 3 columns of at least 28 cells
		let frame = view.frame();
		assert.match(frame, /5 more ▶/);
		assert.ok(!frame.includes('◀'));
		assert.match(frame, /▸ One/);
		assert.ok(!frame.includes('Four'));
		await view.press('l', 'l', 'l');
		frame = view.frame();
		assert.match(frame, /▸ Four/);
		assert.match(frame, /◀ 1 more/);
		assert.match(frame, /4 more ▶/);
		assert.ok(!/│ +One/.test(frame));
		await view.press(KEY.right, KEY.right, KEY.right, KEY.right, 'l');
		frame = view.frame();
		assert.match(frame, /▸ Eight/);
		assert.match(frame, /◀ 5 more/);
		assert.ok(!frame.includes('more ▶'));
		await view.press('h', KEY.left);
		assert.match(view.frame(), /▸ Six/);
		assertFits(view, 100, 24);
	});
});

test('filters: f cycles all / conflicts / single source / omitted by the focused source', async () => {
	await withView(threeOutlets(), {columns: 120, rows: 30}, async view => {
		await view.press('f');
		assert.match(status(view), /filter: conflicts/);
		assert.match(status(view), /row 1\/1/);
		assert.ok(!view.frame().includes('praised'));
		await view.press('f');
		assert.match(status(view), /filter: single source/);
		assert.match(status(view), /row 1\/3/);
		assert.ok(view.lines().slice(4, -1).every(line => !/^.[✓≠]/.test(line)), 'only single-source rows');
		await view.press('f');
		assert.match(status(view), /filter: omitted by Alpha/);
		// Alpha lacks the row only Bravo has and the row only Charlie has.
		assert.match(status(view), /row 1\/2/);
		assert.ok(view.frame().includes('東京'));
		await view.press('l');
		assert.match(status(view), /omitted by Bravo/);
		assert.match(view.frame(), /court will hear/);
		await view.press('f');
		assert.match(status(view), /filter: all rows/);
		assert.match(status(view), /row \d\/5/);
	});
});

test('folding: z folds runs of agreeing rows into one line and back', async () => {
	const story = gridStory(2, 6);
	await withView(story, {columns: 100, rows: 30}, async view => {
		await view.press('z');
		assert.match(view.frame(), /⋯ 6 agreeing rows folded/);
		assert.match(status(view), /row 1\/1/);
		assert.match(status(view), /folded/);
		await view.press('z');
		assert.match(status(view), /row 1\/6/);
		assert.ok(!view.frame().includes('folded'));
	});
});

test('detail pane: sentences with positions, typed conflicts, mentions; Esc closes', async () => {
	const story = threeOutlets();
	await withView(story, {columns: 100, rows: 40}, async view => {
		await view.press(KEY.enter);
		const frame = view.frame();
		assert.match(frame, /Detail/);
		assert.match(frame, /≠ Row 1 · conflict · 3\/3 sources/);
		assert.match(frame, /≠ number \(suspects\): Alpha 37 · Bravo 36 · Charlie 37/);
		const unit = story.units.find(u => u.id === 's1.u2')!;
		assert.equal(unit.line, 3); // after the heading and a blank line
		assert.ok(frame.includes(`line 3, col 1, chars ${unit.start}–${unit.end}`));
		assert.match(frame, /mentions: place Houston · number 37/);
		await view.press(KEY.escape);
		await view.waitFor(f => !f.includes('Detail'), 'detail closed');
		assert.match(status(view), /row 1\/5/);
	});
});

test('article mode: own order, headings dimmed, counterparts in sync, Tab returns to the same claim', async () => {
	await withView(threeOutlets(), {columns: 120, rows: 30}, async view => {
		await view.press('l', KEY.tab); // focus Bravo, row 1
		let frame = view.frame();
		assert.match(status(view), /article Bravo 1\/3/);
		assert.match(frame, /\[heading\] Thirty-seven/);
		assert.match(frame, /\[newsletter\] Subscribe/);
		assert.match(frame, /▶ Officials said 36/);
		assert.equal(frame.match(/◆ Officials said 37 suspects were/g)?.length, 2, 'counterparts in both other columns');
		await view.press('j', 'j');
		frame = view.frame();
		assert.match(status(view), /article Bravo 3\/3/);
		assert.match(frame, /▶ Minister Omar García/);
		assert.match(frame, /◆ Minister Omar Harfuch/);
		assert.match(frame, /◆ Harfuch praised the operation,/);
		await view.press(KEY.tab);
		assert.match(status(view), /row 2\/5/);
		assert.match(selectedLine(view), /Minister Omar Harfuch/);
	});
});

test('article mode scrolls other columns to the counterpart of the current sentence', async () => {
	// Source 2 has its counterpart of source 1's last sentence far down its article.
	const story = handStory(
		[
			{label: 'Short', units: ['First fact here.', 'Second fact here.']},
			{label: 'Long', units: [...Array.from({length: 40}, (_, i) => `Filler sentence number ${i + 1}.`), 'The second fact, restated.']},
		],
		[{cells: {0: 1, 1: 40}}],
	);
	await withView(story, {columns: 100, rows: 16}, async view => {
		await view.press(KEY.tab);
		assert.match(view.frame(), /◆ The second fact, restated/);
		assert.ok(!view.frame().includes('Filler sentence number 1.'));
	});
});

test('help overlay lists every key; Esc closes', async () => {
	await withView(threeOutlets(), {columns: 100, rows: 50}, async view => {
		await view.press('?');
		const frame = view.frame();
		for (const keys of ['↓ j', '↑ k', 'PgDn', 'Ctrl-d', 'g Home', 'G End', '→ l', 'Enter', 'Tab', 'f', 'z', 'b', 'd', '/', 'n', 'N', '&', 'Esc', 'q Ctrl-C']) {
			assert.ok(frame.includes(keys), `help lists ${keys}`);
		}
		// The search line's own keys, Backspace included.
		const searchPart = frame.slice(frame.indexOf('In the search line'));
		for (const keys of ["'word ^pre !not", 'Backspace', 'Enter', 'Esc', 'Ctrl-C']) assert.ok(searchPart.includes(keys), `search help lists ${keys}`);
		await view.press(KEY.escape);
		await view.waitFor(f => !f.includes('Help ·'), 'help closed');
	});
});

test('resize re-lays out immediately and the frame still fits', async () => {
	await withView(threeOutlets(), {columns: 140, rows: 40}, async view => {
		assert.match(view.frame(), /Charlie/);
		view.stdout.resize(70, 18);
		await view.waitFor(f => !f.split('\n')[1]!.includes('Charlie') && f.includes('1 more ▶'), 'two-column layout');
		assertFits(view, 70, 18);
		view.stdout.resize(200, 50);
		await view.waitFor(f => f.split('\n')[1]!.includes('Charlie'), 'wide layout');
		assertFits(view, 200, 50);
	});
});

test('narrow terminal: a clear message instead of a broken frame, and back', async () => {
	await withView(threeOutlets(), {columns: 16, rows: 20}, async view => {
		assert.match(view.frame().replace(/\n/g, ' '), /Terminal too small/);
		assertFits(view, 16, 20);
		view.stdout.resize(80, 5);
		await view.waitFor(f => f.replace(/\n/g, ' ').includes('too small (80×5)'), 'too short');
		assertFits(view, 80, 5);
		view.stdout.resize(80, 24);
		await view.waitFor(f => f.includes('Alpha'), 'grid back');
	});
});

test('conflict values are highlighted inside each cell, with colour', async () => {
	await withView(threeOutlets(), {columns: 120, rows: 30, color: true}, async view => {
		const raw = view.raw();
		assert.ok(stylesAt(raw, 'said 37')?.size === 0, 'text around is plain');
		assert.deepEqual(stylesAt(raw, '37 suspects'), new Set(['1', '97', '41']), 'Alpha 37 highlighted');
		assert.deepEqual(stylesAt(raw, '36 suspects'), new Set(['1', '97', '41']), 'Bravo 36 highlighted');
		assert.deepEqual(stylesAt(raw, '37 suspects', 1), new Set(['1', '97', '41']), 'Charlie 37 highlighted');
	});
});

test('minority wording is highlighted against the row majority; d toggles it', async () => {
	await withView(threeOutlets(), {columns: 120, rows: 30, color: true}, async view => {
		assert.deepEqual(stylesAt(view.raw(), 'Houston'), new Set(['4', '33']), 'Houston only in Alpha');
		assert.equal(stylesAt(view.raw(), 'United States')?.size, 0, 'majority wording not highlighted');
		await view.press('d');
		assert.equal(stylesAt(view.raw(), 'Houston')?.size, 0);
		assert.match(status(view), /diff off/);
	});
});

test('NO_COLOR: no colour codes, glyphs still carry status, selection and highlights', async () => {
	assert.equal(wantsColor({NO_COLOR: '1'}, {isTTY: true, hasColors: () => true}), false);
	assert.equal(wantsColor({}, {isTTY: true, hasColors: () => true}), true);
	await withView(threeOutlets(), {columns: 120, rows: 30, color: false}, async view => {
		const raw = view.raw();
		const colours = [...raw.matchAll(/\x1b\[([0-9;]*)m/g)].flatMap(m => m[1]!.split(';')).filter(code => /^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$/.test(code));
		assert.deepEqual(colours, [], 'no colour parameters');
		assert.deepEqual(stylesAt(raw, '37 suspects'), new Set(['1', '7']), 'conflict value still marked (bold inverse)');
		const frame = view.frame();
		for (const glyph of ['▶', '≠', '✓', '◇']) assert.ok(frame.includes(glyph), glyph);
	});
});

test('wide characters keep column separators aligned', async () => {
	await withView(threeOutlets(), {columns: 90, rows: 40}, async view => {
		const lines = view.lines().filter(line => line.includes('│'));
		assert.ok(lines.some(line => line.includes('東京')), 'CJK shown');
		assert.ok(lines.some(line => line.includes('🎉')), 'emoji shown');
		const columnsOf = (line: string) => {
			const out: number[] = [];
			let col = 0;
			for (const ch of line) {
				if (ch === '│' || ch === '┼') out.push(col);
				col += stringWidth(ch);
			}
			return out.join(',');
		};
		const expected = columnsOf(lines[0]!);
		for (const line of lines) assert.equal(columnsOf(line), expected, `separators of ${line}`);
	});
});

test('headings and boilerplate are hidden by default; b shows them dimmed', async () => {
	await withView(threeOutlets(), {columns: 120, rows: 40, color: true}, async view => {
		assert.ok(!view.frame().includes('Subscribe'));
		await view.press('b');
		const frame = view.frame();
		assert.match(frame, /# +│ \[heading\] Thirty-seven/);
		assert.match(frame, /¶ +│ \[newsletter\] Subscribe/);
		assert.match(status(view), /set-aside shown/);
		assert.ok(stylesAt(view.raw(), 'Subscribe')?.has('2'), 'dimmed');
	});
});

test('article text is sanitised: escape sequences never reach the terminal', async () => {
	const story = handStory([{label: 'Evil\x1b[31m', units: ['Plain claim \x1b]0;owned\x07 with \x1b[2J escapes and \u202Ebidi.']}, {label: 'Good', units: ['Plain claim with escapes.']}], [{cells: {0: 0, 1: 0}}]);
	await withView(story, {columns: 100, rows: 20, color: true}, async view => {
		const raw = view.raw();
		assert.ok(!raw.includes('\x1b]'), 'no OSC');
		assert.ok(!raw.includes('\x07'), 'no BEL');
		assert.ok(!raw.includes('\x1b[2J'), 'no clear screen');
		assert.ok(!raw.includes('\u202E'), 'no bidi override');
		assert.ok(!raw.includes('\x1b[31m'), 'no colour from the label');
		assert.match(view.frame(), /Plain claim with escapes and/);
	});
});

test('q and Ctrl-C quit', async () => {
	for (const key of ['q', KEY.ctrlC]) {
		const view = await renderView(threeOutlets(), {columns: 80, rows: 24});
		view.stdin.write(key);
		await view.waitFor(() => view.exited(), 'exit');
		view.unmount();
	}
});

test('keys that arrive together (key repeat, typing ahead of the frames) each take effect', async () => {
	await withView(gridStory(3, 300), {columns: 120, rows: 20}, async view => {
		// Ink hands a run of plain characters read in one go to the view as a single input.
		await view.press('jjjj');
		assert.match(status(view), /row 5\/300/);
		await view.press('jjk');
		assert.match(status(view), /row 6\/300/);
		await view.press('\x04');
		const half = Number(/row (\d+)\//.exec(status(view))![1]) - 6;
		assert.ok(half > 1, `Ctrl-d moves more than one row, got ${half}`);
		await view.press('\x04\x04');
		assert.match(status(view), new RegExp(`row ${6 + 3 * half}/300`), 'two Ctrl-d read together: two half pages');
		await view.press('gG');
		assert.match(status(view), /row 300\/300/);
		await view.press('g\t');
		assert.match(status(view), /article Src1 1\/300/);
		await view.press('\tj\r');
		assert.match(view.frame(), /Detail/);
		assert.match(view.frame(), /Sentence 2 of source 1/);
	});
	await withView(threeOutlets(), {columns: 120, rows: 30}, async view => {
		// Typed ahead: open the search line, type a query and press Enter, all in one read.
		await view.press('/harfuch\r');
		assert.ok(!view.lines().some(line => line.startsWith('/')), 'search line closed by the Enter');
		assert.match(status(view), /"harfuch" match 1\/4/);
		await view.press('nn');
		assert.match(status(view), /match 3\/4/);
		// A paste into the search line with a Backspace in it.
		await view.press('/', 'harfuchx\x7f');
		assert.match(view.lines().at(-2)!, /^\/harfuch█ 4 matches/);
		await view.press('\x1b');
		await view.press('q');
		await view.waitFor(() => view.exited(), 'exit on a q typed with other keys');
	});
});

test('emoji with a variation selector (🏙️, ❤️): widths counted as every terminal draws them, separators aligned', async () => {
	const story = handStory(
		[
			{label: 'Alpha', units: ['The skyline 🏙️ of the city was lit, and fans ❤️ it, officials said on Monday night.']},
			{label: 'Bravo', units: ['Officials said the city skyline was lit on Monday night for the fans.']},
		],
		[{cells: {0: 0, 1: 0}}],
	);
	await withView(story, {columns: 70, rows: 20, color: true}, async view => {
		assert.ok(!view.raw().includes('\uFE0F'), 'no emoji variation selector reaches the terminal');
		assert.match(view.frame(), /skyline 🏙 of/);
		// Counted per code point (as tmux, xterm and VTE do): the selector would add a cell only some terminals draw.
		const lines = view.lines().filter(line => line.includes('│'));
		const columnsOf = (line: string) => {
			const out: number[] = [];
			let col = 0;
			for (const ch of line) {
				if (ch === '│') out.push(col);
				col += stringWidth(ch);
			}
			return out.join(',');
		};
		for (const line of lines) assert.equal(columnsOf(line), columnsOf(lines[0]!), `separators of ${line}`);
	});
});
