// Geometry and line building for the claim grid and article mode. Everything is sized in terminal
// cells and built as styled lines, so the frame height is known exactly before Ink sees it.
// Only entries on screen are wrapped; wrapped cells are memoised per width and highlight state.
import type {Row} from '../model.ts';
import {NOTE_GLYPH, STATUS_GLYPH} from '../export/status.ts';
import {conflictLine} from '../export/conflict-text.ts';
import {sanitizeInline} from '../text/terminal.ts';
import {counted} from '../text/plural.ts';
import {padLine, truncateSegs, wrapSegs, type Seg, type WrappedLine} from './text/wrap.ts';
import {cached, cellUnits, conflictSpans, CURRENT_MATCH_STYLE, diffSpans, MATCH_STYLE, noteSpans, styledText, type Span, type ViewModel} from './view-model.ts';
import type {SearchHit, SearchResult} from '../search/index.ts';

export const GUTTER = 3; // selection glyph, status glyph, space
export const COLUMN_CHROME = 3; // "│ " before and " " after each cell
export const MIN_COLUMN = 28; // readable minimum when paging sideways
export const MIN_SINGLE_COLUMN = 12; // below this even one column is unreadable
export const MIN_ROWS = 8;
export const HEADER_LINES = 4; // title, labels, stats, rule
export const STATUS_LINES = 1;

export type Filter = 'all' | 'conflicts' | 'single' | 'omitted';
export const FILTERS: Filter[] = ['all', 'conflicts', 'single', 'omitted'];

export interface Geometry {
	width: number;
	height: number; // lines available for the frame (terminal rows - 1)
	columns: number; // source columns shown at once
	colWidth: number; // text cells per column
	tooSmall?: string;
}

export function geometry(termColumns: number, termRows: number, sourceCount: number): Geometry {
	const width = Math.max(0, termColumns);
	const height = Math.max(0, termRows - 1);
	const fit = Math.floor((width - GUTTER) / (MIN_COLUMN + COLUMN_CHROME));
	const columns = Math.max(1, Math.min(sourceCount, fit));
	const colWidth = Math.floor((width - GUTTER) / columns) - COLUMN_CHROME;
	if (colWidth < MIN_SINGLE_COLUMN || height < MIN_ROWS) {
		const need = `${GUTTER + COLUMN_CHROME + MIN_SINGLE_COLUMN}×${MIN_ROWS + 1}`;
		return {width, height, columns: 0, colWidth: 0, tooSmall: `Terminal too small (${termColumns}×${termRows}); crosscheck needs at least ${need}. Enlarge the window, or press q to quit.`};
	}
	return {width, height, columns, colWidth};
}

/** First column shown so that `focus` is on screen, moving as little as possible from `colStart`. */
export function followColumn(colStart: number, focus: number, columns: number, total: number): number {
	let start = Math.min(colStart, Math.max(0, total - columns));
	if (focus < start) start = focus;
	if (focus >= start + columns) start = focus - columns + 1;
	return Math.max(0, start);
}

// ---- entries (what the cursor moves over in the claim grid) ----

/** One visible entry: an item of the display order, or a fold standing for a run of agreeing rows. */
export interface Entry {
	pos: number; // first position in vm.items
	last: number; // last position (same as pos unless folded)
	folded?: number; // how many rows the fold stands for
}

export interface EntryOptions {
	filter: Filter;
	fold: boolean;
	showAsides: boolean;
	focusSource: string;
	/** Row indexes with a search match, when the match filter (&) is on. */
	matchRows?: ReadonlySet<number>;
	/** Unit ids with a search match, with matchRows: set-aside units shown (b) are kept when they have one. */
	matchUnits?: ReadonlySet<string>;
	matchKey?: string;
}

function rowPasses(row: Row, index: number, options: EntryOptions): boolean {
	if (options.matchRows && !options.matchRows.has(index)) return false;
	switch (options.filter) {
		case 'all':
			return true;
		case 'conflicts':
			return row.status === 'conflict';
		case 'single':
			return row.status === 'single';
		case 'omitted':
			return !row.sources.includes(options.focusSource);
	}
}

export function visibleEntries(vm: ViewModel, options: EntryOptions): Entry[] {
	const key = `entries:${options.filter}:${options.fold}:${options.showAsides}:${options.filter === 'omitted' ? options.focusSource : ''}:${options.matchRows ? options.matchKey : ''}`;
	return cached(vm, key, () => {
		const entries: Entry[] = [];
		const asides = options.showAsides && options.filter === 'all';
		vm.items.forEach((item, pos) => {
			if (item.kind === 'aside') {
				if (asides && (!options.matchRows || options.matchUnits?.has(item.unit.id))) entries.push({pos, last: pos});
				return;
			}
			if (!rowPasses(item.row, item.index, options)) return;
			const prev = entries[entries.length - 1];
			if (options.fold && item.row.status === 'agree') {
				const prevItem = prev ? vm.items[prev.last] : undefined;
				if (prev?.folded && prevItem?.kind === 'row' && prevItem.row.status === 'agree') {
					prev.last = pos;
					prev.folded++;
					return;
				}
				entries.push({pos, last: pos, folded: 1});
				return;
			}
			entries.push({pos, last: pos});
		});
		return entries;
	});
}

