// What the view derives from a Story once: lookups, the display order of claim rows and set-aside
// units (headings, boilerplate), and per-row highlight spans (conflicting values, minority wording).
// Everything here is pure and computed lazily per row, so opening a 1,000-row story costs little.
import type {Mention, Row, RowNote, Source, Story, Unit} from '../model.ts';
import {summarise, type StorySummary} from '../export/status.ts';
import {sanitizeInline} from '../text/terminal.ts';
import {tokenize} from '../search/tokens.ts';
import {foldText, termOf} from '../align/terms.ts';
import {STOPWORDS} from '../align/lexicon.ts';
import type {Seg} from './text/wrap.ts';

export type DisplayItem = {kind: 'row'; row: Row; index: number} | {kind: 'aside'; unit: Unit};

/** A highlight over [start, end) of a unit's text; earlier entries in a list win over later ones. */
export interface Span {
	start: number;
	end: number;
	style: readonly string[];
}

export interface ViewModel {
	story: Story;
	sources: Source[];
	labels: string[]; // sanitised
	sourceIndex: Map<string, number>;
	unitById: Map<string, Unit>;
	unitsBySource: Unit[][];
	rowsOfUnit: Map<string, number[]>; // unit id -> every row index holding it, ascending (a unit stating two claims is in two rows)
	mentionById: Map<string, Mention>;
	mentionsByUnit: Map<string, Mention[]>;
	/** Unit id -> the notes about it (a weekday that does not match its date), once each, from every row holding it. */
	notesByUnit: Map<string, RowNote[]>;
	summary: StorySummary;
	/** Display order: every row, with each set-aside unit after the row holding its source's previous claim. */
	items: DisplayItem[];
	rowPosition: number[]; // row index -> position in items
	asidePosition: Map<string, number>; // unit id -> position in items
	/** Caches for derived per-row data and wrapped cells; cleared when they grow too large. */
	cache: Map<string, unknown>;
}

export function buildViewModel(story: Story): ViewModel {
	const sourceIndex = new Map(story.sources.map((s, i) => [s.id, i]));
	const unitById = new Map(story.units.map(u => [u.id, u]));
	const unitsBySource: Unit[][] = story.sources.map(() => []);
	for (const unit of story.units) unitsBySource[sourceIndex.get(unit.source) ?? 0]!.push(unit);
	for (const list of unitsBySource) list.sort((a, b) => a.index - b.index);
	const rowsOfUnit = new Map<string, number[]>();
	story.rows.forEach((row, i) =>
		row.units.forEach(id => {
			const rows = rowsOfUnit.get(id);
			if (!rows) rowsOfUnit.set(id, [i]);
			else if (rows[rows.length - 1] !== i) rows.push(i);
		}),
	);
	const mentionById = new Map(story.mentions.map(m => [m.id, m]));
	const mentionsByUnit = new Map<string, Mention[]>();
	for (const m of story.mentions) {
		const list = mentionsByUnit.get(m.unit);
		if (list) list.push(m);
		else mentionsByUnit.set(m.unit, [m]);
	}

	const notesByUnit = new Map<string, RowNote[]>();
	for (const row of story.rows) {
		for (const note of row.notes ?? []) {
			const list = notesByUnit.get(note.unit);
			if (!list) notesByUnit.set(note.unit, [note]);
			else if (!list.some(n => n.mention === note.mention && n.start === note.start)) list.push(note);
		}
	}

	// Set-aside units go after the row of their source's nearest earlier claim (or first).
	const after = new Map<number, Unit[]>(); // row index (-1 = before all) -> asides
	for (const units of unitsBySource) {
		let lastRow = -1;
		for (const unit of units) {
			if (unit.kind === 'claim') {
				lastRow = rowsOfUnit.get(unit.id)?.at(-1) ?? lastRow;
				continue;
			}
			const list = after.get(lastRow);
			if (list) list.push(unit);
			else after.set(lastRow, [unit]);
		}
	}
	const items: DisplayItem[] = [];
	const rowPosition: number[] = [];
	const asidePosition = new Map<string, number>();
	const pushAsides = (key: number) => {
		for (const unit of after.get(key) ?? []) {
			asidePosition.set(unit.id, items.length);
			items.push({kind: 'aside', unit});
		}
	};
	pushAsides(-1);
	story.rows.forEach((row, index) => {
		rowPosition.push(items.length);
		items.push({kind: 'row', row, index});
		pushAsides(index);
	});

	return {
		story,
		sources: story.sources,
		labels: story.sources.map(s => sanitizeInline(s.label) || s.id),
		sourceIndex,
		unitById,
		unitsBySource,
		rowsOfUnit,
		mentionById,
		mentionsByUnit,
		notesByUnit,
		summary: summarise(story),
		items,
		rowPosition,
		asidePosition,
		cache: new Map(),
	};
}

export function cached<T>(vm: ViewModel, key: string, make: () => T): T {
	if (vm.cache.has(key)) return vm.cache.get(key) as T;
	const value = make();
	if (vm.cache.size > 20000) vm.cache.clear();
	vm.cache.set(key, value);
	return value;
}

