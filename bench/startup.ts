// Start-up as a user feels it: wall time of spawned processes of the built CLI (dist/, rebuilt
// first), and the time to the first frame of the interactive view in a real terminal (a tmux pane
// on a private socket), next to a bundled bare Ink "hello" built into a temp folder at bench time.
// Run: node --import tsx bench/startup.ts [--quick]
import {spawnSync, execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {build, type Plugin} from 'esbuild';
import {buildCli, devtoolsStub, fastAnsiTokenize, fastStringWidth, yogaWithoutFetch} from '../scripts/build.mjs';
import {formatMs, machine, runsFor, summarise, verdict, type Summary} from './stats.ts';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist/cli.js');
const TMUX_SOCKET = `crosscheck-bench-${process.pid}`;
const POLL_MS = 3;
const pause = new Int32Array(new SharedArrayBuffer(4));

function timeSpawn(args: string[], runs: number): Summary {
	const times: number[] = [];
	for (let i = 0; i <= runs; i++) {
		const start = performance.now();
		const result = spawnSync(process.execPath, args, {cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, FORCE_COLOR: '0'}});
		const elapsed = performance.now() - start;
		if (result.status !== 0 && result.status !== 1) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
		if (i > 0) times.push(elapsed); // the first run warms the disk cache
	}
	return summarise(times);
}

function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', TMUX_SOCKET, ...args], {encoding: 'utf8'});
}

function hasTmux(): boolean {
	return spawnSync('tmux', ['-V']).status === 0;
}

/**
 * Milliseconds from asking tmux to start each command in a 120x40 pane until the pane shows what
 * `ready` looks for (for the view: the claim grid's status line, so a blank or progress screen
 * would not count). The commands take turns, so a change in the machine's load affects them alike.
 * The server runs before timing starts (a keep-alive session), so only the program's start counts.
 */
function timeFirstFrames(commands: {command: string; ready: RegExp}[], runs: number): Summary[] {
	const times: number[][] = commands.map(() => []);
	for (let i = 0; i <= runs; i++) {
		for (const [k, {command, ready}] of commands.entries()) {
			const session = `frame${i}_${k}`;
			// `sleep` keeps the pane open after a program that prints and exits.
			const start = performance.now();
			tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', `CI=false ${command}; sleep 30`);
			let elapsed = Number.NaN;
			while (performance.now() - start < 10_000) {
				if (ready.test(tmux('capture-pane', '-p', '-t', session))) {
					elapsed = performance.now() - start;
					break;
				}
				// A short pause between polls: each poll starts a tmux client, and polling flat out
				// would take CPU from the program being timed (this machine has 2 CPUs).
				Atomics.wait(pause, 0, 0, POLL_MS);
			}
			tmux('kill-session', '-t', session);
			if (Number.isNaN(elapsed)) throw new Error(`no frame from ${command} within 10 s`);
			if (i > 0) times[k]!.push(elapsed); // the first round warms the disk cache
		}
	}
	return times.map(summarise);
}

/**
 * A bundled bare Ink "hello" (esbuild, production React); returns its path. `plugins` adds the
 * CLI's own bundle plugins (fast string-width and ANSI tokenizer, yoga without fetch), for a
 * baseline that gets the same bundling help as the view.
 */
async function buildInkHello(plugins: Plugin[] = []): Promise<string> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-ink-hello-'));
	fs.writeFileSync(path.join(dir, 'hello.tsx'), [
		"import {render, Text} from 'ink';",
		"const app = render(<Text>Hello</Text>);",
		'setTimeout(() => app.unmount(), 50);',
	].join('\n'));
	await build({
		entryPoints: [path.join(dir, 'hello.tsx')],
		outfile: path.join(dir, 'hello.mjs'),
		nodePaths: [path.join(root, 'node_modules')],
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		jsx: 'automatic',
		plugins: [devtoolsStub, ...plugins],
		define: {'process.env.NODE_ENV': '"production"'},
		minifyWhitespace: true,
		minifySyntax: true,
		banner: {js: "import {createRequire as __r} from 'node:module'; const require = __r(import.meta.url);"},
		logLevel: 'warning',
	});
	return path.join(dir, 'hello.mjs');
}

export async function runStartup(): Promise<void> {
	console.log(`# Start-up: spawned processes of dist/cli.js, wall time (${machine()})`);
	await buildCli();
	const runs = runsFor(20, 5);
	const rows: [string, string[], number | undefined][] = [
		['node -e 0 (floor)', ['-e', '0'], undefined],
		['--version', [cli, '--version'], 150],
		['--help', [cli, '--help'], 150],
		['--json (demo story)', [cli, '--json'], 300],
		['--plain (demo story)', [cli, '--plain'], 300],
		['find harfuch (demo story)', [cli, 'find', 'harfuch'], 300],
	];
	for (const [name, args, target] of rows) {
		const summary = timeSpawn(args, runs);
		console.log(`${name.padEnd(28)} ${formatMs(summary)}${target ? `  ${verdict(summary.median, target)}` : ''}`);
	}

	const hello = await buildInkHello();
	const helloFast = await buildInkHello([fastStringWidth, fastAnsiTokenize, yogaWithoutFetch]);
	if (!hasTmux()) {
		console.log('first frame: skipped (tmux is not installed)');
		return;
	}
	tmux('new-session', '-d', '-s', 'keep', 'sleep 600');
	try {
		const node = JSON.stringify(process.execPath);
		const [inkHello, inkHelloFast, view] = timeFirstFrames(
			[
				{command: `${node} ${JSON.stringify(hello)}`, ready: /Hello/},
				{command: `${node} ${JSON.stringify(helloFast)}`, ready: /Hello/},
				{command: `${node} ${JSON.stringify(cli)}`, ready: /row 1\/\d+/},
			],
			runsFor(15, 4),
		);
		console.log(`${'first frame: Ink hello'.padEnd(28)} ${formatMs(inkHello!)}`);
		console.log(`${'  same, CLI bundle plugins'.padEnd(28)} ${formatMs(inkHelloFast!)}`);
		const ratio = (base: Summary) => (view!.median / base.median).toFixed(2);
		console.log(`${'first frame: demo story'.padEnd(28)} ${formatMs(view!)}  ${verdict(view!.median, 450)}; ${ratio(inkHello!)}x Ink hello (target <= 1.5x), ${ratio(inkHelloFast!)}x with the same plugins`);
	} finally {
		spawnSync('tmux', ['-L', TMUX_SOCKET, 'kill-server']);
		for (const file of [hello, helloFast]) fs.rmSync(path.dirname(file), {recursive: true, force: true});
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await runStartup();
