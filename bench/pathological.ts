// Pathological inputs (issue 5): each must complete within the documented limits or stop with a
// clear message, never hang or crash. Builds the inputs in a temp folder, runs each through the CLI
// (`--json`, from source with tsx and from the bundle), and prints exit status, the first message,
// wall time and peak memory (from /usr/bin/time when present). Then times the splitter alone on long
// period-heavy lines, which the read stage would refuse or break up before the splitter saw them.
//
// Run: node --import tsx bench/pathological.ts [--quick] [--runs N] [--cli dist/cli.js] [--only NAME]
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {splitSource} from '../source/split/index.ts';
import {machine, quick, summarise} from './stats.ts';

const root = path.resolve(import.meta.dirname, '..');
const DEMO = path.join(root, 'fixtures/demo');
const argValue = (flag: string) => {
	const at = process.argv.indexOf(flag);
	return at === -1 ? undefined : process.argv[at + 1];
};
const runs = Number(argValue('--runs') ?? (quick ? 1 : 3));
const bundled = path.resolve(root, argValue('--cli') ?? 'dist/cli.js');
const only = argValue('--only');

interface Case {
	name: string;
	files: Record<string, () => string>;
	args: (dir: string) => string[];
	/** What should happen, for the reader of the table. */
	expect: string;
}

const demo = (name: string) => path.join(DEMO, name);

/** "Mr. Name Surname left Town." lines with all-different names (a stress for name linking). */
function namesLines(count: number): string {
	const syllables = ['ka', 'lo', 'mi', 'ra', 'to', 'ne', 'su', 'vi', 'de', 'por', 'gan', 'mel'];
	const given = ['John', 'Maria', 'Ana', 'Carlos', 'Peter', 'Laura', 'David', 'Michael', 'James', 'Elena'];
	const word = (i: number) => {
		let s = '';
		let n = i;
		do {
			s += syllables[n % syllables.length];
			n = Math.floor(n / syllables.length);
		} while (n > 0);
		return s[0]!.toUpperCase() + s.slice(1);
	};
	const lines: string[] = [];
	for (let i = 0; i < count; i++) lines.push(`${given[i % given.length]} ${word(i)} said the plan for ${word(i + 7)} failed on Tuesday.`);
	return lines.join('\n') + '\n';
}