/** Index of the entry showing display position `pos` (or the next one after it; the last when none). */
export function entryAt(entries: readonly Entry[], pos: number): number {
	let lo = 0;
	let hi = entries.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (entries[mid]!.last < pos) lo = mid + 1;
		else hi = mid;
	}
	return Math.min(lo, Math.max(0, entries.length - 1));
}

// ---- search highlights ----

export interface SearchMarks {
	result: SearchResult;
	current: number; // index into result.hits, -1 when none
	byUnit: Map<string, number[]>; // unit id -> indexes into result.hits
}

export function searchMarks(result: SearchResult | undefined, current: number): SearchMarks | undefined {
	if (!result || result.hits.length === 0) return undefined;
	const byUnit = new Map<string, number[]>();
	result.hits.forEach((hit, i) => {
		const list = byUnit.get(hit.unit);
		if (list) list.push(i);
		else byUnit.set(hit.unit, [i]);
	});
	return {result, current, byUnit};
}

const marksCache = new WeakMap<SearchResult, Map<number, SearchMarks>>();
/** searchMarks memoised per result and current match, so repeated frames share one lookup. */
export function marksFor(result: SearchResult | undefined, current: number): SearchMarks | undefined {
	if (!result) return undefined;
	let perCurrent = marksCache.get(result);
	if (!perCurrent) marksCache.set(result, (perCurrent = new Map()));
	if (!perCurrent.has(current)) perCurrent.set(current, searchMarks(result, current)!);
	return perCurrent.get(current);
}

function hitSpans(vm: ViewModel, unitId: string, marks: SearchMarks | undefined): Span[] {
	const list = marks?.byUnit.get(unitId);
	if (!list) return [];
	const unit = vm.unitById.get(unitId)!;
	return list.map(i => {
		const hit: SearchHit = marks!.result.hits[i]!;
		return {start: hit.start - unit.start, end: hit.end - unit.start, style: i === marks!.current ? CURRENT_MATCH_STYLE : MATCH_STYLE};
	});
}

/** A cache key part that changes only when this unit's search highlighting changes. */
function searchKey(unitIds: readonly string[], marks: SearchMarks | undefined): string {
	if (!marks) return '';
	let key = '';
	for (const id of unitIds) {
		const list = marks.byUnit.get(id);
		if (!list) continue;
		key += `${id}${list.includes(marks.current) ? `*${marks.current}` : ''};`;
	}
	return key ? `${marks.result.query}|${key}` : '';
}

// ---- claim grid ----

export interface GridFlags {
	diff: boolean;
	marks?: SearchMarks;
}

const PLACEHOLDER: Seg = {text: '—', style: ['placeholder']};
const RULE_STYLE = ['rule'];

function unitSegs(vm: ViewModel, unitIds: readonly string[], row: Row | undefined, flags: GridFlags, base?: readonly string[]): Seg[] {
	const segs: Seg[] = [];
	const conflicts = row ? conflictSpans(vm, row) : undefined;
	const diffs = row && flags.diff ? diffSpans(vm, row) : undefined;
	unitIds.forEach((id, i) => {
		const unit = vm.unitById.get(id)!;
		const spans = [...hitSpans(vm, id, flags.marks), ...(conflicts?.get(id) ?? []), ...noteSpans(vm, id), ...(diffs?.get(id) ?? [])];
		if (i > 0) segs.push({text: ' ', style: base});
		segs.push(...styledText(unit.text, spans, base));
	});
	return segs;
}

/** Wrapped lines of one cell: a source's units in a row. */
export function cellLines(vm: ViewModel, row: Row, sourceIndex: number, width: number, flags: GridFlags): WrappedLine[] {
	const source = vm.sources[sourceIndex]!;
	const ids = cellUnits(vm, row, source.id).map(u => u.id);
	const key = `cell:${row.id}:${source.id}:${width}:${flags.diff}:${searchKey(ids, flags.marks)}`;
	return cached(vm, key, () => (ids.length === 0 ? [{segs: [PLACEHOLDER], width: 1}] : wrapSegs(unitSegs(vm, ids, row, flags), width)));
}

export interface EntryBlock {
	glyph: string; // status glyph for the gutter
	glyphStyle: string;
	/** Note glyph for the gutter's third column, when the row (or a folded row) has notes. */
	note?: string;
	lines: Seg[][]; // without the gutter, each exactly width - GUTTER cells
}

