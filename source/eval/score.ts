// Scoring an aligned Story against a hand-written gold labelling (bench/gold/*.json).
// Pure functions, no I/O: the gold names sentences by verbatim quotes, each quote is located in its
// source text and mapped to the unit holding its first character, so the gold does not depend on how
// the splitter cuts sentences or numbers units.
import path from 'node:path';
import type {Source, Story, Unit, UnitKind} from '../model.ts';

export interface GoldQuote {
	source: string; // a key of Gold.sources (outlet label)
	quote: string; // verbatim substring of that source's text, unique in it
}

export interface GoldClaim {
	id: string;
	label: string;
	sentences: GoldQuote[];
}

export interface GoldJunk extends GoldQuote {
	why: string;
}

export interface Gold {
	sources: Record<string, string>; // outlet label -> file name
	claims: GoldClaim[];
	junk: GoldJunk[];
	headings: GoldQuote[];
}

export class GoldError extends Error {}

/** Checks the shape of parsed gold JSON, with a message naming the first thing wrong. */
export function parseGold(data: unknown): Gold {
	const fail = (what: string): never => {
		throw new GoldError(`gold: ${what}`);
	};
	if (!data || typeof data !== 'object') fail('not an object');
	const g = data as Record<string, unknown>;
	if (!g.sources || typeof g.sources !== 'object' || Array.isArray(g.sources)) fail('"sources" must map labels to file names');
	for (const [label, file] of Object.entries(g.sources as object)) if (typeof file !== 'string') fail(`source "${label}" has no file name`);
	const quote = (value: unknown, where: string): GoldQuote => {
		const q = value as Record<string, unknown>;
		if (!q || typeof q.source !== 'string' || typeof q.quote !== 'string' || q.quote === '') fail(`${where} needs "source" and a non-empty "quote"`);
		if (!((q.source as string) in (g.sources as object))) fail(`${where} names unknown source "${String(q.source)}"`);
		return {source: q.source as string, quote: q.quote as string};
	};
	const list = (key: string): unknown[] => (Array.isArray(g[key]) ? (g[key] as unknown[]) : fail(`"${key}" must be a list`));
	const ids = new Set<string>();
	const claims = list('claims').map((value, i): GoldClaim => {
		const c = value as Record<string, unknown>;
		if (!c || typeof c.id !== 'string' || ids.has(c.id)) fail(`claim ${i + 1} needs a unique "id"`);
		ids.add(c.id as string);
		if (!Array.isArray(c.sentences) || c.sentences.length === 0) fail(`claim ${String(c.id)} has no sentences`);
		return {
			id: c.id as string,
			label: typeof c.label === 'string' ? c.label : '',
			sentences: (c.sentences as unknown[]).map((s, k) => quote(s, `claim ${String(c.id)} sentence ${k + 1}`)),
		};
	});
	const junk = list('junk').map((value, i): GoldJunk => {
		const why = (value as {why?: unknown})?.why;
		return {...quote(value, `junk ${i + 1}`), why: typeof why === 'string' ? why : ''};
	});
	const headings = list('headings').map((value, i) => quote(value, `heading ${i + 1}`));
	return {sources: g.sources as Record<string, string>, claims, junk, headings};
}

/** Offset of the one occurrence of `quote` in `text`; throws when it is missing or ambiguous. */
export function locateQuote(text: string, quote: string, where: string): number {
	const first = text.indexOf(quote);
	if (first < 0) throw new GoldError(`${where}: quote not found: ${JSON.stringify(quote)}`);
	if (text.indexOf(quote, first + 1) >= 0) throw new GoldError(`${where}: quote occurs more than once: ${JSON.stringify(quote)}`);
	return first;
}

/** The unit of `units` (one source, any order) whose span holds `offset`. */
export function unitAt(units: Unit[], offset: number): Unit | undefined {
	return units.find(u => u.start <= offset && offset < u.end);
}