const CASES: Case[] = [
	{
		name: '10 MB line, default limit',
		files: {'line.txt': () => 'The committee met again on Tuesday, officials said. '.repeat(200_000)},
		args: dir => [path.join(dir, 'line.txt'), demo('1-afp.txt')],
		expect: 'exit 2: over the 5 MB limit (--max-size)',
	},
	{
		name: '10 MB line, --max-size 20000000',
		files: {'line.txt': () => 'The committee met again on Tuesday, officials said. '.repeat(200_000)},
		args: dir => ['--max-size', '20000000', path.join(dir, 'line.txt'), demo('1-afp.txt')],
		expect: 'completes (line broken at spaces every 100,000 characters)',
	},
	{
		name: '10 MB line without periods, --max-size',
		files: {'words.txt': () => 'The committee met again and nothing was decided at all '.repeat(190_000)},
		args: dir => ['--max-size', '20000000', path.join(dir, 'words.txt'), demo('1-afp.txt')],
		expect: 'completes',
	},
	{
		name: '100,000 tiny sentences, one file',
		files: {'tiny.txt': () => 'It rained. '.repeat(100_000)},
		args: dir => [path.join(dir, 'tiny.txt'), demo('1-afp.txt')],
		expect: 'completes',
	},
	{
		name: '100,000 tiny sentences, two files',
		files: {'tiny-a.txt': () => 'It rained. '.repeat(50_000), 'tiny-b.txt': () => 'It rained. '.repeat(50_000)},
		args: dir => [path.join(dir, 'tiny-a.txt'), path.join(dir, 'tiny-b.txt')],
		expect: 'completes',
	},
	{
		name: '100,000 different tiny sentences',
		files: {'items.txt': () => Array.from({length: 100_000}, (_, i) => `Item ${i} rose.`).join(' ')},
		args: dir => [path.join(dir, 'items.txt'), demo('1-afp.txt')],
		expect: 'completes',
	},
	{
		name: '100,000 lines naming different people',
		files: {'names.txt': () => namesLines(100_000)},
		args: dir => ['--max-size', '20000000', path.join(dir, 'names.txt'), demo('1-afp.txt')],
		expect: 'completes',
	},
	{
		name: '300,000 tiny sentences',
		files: {'tiny.txt': () => 'It rained. '.repeat(300_000)},
		args: dir => [path.join(dir, 'tiny.txt'), demo('1-afp.txt')],
		expect: 'exit 2: more than the 250,000 sentences one comparison can take',
	},
	{
		name: '100,000 nested <div>s',
		files: {'deep.html': () => `<html><body>${'<div>'.repeat(100_000)}It rained in Lima on Tuesday.${'</div>'.repeat(100_000)}</body></html>`},
		args: dir => [path.join(dir, 'deep.html'), demo('1-afp.txt'), demo('2-voz.txt')],
		expect: 'completes with a warning: nested more than 5,000 levels deep',
	},
	{
		name: '4,000 nested <div>s',
		files: {'deep.html': () => `<html><body>${'<div>'.repeat(4_000)}<p>It rained in Lima on Tuesday, officials said.</p>${'</div>'.repeat(4_000)}</body></html>`},
		args: dir => [path.join(dir, 'deep.html'), demo('1-afp.txt')],
		expect: 'completes (plain walk instead of the article reader)',
	},
	{
		name: '100,000 self-closing <div/>s',
		files: {'selfclosing.html': () => `<html><body>${'<div/>'.repeat(100_000)}It rained in Lima on Tuesday.</body></html>`},
		args: dir => [path.join(dir, 'selfclosing.html'), demo('1-afp.txt'), demo('2-voz.txt')],
		expect: 'completes with a warning: nested more than 5,000 levels deep',
	},
	{
		name: '4,900 open <div>s + 1.2M stray end tags',
		files: {'stray.html': () => `<html><body>${'<div>'.repeat(4_900)}${'</x>'.repeat(1_200_000)}</body></html>`},
		args: dir => [path.join(dir, 'stray.html'), demo('1-afp.txt'), demo('2-voz.txt')],
		expect: 'completes with a warning: too many tags inside deeply nested elements',
	},
	{
		name: '5 MB page, 60,000 paragraphs',
		files: {'flat.html': () => `<html><body><article>${'<p>It rained in Lima on Tuesday, the mayor said. Seven people were rescued.</p>'.repeat(60_000)}</article></body></html>`},
		args: dir => [path.join(dir, 'flat.html'), demo('1-afp.txt')],
		expect: 'completes',
	},
];

interface Outcome {
	status: number | null;
	message: string;
	seconds: number;
	rssMb?: number;
}

const timeBinary = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function runCli(command: string[], args: string[]): Outcome {
	const full = timeBinary ? [timeBinary, '-f', 'CCBENCH %e %M', ...command, '--json', ...args] : [...command, '--json', ...args];
	const start = performance.now();
	const result = spawnSync(full[0]!, full.slice(1), {encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000});
	const wall = (performance.now() - start) / 1000;
	const lines = (result.stderr ?? '').split('\n').filter(Boolean);
	const timing = lines.find(line => line.startsWith('CCBENCH '));
	const messages = lines.filter(line => !line.startsWith('CCBENCH ') && !line.startsWith('Command exited'));
	let status = result.status;
	let seconds = wall;
	let rssMb: number | undefined;
	if (timing) {
		const [, elapsed, kb] = timing.split(' ');
		seconds = Number(elapsed);
		rssMb = Math.round(Number(kb) / 1024);
	}
	if (result.error) return {status: null, message: `did not finish: ${result.error.message}`, seconds: wall};
	const stack = messages.some(line => /^\s+at /.test(line));
	const message = (stack ? 'STACK TRACE: ' : '') + (messages[0] ?? '').replace(/^crosscheck: /, '').slice(0, 110);
	return {status, message, seconds, ...(rssMb !== undefined ? {rssMb} : {})};
}

