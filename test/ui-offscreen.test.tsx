// A row whose sentences are all in source columns off screen: the first empty cell on screen says
// which sources carry it and on which side ("— ▶ Delta, Echo"), without changing the column layout.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {renderView, type View} from './helpers/ui.tsx';
import {offScreenStory} from './helpers/ui-fixtures.ts';
import {buildViewModel} from '../source/ui/view-model.ts';
import {offScreenHint} from '../source/ui/layout.ts';

/** The body line of a row: the line whose text contains `text`. */
const lineWith = (view: View, text: string) => view.lines().find(line => line.includes(text));

function assertColumns(view: View, columns: number, rows: number) {
	const lines = view.lines();
	assert.ok(lines.length <= rows - 1, `frame has ${lines.length} lines for ${rows} rows`);
	for (const line of lines) assert.ok(stringWidth(line) <= columns, `line wider than ${columns}: ${JSON.stringify(line)}`);
	// Every body line has its column separators where the header's are.
	const separators = (line: string) => [...line].flatMap((char, i) => (char === '│' || char === '┼' ? [stringWidth([...line].slice(0, i).join(''))] : []));
	const expected = separators(lines[1]!);
	for (const line of lines.slice(2, -1)) if (/[│┼]/.test(line)) assert.deepEqual(separators(line), expected, line);
}

test('offScreenHint names the sources of a row with nothing on screen, by side, in source order', () => {
	const story = offScreenStory();
	const vm = buildViewModel(story);
	const [all, de, alpha, be] = story.rows;
	assert.equal(offScreenHint(vm, all!, 0, 2), undefined);
	assert.equal(offScreenHint(vm, de!, 0, 2), '▶ Delta, Echo');
	assert.equal(offScreenHint(vm, alpha!, 1, 2), '◀ Alpha');
	assert.equal(offScreenHint(vm, be!, 2, 2), '◀ Bravo · ▶ Echo');
	assert.equal(offScreenHint(vm, be!, 1, 2), undefined, 'Bravo on screen');
	// Many sources: the nearest two on each side are named, the rest counted.
	const labelOf = new Map(story.sources.map(source => [source.id, source.label]));
	const allBut = (label: string) => ({...all!, units: story.units.filter(u => u.kind === 'claim' && labelOf.get(u.source) !== label).map(u => u.id)});
	assert.equal(offScreenHint(vm, allBut('Charlie'), 2, 1), '◀ Bravo, Alpha · ▶ Delta, Echo');
	assert.equal(offScreenHint(vm, allBut('Echo'), 4, 1), '◀ Delta, Charlie, +2 more');
});

test('80×24 with two of five columns: a row carried only by columns off screen says where, and paging sideways shows it', async () => {
	const view = await renderView(offScreenStory(), {columns: 80, rows: 24});
	try {
		assert.match(view.frame(), /3 more ▶/);
		assert.match(lineWith(view, 'Power') ?? lineWith(view, '▶ Delta') ?? '', /│ — ▶ Delta, Echo +│ —\s*$/);
		assert.ok(!view.frame().includes('Power was cut'), 'Delta is off screen');
		assertColumns(view, 80, 24);
		await view.press('l', 'l'); // focus Charlie: Bravo and Charlie on screen
		await view.waitFor(frame => frame.includes('◀ Alpha'), 'Alpha off screen on the left');
		assert.match(lineWith(view, '◀ Alpha')!, /│ — ◀ Alpha +│ —\s*$/);
		assert.match(view.frame(), /│ — ▶ Delta, Echo/);
		assertColumns(view, 80, 24);
		await view.press('l', 'l'); // focus Echo: Delta and Echo on screen
		await view.waitFor(frame => frame.includes('Power was cut'), 'Delta on screen');
		assert.ok(!view.frame().includes('▶ Delta'), 'no hint once the row shows');
		assert.match(lineWith(view, '◀ Alpha')!, /│ — ◀ Alpha +│ —\s*$/);
		assertColumns(view, 80, 24);
	} finally {
		view.unmount();
	}
});
