// Search speed: index build, and one keystroke's query (every prefix of a few realistic queries, typed in
// order on a fresh index, so per-term caches help only as much as they would while typing).
// Stories: the demo (5 articles); 100 articles made by relabelling the demo sources 20 times; and the same
// 100 with a varied vocabulary (a third of the longer words get a per-copy suffix), since plain copies
// keep the distinct vocabulary, which the fuzzy step scans, as small as the demo's.
// Run: node --import tsx bench/search.ts
import {performance} from 'node:perf_hooks';
import type {Source, Story} from '../source/model.ts';
import {analyse} from '../source/pipeline.ts';
import {loadStory} from '../source/load.ts';
import {buildSearchIndex, searchStory} from '../source/search/index.ts';

const QUERIES = ['harfuch', 'sheinbam', 'garcia harfuch', '37 suspects', 'united states', 'US', '50 percent', 'houston', 'ninety two', 'mexico !cartel'];
const ROUNDS = 15;

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function summary(times: number[]): string {
	const sorted = [...times].sort((a, b) => a - b);
	return `median ${percentile(sorted, 0.5).toFixed(3)} ms, p95 ${percentile(sorted, 0.95).toFixed(3)} ms, max ${sorted.at(-1)!.toFixed(3)} ms (n=${sorted.length})`;
}

function copies(sources: Source[], times: number, vary: boolean): Source[] {
	const result: Source[] = [];
	for (let k = 0; k < times; k++) {
		const suffix = String.fromCharCode(97 + (k % 26)) + String.fromCharCode(97 + Math.floor(k / 26));
		for (const source of sources) {
			let n = 0;
			const text = vary ? source.text.replace(/\p{L}{5,}/gu, word => (n++ % 3 === k % 3 ? word + suffix : word)) : source.text;
			const id = `s${result.length + 1}`;
			result.push({...source, id, label: `${source.label} ${k + 1}`, text, title: ''});
		}
	}
	return result;
}

function measure(name: string, story: Story): void {
	const builds: number[] = [];
	const keystrokes: number[] = [];
	let hits = 0;
	for (let round = 0; round < ROUNDS; round++) {
		const t0 = performance.now();
		const index = buildSearchIndex(story);
		builds.push(performance.now() - t0);
		for (const query of QUERIES) {
			for (let length = 1; length <= query.length; length++) {
				const t = performance.now();
				const result = searchStory(index, query.slice(0, length));
				keystrokes.push(performance.now() - t);
				if (length === query.length && round === 0) hits += result.hits.length;
			}
		}
	}
	const words = new Set(story.units.flatMap(u => u.text.toLowerCase().match(/\p{L}+/gu) ?? [])).size;
	console.log(`${name}: ${story.sources.length} sources, ${story.units.length} units, ${story.mentions.length} mentions, ~${words} distinct words; ${hits} hits for the full queries`);
	console.log(`  index build: ${summary(builds)}`);
	console.log(`  one keystroke: ${summary(keystrokes)}`);
}

const {story: demo} = await loadStory([], {});
measure('demo', demo);
for (const vary of [false, true]) {
	const t = performance.now();
	const big = analyse(copies(demo.sources, 20, vary), {title: 'bench'});
	const label = vary ? '100 articles, varied vocabulary' : '100 articles (demo x20)';
	console.log(`(${label}: pipeline ${(performance.now() - t).toFixed(0)} ms)`);
	measure(label, big);
}