function rule(geo: Geometry, count: number): Seg[] {
	let text = '';
	for (let j = 0; j < count; j++) text += '┼' + '─'.repeat(geo.colWidth + 2);
	return [{text, style: RULE_STYLE}];
}

function gridLine(cells: Seg[][], geo: Geometry): Seg[] {
	const out: Seg[] = [];
	for (const cell of cells) out.push({text: '│ ', style: RULE_STYLE}, ...cell, {text: ' '});
	return out;
}

/** Lines of one entry for the columns [colStart, colStart + columns). Memoised. */
export function entryBlock(vm: ViewModel, entry: Entry, geo: Geometry, colStart: number, flags: GridFlags): EntryBlock {
	const item = vm.items[entry.pos]!;
	const shown = Math.min(geo.columns, vm.sources.length - colStart);
	const inner = geo.width - GUTTER;
	if (entry.folded) {
		let notes = 0;
		for (let pos = entry.pos; pos <= entry.last; pos++) {
			const folded = vm.items[pos];
			if (folded?.kind === 'row') notes += folded.row.notes?.length ?? 0;
		}
		const noteText = notes ? ` · ${NOTE_GLYPH} ${counted(notes, 'note')}` : '';
		const text = `⋯ ${counted(entry.folded, 'agreeing row')} folded (z shows them)${noteText}`;
		return {glyph: STATUS_GLYPH.agree, glyphStyle: 'agree', ...(notes ? {note: NOTE_GLYPH} : {}), lines: [padLine(truncateSegs([{text, style: ['dim']}], inner), inner), rule(geo, shown)]};
	}
	if (item.kind === 'aside') {
		const unit = item.unit;
		const column = (vm.sourceIndex.get(unit.source) ?? 0) - colStart;
		const what = unit.kind === 'heading' ? 'heading' : unit.reason ?? 'set aside';
		const label = `[${sanitizeInline(what)}] `;
		const glyph = unit.kind === 'heading' ? '#' : '¶';
		const searchPart = searchKey([unit.id], flags.marks);
		return cached(vm, `aside:${unit.id}:${geo.colWidth}:${geo.columns}:${colStart}:${searchPart}`, () => {
			const segs = [{text: label, style: ['dim']}, ...unitSegs(vm, [unit.id], undefined, {diff: false, marks: flags.marks}, ['aside'])];
			if (column < 0 || column >= shown) {
				const where = `${vm.labels[column + colStart]} (off screen): `;
				return {glyph, glyphStyle: 'aside', lines: [padLine(truncateSegs([{text: where, style: ['dim']}, ...segs], inner), inner), rule(geo, shown)]};
			}
			const wrapped = wrapSegs(segs, geo.colWidth);
			const lines = wrapped.map(line => gridLine(Array.from({length: shown}, (_, j) => (j === column ? padLine(line, geo.colWidth) : [{text: ' '.repeat(geo.colWidth)}])), geo));
			return {glyph, glyphStyle: 'aside', lines: [...lines, rule(geo, shown)]};
		});
	}
	const row = item.row;
	const search = flags.marks ? row.units.map(id => searchKey([id], flags.marks)).join('') : '';
	return cached(vm, `block:${row.id}:${geo.width}:${geo.columns}:${colStart}:${flags.diff}:${search}`, () => {
		const cells = Array.from({length: shown}, (_, j) => cellLines(vm, row, colStart + j, geo.colWidth, flags));
		// Every cell on screen empty: the first one says where the row's claims are.
		const hint = offScreenHint(vm, row, colStart, shown);
		if (hint) cells[0] = wrapSegs([PLACEHOLDER, {text: ` ${hint}`, style: ['dim']}], geo.colWidth);
		const height = Math.max(...cells.map(c => c.length));
		const lines: Seg[][] = [];
		for (let i = 0; i < height; i++) lines.push(gridLine(cells.map(c => (c[i] ? padLine(c[i]!, geo.colWidth) : [{text: ' '.repeat(geo.colWidth)}])), geo));
		for (const conflict of row.conflicts) {
			const text = `≠ ${conflictLine(conflict, new Map(vm.sources.map((s, i) => [s.id, vm.labels[i]!])))}`;
			for (const line of wrapSegs([{text, style: ['conflict']}], inner)) lines.push(padLine(line, inner));
		}
		lines.push(rule(geo, shown));
		return {glyph: STATUS_GLYPH[row.status], glyphStyle: row.status, ...(row.notes?.length ? {note: NOTE_GLYPH} : {}), lines};
	});
}

/** Labels an off-screen hint names on each side before it counts the rest. */
const HINT_LABELS = 2;

/**
 * For a row whose sentences are all in source columns off screen: which sources carry it and on which
 * side, "◀ AFP · ▶ Explainer, Rewrite" (the arrows as in the title line's "◀ 2 more" / "2 more ▶").
 * Undefined when a column on screen shows any of it.
 */
