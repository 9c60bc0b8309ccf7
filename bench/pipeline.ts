// The analysis in-process: analyse() on the demo story and on 5 / 100 / 500 generated articles
// (bench/generate.ts), with per-stage times from onStage, the 500/100 time ratio (about 5 when the
// work grows linearly, 25 when it grows quadratically) and peak memory at 500 articles, measured
// in a fresh child process so earlier runs' garbage does not count.
// Run: node --import tsx bench/pipeline.ts [--quick]
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import type {Source} from '../source/model.ts';
import {analyse, STAGES, type Stage} from '../source/pipeline.ts';
import {readInputs} from '../source/read/index.ts';
import {DEMO_STORY} from '../source/load.ts';
import {generateSources} from './generate.ts';
import {formatMs, machine, runsFor, summarise, verdict, type Summary} from './stats.ts';

interface Timed {
	total: number;
	stages: Record<Stage, number>;
	sentences: number;
	rows: number;
}

/** One analyse() run on fresh copies of `sources` (analyse fills in titles). */
function timeAnalyse(sources: Source[]): Timed {
	const copies = sources.map(source => ({...source}));
	const marks: [Stage, number][] = [];
	const start = performance.now();
	const story = analyse(copies, {onStage: stage => marks.push([stage, performance.now()])});
	const end = performance.now();
	const stages = Object.fromEntries(STAGES.map(stage => [stage, 0])) as Record<Stage, number>;
	marks.forEach(([stage, at], i) => (stages[stage] = (marks[i + 1]?.[1] ?? end) - at));
	return {total: end - start, stages, sentences: story.units.length, rows: story.rows.length};
}

function measure(name: string, sources: Source[], runs: number, target?: number): Summary {
	timeAnalyse(sources); // warm-up: JIT and lazy lexicons
	const results = Array.from({length: runs}, () => timeAnalyse(sources));
	const total = summarise(results.map(r => r.total));
	const stages = STAGES.map(stage => `${stage} ${summarise(results.map(r => r.stages[stage])).median.toFixed(1)}`).join(', ');
	const {sentences, rows} = results[0]!;
	console.log(`${name.padEnd(16)} ${formatMs(total)}${target ? `  ${verdict(total.median, target)}` : ''}`);
	console.log(`${''.padEnd(16)} ${sources.length} articles, ${sentences} units, ${rows} rows; stage medians (ms): ${stages}`);
	return total;
}

/** Child mode: one run at `count` articles, printing peak memory as JSON. */
function memoryChild(count: number): void {
	const sources = generateSources(count);
	const before = process.memoryUsage();
	let heapPeak = before.heapUsed;
	const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
	const start = performance.now();
	analyse(sources, {onStage: sample});
	const ms = performance.now() - start;
	sample();
	const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
	console.log(JSON.stringify({ms, rssPeakMb: Math.round(process.resourceUsage().maxRSS / 1024), heapPeakMb: mb(heapPeak), heapBeforeMb: mb(before.heapUsed)}));
}

function peakMemory(count: number): {ms: number; rssPeakMb: number; heapPeakMb: number; heapBeforeMb: number} {
	const result = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--memory', String(count)], {encoding: 'utf8', maxBuffer: 1 << 20});
	if (result.status !== 0) throw new Error(`memory run failed: ${result.stderr}`);
	return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

export async function runPipeline(): Promise<void> {
	console.log(`# Pipeline: analyse() in-process (${machine()})`);
	const demo = await readInputs([DEMO_STORY], {});
	measure('demo story', demo.sources, runsFor(30, 8), 100);
	measure('5 generated', generateSources(5), runsFor(20, 5));
	const at100 = measure('100 generated', generateSources(100), runsFor(7, 3), 1000);
	const at500 = measure('500 generated', generateSources(500), runsFor(3, 1), 8000);
	const ratio = at500.median / at100.median;
	console.log(`time(500) / time(100) = ${ratio.toFixed(1)} (linear ≈ 5, quadratic ≈ 25)`);
	const memory = peakMemory(500);
	console.log(`memory at 500 (fresh process, one run of ${Math.round(memory.ms)} ms): peak RSS ${memory.rssPeakMb} MB  ${verdict(memory.rssPeakMb, 300, 'MB')}; heap ${memory.heapBeforeMb} MB before, ${memory.heapPeakMb} MB peak at stage boundaries`);
}

const memoryAt = process.argv.indexOf('--memory');
if (memoryAt !== -1) memoryChild(Number(process.argv[memoryAt + 1]));
else if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await runPipeline();
