// Align stage: group the claim units of all sources into rows, one claim per row.
//
// 1. Each claim unit becomes a TF-IDF vector of content terms (stemmed, synonyms merged) and typed
//    mention terms (figures, names, places, dates), normalised to unit length.
// 2. Candidate pairs come from an inverted index over informative terms, so work grows with the
//    number of similar pairs rather than with the square of the number of sentences.
// 3. Greedy average-link clustering over those pairs, strongest first, never putting two sentences
//    of the same source into a row while building it (average link = dot of summed vectors).
// 4. A second pass attaches sentences that restate a row's claim in a source already present, and
//    lets a sentence that carries two claims join a second row.
// Paragraph order is never used to align, only to order the finished rows for reading.
import type {Mention, Source, Unit} from '../model.ts';
import {MENTION_BOOST, mentionTerm, wordTerms} from './terms.ts';

export interface AlignedRow {
	units: string[];
	position: number;
}

export interface AlignOptions {
	/** Minimum cosine for a pair to be considered at all. */
	edgeThreshold?: number;
	/** Minimum average similarity between two groups to merge them into one row. */
	mergeThreshold?: number;
	/** Minimum average similarity to attach a leftover sentence to a row its source is already in. */
	attachThreshold?: number;
	/** Minimum average similarity for an aligned sentence to also join a second row. */
	secondRowThreshold?: number;
	/** Candidate neighbours kept per sentence (bounds memory on large stories). */
	neighbours?: number;
}

const DEFAULTS: Required<AlignOptions> = {
	edgeThreshold: 0.12,
	mergeThreshold: 0.2,
	attachThreshold: 0.3,
	secondRowThreshold: 0.4,
	neighbours: 40,
};

type Vector = Map<string, number>;

interface Item {
	unit: Unit;
	source: number; // index into sources
	vector: Vector;
	position: number; // relative position of the unit among its source's claims, 0..1
}

export function buildVectors(items: Array<{unit: Unit; mentions: Mention[]}>): Vector[] {
	const raw = items.map(({unit, mentions}) => {
		const counts = new Map<string, number>();
		for (const term of wordTerms(unit.text)) counts.set(term, (counts.get(term) ?? 0) + 1);
		const boosts = new Map<string, number>();
		for (const mention of mentions) {
			const term = mentionTerm(mention);
			counts.set(term, (counts.get(term) ?? 0) + 1);
			boosts.set(term, MENTION_BOOST[mention.kind]);
		}
		return {counts, boosts};
	});
	const df = new Map<string, number>();
	for (const {counts} of raw) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
	const n = items.length;
	return raw.map(({counts, boosts}) => {
		const vector: Vector = new Map();
		let norm = 0;
		for (const [term, count] of counts) {
			const idf = Math.max(0.05, Math.log((n + 1) / df.get(term)!));
			const weight = (1 + Math.log(count)) * idf * (boosts.get(term) ?? 1);
			vector.set(term, weight);
			norm += weight * weight;
		}
		norm = Math.sqrt(norm) || 1;
		for (const [term, weight] of vector) vector.set(term, weight / norm);
		return vector;
	});
}

function dot(a: Vector, b: Vector): number {
	if (a.size > b.size) [a, b] = [b, a];
	let sum = 0;
	for (const [term, weight] of a) {
		const other = b.get(term);
		if (other !== undefined) sum += weight * other;
	}
	return sum;
}

function addInto(target: Vector, source: Vector, factor = 1): void {
	for (const [term, weight] of source) target.set(term, (target.get(term) ?? 0) + weight * factor);
}

interface Edge {
	a: number;
	b: number;
	sim: number;
}

/** Cross-source pairs with cosine >= threshold, at most `neighbours` per item, via an inverted index. */
export function candidateEdges(items: Item[], threshold: number, neighbours: number): Edge[] {
	const n = items.length;
	const postings = new Map<string, number[]>();
	items.forEach((item, i) => {
		for (const term of item.vector.keys()) {
			let list = postings.get(term);
			if (!list) postings.set(term, (list = []));
			list.push(i);
		}
	});
	// Very common terms are left out of candidate generation (they cannot make two sentences similar
	// on their own); they still count in the exact similarity computed for each candidate.
	const maxPosting = Math.max(64, Math.ceil(n * 0.1));
	const partial = new Float64Array(n);
	const touched: number[] = [];
	const perItem: Edge[][] = items.map(() => []);
	for (let i = 0; i < n; i++) {
		const item = items[i]!;
		for (const [term, weight] of item.vector) {
			const list = postings.get(term)!;
			if (list.length < 2 || list.length > maxPosting) continue;
			for (const j of list) {
				if (j <= i || items[j]!.source === item.source) continue;
				if (partial[j] === 0) touched.push(j);
				partial[j] += weight * items[j]!.vector.get(term)!;
			}
		}
		for (const j of touched) {
			if (partial[j]! >= threshold * 0.5) {
				const sim = dot(item.vector, items[j]!.vector);
				if (sim >= threshold) {
					const edge = {a: i, b: j, sim};
					perItem[i]!.push(edge);
					perItem[j]!.push(edge);
				}
			}
			partial[j] = 0;
		}
		touched.length = 0;
	}
	const kept = new Set<Edge>();
	for (const list of perItem) {
		list.sort(compareEdges);
		for (const edge of list.slice(0, neighbours)) kept.add(edge);
	}
	return [...kept].sort(compareEdges);
}

