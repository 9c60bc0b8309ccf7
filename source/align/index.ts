// Align stage: group the claim units of all sources into rows, one claim per row.
//
// 1. Each claim unit becomes a TF-IDF vector of content terms (stemmed, synonyms merged) and typed
//    mention terms (figures, names, places, dates), normalised to unit length.
// 2. Candidate pairs come from an inverted index over informative terms, so work grows with the
//    number of similar pairs rather than with the square of the number of sentences.
// 3. Greedy average-link clustering over those pairs, strongest first (average link = dot of summed
//    vectors). Mutual best counterparts may merge at a lower similarity; two groups that both hold a
//    sentence of one source merge only when clearly alike (an outlet restating its claim).
// 4. Refinement moves a sentence to a neighbouring row that fits it clearly better.
// 5. Later passes add memberships: a lone restatement joins its row, a sentence carrying two claims
//    joins a second row (whole sentence, one of its clauses, or because it holds most of the core terms
//    of a row several outlets state), and a lone sentence pointing back ("These figures ...") joins the
//    row of the sentence before it in its paragraph.
// Paragraph order is never used to match sentences across sources, only to order the finished rows
// for reading and to read "These figures" as referring to the sentence just before.
import type {Mention, Source, Unit} from '../model.ts';
import {clauseSpans, mentionBoost, mentionTerm, numberClassTerm, wordTerms} from './terms.ts';

export interface AlignedRow {
	units: string[];
	position: number;
}

export interface AlignOptions {
	/** Minimum cosine for a pair to be considered at all. */
	edgeThreshold?: number;
	/** Minimum average similarity between two groups to merge them into one row. */
	mergeThreshold?: number;
	/**
	 * A pair that is each other's best match in the other's source may merge two groups down to this
	 * average similarity: outlets paraphrase, so the best counterpart can share few words in absolute terms.
	 */
	mutualThreshold?: number;
	/** Minimum average similarity to merge two groups that both hold sentences of one source (a restatement). */
	sameSourceThreshold?: number;
	/** Minimum average similarity to attach a leftover sentence to a row its source is already in. */
	attachThreshold?: number;
	/** Minimum average similarity for an aligned sentence to also join a second row. */
	secondRowThreshold?: number;
	/** Minimum average similarity of one clause of a sentence to a row's sentences for the sentence to join that row too. */
	clauseThreshold?: number;
	/** Rounds of moving sentences to a clearly better-fitting neighbouring row after merging. */
	refineRounds?: number;
	/** How much better (average similarity) another row must fit a sentence for it to move there. */
	refineMargin?: number;
	/** Whether a lone sentence pointing back at the previous one ("These figures ...") joins its row. */
	continuations?: boolean;
	/** Candidate neighbours kept per sentence (bounds memory on large stories). */
	neighbours?: number;
	/**
	 * Share of a row's term weight (its centroid, squared) that a sentence must contain to join that row too,
	 * when the row is stated by `coverageSources` outlets or more: a long sentence carrying several claims holds a
	 * row's core terms while its cosine to the row stays low, diluted by its other claims.
	 */
	coverage?: number;
	/** Outlets a row must hold for the coverage pass to add sentences to it (a claim several outlets share). */
	coverageSources?: number;
	/** Least average similarity to a row's sentences for the coverage pass to add a sentence to it. */
	coverageFloor?: number;
	/** Whether a sentence giving another tally than a row's ("4-1" against "3-2") moves to that row. */
	tallies?: boolean;
}

const DEFAULTS: Required<AlignOptions> = {
	edgeThreshold: 0.05,
	mergeThreshold: 0.15,
	mutualThreshold: 0.1,
	sameSourceThreshold: 0.2,
	attachThreshold: 0.3,
	secondRowThreshold: 0.4,
	clauseThreshold: 0.25,
	continuations: true,
	refineRounds: 2,
	refineMargin: 0.1,
	neighbours: 40,
	tallies: true,
	coverage: 0.45,
	coverageSources: 3,
	coverageFloor: 0.1,
};

/** A sparse unit-length vector: term ids ascending, with their weights. */
export interface Vector {
	ids: Int32Array;
	weights: Float64Array;
}

