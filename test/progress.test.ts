// Stage progress on stderr: silent for quick work and off terminals, drawn after the delay,
// erased at the end; and a reader closing stdout early (`| head`) is not an error.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {createProgressTracker, progressEnabled, progressLine, startStageProgress, type ProgressStream} from '../source/progress.ts';
import {analyse} from '../source/pipeline.ts';
import {cellWidth} from '../source/text/terminal.ts';
import {generateSources} from '../bench/generate.ts';

const root = path.resolve(import.meta.dirname, '..');

function fakeTerminal(isTTY = true, columns = 80) {
	const writes: string[] = [];
	const stream: ProgressStream = {isTTY, columns, write: text => writes.push(text)};
	return {stream, writes};
}

function manualClock() {
	let time = 0;
	const timers: {at: number; callback: () => void; cancelled: boolean}[] = [];
	return {
		now: () => time,
		setTimer: (callback: () => void, ms: number) => {
			const timer = {at: time + ms, callback, cancelled: false};
			timers.push(timer);
			return {cancel: () => void (timer.cancelled = true)};
		},
		advance(ms: number) {
			time += ms;
			for (const timer of timers) if (!timer.cancelled && timer.at <= time) {
				timer.cancelled = true;
				timer.callback();
			}
		},
	};
}

test('quick work draws nothing and leaves nothing to erase', () => {
	const {stream, writes} = fakeTerminal();
	const clock = manualClock();
	const progress = startStageProgress({stream, now: clock.now, setTimer: clock.setTimer, env: {}});
	for (const [i, stage] of (['split', 'classify', 'mentions', 'align', 'compare'] as const).entries()) {
		clock.advance(20);
		progress.onStage(stage, i, 5);
	}
	progress.done();
	clock.advance(1000);
	assert.deepEqual(writes, []);
});

test('slow work draws stage names with a bar after the delay, then erases the line', () => {
	const {stream, writes} = fakeTerminal();
	const clock = manualClock();
	const progress = startStageProgress({stream, now: clock.now, setTimer: clock.setTimer, env: {}});
	progress.onStage('split', 0, 5);
	clock.advance(200);
	progress.onStage('classify', 1, 5);
	assert.deepEqual(writes, [], 'nothing before 300 ms');
	clock.advance(150);
	progress.onStage('mentions', 2, 5);
	assert.equal(writes.length, 2, 'the timer drew once, then the stage change drew');
	assert.match(writes.at(-1)!, /\[█+░+\] 4\/6 mentions/);
	progress.onStage('align', 3, 5);
	assert.match(writes.at(-1)!, /5\/6 align/);
	progress.done();
	progress.done();
	assert.equal(writes.at(-1), '\r\u001B[2K', 'erased once');
	assert.equal(writes.filter(w => w === '\r\u001B[2K').length, 1);
});

test('slow reading (before any stage) shows the read step from the timer', () => {
	const {stream, writes} = fakeTerminal();
	const clock = manualClock();
	const progress = startStageProgress({stream, now: clock.now, setTimer: clock.setTimer, env: {}});
	clock.advance(400);
	assert.match(writes.join(''), /1\/6 read/);
	progress.done();
});

test('not a terminal, or TERM=dumb: never drawn', () => {
	assert.equal(progressEnabled({isTTY: false, write: () => {}}, {}), false);
	assert.equal(progressEnabled({isTTY: true, write: () => {}}, {TERM: 'dumb'}), false);
	const {stream, writes} = fakeTerminal(false);
	const clock = manualClock();
	const progress = startStageProgress({stream, now: clock.now, setTimer: clock.setTimer, env: {}});
	clock.advance(1000);
	progress.onStage('align', 3, 5);
	progress.done();
	assert.deepEqual(writes, []);
});

test('the line fits the terminal and the bar grows with the step', () => {
	for (const columns of [100, 40, 12, 5, 1]) {
		const line = progressLine('mentions', 4, 6, columns);
		assert.ok(cellWidth(line) < Math.max(2, columns), `${columns}: ${line}`);
	}
	const filled = (step: number) => [...progressLine('align', step, 6)].filter(c => c === '█').length;
	assert.ok(filled(1) < filled(3) && filled(3) < filled(6));
});

test('analyse drives the reporter through every stage in order', () => {
	const stages: string[] = [];
	analyse(generateSources(3), {onStage: (stage, index, total) => stages.push(`${index + 1}/${total} ${stage}`)});
	assert.deepEqual(stages, ['1/5 split', '2/5 classify', '3/5 mentions', '4/5 align', '5/5 compare']);
});

test('the view\'s progress tracker: reading first, then each stage, told to every listener until it unsubscribes', () => {
	let time = 1000;
	const tracker = createProgressTracker(() => time);
	assert.equal(tracker.started, 1000);
	assert.deepEqual(tracker.current(), {stage: 'read', step: 1, steps: 6});
	const heard: string[] = [];
	const stop = tracker.subscribe(() => heard.push(`${tracker.current().step}/${tracker.current().steps} ${tracker.current().stage}`));
	tracker.setDetail('120 sources');
	analyse(generateSources(2), {onStage: tracker.onStage});
	stop();
	tracker.onStage('compare', 4, 5);
	assert.deepEqual(heard, ['1/6 read', '2/6 split', '3/6 classify', '4/6 mentions', '5/6 align', '6/6 compare']);
	assert.equal(tracker.current().detail, '120 sources', 'the detail stays through later stages');
	time = 5000;
	assert.equal(tracker.started, 1000, 'started does not move');
});

test('stdout closed early (crosscheck --json | head) exits 0 without an error message', () => {
	// A real shell pipe: node's own stdio pipes are socket pairs, whose large buffers hide EPIPE.
	const cli = ['--import', 'tsx', path.join(root, 'source/cli.ts'), '--json'].map(arg => `'${arg}'`).join(' ');
	const script = `'${process.execPath}' ${cli} | head -c 10 > /dev/null; echo "exit=\${PIPESTATUS[0]}"`;
	const result = spawnSync('bash', ['-c', script], {cwd: root, encoding: 'utf8', timeout: 60_000});
	assert.equal(result.stderr, '');
	assert.equal(result.stdout.trim(), 'exit=0');
});