/** The units a source contributes to a row, in order. */
export function cellUnits(vm: ViewModel, row: Row, sourceId: string): Unit[] {
	const out: Unit[] = [];
	for (const id of row.units) {
		const unit = vm.unitById.get(id);
		if (unit && unit.source === sourceId) out.push(unit);
	}
	return out;
}

export const CONFLICT_STYLE: readonly string[] = ['conflictValue'];
export const NOTE_STYLE: readonly string[] = ['note'];
export const DIFF_STYLE: readonly string[] = ['diff'];
export const MATCH_STYLE: readonly string[] = ['match'];
export const CURRENT_MATCH_STYLE: readonly string[] = ['currentMatch'];

/** Unit id -> spans of the row's conflicting values (from the conflicts' mention ids). */
export function conflictSpans(vm: ViewModel, row: Row): Map<string, Span[]> {
	return cached(vm, `conflict:${row.id}`, () => {
		const out = new Map<string, Span[]>();
		for (const conflict of row.conflicts) {
			for (const ids of Object.values(conflict.mentions)) {
				for (const id of ids) {
					const m = vm.mentionById.get(id);
					const unit = m && vm.unitById.get(m.unit);
					if (!m || !unit) continue;
					const list = out.get(unit.id) ?? [];
					list.push({start: m.start - unit.start, end: m.end - unit.start, style: CONFLICT_STYLE});
					out.set(unit.id, list);
				}
			}
		}
		return out;
	});
}

/** Spans of a unit's text that a note is about (the written date with its wrong weekday). */
export function noteSpans(vm: ViewModel, unitId: string): Span[] {
	const notes = vm.notesByUnit.get(unitId);
	const unit = notes && vm.unitById.get(unitId);
	if (!notes || !unit) return [];
	return notes.map(n => ({start: n.start - unit.start, end: n.end - unit.start, style: NOTE_STYLE}));
}

function termOfToken(raw: string): string | undefined {
	if (/^\p{N}/u.test(raw)) return raw.replace(/,/g, '');
	const word = foldText(raw).replace(/['’.]/g, '');
	if (word.length < 2 || STOPWORDS.has(word)) return undefined;
	return termOf(word);
}

/**
 * Unit id -> spans of wording only a minority of the row's sources share: mentions whose key at most
 * half of the sources have, and (when a cell's wording is otherwise close to the others') content words
 * at most half of the sources use. A paraphrase would light up entirely, so its words are left alone.
 */
export function diffSpans(vm: ViewModel, row: Row): Map<string, Span[]> {
	return cached(vm, `diff:${row.id}`, () => {
		const out = new Map<string, Span[]>();
		const n = row.sources.length;
		if (n < 2) return out;
		const perSource = row.sources.map(sourceId => {
			const units = cellUnits(vm, row, sourceId);
			const words = units.map(unit => tokenize(unit.text).map(t => ({...t, term: termOfToken(t.raw)})));
			const mentions = units.map(unit => vm.mentionsByUnit.get(unit.id) ?? []);
			return {units, words, mentions, terms: new Set(words.flat().map(w => w.term).filter(Boolean) as string[]), keys: new Set(mentions.flat().map(m => `${m.kind}:${m.key}`))};
		});
		const termCount = new Map<string, number>();
		const keyCount = new Map<string, number>();
		for (const cell of perSource) {
			for (const t of cell.terms) termCount.set(t, (termCount.get(t) ?? 0) + 1);
			for (const k of cell.keys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
		}
		const minority = (count: number) => count * 2 <= n;
		for (const cell of perSource) {
			const shared = [...cell.terms].filter(t => (termCount.get(t) ?? 0) > 1).length;
			const closeWording = cell.terms.size > 0 && shared / cell.terms.size >= 0.5;
			cell.units.forEach((unit, i) => {
				const spans: Span[] = [];
				const mentions = cell.mentions[i]!;
				for (const m of mentions) {
					if (minority(keyCount.get(`${m.kind}:${m.key}`) ?? 0)) spans.push({start: m.start - unit.start, end: m.end - unit.start, style: DIFF_STYLE});
				}
				if (closeWording) {
					for (const word of cell.words[i]!) {
						if (!word.term || !minority(termCount.get(word.term) ?? 0)) continue;
						const abs = unit.start + word.start;
						if (mentions.some(m => m.start <= abs && abs < m.end)) continue;
						spans.push({start: word.start, end: word.end, style: DIFF_STYLE});
					}
				}
				if (spans.length) out.set(unit.id, spans);
			});
		}
		return out;
	});
}

/** Cuts a unit's text at span boundaries; each piece is sanitised on its own and carries the winning style. */
export function styledText(text: string, spans: readonly Span[], base?: readonly string[]): Seg[] {
	if (spans.length === 0) return [{text: sanitizeInline(text), style: base}];
	const cuts = new Set<number>([0, text.length]);
	for (const s of spans) {
		cuts.add(Math.max(0, Math.min(text.length, s.start)));
		cuts.add(Math.max(0, Math.min(text.length, s.end)));
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segs: Seg[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const from = points[i]!;
		const to = points[i + 1]!;
		if (from === to) continue;
		const span = spans.find(s => s.start <= from && to <= s.end);
		const piece = sanitizeInline(text.slice(from, to));
		if (!piece) continue;
		segs.push({text: piece, style: span ? (base ? [...base, ...span.style] : span.style) : base});
	}
	return segs;
}