type SumVector = Map<number, number>;

interface Item {
	unit: Unit;
	source: number; // index into sources
	vector: Vector;
	position: number; // relative position of the unit among its source's claims, 0..1
}

export interface VectorSpace {
	vectors: Vector[];
	/** A vector for another text (a clause of a unit) in the same space: same term ids and weights. */
	vectorize(text: string, mentions: Mention[]): Vector;
	/** The id of a term seen in the items, if any. */
	termId(term: string): number | undefined;
}

export function buildVectors(items: Array<{unit: Unit; mentions: Mention[]}>): Vector[] {
	return buildVectorSpace(items).vectors;
}

export function buildVectorSpace(items: Array<{unit: Unit; mentions: Mention[]}>): VectorSpace {
	const termIds = new Map<string, number>();
	const idOf = (term: string) => {
		let id = termIds.get(term);
		if (id === undefined) termIds.set(term, (id = termIds.size));
		return id;
	};
	// `base`: where the text starts in its source, to place the mentions in it (absent for a clause, whose names weigh as names).
	const countTerms = (text: string, mentions: Mention[], id: (term: string) => number | undefined, base?: number) => {
		const counts = new Map<number, number>();
		const boosts = new Map<number, number>();
		for (const term of wordTerms(text)) {
			const k = id(term);
			if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
		}
		for (const mention of mentions) {
			const k = id(mentionTerm(mention));
			if (k === undefined) continue;
			counts.set(k, (counts.get(k) ?? 0) + 1);
			// Who says it is not what is said: "Harfuch said ..." and "according to Harfuch, ..." open different claims.
			const speaker = base !== undefined && mention.kind === 'person' && isSpeaker(text, mention.start - base, mention.end - base);
			boosts.set(k, speaker ? SPEAKER_WEIGHT : mentionBoost(mention));
			const kind = numberClassTerm(mention);
			const c = kind === undefined ? undefined : id(kind);
			if (c !== undefined) counts.set(c, 1); // weighs as a plain word
		}
		return {counts, boosts};
	};
	const raw = items.map(({unit, mentions}) => countTerms(unit.text, mentions, idOf, unit.start));
	const df = new Int32Array(termIds.size);
	for (const {counts} of raw) for (const id of counts.keys()) df[id]++;
	const n = items.length;
	const weigh = ({counts, boosts}: {counts: Map<number, number>; boosts: Map<number, number>}): Vector => {
		const ids = Int32Array.from(counts.keys()).sort();
		const weights = new Float64Array(ids.length);
		let norm = 0;
		ids.forEach((id, k) => {
			const idf = Math.max(0.05, Math.log((n + 1) / df[id]!));
			const weight = (1 + Math.log(counts.get(id)!)) * idf * (boosts.get(id) ?? 1);
			weights[k] = weight;
			norm += weight * weight;
		});
		norm = Math.sqrt(norm) || 1;
		for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
		return {ids, weights};
	};
	return {
		vectors: raw.map(weigh),
		vectorize: (text, mentions) => weigh(countTerms(text, mentions, term => termIds.get(term))),
		termId: term => termIds.get(term),
	};
}

/**
 * Relative weight of a person's name where the sentence attributes its words to them ("X said", "said X", "according to
 * X"): the speaker of several of an outlet's claims says little about which claim a sentence states, and a name weighed
 * as a name (1.5) pulled every sentence quoting one official into one row.
 */