function describe(outcomes: Outcome[]): string {
	const seconds = summarise(outcomes.map(o => o.seconds));
	const rss = outcomes.map(o => o.rssMb).filter((v): v is number => v !== undefined);
	const first = outcomes[0]!;
	const time = outcomes.length > 1 ? `median ${seconds.median.toFixed(2)} s, p95 ${seconds.p95.toFixed(2)} s` : `${seconds.median.toFixed(2)} s`;
	return `exit ${first.status}, ${time}${rss.length ? `, peak RSS ${Math.max(...rss)} MB` : ''}${first.message ? ` — ${first.message}` : ''}`;
}

function splitTimings(): void {
	console.log('\n# Splitter alone on long period-heavy lines (in-process)');
	const lines: Record<string, string> = {
		'"a." x 500,000 (1 MB, no space)': 'a.'.repeat(500_000),
		'"a." runs of 4,999 chars + space (2 MB)': ('a.'.repeat(2_499) + ' ').repeat(400),
		'"xx.Yy" x 2,000,000 (10 MB, no space)': 'xx.Yy'.repeat(2_000_000),
		'prose with periods, one 10 MB line': 'The committee met again on Tuesday. Nothing was decided, said Mr. Smith of the U.S. Senate. '.repeat(110_000),
		'"It rained. " x 100,000': 'It rained. '.repeat(100_000),
	};
	for (const [name, text] of Object.entries(lines)) {
		const source = {id: 's1', path: 'x', label: 'x', title: '', text, format: 'text' as const};
		const times: number[] = [];
		let units = 0;
		for (let i = 0; i < Math.max(3, runs); i++) {
			const start = performance.now();
			units = splitSource(source).length;
			times.push(performance.now() - start);
		}
		const summary = summarise(times);
		console.log(`${name.padEnd(44)} median ${summary.median.toFixed(0)} ms, p95 ${summary.p95.toFixed(0)} ms (n=${summary.n}); ${units.toLocaleString('en-US')} units`);
	}
}

function main(): void {
	console.log(`# Pathological inputs through the CLI (${machine()})`);
	console.log(`runs per case: ${runs}; memory: ${timeBinary ? 'peak RSS from /usr/bin/time' : 'not measured (no /usr/bin/time)'}`);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-patho-'));
	const clis: Array<[string, string[]]> = [['tsx', [process.execPath, '--import', 'tsx', path.join(root, 'source/cli.ts')]]];
	if (fs.existsSync(bundled)) clis.push(['bundle', [process.execPath, bundled]]);
	else console.log(`(no bundle at ${path.relative(root, bundled)}: run npm run build to time it too)`);
	try {
		for (const item of CASES) {
			if (only && !item.name.includes(only)) continue;
			const caseDir = path.join(dir, String(CASES.indexOf(item)));
			fs.mkdirSync(caseDir);
			for (const [file, make] of Object.entries(item.files)) fs.writeFileSync(path.join(caseDir, file), make());
			console.log(`\n${item.name} (expected: ${item.expect})`);
			for (const [label, command] of clis) {
				const outcomes = Array.from({length: runs}, () => runCli(command, item.args(caseDir)));
				console.log(`  ${label.padEnd(7)} ${describe(outcomes)}`);
			}
			fs.rmSync(caseDir, {recursive: true, force: true});
		}
	} finally {
		fs.rmSync(dir, {recursive: true, force: true});
	}
	if (!only) splitTimings();
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
