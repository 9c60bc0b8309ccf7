// The non-align stages one at a time: split, classify, mentions and compare, each timed on its own
// over the same input (the stages before it run once, outside the timing), at 100 and 500 generated
// articles (bench/generate.ts), with the 500/100 ratio per stage (about 5 when a stage grows
// linearly, 25 when it grows quadratically). Align is left to bench/pipeline.ts.
// Run: node --import tsx bench/stages.ts [--quick] [--sizes 100,500]
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import type {Source, Unit} from '../source/model.ts';
import {splitSource} from '../source/split/index.ts';
import {classifyUnits} from '../source/classify/index.ts';
import {extractMentions} from '../source/mentions/index.ts';
import {alignRows} from '../source/align/index.ts';
import {compareRows} from '../source/compare/index.ts';
import {generateSources} from './generate.ts';
import {machine, runsFor, summarise, type Summary} from './stats.ts';

const STAGES = ['split', 'classify', 'mentions', 'compare'] as const;
type StageName = (typeof STAGES)[number];

function time(fn: () => unknown, runs: number): Summary {
	fn(); // warm-up
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		times.push(performance.now() - start);
	}
	return summarise(times);
}

export function measureStages(count: number, runs: number): Record<StageName, Summary> & {units: number; rows: number} {
	const sources: Source[] = generateSources(count);
	const split = () => sources.flatMap(source => splitSource(source));
	const units: Unit[] = split();
	const classified = classifyUnits(sources, units);
	const mentions = extractMentions(sources, classified);
	const aligned = alignRows(sources, classified, mentions);
	return {
		split: time(split, runs),
		classify: time(() => classifyUnits(sources, units), runs),
		mentions: time(() => extractMentions(sources, classified), runs),
		compare: time(() => compareRows(aligned, classified, mentions, sources), runs),
		units: units.length,
		rows: aligned.length,
	};
}

function main(): void {
	const at = process.argv.indexOf('--sizes');
	const sizes = at === -1 ? [100, 500] : process.argv[at + 1]!.split(',').map(Number);
	console.log(`# Stages: split, classify, mentions, compare on their own (${machine()})`);
	const results = new Map<number, ReturnType<typeof measureStages>>();
	for (const count of sizes) {
		const result = measureStages(count, count >= 500 ? runsFor(11, 3) : runsFor(21, 5));
		results.set(count, result);
		const cells = STAGES.map(stage => `${stage} ${result[stage].median.toFixed(1)} (p95 ${result[stage].p95.toFixed(1)})`).join(', ');
		console.log(`${String(count).padStart(4)} articles, ${result.units} units, ${result.rows} rows; medians ms: ${cells}`);
	}
	const small = results.get(100);
	const large = results.get(500);
	if (small && large) {
		console.log(`ratio 500/100 (linear ≈ 5, quadratic ≈ 25): ${STAGES.map(stage => `${stage} ${(large[stage].median / small[stage].median).toFixed(1)}`).join(', ')}`);
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