const SPEAKER_WEIGHT = 0.35;
const SPEECH_AFTER = /^\s*(?:,[^,]{0,80},\s*)?(?:said|says|told|tells|added|adds|announced|confirmed|stated|wrote|explained|noted|insisted|argued)\b/i;
const ACCORDING_TO = /\baccording to\s+(?:[\p{L}.'’-]+\s+){0,6}$/iu;
// "..., said X." and "..., says X, the spokesman": the name closes the clause ("said Trump had agreed" reports what Trump did).
const SAID_BEFORE = /\b(?:said|says)\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu;
const CLAUSE_END = /^\s*(?:[,.;:!?]|$)/;
/** Whether the name at [start, end) of a sentence is who says it: "X said", "..., said X.", "according to Public Security Secretary X". */
export function isSpeaker(text: string, start: number, end: number): boolean {
	const before = text.slice(Math.max(0, start - 80), start);
	return SPEECH_AFTER.test(text.slice(end, end + 100)) || ACCORDING_TO.test(before) || (SAID_BEFORE.test(before) && CLAUSE_END.test(text.slice(end)));
}

/** Dot product of two sparse vectors (merge join over ascending ids). */
export function dot(a: Vector, b: Vector): number {
	let i = 0;
	let j = 0;
	let sum = 0;
	const {ids: ai, weights: aw} = a;
	const {ids: bi, weights: bw} = b;
	while (i < ai.length && j < bi.length) {
		const x = ai[i]!;
		const y = bi[j]!;
		if (x === y) sum += aw[i++]! * bw[j++]!;
		else if (x < y) i++;
		else j++;
	}
	return sum;
}

function dotSum(a: Vector, b: SumVector): number {
	let sum = 0;
	for (let k = 0; k < a.ids.length; k++) sum += a.weights[k]! * (b.get(a.ids[k]!) ?? 0);
	return sum;
}

function dotSums(a: SumVector, b: SumVector): number {
	if (a.size > b.size) [a, b] = [b, a];
	let sum = 0;
	for (const [id, weight] of a) {
		const other = b.get(id);
		if (other !== undefined) sum += weight * other;
	}
	return sum;
}

function toSum(v: Vector): SumVector {
	const sum: SumVector = new Map();
	for (let k = 0; k < v.ids.length; k++) sum.set(v.ids[k]!, v.weights[k]!);
	return sum;
}

function addVector(target: SumVector, v: Vector): void {
	for (let k = 0; k < v.ids.length; k++) target.set(v.ids[k]!, (target.get(v.ids[k]!) ?? 0) + v.weights[k]!);
}

function subtractFrom(target: SumVector, v: Vector): void {
	for (let k = 0; k < v.ids.length; k++) target.set(v.ids[k]!, (target.get(v.ids[k]!) ?? 0) - v.weights[k]!);
}

function addInto(target: SumVector, source: SumVector): void {
	for (const [id, weight] of source) target.set(id, (target.get(id) ?? 0) + weight);
}

export interface Edge {
	a: number;
	b: number;
	sim: number;
}

/**
 * Cross-source pairs with cosine >= threshold, keeping each item's `neighbours` best, via an inverted
 * index. Very common terms are left out of candidate generation (they cannot make two sentences similar
 * on their own); the exact cosine of the best candidates still counts them.
 */
export function candidateEdges(items: Item[], threshold: number, neighbours: number): Edge[] {
	const n = items.length;
	const postingItems = new Map<number, number[]>();
	const postingWeights = new Map<number, number[]>();
	items.forEach((item, i) => {
		const {ids, weights} = item.vector;
		for (let k = 0; k < ids.length; k++) {
			let list = postingItems.get(ids[k]!);
			if (!list) {
				postingItems.set(ids[k]!, (list = []));
				postingWeights.set(ids[k]!, []);
			}
			list.push(i);
			postingWeights.get(ids[k]!)!.push(weights[k]!);
		}
	});
	const maxPosting = Math.max(64, Math.ceil(n * 0.05));
	const partial = new Float64Array(n);
	const touched: number[] = [];
	const shortlist = neighbours * 2;
	const seen = new Set<number>();
	const edges: Edge[] = [];
	for (let i = 0; i < n; i++) {
		const item = items[i]!;
		const {ids, weights} = item.vector;
		for (let k = 0; k < ids.length; k++) {
			const list = postingItems.get(ids[k]!)!;
			if (list.length < 2 || list.length > maxPosting) continue;
			const listWeights = postingWeights.get(ids[k]!)!;
			const w = weights[k]!;
			for (let p = 0; p < list.length; p++) {
				const j = list[p]!;
				if (j === i || items[j]!.source === item.source) continue;
				if (partial[j] === 0) touched.push(j);
				partial[j] += w * listWeights[p]!;
			}
		}
		// Exact cosine for the best-scoring candidates only.
		let candidates = touched.filter(j => partial[j]! >= threshold * 0.5);
		if (candidates.length > shortlist) candidates = candidates.sort((x, y) => partial[y]! - partial[x]! || x - y).slice(0, shortlist);
		const scored: Edge[] = [];
		for (const j of candidates) {
			const sim = dot(item.vector, items[j]!.vector);
			if (sim >= threshold) scored.push(i < j ? {a: i, b: j, sim} : {a: j, b: i, sim});
		}
		scored.sort(compareEdges);
		for (const edge of scored.slice(0, neighbours)) {
			const key = edge.a * n + edge.b;
			if (seen.has(key)) continue;
			seen.add(key);
			edges.push(edge);
		}
		for (const j of touched) partial[j] = 0;
		touched.length = 0;
	}
	return edges.sort(compareEdges);
}

/** For each edge, whether each end is the other's most similar sentence in its source. */
function mutualBest(items: Item[], edges: Edge[]): boolean[] {
	const best = new Map<number, number>(); // item * sources + source -> best similarity
	const stride = items.reduce((max, item) => Math.max(max, item.source), 0) + 1;
	const note = (i: number, source: number, sim: number) => {
		const key = i * stride + source;
		if (sim > (best.get(key) ?? -1)) best.set(key, sim);
	};
	for (const {a, b, sim} of edges) {
		note(a, items[b]!.source, sim);
		note(b, items[a]!.source, sim);
	}
	return edges.map(({a, b, sim}) => best.get(a * stride + items[b]!.source) === sim && best.get(b * stride + items[a]!.source) === sim);
}

function compareEdges(x: Edge, y: Edge): number {
	return y.sim - x.sim || x.a - y.a || x.b - y.b;
}

interface Cluster {
	members: number[];
	sources: Set<number>;
	sum: SumVector;
}

function sharesSource(a: Set<number>, b: Set<number>): boolean {
	const [small, big] = a.size <= b.size ? [a, b] : [b, a];
	for (const s of small) if (big.has(s)) return true;
	return false;
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
	const space = buildVectorSpace(claims.map(unit => ({unit, mentions: mentionsByUnit.get(unit.id) ?? []})));
	const vectors = space.vectors;
	const rank = new Map<string, number>();
	const items: Item[] = claims.map((unit, i) => {
		const r = rank.get(unit.source) ?? 0;
		rank.set(unit.source, r + 1);
		const total = claimCount.get(unit.source)!;
		return {unit, source: sourceIndex.get(unit.source)!, vector: vectors[i]!, position: total > 1 ? r / (total - 1) : 0.5};
	});

	const edges = candidateEdges(items, opts.edgeThreshold, opts.neighbours);
	const mutual = mutualBest(items, edges);

	// Greedy average-link clustering.
	const clusterOf = items.map((_, i) => i);
	const clusters: Array<Cluster | undefined> = items.map((item, i) => ({members: [i], sources: new Set([item.source]), sum: toSum(item.vector)}));
	edges.forEach(({a, b}, e) => {
		const ca = clusterOf[a]!;
		const cb = clusterOf[b]!;
		if (ca === cb) return;
		const A = clusters[ca]!;
		const B = clusters[cb]!;
		const average = dotSums(A.sum, B.sum) / (A.members.length * B.members.length);
		const needed = sharesSource(A.sources, B.sources) ? opts.sameSourceThreshold : mutual[e] ? Math.min(opts.mergeThreshold, opts.mutualThreshold) : opts.mergeThreshold;
		if (average < needed) return;
		const [big, small, bigId, smallId] = A.members.length >= B.members.length ? [A, B, ca, cb] : [B, A, cb, ca];
		for (const m of small.members) clusterOf[m] = bigId;
		big.members.push(...small.members);
		for (const s of small.sources) big.sources.add(s);
		addInto(big.sum, small.sum);
		clusters[smallId] = undefined;
	});

	const neighboursOf: number[][] = items.map(() => []);
	for (const {a, b} of edges) {
		neighboursOf[a]!.push(b);
		neighboursOf[b]!.push(a);
	}
	/** The rows (cluster ids, ascending) holding a sentence's candidate neighbours, other than its own row. */
	const neighbourRows = (i: number): number[] => [...new Set(neighboursOf[i]!.map(j => clusterOf[j]!))].filter(c => c !== clusterOf[i]).sort((x, y) => x - y);

	// Refinement: greedy merging fixes each sentence early; move a sentence to a neighbouring row
	// that fits it clearly better than its own (as in k-means), a few rounds.
	for (let round = 0; round < opts.refineRounds; round++) {
		let moved = 0;
		for (let i = 0; i < items.length; i++) {
			const own = clusters[clusterOf[i]!]!;
			const ownFit = own.members.length > 1 ? averageToOthers(items, i, own) : 0;
			let best: {cluster: number; fit: number} | undefined;
			for (const c of neighbourRows(i)) {
				if (clusters[c]!.sources.has(items[i]!.source)) continue;
				const fit = dotSum(items[i]!.vector, clusters[c]!.sum) / clusters[c]!.members.length;
				if (!best || fit > best.fit) best = {cluster: c, fit};
			}
			if (!best || best.fit < opts.mergeThreshold || best.fit < ownFit + opts.refineMargin) continue;
			moveToRow(items, clusters, clusterOf, i, best.cluster);
			moved++;
		}
		if (moved === 0) break;
	}

	// Tally pass: a vote or score an outlet reports differently ("4-1" where the others say "3-2") belongs in the row of
	// that vote, where compare shows the disagreement; its few shared words would leave it in a row of its own.
	if (opts.tallies) moveRivalTallies(items, clusters, clusterOf, mentionsByUnit, space, neighbourRows);

	// Second pass: restatements and sentences carrying a second claim.
	const extra = new Map<number, Set<number>>(); // cluster id -> items added as secondary members
	for (let i = 0; i < items.length; i++) {
		const own = clusters[clusterOf[i]!]!;
		const candidates = neighbourRows(i).filter(c => (clusters[c]?.sources.size ?? 0) >= 2);
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

	const joined = new Set<number>(); // items already added to another row as a secondary member
	for (const set of extra.values()) for (const i of set) joined.add(i);

	// Continuation pass: a sentence left alone whose subject points back at the previous sentence
	// ("These statistics are presented as...", "This latest handover builds on...") comments on that
	// sentence's claim, so it joins the row of the sentence before it in the same paragraph.
	if (opts.continuations) {
		for (let i = 1; i < items.length; i++) {
			const item = items[i]!;
			const previous = items[i - 1]!;
			if (previous.source !== item.source || !CONTINUATION.test(item.unit.text)) continue;
			const own = clusters[clusterOf[i]!];
			if (!own || own.members.length !== 1 || joined.has(i)) continue;
			if (/\n/.test(textBetween(sources[item.source]!, previous.unit, item.unit))) continue;
			const target = clusterOf[i - 1]!;
			if (!clusters[target] || clusters[target]!.sources.size < 2) continue;
			getOrCreate(extra, target).add(i);
			clusters[clusterOf[i]!] = undefined;
		}
	}

	// Clause pass: a sentence that carries two claims ("..., as Trump threatens strikes") also joins the
	// row of its second claim when that clause on its own matches the row's sentences.
	for (let i = 0; i < items.length; i++) {
		const {unit} = items[i]!;
		const spans = clauseSpans(unit.text);
		if (spans.length === 0) continue;
		const candidates = neighbourRows(i).filter(c => clusters[c] && !extra.get(c)?.has(i));
		if (candidates.length === 0) continue;
		const unitMentions = mentionsByUnit.get(unit.id) ?? [];
		for (const [start, end] of spans) {
			const inside = unitMentions.filter(m => m.start - unit.start >= start && m.end - unit.start <= end);
			const clause = space.vectorize(unit.text.slice(start, end), inside);
			let best: {cluster: number; score: number} | undefined;
			for (const c of candidates) {
				const score = averageOtherSources(items, items[i]!.source, clause, clusters[c]!);
				if (!best || score > best.score) best = {cluster: c, score};
			}
			if (best && best.score >= opts.clauseThreshold) getOrCreate(extra, best.cluster).add(i);
		}
	}

	// Coverage pass: a sentence holding most of the core terms of a row that several outlets state joins that row too.
	if (opts.coverage > 0) {
		// A row's profile: the summed vectors of its members and of sentences added by earlier passes alike, and the total of
		// the squared weights (a term's share of the row is its squared weight over that total).
		const profiles = new Map<number, {sum: SumVector; total: number; sources: Set<number>} | undefined>();
		const profileOf = (c: number) => {
			if (!profiles.has(c)) {
				const cluster = clusters[c];
				const members = cluster ? [...cluster.members, ...(extra.get(c) ?? [])] : [];
				const sources = new Set(members.map(m => items[m]!.source));
				let profile: {sum: SumVector; total: number; sources: Set<number>} | undefined;
				if (sources.size >= opts.coverageSources) {
					const sum: SumVector = new Map();
					for (const m of new Set(members)) addVector(sum, items[m]!.vector);
					let total = 0;
					for (const weight of sum.values()) total += weight * weight;
					profile = {sum, total, sources};
				}
				profiles.set(c, profile);
			}
			return profiles.get(c);
		};
		const additions: Array<[number, number]> = [];
		for (let i = 0; i < items.length; i++) {
			const item = items[i]!;
			for (const c of neighbourRows(i)) {
				const profile = profileOf(c);
				if (!profile || profile.total === 0 || profile.sources.has(item.source)) continue;
				let covered = 0;
				for (const id of item.vector.ids) {
					const weight = profile.sum.get(id) ?? 0;
					covered += weight * weight;
				}
				if (covered / profile.total >= opts.coverage && averageToOthers(items, i, clusters[c]!) >= opts.coverageFloor) additions.push([c, i]);
			}
		}
		for (const [c, i] of additions) getOrCreate(extra, c).add(i);
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

/** Average similarity of a vector to the members of a cluster from other sources than `source`. */
function averageOtherSources(items: Item[], source: number, vector: Vector, cluster: Cluster): number {
	let total = 0;
	let count = 0;
	for (const m of cluster.members) {
		if (items[m]!.source === source) continue;
		total += dot(vector, items[m]!.vector);
		count++;
	}
	return count > 0 ? total / count : 0;
}

/** A sentence whose subject is a demonstrative pointing back ("These figures", "This move", "Such transfers"). */
const CONTINUATION = /^(?:these|this|those|such)\s+(?!is\b|was\b|are\b|were\b|has\b|have\b|had\b|will\b|would\b)[a-z]+/i;

function textBetween(source: Source, a: Unit, b: Unit): string {
	return source.text.slice(a.end, b.start);
}

function averageToOthers(items: Item[], i: number, cluster: Cluster): number {
	const item = items[i]!;
	let total = dotSum(item.vector, cluster.sum);
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

/**
 * Unit ids in natural order ("s2.u9" before "s2.u10"): digit runs compare as numbers, the rest by code unit. Not
 * localeCompare, whose first call starts ICU collation (about 6 ms of a cold start) for ids that are plain ASCII.
 */
export function compareIds(a: string, b: string): number {
	const x = a.match(/\d+|\D+/g) ?? [];
	const y = b.match(/\d+|\D+/g) ?? [];
	for (let i = 0; i < Math.min(x.length, y.length); i++) {
		const p = x[i]!;
		const q = y[i]!;
		if (p === q) continue;
		const digits = /^\d/.test(p) && /^\d/.test(q);
		if (digits) return Number(p) - Number(q) || p.length - q.length;
		return p < q ? -1 : 1;
	}
	return x.length - y.length;
}

/** Least similarity, tallies aside, between a sentence and a row for its rival tally to move it there. */
const TALLY_FIT = 0.05;

/**
 * Moves each sentence whose tallies all differ from a row's tally to that row, when: its source gives that row's tally
 * nowhere in the story (an outlet that reports both "3-2" and "4-1" is telling two facts, or correcting itself); two
 * outlets or more give the row's tally in it; its source is in the row only with the same rival tally, if at all (its
 * other sentence about the vote, moved there first); and, tallies aside, it fits that row
 * at least TALLY_FIT and better than the members of its own row from other outlets that do not give the row's tally.
 */
function moveRivalTallies(
	items: Item[],
	clusters: Array<Cluster | undefined>,
	clusterOf: number[],
	mentionsByUnit: Map<string, Mention[]>,
	space: VectorSpace,
	neighbourRows: (i: number) => number[],
): void {
	const tallyTerms = items.map(item => {
		const ids = new Set<number>();
		for (const m of mentionsByUnit.get(item.unit.id) ?? []) {
			if (!m.number?.tally) continue;
			const id = space.termId(mentionTerm(m));
			if (id !== undefined) ids.add(id);
		}
		return ids;
	});
	if (tallyTerms.every(ids => ids.size === 0)) return;
	const givenBySource = new Map<number, Set<number>>();
	items.forEach((item, i) => {
		for (const id of tallyTerms[i]!) getOrCreate(givenBySource, item.source).add(id);
	});
	const allTallies = new Set(tallyTerms.flatMap(ids => [...ids]));
	const masked = items.map((item, i) => (tallyTerms[i]!.size ? withoutTerms(item.vector, allTallies) : item.vector));
	const fit = (i: number, members: number[]) => {
		let total = 0;
		let count = 0;
		for (const m of members) {
			if (items[m]!.source === items[i]!.source) continue;
			total += dot(masked[i]!, masked[m]!);
			count++;
		}
		return count > 0 ? total / count : 0;
	};
	for (let i = 0; i < items.length; i++) {
		const own = tallyTerms[i]!;
		if (own.size === 0) continue;
		const source = items[i]!.source;
		let best: {cluster: number; fit: number; tally: number} | undefined;
		for (const c of neighbourRows(i)) {
			const target = clusters[c];
			// Its source may be there already only with the same rival tally (its other sentence about the vote, moved here).
			if (!target || target.members.some(m => items[m]!.source === source && ![...tallyTerms[m]!].some(id => own.has(id)))) continue;
			// The row's tally: one that two outlets or more give in it, that this sentence does not give and its source never gives.
			const outlets = new Map<number, Set<number>>();
			for (const m of target.members) for (const id of tallyTerms[m]!) getOrCreate(outlets, id).add(items[m]!.source);
			const tally = [...outlets].find(([id, by]) => by.size >= 2 && !own.has(id) && !givenBySource.get(source)?.has(id))?.[0];
			if (tally === undefined) continue;
			const f = fit(i, target.members);
			if (!best || f > best.fit) best = {cluster: c, fit: f, tally};
		}
		if (!best || best.fit < TALLY_FIT) continue;
		const ownRow = clusters[clusterOf[i]!]!;
		const support = ownRow.members.filter(m => !givenBySource.get(items[m]!.source)?.has(best.tally));
		if (best.fit <= fit(i, support)) continue;
		moveToRow(items, clusters, clusterOf, i, best.cluster);
	}
}

/** Moves sentence i from its row to row `to`, keeping both rows' sums and source sets; an emptied row goes. */
function moveToRow(items: Item[], clusters: Array<Cluster | undefined>, clusterOf: number[], i: number, to: number): void {
	const from = clusterOf[i]!;
	const own = clusters[from]!;
	const target = clusters[to]!;
	own.members.splice(own.members.indexOf(i), 1);
	subtractFrom(own.sum, items[i]!.vector);
	own.sources = new Set(own.members.map(m => items[m]!.source));
	target.members.push(i);
	addVector(target.sum, items[i]!.vector);
	target.sources.add(items[i]!.source);
	clusterOf[i] = to;
	if (own.members.length === 0) clusters[from] = undefined;
}

/** A vector without some terms, back at unit length. */
function withoutTerms(vector: Vector, drop: Set<number>): Vector {
	const ids: number[] = [];
	const weights: number[] = [];
	let norm = 0;
	for (let k = 0; k < vector.ids.length; k++) {
		if (drop.has(vector.ids[k]!)) continue;
		ids.push(vector.ids[k]!);
		weights.push(vector.weights[k]!);
		norm += vector.weights[k]! ** 2;
	}
	norm = Math.sqrt(norm) || 1;
	return {ids: Int32Array.from(ids), weights: Float64Array.from(weights, w => w / norm)};
}
