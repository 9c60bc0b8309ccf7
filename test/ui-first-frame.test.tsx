// The first frame painted ahead of Ink (source/ui/first-frame.ts) must be the frame Ink then draws
// over it, cell for cell and attribute for attribute, or the screen would flicker; and the terminal
// session (source/ui/screen.ts) must always give the terminal back.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {firstFrame} from '../source/ui/first-frame.ts';
import {TerminalScreen} from '../source/ui/screen.ts';
import type {Story} from '../source/model.ts';
import {renderView, styledChars} from './helpers/ui.tsx';
import {gridStory} from './helpers/ui-story.ts';
import {offScreenStory, threeOutlets} from './helpers/ui-fixtures.ts';
import {loadStory} from '../source/load.ts';

/** Screen cells of terminal output: each character with the SGR attributes in effect on it. */
function cells(output: string): string[] {
	const lines: string[] = [''];
	for (const {char, styles} of styledChars(output.replace(/\x1b\[\?[0-9;]*[a-zA-Z]|\x1b\[H/g, ''))) {
		if (char === '\n') lines.push('');
		else lines[lines.length - 1] += `${char}{${[...styles.entries()].sort().map(([k, v]) => `${k}=${v}`).join(',')}}`;
	}
	// Ink trims unstyled spaces at the end of each line; the painted frame pads them.
	return lines.map(l => l.replace(/( \{\})+$/, ''));
}

async function inkFrame(story: Story, columns: number, rows: number, color: boolean): Promise<string> {
	const view = await renderView(story, {columns, rows, color});
	try {
		return view.raw();
	} finally {
		view.unmount();
	}
}

const {story: demo} = await loadStory([], {});
const stories: [string, Story][] = [['three outlets', threeOutlets()], ['8 sources, 40 rows', gridStory(8, 40)], ['the demo story', demo], ['rows carried only off screen', offScreenStory()]];

for (const [name, story] of stories) {
	for (const [columns, rows] of [[60, 20], [120, 40], [200, 50]] as const) {
		for (const color of [true, false]) {
			test(`first frame = Ink's first frame: ${name}, ${columns}×${rows}, ${color ? 'colour' : 'NO_COLOR'}`, async () => {
				const painted = firstFrame(story, {columns, rows}, color);
				assert.ok(painted.text.startsWith('\x1b[?25l'), 'hides the cursor');
				assert.ok(painted.text.endsWith('\x1b[H'), 'leaves the cursor home for Ink');
				assert.deepEqual(cells(painted.text), cells(await inkFrame(story, columns, rows, color)));
			});
		}
	}
}

test('a pty with no size paints 80×24, as the view reads it', () => {
	const painted = firstFrame(threeOutlets(), {columns: 0, rows: 0}, false);
	assert.equal(cells(painted.text).length, 23);
	assert.deepEqual(firstFrame(threeOutlets(), {}, false).text, painted.text);
});

function fakeStreams() {
	const writes: string[] = [];
	const stdin = {isTTY: true, isRaw: false, setRawMode(mode: boolean) {
		stdin.isRaw = mode;
	}};
	return {writes, streams: {stdout: {write: (text: string) => writes.push(text)}, stdin}};
}

test('the terminal session enters the alternate screen once, holds keys raw, and restores everything once', () => {
	const {writes, streams} = fakeStreams();
	const listeners = () => ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP'].map(event => process.listenerCount(event));
	const before = listeners();
	const screen = new TerminalScreen(streams);
	screen.restore(); // nothing entered: nothing to restore
	assert.deepEqual(writes, []);
	screen.enter();
	screen.enter();
	screen.holdKeys();
	assert.deepEqual(writes, ['\x1b[?1049h\x1b[H']);
	assert.equal(streams.stdin.isRaw, true);
	assert.deepEqual(listeners(), before.map(n => n + 1), 'restores on exit and on signals');
	screen.restore();
	screen.restore();
	assert.deepEqual(writes, ['\x1b[?1049h\x1b[H', '\x1b[?1049l\x1b[?25h']);
	assert.equal(streams.stdin.isRaw, false);
	assert.deepEqual(listeners(), before);
});

test('raw mode someone else set (Ink) is left to them', () => {
	const {streams} = fakeStreams();
	streams.stdin.isRaw = true;
	const screen = new TerminalScreen(streams);
	screen.enter();
	screen.holdKeys();
	screen.restore();
	assert.equal(streams.stdin.isRaw, true);
});
