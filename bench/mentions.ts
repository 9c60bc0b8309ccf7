// Benchmark of the mentions stage alone (split + classify done once, outside the timing):
// the demo story and 100 synthetic variants of its articles (figures changed so keys differ).
// Run: node --import tsx bench/mentions.ts
import {performance} from 'node:perf_hooks';
import {readFileSync, readdirSync} from 'node:fs';
import type {Source} from '../source/model.ts';
import {splitSource} from '../source/split/index.ts';
import {classifyUnits} from '../source/classify/index.ts';
import {extractMentions} from '../source/mentions/index.ts';

const dir = new URL('../fixtures/demo/', import.meta.url);
const texts = readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(new URL(f, dir), 'utf8'));
const variants = Array.from({length: 100}, (_, i) => texts[i % texts.length].replace(/\b37\b/g, String(30 + (i % 9))));

function sourcesOf(list: string[]): Source[] {
	return list.map((text, i) => ({id: `s${i + 1}`, path: `a${i + 1}.txt`, label: `A${i + 1}`, title: '', text, format: 'text'}));
}

function measure(name: string, list: string[], runs: number): void {
	const sources = sourcesOf(list);
	const units = classifyUnits(sources, sources.flatMap(s => splitSource(s)));
	for (let r = 0; r < 5; r++) extractMentions(sources, units); // warm-up
	const times: number[] = [];
	let count = 0;
	for (let r = 0; r < runs; r++) {
		const t0 = performance.now();
		count = extractMentions(sources, units).length;
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	const median = times[Math.floor(runs / 2)];
	const p95 = times[Math.min(runs - 1, Math.floor(runs * 0.95))];
	console.log(`${name}: ${list.length} articles, ${count} mentions; median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, ${(median / list.length).toFixed(3)} ms/article`);
}

measure('demo', texts, 200);
measure('100 variants', variants, 40);