/** Matches each gold outlet label to a story source: by file name first, then by label. */
export function matchSources(gold: Gold, sources: Source[]): Map<string, Source> {
	const matched = new Map<string, Source>();
	for (const [label, file] of Object.entries(gold.sources)) {
		const source =
			sources.find(s => path.basename(s.path) === file) ?? sources.find(s => s.label.toLowerCase() === label.toLowerCase());
		if (!source) throw new GoldError(`gold source "${label}" (${file}) is not among the story's sources`);
		matched.set(label, source);
	}
	return matched;
}

export interface LocatedQuote extends GoldQuote {
	start: number;
	unit: Unit;
}

/** A story's units grouped by source id (in story order), as locateAll takes them. */
export function groupUnitsBySource(units: Unit[]): Map<string, Unit[]> {
	const bySource = new Map<string, Unit[]>();
	for (const unit of units) {
		const list = bySource.get(unit.source);
		if (list) list.push(unit);
		else bySource.set(unit.source, [unit]);
	}
	return bySource;
}

/** Locates every quote of one kind; throws on a missing quote or one that starts outside every unit. */
export function locateAll<Q extends GoldQuote>(quotes: Q[], sources: Map<string, Source>, unitsBySource: Map<string, Unit[]>, what: string): Array<Q & LocatedQuote> {
	return quotes.map((q, i) => {
		const source = sources.get(q.source)!;
		const where = `${what} ${i + 1} (${q.source})`;
		const start = locateQuote(source.text, q.quote, where);
		const unit = unitAt(unitsBySource.get(source.id) ?? [], start);
		if (!unit) throw new GoldError(`${where}: quote starts at offset ${start}, outside every unit: ${JSON.stringify(q.quote)}`);
		return {...q, start, unit};
	});
}

export interface PairScores {
	precision: number;
	recall: number;
	f1: number;
	truePositives: number;
	predicted: number; // predicted positive cross-source pairs among labelled units
	gold: number; // gold positive cross-source pairs
}

export interface QuoteVerdict {
	source: string;
	quote: string;
	unit: string;
	kind: UnitKind;
	text: string;
	why?: string;
}

export interface GroupDiagnosis {
	id: string;
	label: string;
	units: string[];
	sources: number;
	/** Row id -> the group's units in it. Units in no row are listed under "-". */
	rows: Record<string, string[]>;
	pairs: number; // cross-source pairs inside the group
	found: number; // of those, pairs that share a row
}

export interface MergeDiagnosis {
	row: string;
	falsePairs: number;
	/** Each unit of the row with the gold groups it belongs to ("junk", "heading" or "unlabelled" otherwise). */
	units: Array<{unit: string; source: string; text: string; groups: string[]}>;
}

