// The interactive view while a story loads: the progress screen (stage names, bar, elapsed time,
// how to cancel), its keys, and the hand-over to the claim grid (or to an error) when the load ends.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {render as renderInk} from 'ink';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {createProgressTracker} from '../source/progress.ts';
import {formatElapsed, Loading, ProgressView} from '../source/ui/progress.tsx';
import {ViewRoot} from '../source/ui/run.tsx';
import type {LoadedStory} from '../source/load.ts';
import {FakeStdin, FakeStdout, KEY, stripAnsi, waitUntil} from './helpers/ui.tsx';
import {threeOutlets} from './helpers/ui-fixtures.ts';

test('the progress screen names the stage, fills the bar with the step, and says how to stop', () => {
	const view = render(<ProgressView snapshot={{stage: 'mentions', step: 4, steps: 6, detail: '120 sources'}} elapsedMs={1530} columns={80} color={false} />);
	const frame = view.lastFrame()!;
	assert.match(frame, /crosscheck \[█+░+\] 4\/6 mentions…/);
	assert.match(frame, /1\.5 s · 120 sources/);
	assert.match(frame, /Ctrl-C cancels/);
	const filled = (step: number) => [...render(<ProgressView snapshot={{stage: 'align', step, steps: 6}} elapsedMs={0} columns={80} color={false} />).lastFrame()!].filter(c => c === '█').length;
	assert.ok(filled(2) < filled(4) && filled(4) < filled(6));
	assert.equal(formatElapsed(-5), '0.0 s');
});

test('the progress screen fits narrow terminals', () => {
	for (const columns of [40, 16, 8]) {
		const frame = render(<ProgressView snapshot={{stage: 'classify', step: 3, steps: 6}} elapsedMs={12_345} what="the demo story" columns={columns} color />).lastFrame()!;
		for (const line of stripAnsi(frame).split('\n')) assert.ok(stringWidth(line) < Math.max(2, columns), `${columns}: ${JSON.stringify(line)}`);
	}
});

test('Loading follows the tracker stage by stage and ticks the elapsed time', async () => {
	let time = 0;
	const progress = createProgressTracker(() => time);
	const view = render(<Loading progress={progress} onCancel={() => {}} what="3 inputs" color={false} now={() => time} tickMs={5} />);
	assert.match(view.lastFrame()!, /1\/6 read…/);
	assert.match(view.lastFrame()!, /0\.0 s · 3 inputs/);
	progress.setDetail('3 sources');
	progress.onStage('align', 3, 5);
	await waitUntil(() => /5\/6 align…/.test(view.lastFrame()!), 'the align stage');
	assert.match(view.lastFrame()!, /3 sources/);
	time = 2500;
	await waitUntil(() => /2\.5 s/.test(view.lastFrame()!), 'the clock to tick');
	view.unmount();
});

for (const [name, key] of [['Ctrl-C', KEY.ctrlC], ['q', 'q'], ['Esc', KEY.escape]] as const) {
	test(`${name} on the progress screen cancels the load`, async () => {
		let cancelled = 0;
		const view = render(<Loading progress={createProgressTracker()} onCancel={() => cancelled++} color={false} />);
		await new Promise(resolve => setImmediate(resolve));
		view.stdin.write(key);
		await waitUntil(() => cancelled > 0, 'onCancel');
		assert.equal(cancelled, 1);
		view.unmount();
	});
}

function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: Error) => void;
	const promise = new Promise<T>((yes, no) => {
		resolve = yes;
		reject = no;
	});
	return {promise, resolve, reject};
}

function mountRoot(result: Promise<LoadedStory>, options: {initial?: LoadedStory} = {}) {
	const stdout = new FakeStdout(100, 30);
	const stdin = new FakeStdin();
	const progress = createProgressTracker();
	const seen = {loaded: [] as string[][], cancelled: 0};
	const instance = renderInk(
		<ViewRoot
			initial={options.initial}
			pending={{result, progress, cancel: () => {}}}
			color={false}
			onLoaded={loaded => seen.loaded.push(loaded.warnings)}
			onCancel={() => seen.cancelled++}
		/>,
		{stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, stderr: new FakeStdout(80, 24) as unknown as NodeJS.WriteStream, debug: true, exitOnCtrlC: false, patchConsole: false},
	);
	const frame = () => stripAnsi(stdout.lastFrame());
	return {stdout, stdin, progress, seen, instance, frame};
}

test('the view opens on the claim grid when the load ends, with reading warnings as a notice', async () => {
	const load = deferred<LoadedStory>();
	const root = mountRoot(load.promise);
	await waitUntil(() => /1\/6 read/.test(root.frame()), 'the progress screen');
	root.progress.onStage('split', 0, 5);
	await waitUntil(() => /2\/6 split/.test(root.frame()), 'the split stage');
	load.resolve({story: threeOutlets(), warnings: ['skipped empty.txt: empty file']});
	await waitUntil(() => /row 1\/\d+/.test(root.frame()), 'the grid');
	assert.match(root.frame(), /Alpha/);
	assert.match(root.frame(), /skipped empty\.txt: empty file/);
	assert.deepEqual(root.seen.loaded, [['skipped empty.txt: empty file']]);
	// A key in the moment the grid replaces the progress screen does not cancel the finished load ...
	root.stdin.write('q');
	await new Promise(resolve => setTimeout(resolve, 20));
	assert.equal(root.seen.cancelled, 0);
	// ... and once the view reads keys, q quits it.
	if (!/row 1\//.test(root.frame())) throw new Error(`the view closed early:\n${root.frame()}`);
	root.stdin.write('q');
	await root.instance.waitUntilExit();
	assert.equal(root.seen.cancelled, 0);
});

test('a story already loaded opens straight onto the grid, without a notice', async () => {
	const loaded = {story: threeOutlets(), warnings: ['printed before the view opened']};
	const root = mountRoot(Promise.resolve(loaded), {initial: loaded});
	await waitUntil(() => /row 1\/\d+/.test(root.frame()), 'the grid');
	assert.ok(!root.stdout.frames.some(frame => /read…/.test(frame)), 'no progress frame');
	assert.ok(!root.frame().includes('printed before the view opened'));
	root.instance.unmount();
});

test('a failed load closes the view with its error; Ctrl-C while loading cancels and exits', async () => {
	const failing = deferred<LoadedStory>();
	const root = mountRoot(failing.promise);
	await waitUntil(() => /read…/.test(root.frame()), 'the progress screen');
	failing.reject(new Error('worker failed'));
	await assert.rejects(root.instance.waitUntilExit(), /worker failed/);

	const pending = deferred<LoadedStory>();
	const other = mountRoot(pending.promise);
	await waitUntil(() => /read…/.test(other.frame()), 'the progress screen');
	other.stdin.write(KEY.ctrlC);
	await other.instance.waitUntilExit();
	assert.equal(other.seen.cancelled, 1);
	// A story arriving after the cancel changes nothing.
	pending.resolve({story: threeOutlets(), warnings: []});
	await new Promise(resolve => setImmediate(resolve));
	assert.deepEqual(other.seen.loaded, []);
});