function compareEdges(x: Edge, y: Edge): number {
	return y.sim - x.sim || x.a - y.a || x.b - y.b;
}

interface Cluster {
	members: number[];
	sources: Set<number>;
	sum: Vector;
}

export function alignRows(sources: Source[], units: Unit[], mentions: Mention[], options: AlignOptions = {}): AlignedRow[] {
	const opts = {...DEFAULTS, ...options};
	const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
	const claims = units.filter(u => u.kind === 'claim');
	const claimCount = new Map<string, number>();
	for (const u of claims) claimCount.set(u.source, (claimCount.get(u.source) ?? 0) + 1);
	const mentionsByUnit = new Map<string, Mention[]>();
	for (const m of mentions) {
		let list = mentionsByUnit.get(m.unit);
		if (!list) mentionsByUnit.set(m.unit, (list = []));
		list.push(m);
	}
	const vectors = buildVectors(claims.map(unit => ({unit, mentions: mentionsByUnit.get(unit.id) ?? []})));
	const rank = new Map<string, number>();
	const items: Item[] = claims.map((unit, i) => {
		const r = rank.get(unit.source) ?? 0;
		rank.set(unit.source, r + 1);
		const total = claimCount.get(unit.source)!;
		return {unit, source: sourceIndex.get(unit.source)!, vector: vectors[i]!, position: total > 1 ? r / (total - 1) : 0.5};
	});

	const edges = candidateEdges(items, opts.edgeThreshold, opts.neighbours);

	// Greedy average-link clustering.
	const clusterOf = items.map((_, i) => i);
	const clusters: Array<Cluster | undefined> = items.map((item, i) => ({members: [i], sources: new Set([item.source]), sum: new Map(item.vector)}));
	for (const {a, b} of edges) {
		const ca = clusterOf[a]!;
		const cb = clusterOf[b]!;
		if (ca === cb) continue;
		const A = clusters[ca]!;
		const B = clusters[cb]!;
		if ([...A.sources].some(s => B.sources.has(s))) continue;
		const average = dot(A.sum, B.sum) / (A.members.length * B.members.length);
		if (average < opts.mergeThreshold) continue;
		const [big, small, bigId, smallId] = A.members.length >= B.members.length ? [A, B, ca, cb] : [B, A, cb, ca];
		for (const m of small.members) clusterOf[m] = bigId;
		big.members.push(...small.members);
		for (const s of small.sources) big.sources.add(s);
		addInto(big.sum, small.sum);
		clusters[smallId] = undefined;
	}

	// Second pass: restatements and sentences carrying a second claim.
	const neighboursOf: number[][] = items.map(() => []);
	for (const {a, b} of edges) {
		neighboursOf[a]!.push(b);
		neighboursOf[b]!.push(a);
	}
	const extra = new Map<number, Set<number>>(); // cluster id -> items added as secondary members
	for (let i = 0; i < items.length; i++) {
		const own = clusters[clusterOf[i]!]!;
		const candidates = [...new Set(neighboursOf[i]!.map(j => clusterOf[j]!))].filter(c => c !== clusterOf[i] && (clusters[c]?.sources.size ?? 0) >= 2).sort((x, y) => x - y);
		let best: {cluster: number; score: number} | undefined;
		for (const c of candidates) {
			const score = averageToOthers(items, i, clusters[c]!);
			if (!best || score > best.score) best = {cluster: c, score};
		}
		if (!best) continue;
		const target = clusters[best.cluster]!;
		const sameSourceThere = target.sources.has(items[i]!.source);
		if (own.members.length === 1 && best.score >= opts.attachThreshold) {
			// A sentence left alone that restates a row's claim joins that row.
			getOrCreate(extra, best.cluster).add(i);
			clusters[clusterOf[i]!] = undefined;
		} else if (own.members.length > 1 && !sameSourceThere && best.score >= opts.secondRowThreshold) {
			getOrCreate(extra, best.cluster).add(i);
		}
	}

	const rows: AlignedRow[] = [];
	clusters.forEach((cluster, id) => {
		if (!cluster) return;
		const members = [...new Set([...cluster.members, ...(extra.get(id) ?? [])])];
		members.sort((x, y) => items[x]!.source - items[y]!.source || items[x]!.unit.index - items[y]!.unit.index);
		const positions = members.map(m => items[m]!.position).sort((x, y) => x - y);
		const position = positions[Math.floor((positions.length - 1) / 2)]!;
		rows.push({units: members.map(m => items[m]!.unit.id), position});
	});
	// Singles that joined another row are gone; rows keep a reading order by where their claim appears.
	rows.sort((x, y) => x.position - y.position || compareIds(x.units[0]!, y.units[0]!));
	return rows;
}

function averageToOthers(items: Item[], i: number, cluster: Cluster): number {
	const item = items[i]!;
	let total = dot(item.vector, cluster.sum);
	let count = cluster.members.length;
	for (const m of cluster.members) {
		if (items[m]!.source === item.source) {
			total -= dot(item.vector, items[m]!.vector);
			count--;
		}
	}
	return count > 0 ? total / count : 0;
}

function getOrCreate<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Set()));
	return set;
}

function compareIds(a: string, b: string): number {
	return a.localeCompare(b, 'en', {numeric: true});
}