export interface EvalReport {
	pairs: PairScores;
	/** `removedByReader`: junk lines of HTML or Markdown pages that the reader dropped before splitting (set aside too). */
	junk: {total: number; kept: QuoteVerdict[]; removedByReader: number};
	claims: {total: number; dropped: Array<QuoteVerdict & {reason: string}>};
	headings: {total: number; correct: number; accuracy: number; wrong: QuoteVerdict[]};
	groups: GroupDiagnosis[];
	merges: MergeDiagnosis[];
	/** Claim units that no gold quote points at (a split the gold did not foresee, or an unlabelled line). */
	unlabelled: string[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Cross-source pairs of units that share at least one set in `membership` (unit -> set ids). */
export function crossSourcePairs(membership: Map<string, Set<string>>, sourceOf: (unit: string) => string): Set<string> {
	const members = new Map<string, string[]>();
	for (const [unit, sets] of membership) for (const set of sets) members.set(set, [...(members.get(set) ?? []), unit]);
	const pairs = new Set<string>();
	for (const units of members.values()) {
		for (let i = 0; i < units.length; i++) {
			for (let k = i + 1; k < units.length; k++) {
				if (units[i] !== units[k] && sourceOf(units[i]) !== sourceOf(units[k])) pairs.add(pairKey(units[i], units[k]));
			}
		}
	}
	return pairs;
}

export function pairScores(gold: Set<string>, predicted: Set<string>): PairScores {
	let truePositives = 0;
	for (const pair of predicted) if (gold.has(pair)) truePositives++;
	const precision = predicted.size ? truePositives / predicted.size : gold.size ? 0 : 1;
	const recall = gold.size ? truePositives / gold.size : 1;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	return {precision, recall, f1, truePositives, predicted: predicted.size, gold: gold.size};
}

const add = (map: Map<string, Set<string>>, key: string, value: string) => {
	const set = map.get(key) ?? new Set<string>();
	set.add(value);
	map.set(key, set);
};

/**
 * The reader of an HTML or Markdown page drops page furniture (captions, asides, navigation) before the text is split: a
 * junk quote of such a page that is not in the extracted text was set aside there (`removed`). Claims and headings must
 * still be found, and so must junk in a text file.
 */
export function junkInText(junk: GoldJunk[], sources: Map<string, Source>): {inText: GoldJunk[]; removed: GoldJunk[]} {
	const removed = junk.filter(q => {
		const source = sources.get(q.source)!;
		return source.format !== 'text' && !source.text.includes(q.quote);
	});
	return {inText: junk.filter(q => !removed.includes(q)), removed};
}

/** Scores a story against the gold labelling. Throws GoldError when a quote cannot be placed. */
export function scoreStory(gold: Gold, story: Story): EvalReport {
	const sources = matchSources(gold, story.sources);
	const unitsBySource = groupUnitsBySource(story.units);
	const unitById = new Map(story.units.map(u => [u.id, u]));
	const sourceOf = (id: string) => unitById.get(id)!.source;

	const claimQuotes = gold.claims.map(c => ({claim: c, located: locateAll(c.sentences, sources, unitsBySource, `claim ${c.id} sentence`)}));
	const {inText, removed} = junkInText(gold.junk, sources);
	const junk = locateAll(inText, sources, unitsBySource, 'junk');
	const headings = locateAll(gold.headings, sources, unitsBySource, 'heading');

	const goldGroups = new Map<string, Set<string>>(); // unit -> claim group ids
	for (const {claim, located} of claimQuotes) for (const q of located) add(goldGroups, q.unit.id, claim.id);
	const labelled = new Set<string>([...goldGroups.keys(), ...junk.map(q => q.unit.id), ...headings.map(q => q.unit.id)]);

	const rowsOf = new Map<string, Set<string>>(); // unit -> row ids, labelled units only
	for (const row of story.rows) for (const id of row.units) if (labelled.has(id)) add(rowsOf, id, row.id);

	const goldPairs = crossSourcePairs(goldGroups, sourceOf);
	const predictedPairs = crossSourcePairs(rowsOf, sourceOf);

	const verdict = (q: LocatedQuote, why?: string): QuoteVerdict => ({
		source: q.source,
		quote: q.quote,
		unit: q.unit.id,
		kind: q.unit.kind,
		text: q.unit.text,
		...(why === undefined ? {} : {why}),
	});

	// A sentence may be listed under several groups: judge it once.
	const sentences = new Map<string, LocatedQuote>();
	for (const {located} of claimQuotes) for (const q of located) sentences.set(`${q.source}\u0000${q.quote}`, q);
	const inAnyRow = new Set(story.rows.flatMap(r => r.units));
	const dropped = [...sentences.values()].flatMap(q => {
		if (q.unit.kind !== 'claim') return [{...verdict(q), reason: `classified ${q.unit.kind}`}];
		if (!inAnyRow.has(q.unit.id)) return [{...verdict(q), reason: 'in no row'}];
		return [];
	});

	const correctHeadings = headings.filter(q => q.unit.kind === 'heading').length;

	const groups = claimQuotes.map(({claim, located}): GroupDiagnosis => {
		const units = [...new Set(located.map(q => q.unit.id))];
		const rows: Record<string, string[]> = {};
		for (const id of units) for (const row of rowsOf.get(id) ?? ['-']) rows[row] = [...(rows[row] ?? []), id];
		const inside = crossSourcePairs(new Map(units.map(id => [id, new Set(['g'])])), sourceOf);
		const found = [...inside].filter(pair => predictedPairs.has(pair)).length;
		return {id: claim.id, label: claim.label, units, sources: new Set(units.map(sourceOf)).size, rows, pairs: inside.size, found};
	});

	const tagsOf = (id: string): string[] => {
		const tags = [...(goldGroups.get(id) ?? [])];
		if (junk.some(q => q.unit.id === id)) tags.push('junk');
		if (headings.some(q => q.unit.id === id)) tags.push('heading');
		return tags.length ? tags : ['unlabelled'];
	};
	const merges = story.rows
		.map((row): MergeDiagnosis => {
			const units = row.units.filter(id => labelled.has(id));
			let falsePairs = 0;
			for (let i = 0; i < units.length; i++) {
				for (let k = i + 1; k < units.length; k++) {
					if (sourceOf(units[i]) !== sourceOf(units[k]) && !goldPairs.has(pairKey(units[i], units[k]))) falsePairs++;
				}
			}
			return {
				row: row.id,
				falsePairs,
				units: row.units.map(id => ({unit: id, source: sourceOf(id), text: unitById.get(id)!.text, groups: tagsOf(id)})),
			};
		})
		.filter(m => m.falsePairs > 0)
		.sort((a, b) => b.falsePairs - a.falsePairs || a.row.localeCompare(b.row, 'en', {numeric: true}));

	return {
		pairs: pairScores(goldPairs, predictedPairs),
		junk: {total: junk.length + removed.length, kept: junk.filter(q => q.unit.kind === 'claim').map(q => verdict(q, q.why)), removedByReader: removed.length},
		claims: {total: sentences.size, dropped},
		headings: {
			total: headings.length,
			correct: correctHeadings,
			accuracy: headings.length ? correctHeadings / headings.length : 1,
			wrong: headings.filter(q => q.unit.kind !== 'heading').map(q => verdict(q)),
		},
		groups,
		merges,
		unlabelled: story.units.filter(u => u.kind === 'claim' && !labelled.has(u.id)).map(u => u.id),
	};
}

/** Groups ordered worst split first: most same-claim pairs the alignment kept apart. */
export function worstSplits(groups: GroupDiagnosis[]): GroupDiagnosis[] {
	return groups
		.filter(g => g.pairs > g.found)
		.sort((a, b) => b.pairs - b.found - (a.pairs - a.found) || a.found / a.pairs - b.found / b.pairs);
}

/** True when every source the gold names is, by file name, among `sources`: the gold labels this story. */
export function goldFitsSources(gold: Gold, sources: Source[]): boolean {
	const names = new Set(sources.map(s => path.basename(s.path)));
	return Object.values(gold.sources).every(file => names.has(file));
}

/**
 * The story with its rows replaced by one row per claim group of `gold`, so that another gold can be
 * scored against it: scoreStory(a, goldRows(b, story)).pairs is the agreement of labelling b with a.
 */
export function goldRows(gold: Gold, story: Story): Story {
	const sources = matchSources(gold, story.sources);
	const unitsBySource = groupUnitsBySource(story.units);
	const order = new Map(story.units.map((u, i) => [u.id, i]));
	const sourceOrder = new Map(story.sources.map((s, i) => [s.id, i]));
	const rows = gold.claims.map((claim, i) => {
		const units = [...new Set(locateAll(claim.sentences, sources, unitsBySource, `claim ${claim.id} sentence`).map(q => q.unit))];
		units.sort((a, b) => sourceOrder.get(a.source)! - sourceOrder.get(b.source)! || order.get(a.id)! - order.get(b.id)!);
		const present = [...new Set(units.map(u => u.source))];
		return {
			id: `g${i + 1}`,
			units: units.map(u => u.id),
			sources: present,
			status: present.length > 1 ? ('agree' as const) : ('single' as const),
			conflicts: [],
			position: i,
		};
	});
	return {...story, rows};
}

/**
 * The best rows found in which each labelled sentence sits in exactly one row, scored against `gold`
 * itself: what an aligner that puts every sentence in one row could reach on this gold. A gold that lists
 * a sentence under several claims cannot be matched fully that way. Found by local search, so the true
 * best may be a little higher: start with each sentence in the biggest of its groups, then move single
 * sentences to another row and merge two rows whenever pairwise F1 rises, until nothing gains.
 * Deterministic. Sentences the gold does not list as claims are left out.
 */
export function bestSingleRowRows(gold: Gold, story: Story): Story {
	const full = goldRows(gold, story);
	const sourceOf = new Map(story.units.map(u => [u.id, u.source]));
	const groupsOf = new Map<string, Set<number>>();
	full.rows.forEach((row, g) => {
		for (const id of row.units) groupsOf.set(id, new Set([...(groupsOf.get(id) ?? []), g]));
	});
	const units = [...groupsOf.keys()];
	const positive = (a: string, b: string) => {
		const ga = groupsOf.get(a)!;
		for (const g of groupsOf.get(b)!) if (ga.has(g)) return true;
		return false;
	};
	let goldPairs = 0;
	for (let i = 0; i < units.length; i++) for (let k = i + 1; k < units.length; k++) if (sourceOf.get(units[i]!) !== sourceOf.get(units[k]!) && positive(units[i]!, units[k]!)) goldPairs++;
	// Rows as member lists; F1 = 2·right / (predicted + gold) over cross-source pairs.
	const rows: string[][] = full.rows.map(() => []);
	for (const id of units) {
		const groups = [...groupsOf.get(id)!];
		rows[groups.reduce((best, g) => (full.rows[g]!.units.length > full.rows[best]!.units.length ? g : best))]!.push(id);
	}
	let right = 0;
	let predicted = 0;
	const between = (a: string[], b: string[]) => {
		let r = 0;
		let p = 0;
		for (const x of a) {
			for (const y of b) {
				if (x === y || sourceOf.get(x) === sourceOf.get(y)) continue;
				p++;
				if (positive(x, y)) r++;
			}
		}
		return {r, p};
	};
	for (const row of rows) {
		const {r, p} = between(row, row);
		right += r / 2;
		predicted += p / 2;
	}
	const f1 = (r: number, p: number) => (p + goldPairs ? (2 * r) / (p + goldPairs) : 1);
	for (let round = 0; round < 100; round++) {
		let changed = false;
		for (const id of units) {
			const from = rows.findIndex(row => row.includes(id));
			const rest = rows[from]!.filter(x => x !== id);
			const out = between([id], rest);
			let best = {row: from, r: right, p: predicted};
			rows.forEach((row, to) => {
				if (to === from) return;
				const into = between([id], row);
				const r = right - out.r + into.r;
				const p = predicted - out.p + into.p;
				if (f1(r, p) > f1(best.r, best.p) + 1e-12) best = {row: to, r, p};
			});
			if (best.row === from) continue;
			rows[from] = rest;
			rows[best.row]!.push(id);
			right = best.r;
			predicted = best.p;
			changed = true;
		}
		for (let a = 0; a < rows.length; a++) {
			for (let b = a + 1; b < rows.length; b++) {
				if (!rows[a]!.length || !rows[b]!.length) continue;
				const join = between(rows[a]!, rows[b]!);
				if (f1(right + join.r, predicted + join.p) <= f1(right, predicted) + 1e-12) continue;
				rows[a]!.push(...rows[b]!);
				rows[b] = [];
				right += join.r;
				predicted += join.p;
				changed = true;
			}
		}
		if (!changed) break;
	}
	const kept = rows.filter(row => row.length > 0);
	return {
		...story,
		rows: kept.map((members, i) => {
			const present = [...new Set(members.map(id => sourceOf.get(id)!))];
			return {id: `b${i + 1}`, units: members, sources: present, status: present.length > 1 ? ('agree' as const) : ('single' as const), conflicts: [], position: i};
		}),
	};
}
