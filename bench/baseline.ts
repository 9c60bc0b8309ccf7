// A deliberately plain aligner to compare the real one with (not part of the app): TF-IDF over
// lower-cased words minus stop words (no stemming, no mentions), cosine similarity, and single-link
// clustering of every pair at or above a fixed threshold. It reuses the pipeline's units and kinds,
// so only the alignment differs.
import type {Story, Unit} from '../source/model.ts';
import type {AlignedRow} from '../source/align/index.ts';
import {compareRows} from '../source/compare/index.ts';

export const BASELINE_THRESHOLD = 0.3;

const STOP_WORDS = new Set(
	(
		'a an and are as at be been but by for from had has have he her his in into is it its of on or said says she ' +
		'that the their them they this to was were which who will with would not than then there these those our we'
	).split(' '),
);

function words(text: string): string[] {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(w => !STOP_WORDS.has(w));
}

type Vector = Map<string, number>;

function tfidfVectors(units: Unit[]): Vector[] {
	const bags = units.map(u => words(u.text));
	const documentFrequency = new Map<string, number>();
	for (const bag of bags) for (const w of new Set(bag)) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
	return bags.map(bag => {
		const vector: Vector = new Map();
		for (const w of bag) vector.set(w, (vector.get(w) ?? 0) + 1);
		let norm = 0;
		for (const [w, tf] of vector) {
			const weight = tf * Math.log(units.length / documentFrequency.get(w)!);
			vector.set(w, weight);
			norm += weight * weight;
		}
		norm = Math.sqrt(norm) || 1;
		for (const [w, weight] of vector) vector.set(w, weight / norm);
		return vector;
	});
}

/**
 * TF-IDF as scikit-learn's TfidfVectorizer does it by default: words of two or more word characters,
 * lower-cased, no stop words, raw counts times smoothed IDF ln((1 + n) / (1 + df)) + 1, unit length.
 */
function defaultTfidfVectors(units: Unit[]): Vector[] {
	const bags = units.map(u => u.text.toLowerCase().match(/\b\w\w+\b/gu) ?? []);
	const documentFrequency = new Map<string, number>();
	for (const bag of bags) for (const w of new Set(bag)) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
	const n = units.length;
	return bags.map(bag => {
		const vector: Vector = new Map();
		for (const w of bag) vector.set(w, (vector.get(w) ?? 0) + 1);
		let norm = 0;
		for (const [w, tf] of vector) {
			const weight = tf * (Math.log((1 + n) / (1 + documentFrequency.get(w)!)) + 1);
			vector.set(w, weight);
			norm += weight * weight;
		}
		norm = Math.sqrt(norm) || 1;
		for (const [w, weight] of vector) vector.set(w, weight / norm);
		return vector;
	});
}

function cosine(a: Vector, b: Vector): number {
	const [small, large] = a.size < b.size ? [a, b] : [b, a];
	let sum = 0;
	for (const [w, weight] of small) sum += weight * (large.get(w) ?? 0);
	return sum;
}

/** Single-link clusters of the story's claim units: rows ordered by their first unit's relative position. */
export function baselineRows(story: Story, threshold = BASELINE_THRESHOLD): AlignedRow[] {
	const claims = story.units.filter(u => u.kind === 'claim');
	const vectors = tfidfVectors(claims);
	const parent = claims.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	for (let i = 0; i < claims.length; i++) {
		for (let k = i + 1; k < claims.length; k++) {
			if (cosine(vectors[i], vectors[k]) >= threshold) parent[find(i)] = find(k);
		}
	}
	const lastIndex = new Map<string, number>();
	for (const u of story.units) lastIndex.set(u.source, Math.max(lastIndex.get(u.source) ?? 0, u.index));
	const relative = (u: Unit) => u.index / Math.max(1, lastIndex.get(u.source)!);
	const clusters = new Map<number, Unit[]>();
	claims.forEach((u, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), u]));
	return [...clusters.values()]
		.map(units => ({units: units.map(u => u.id), position: Math.min(...units.map(relative))}))
		.sort((a, b) => a.position - b.position);
}

/** Average-link threshold (cosine; distance 0.85): the best of 0.05 steps for this baseline on the demo golds, which flatters it. */
export const AVERAGE_LINK_THRESHOLD = 0.15;

/**
 * The usual "TF-IDF + clustering" reference: the same vectors, agglomerative clustering with average
 * linkage (UPGMA) over every pair of claim units, merging while the closest two clusters' mean cosine
 * is at least `threshold`. Cubic in the number of claims: for labelled stories, not for benchmarks.
 */
export function averageLinkRows(story: Story, threshold = AVERAGE_LINK_THRESHOLD): AlignedRow[] {
	const claims = story.units.filter(u => u.kind === 'claim');
	const vectors = defaultTfidfVectors(claims);
	const similarity = vectors.map(a => vectors.map(b => cosine(a, b)));
	const clusters: number[][] = claims.map((_, i) => [i]);
	for (;;) {
		let best = -Infinity;
		let pair: [number, number] | undefined;
		for (let i = 0; i < clusters.length; i++) {
			for (let k = i + 1; k < clusters.length; k++) {
				let sum = 0;
				for (const a of clusters[i]!) for (const b of clusters[k]!) sum += similarity[a]![b]!;
				const mean = sum / (clusters[i]!.length * clusters[k]!.length);
				if (mean > best) [best, pair] = [mean, [i, k]];
			}
		}
		if (!pair || best < threshold) break;
		clusters[pair[0]]!.push(...clusters[pair[1]]!);
		clusters.splice(pair[1], 1);
	}
	return clusters.map((members, i) => ({units: members.map(m => claims[m]!.id), position: i}));
}

/** The same story with its rows replaced by a baseline's (single link at `threshold` unless rows are given). */
export function withBaselineRows(story: Story, threshold = BASELINE_THRESHOLD, aligned = baselineRows(story, threshold)): Story {
	const rows = compareRows(aligned, story.units, story.mentions, story.sources);
	return {...story, rows};
}