export function offScreenHint(vm: ViewModel, row: Row, colStart: number, shown: number): string | undefined {
	const indexes = new Set<number>();
	for (const id of row.units) {
		const unit = vm.unitById.get(id);
		const index = unit ? vm.sourceIndex.get(unit.source) : undefined;
		if (index === undefined) continue;
		if (index >= colStart && index < colStart + shown) return undefined;
		indexes.add(index);
	}
	if (indexes.size === 0) return undefined;
	const sorted = [...indexes].sort((a, b) => a - b);
	// The nearest few on each side; with many sources the rest are counted, so the hint stays a line or two.
	const left = sorted.filter(i => i < colStart).reverse().map(i => vm.labels[i]!);
	const right = sorted.filter(i => i >= colStart + shown).map(i => vm.labels[i]!);
	const few = (labels: string[]) => (labels.length > HINT_LABELS ? [...labels.slice(0, HINT_LABELS), `+${labels.length - HINT_LABELS} more`] : labels);
	return [left.length ? `◀ ${few(left).join(', ')}` : '', right.length ? `▶ ${few(right).join(', ')}` : ''].filter(Boolean).join(' · ');
}

/** Index of the block line showing the current search match, -1 when none does. */
export function currentMatchLine(block: EntryBlock): number {
	return block.lines.findIndex(line => line.some(seg => seg.style?.includes('currentMatch')));
}

export function entryHeight(vm: ViewModel, entry: Entry, geo: Geometry, colStart: number, flags: GridFlags): number {
	return entryBlock(vm, entry, geo, colStart, flags).lines.length;
}

/** Smallest `top` (entry index) at or after the given one that keeps `cursor` fully on screen when possible. */
export function followTop(top: number, cursor: number, height: (i: number) => number, view: number): number {
	if (cursor < top) return cursor;
	let t = top;
	let used = 0;
	for (let i = t; i <= cursor; i++) used += height(i);
	while (t < cursor && used > view) {
		used -= height(t);
		t++;
	}
	return t;
}

// ---- article mode ----

export interface ArticleLayout {
	lines: Seg[][]; // text lines without the marker column, each padded to the text width
	starts: number[]; // unit index -> first line
	counts: number[]; // unit index -> number of lines
}

export const ARTICLE_MARKER = 2;

export function articleLayout(vm: ViewModel, sourceIndex: number, width: number, flags: GridFlags): ArticleLayout {
	const units = vm.unitsBySource[sourceIndex]!;
	const text = vm.sources[sourceIndex]!.text;
	const search = flags.marks ? units.map(u => searchKey([u.id], flags.marks)).join('') : '';
	return cached(vm, `article:${sourceIndex}:${width}:${search}`, () => {
		const lines: Seg[][] = [];
		const starts: number[] = [];
		const counts: number[] = [];
		units.forEach((unit, i) => {
			// A blank line where the article has a paragraph break.
			const gap = i > 0 && /\n\s*\n/.test(text.slice(units[i - 1]!.end, unit.start));
			const claim = unit.kind === 'claim';
			const segs = claim ? unitSegs(vm, [unit.id], undefined, {diff: false, marks: flags.marks}) : [{text: `[${unit.kind === 'heading' ? 'heading' : sanitizeInline(unit.reason ?? 'set aside')}] `, style: ['dim']}, ...unitSegs(vm, [unit.id], undefined, {diff: false, marks: flags.marks}, ['aside'])];
			if (gap) lines.push([{text: ' '.repeat(width)}]);
			starts.push(lines.length);
			for (const line of wrapSegs(segs, width)) lines.push(padLine(line, width));
			counts.push(lines.length - starts[i]!);
		});
		return {lines, starts, counts};
	});
}

/** Units that share a row with this unit (every row, when it states two claims). */
export function counterparts(vm: ViewModel, unitId: string): Set<string> {
	const out = new Set<string>();
	for (const row of vm.rowsOfUnit.get(unitId) ?? []) for (const id of vm.story.rows[row]!.units) if (id !== unitId) out.add(id);
	return out;
}

/**
 * Line offset for the focused article so the cursor unit is on screen. A unit taller than the body
 * fills it: the offset stays within the unit, at its start when entered from above, its end from below.
 */
export function followArticleTop(top: number, layout: ArticleLayout, cursor: number, view: number): number {
	const start = layout.starts[cursor] ?? 0;
	const end = start + (layout.counts[cursor] ?? 1);
	let t = top;
	if (end - start > view) t = Math.max(start, Math.min(end - view, t));
	else {
		if (start < t) t = start;
		if (end > t + view) t = end - view;
	}
	return Math.max(0, Math.min(t, Math.max(0, layout.lines.length - view)));
}
