// Keypress-to-frame latency of the interactive view: the time from writing a key to the view's stdin
// until Ink writes the next frame to stdout, for a few kinds of keys, on the demo story (5 articles)
// and on 100 articles (the demo sources relabelled and copied 20 times, run through the pipeline).
// Ink runs unthrottled (debug mode) into a fake terminal (120×40 and 200×60), so each key yields one frame.
// Most of the time is Ink's own output pass (it re-tokenises every cell of every frame), which grows with
// the terminal's area; the view's own work (reduce + frame building) is printed separately.
// Run: node --import tsx bench/keypress.tsx [--source]
// By default it measures what ships: it bundles itself with the CLI's build options (production React,
// the bundle's fast text paths for Ink) into .bench-out/ and runs that; --source runs it under tsx as is.
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';
import React from 'react';
import {render} from 'ink';
import type {Source, Story} from '../source/model.ts';
import {analyse} from '../source/pipeline.ts';
import {loadStory} from '../source/load.ts';
import {App} from '../source/ui/app.tsx';
import {buildViewModel} from '../source/ui/view-model.ts';
import {geometry} from '../source/ui/layout.ts';
import {initialState, reduce, settle, type Env} from '../source/ui/state.ts';
import {buildFrame} from '../source/ui/frame.ts';
import {makeTheme, paint} from '../source/ui/theme.ts';

if (!process.env.CROSSCHECK_KEYPRESS_BUNDLED && !process.argv.includes('--source')) {
	const {build} = await import('esbuild');
	const {buildOptions} = await import('../scripts/build.mjs');
	// .bench-out/ sits beside dist/, so the bundle finds fixtures/ at the same relative path as the CLI.
	const outdir = path.resolve(import.meta.dirname, '../.bench-out');
	await build({...buildOptions(outdir), entryPoints: {keypress: fileURLToPath(import.meta.url)}, splitting: false, metafile: false});
	console.log('measuring the bundled view (as shipped); --source measures the sources under tsx');
	const run = spawnSync(process.execPath, [path.join(outdir, 'keypress.js'), ...process.argv.slice(2)], {stdio: 'inherit', env: {...process.env, CROSSCHECK_KEYPRESS_BUNDLED: '1'}});
	process.exit(run.status ?? 1);
}

const PRESSES = 200;

class FakeStdout extends EventEmitter {
	isTTY = true;
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}
	onWrite?: () => void;
	write = () => {
		this.onWrite?.();
		return true;
	};
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write(data: string) {
		this.data = data;
		this.emit('readable');
	}
	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function summary(times: number[]): string {
	const sorted = [...times].sort((a, b) => a - b);
	return `median ${percentile(sorted, 0.5).toFixed(2)} ms, p95 ${percentile(sorted, 0.95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms (n=${sorted.length})`;
}

async function measure(name: string, story: Story, columns: number, rows: number): Promise<void> {
	const stdout = new FakeStdout(columns, rows);
	const stdin = new FakeStdin();
	const instance = render(<App story={story} color />, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		stderr: new FakeStdout(80, 24) as unknown as NodeJS.WriteStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	await new Promise(resolve => setImmediate(resolve));
	const press = (key: string) =>
		new Promise<number>(resolve => {
			const start = performance.now();
			stdout.onWrite = () => {
				stdout.onWrite = undefined;
				resolve(performance.now() - start);
			};
			stdin.write(key);
		});
	const scenarios: Array<[string, (i: number) => string]> = [
		['j/k (row down/up)', i => (Math.floor(i / 50) % 2 === 0 ? 'j' : 'k')],
		['PgDn/PgUp', i => (Math.floor(i / 10) % 2 === 0 ? '\x1b[6~' : '\x1b[5~')],
		['l/h (column, pages sideways)', i => (Math.floor(i / 20) % 2 === 0 ? 'l' : 'h')],
		['f (cycle filter)', () => 'f'],
	];
	console.log(`${name} at ${columns}×${rows}: ${story.sources.length} sources, ${story.rows.length} rows, ${story.units.length} units`);
	for (const [label, key] of scenarios) {
		await press('g');
		const times: number[] = [];
		for (let i = 0; i < PRESSES; i++) times.push(await press(key(i)));
		console.log(`  ${label.padEnd(30)} ${summary(times)}`);
	}
	// Article mode: Tab in, then move through the focused article.
	await press('\t');
	const times: number[] = [];
	for (let i = 0; i < PRESSES; i++) times.push(await press(Math.floor(i / 25) % 2 === 0 ? 'j' : 'k'));
	console.log(`  ${'article mode j/k'.padEnd(30)} ${summary(times)}`);
	instance.unmount();
	instance.cleanup();
	viewOnly(story, columns, rows);
}

/** The view's own share: reduce + building and painting the frame, without Ink. */
function viewOnly(story: Story, columns: number, rows: number): void {
	const vm = buildViewModel(story);
	const env: Env = {vm, geo: geometry(columns, rows, vm.sources.length), search: () => ({query: '', hits: [], preview: [], perSource: {}})};
	const theme = makeTheme(true);
	let state = settle(initialState(), env);
	const times: number[] = [];
	for (let i = 0; i < PRESSES; i++) {
		const start = performance.now();
		state = reduce(state, {type: 'move', delta: Math.floor(i / 50) % 2 === 0 ? 1 : -1}, env);
		buildFrame(state, env).map(line => paint(line, theme));
		times.push(performance.now() - start);
	}
	console.log(`  ${'view only (reduce+frame), j/k'.padEnd(30)} ${summary(times)}`);
}

function copies(sources: Source[], times: number): Source[] {
	const result: Source[] = [];
	for (let k = 0; k < times; k++) {
		for (const source of sources) result.push({...source, id: `s${result.length + 1}`, label: `${source.label} ${k + 1}`, title: ''});
	}
	return result;
}

const {story: demo} = await loadStory([], {});
const sources = demo.sources.map(({id, path, label, text, format}) => ({id, path, label, title: '', text, format}));
const hundred = analyse(copies(sources, 20));
for (const [columns, rows] of [[120, 40], [200, 60]] as const) {
	await measure('demo', demo, columns, rows);
	await measure('100 articles', hundred, columns, rows);
}
