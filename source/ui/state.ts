// View state and its pure reducer. Every action is followed by `settle`, which keeps the cursor,
// the scroll offsets and the sideways page consistent with the current layout (filters, folding,
// terminal size), so no rendering code ever has to correct state.
import type {SearchResult} from '../search/index.ts';
import type {Key} from 'ink';
import {resolveKey, splitKeys, type Action, type Layer} from './keymap.ts';
import {
	articleLayout,
	counterparts,
	currentMatchLine,
	entryAt,
	entryBlock,
	entryHeight,
	FILTERS,
	followArticleTop,
	followColumn,
	followTop,
	HEADER_LINES,
	marksFor,
	STATUS_LINES,
	visibleEntries,
	ARTICLE_MARKER,
	type Entry,
	type Filter,
	type Geometry,
	type GridFlags,
} from './layout.ts';
import {detailLines, helpLines, type DetailTarget} from './overlays.ts';
import type {ViewModel} from './view-model.ts';

export interface SearchState {
	editing: boolean; // the search line is open
	query: string;
	result?: SearchResult;
	current: number; // index into result.hits; -1 before the first jump
	active: boolean; // highlights shown (after Enter, until Esc or a new search)
	matchFilter: boolean; // & : only rows with a match
	/** The search before the line was opened: an empty line closed with Esc or Enter brings it back, as in less. */
	previous?: Omit<SearchState, 'previous'>;
}

export interface ViewState {
	mode: 'rows' | 'article';
	overlay: 'none' | 'help' | 'detail';
	overlayTop: number;
	filter: Filter;
	fold: boolean;
	showAsides: boolean;
	diff: boolean;
	anchor: number; // display position (vm.items) of the cursor
	top: number; // display position of the first entry on screen
	topSkip: number; // lines of the cursor entry scrolled off the top, when it is taller than the body (j/k scroll through it)
	focus: number; // focused source index
	colStart: number; // first source column on screen
	artCursor: number; // unit index within the focused source (article mode)
	artTop: number; // first line of the focused article on screen (within the cursor sentence when it is taller than the body)
	search: SearchState;
	message?: string; // one-shot notice in the status area
}

export interface Env {
	vm: ViewModel;
	geo: Geometry;
	search: (query: string) => SearchResult;
}

export const PREVIEW_LINES = 5;

export function initialState(): ViewState {
	return {
		mode: 'rows',
		overlay: 'none',
		overlayTop: 0,
		filter: 'all',
		fold: false,
		showAsides: false,
		diff: true,
		anchor: 0,
		top: 0,
		topSkip: 0,
		focus: 0,
		colStart: 0,
		artCursor: 0,
		artTop: 0,
		search: {editing: false, query: '', current: -1, active: false, matchFilter: false},
	};
}

// ---- derived views of the state ----

export function gridFlags(state: ViewState): GridFlags {
	const {search} = state;
	const shown = search.editing || search.active;
	return {diff: state.diff, marks: shown ? marksFor(search.result, search.current) : undefined};
}

export function matchRows(vm: ViewModel, result: SearchResult | undefined): Set<number> {
	const rows = new Set<number>();
	for (const hit of result?.hits ?? []) {
		for (const row of vm.rowsOfUnit.get(hit.unit) ?? []) rows.add(row);
	}
	return rows;
}

/** The row to show for a unit: the one under the rows cursor when the unit is in it (a unit may be in two), else its first. */
export function rowOfUnitAt(state: ViewState, vm: ViewModel, unitId: string): number | undefined {
	const rows = vm.rowsOfUnit.get(unitId);
	if (!rows) return undefined;
	const item = vm.items[state.anchor];
	return item?.kind === 'row' && rows.includes(item.index) ? item.index : rows[0];
}

export function entriesOf(state: ViewState, env: Env): Entry[] {
	const {vm} = env;
	const filtering = state.search.matchFilter && state.search.active && state.search.result;
	return visibleEntries(vm, {
		filter: state.filter,
		fold: state.fold,
		showAsides: state.showAsides,
		focusSource: vm.sources[state.focus]?.id ?? '',
		matchRows: filtering ? cachedMatchRows(vm, state.search.result!) : undefined,
		matchUnits: filtering ? cachedMatchUnits(state.search.result!) : undefined,
		matchKey: filtering ? state.search.result!.query : undefined,
	});
}

const matchRowsCache = new WeakMap<SearchResult, Set<number>>();
function cachedMatchRows(vm: ViewModel, result: SearchResult): Set<number> {
	let rows = matchRowsCache.get(result);
	if (!rows) matchRowsCache.set(result, (rows = matchRows(vm, result)));
	return rows;
}

const matchUnitsCache = new WeakMap<SearchResult, Set<string>>();
function cachedMatchUnits(result: SearchResult): Set<string> {
	let units = matchUnitsCache.get(result);
	if (!units) matchUnitsCache.set(result, (units = new Set(result.hits.map(hit => hit.unit))));
	return units;
}

/** Lines the search line and its preview take at the bottom. */
export function searchPanelLines(state: ViewState): number {
	if (!state.search.editing) return 0;
	const result = state.search.result;
	const preview = result ? Math.min(PREVIEW_LINES, result.preview.length) : 0;
	return 1 + Math.max(preview, state.search.query ? 1 : 0);
}

export function bodyHeight(state: ViewState, env: Env): number {
	return Math.max(1, env.geo.height - HEADER_LINES - STATUS_LINES - searchPanelLines(state));
}

export function overlayHeight(state: ViewState, env: Env): number {
	return Math.max(1, env.geo.height - 1 - STATUS_LINES - searchPanelLines(state));
}

/** Text lines an overlay shows at once: its height less the header line that names it. */
export function overlayWindow(state: ViewState, env: Env): number {
	return Math.max(1, overlayHeight(state, env) - 1);
}

export function articleTextWidth(env: Env): number {
	return Math.max(1, env.geo.colWidth - ARTICLE_MARKER);
}

/** What Enter describes: the row under the cursor (rows mode) or the current sentence's row (article mode). */
export function detailTarget(state: ViewState, env: Env): DetailTarget | undefined {
	const {vm} = env;
	if (state.mode === 'article') {
		const unit = vm.unitsBySource[state.focus]?.[state.artCursor];
		if (!unit) return undefined;
		const row = rowOfUnitAt(state, vm, unit.id);
		return row === undefined ? {unit} : {row: vm.story.rows[row]!};
	}
	const entries = entriesOf(state, env);
	if (entries.length === 0) return undefined;
	const entry = entries[entryAt(entries, state.anchor)]!;
	const pos = entry.folded ? Math.min(Math.max(state.anchor, entry.pos), entry.last) : entry.pos;
	const item = vm.items[pos]!;
	return item.kind === 'row' ? {row: item.row} : {unit: item.unit};
}

function overlayLineCount(state: ViewState, env: Env): number {
	if (state.overlay === 'help') return helpLines(env.geo.width).length;
	if (state.overlay === 'detail') {
		const target = detailTarget(state, env);
		return target ? detailLines(env.vm, target, env.geo.width).length : 0;
	}
	return 0;
}

// ---- settle: make the state consistent with the layout ----

export function settle(state: ViewState, env: Env): ViewState {
	const {vm, geo} = env;
	if (geo.tooSmall || vm.sources.length === 0) return state;
	const n = vm.sources.length;
	const focus = Math.max(0, Math.min(n - 1, state.focus));
	const colStart = followColumn(state.colStart, focus, geo.columns, n);
	let next: ViewState = {...state, focus, colStart};
	if (next.overlay !== 'none') {
		const max = Math.max(0, overlayLineCount(next, env) - overlayWindow(next, env));
		next.overlayTop = Math.max(0, Math.min(max, next.overlayTop));
	}
	if (next.mode === 'article') {
		const units = vm.unitsBySource[focus]!;
		const artCursor = Math.max(0, Math.min(units.length - 1, next.artCursor));
		const layout = articleLayout(vm, focus, articleTextWidth(env), gridFlags(next));
		const artTop = followArticleTop(next.artTop, layout, artCursor, bodyHeight(next, env));
		return {...next, artCursor, artTop};
	}
	const entries = entriesOf(next, env);
	if (entries.length === 0) return next;
	const cursor = entryAt(entries, next.anchor);
	const entry = entries[cursor]!;
	const anchor = next.anchor >= entry.pos && next.anchor <= entry.last ? next.anchor : entry.pos;
	const flags = gridFlags(next);
	const height = (i: number) => entryHeight(vm, entries[i]!, geo, colStart, flags);
	const view = bodyHeight(next, env);
	const top = followTop(Math.min(entryAt(entries, next.top), cursor), cursor, height, view);
	// An entry taller than the body is then the top one (followTop); keep its in-row offset within it.
	const excess = entryExcess(height(cursor), view);
	const topSkip = Math.max(0, Math.min(excess, next.topSkip));
	next = {...next, anchor, top: entries[top]!.pos, topSkip};
	return next;
}

/** Text lines of an entry that do not fit in the body (its closing rule line is not counted). */
function entryExcess(height: number, view: number): number {
	return Math.max(0, height - 1 - view);
}

/** Lines of the cursor row (article mode: sentence) above and below the body, when it is taller than the body. */
export interface Overflow {
	above: number;
	below: number;
}

export function overflowOf(state: ViewState, env: Env): Overflow | undefined {
	const {vm, geo} = env;
	if (geo.tooSmall || vm.sources.length === 0) return undefined;
	const view = bodyHeight(state, env);
	let excess: number;
	let above: number;
	if (state.mode === 'article') {
		const layout = articleLayout(vm, state.focus, articleTextWidth(env), gridFlags(state));
		excess = (layout.counts[state.artCursor] ?? 0) - view;
		above = state.artTop - (layout.starts[state.artCursor] ?? 0);
	} else {
		const entries = entriesOf(state, env);
		if (entries.length === 0) return undefined;
		excess = entryExcess(entryHeight(vm, entries[entryAt(entries, state.anchor)]!, geo, state.colStart, gridFlags(state)), view);
		above = state.topSkip;
	}
	if (excess <= 0) return undefined;
	above = Math.max(0, Math.min(excess, above));
	return {above, below: excess - above};
}

/**
 * Scrolls within a cursor row (or sentence) taller than the body by `by` lines, as far as it goes;
 * undefined when there is nothing more of it that way (the cursor then moves on).
 */
function scrollWithin(state: ViewState, env: Env, by: number): ViewState | undefined {
	const overflow = overflowOf(state, env);
	if (!overflow || (by > 0 ? overflow.below : overflow.above) === 0) return undefined;
	const step = Math.max(-overflow.above, Math.min(overflow.below, by));
	return state.mode === 'article' ? {...state, artTop: state.artTop + step} : {...state, topSkip: overflow.above + step};
}

/**
 * After a search jump: when the cursor row (or sentence) is taller than the body and the current
 * match lies below its first screenful, scroll within it so the match shows a third of the way down.
 */
function revealMatch(state: ViewState, env: Env): ViewState {
	const {vm, geo} = env;
	const settled = settle(state.mode === 'rows' ? {...state, topSkip: 0} : state, env);
	const overflow = overflowOf(settled, env);
	if (!overflow) return settled;
	const view = bodyHeight(settled, env);
	const flags = gridFlags(settled);
	if (settled.mode === 'article') {
		const layout = articleLayout(vm, settled.focus, articleTextWidth(env), flags);
		const start = layout.starts[settled.artCursor] ?? 0;
		const lines = layout.lines.slice(start, start + (layout.counts[settled.artCursor] ?? 0));
		const line = lines.findIndex(segs => segs.some(seg => seg.style?.includes('currentMatch')));
		const at = start + line;
		return line >= 0 && (at < settled.artTop || at >= settled.artTop + view) ? {...settled, artTop: at - Math.floor(view / 3)} : settled;
	}
	const entries = entriesOf(settled, env);
	const line = currentMatchLine(entryBlock(vm, entries[entryAt(entries, settled.anchor)]!, geo, settled.colStart, flags));
	return line >= view ? {...settled, topSkip: line - Math.floor(view / 3)} : settled;
}

// ---- movement ----

/**
 * Moves the rows cursor by `delta` entries (0: to an absolute place). A row taller than the body is
 * entered at its first line, or at its last when moving up, as reading back up in less shows it.
 * A relative move that stays on the same entry (already on the first or last) changes nothing.
 */
function moveRows(state: ViewState, env: Env, to: (cursor: number, entries: Entry[]) => number, delta = 0): ViewState {
	const entries = entriesOf(state, env);
	if (entries.length === 0) return state;
	const cursor = entryAt(entries, state.anchor);
	const target = Math.max(0, Math.min(entries.length - 1, to(cursor, entries)));
	if (delta !== 0 && target === cursor) return state;
	return {...state, anchor: entries[target]!.pos, topSkip: delta < 0 ? Number.MAX_SAFE_INTEGER : 0};
}

/** Entry index one page away: as many entries as fit in `lines` lines (at least one). */
function pageFrom(cursor: number, delta: number, lines: number, height: (i: number) => number, count: number): number {
	let i = cursor;
	let used = 0;
	while (true) {
		const next = i + delta;
		if (next < 0 || next >= count) return i;
		used += height(delta > 0 ? i : next);
		if (used > lines && i !== cursor) return i;
		i = next;
		if (used >= lines) return i;
	}
}

/** Moves the article cursor; settle (followArticleTop) shows a sentence taller than the body from the side it is entered. */
function moveArticle(state: ViewState, env: Env, to: (cursor: number, count: number) => number): ViewState {
	const count = env.vm.unitsBySource[state.focus]?.length ?? 0;
	return {...state, artCursor: Math.max(0, Math.min(count - 1, to(state.artCursor, count)))};
}

function articlePage(state: ViewState, env: Env, delta: number, lines: number): ViewState {
	const layout = articleLayout(env.vm, state.focus, articleTextWidth(env), gridFlags(state));
	return moveArticle(state, env, cursor => {
		const target = (layout.starts[cursor] ?? 0) + delta * lines;
		let i = cursor;
		while (delta > 0 && i + 1 < layout.starts.length && layout.starts[i + 1]! <= target) i++;
		while (delta < 0 && i > 0 && layout.starts[i]! > target) i--;
		return i === cursor ? cursor + delta : i;
	});
}

function move(state: ViewState, env: Env, action: Action): ViewState {
	if (state.overlay !== 'none') {
		const view = overlayWindow(state, env);
		const by = action.type === 'move' ? action.delta : action.type === 'page' ? action.delta * Math.max(1, Math.floor(view / (action.half ? 2 : 1))) : action.type === 'home' ? -Infinity : Infinity;
		const top = state.overlayTop + by;
		return {...state, overlayTop: Number.isFinite(top) ? top : by < 0 ? 0 : Number.MAX_SAFE_INTEGER};
	}
	// A page (or half page) in lines; the same step pages through a row taller than the body.
	const lines = action.type === 'page' ? Math.max(1, Math.floor(bodyHeight(state, env) / (action.half ? 2 : 1))) : 1;
	if (action.type === 'move' || action.type === 'page') {
		// Like less: the rest of a row (sentence) taller than the body scrolls into view before the cursor moves on.
		const scrolled = scrollWithin(state, env, action.delta * lines);
		if (scrolled) return scrolled;
	}
	if (state.mode === 'article') {
		if (action.type === 'move') return moveArticle(state, env, c => c + action.delta);
		if (action.type === 'page') return articlePage(state, env, action.delta, lines);
		// The very top: a first sentence taller than the body shows from its start, not where the view was.
		if (action.type === 'home') return {...moveArticle(state, env, () => 0), artTop: 0};
		return moveArticle(state, env, (_, count) => count - 1);
	}
	if (action.type === 'move') return moveRows(state, env, c => c + action.delta, action.delta);
	if (action.type === 'home') return moveRows(state, env, () => 0);
	if (action.type === 'end') return moveRows(state, env, (_, entries) => entries.length - 1);
	if (action.type !== 'page') return state;
	const flags = gridFlags(state);
	return moveRows(state, env, (cursor, entries) => pageFrom(cursor, action.delta, lines, i => entryHeight(env.vm, entries[i]!, env.geo, state.colStart, flags), entries.length), action.delta);
}

// ---- article mode <-> rows ----

function unitIndex(env: Env, source: number, unitId: string): number {
	return env.vm.unitsBySource[source]!.findIndex(u => u.id === unitId);
}

function enterArticle(state: ViewState, env: Env): ViewState {
	const {vm} = env;
	const target = detailTarget(state, env);
	let focus = state.focus;
	let unitId: string | undefined;
	if (target && 'unit' in target) {
		unitId = target.unit.id;
		focus = vm.sourceIndex.get(target.unit.source) ?? focus;
	} else if (target) {
		const source = vm.sources[focus]!.id;
		const mine = target.row.units.find(id => vm.unitById.get(id)?.source === source);
		unitId = mine ?? target.row.units[0];
		if (!mine && unitId) focus = vm.sourceIndex.get(vm.unitById.get(unitId)!.source) ?? focus;
	}
	const artCursor = unitId ? Math.max(0, unitIndex(env, focus, unitId)) : 0;
	// Start with the cursor a third of the way down, so context above it shows.
	const layout = articleLayout(vm, focus, articleTextWidth(env), gridFlags(state));
	const artTop = Math.max(0, (layout.starts[artCursor] ?? 0) - Math.floor(bodyHeight(state, env) / 3));
	return {...state, mode: 'article', focus, artCursor, artTop};
}

function leaveArticle(state: ViewState, env: Env): ViewState {
	const {vm} = env;
	const unit = vm.unitsBySource[state.focus]?.[state.artCursor];
	if (!unit) return {...state, mode: 'rows'};
	const row = rowOfUnitAt(state, vm, unit.id);
	const anchor = row !== undefined ? vm.rowPosition[row]! : vm.asidePosition.get(unit.id) ?? state.anchor;
	return {...state, mode: 'rows', anchor, topSkip: 0};
}

/** In another article, the unit that corresponds to the current one: a counterpart, else the same relative place. */
export function correspondingUnit(env: Env, fromSource: number, fromIndex: number, toSource: number): number {
	const {vm} = env;
	const from = vm.unitsBySource[fromSource]!;
	const to = vm.unitsBySource[toSource]!;
	const unit = from[fromIndex];
	if (!unit || to.length === 0) return 0;
	const others = counterparts(vm, unit.id);
	const match = to.findIndex(u => others.has(u.id));
	if (match >= 0) return match;
	return Math.min(to.length - 1, Math.round((fromIndex / Math.max(1, from.length)) * to.length));
}

function focusColumn(state: ViewState, env: Env, delta: number): ViewState {
	const n = env.vm.sources.length;
	const focus = Math.max(0, Math.min(n - 1, state.focus + delta));
	if (focus === state.focus) return state;
	if (state.mode !== 'article') return {...state, focus};
	const artCursor = correspondingUnit(env, state.focus, state.artCursor, focus);
	// Keep the new cursor where the old one was on screen, so the view does not jump.
	const width = articleTextWidth(env);
	const from = articleLayout(env.vm, state.focus, width, gridFlags(state));
	const to = articleLayout(env.vm, focus, width, gridFlags(state));
	const offset = (from.starts[state.artCursor] ?? 0) - state.artTop;
	return {...state, focus, artCursor, artTop: Math.max(0, (to.starts[artCursor] ?? 0) - offset)};
}

// ---- search ----

function runSearch(state: ViewState, env: Env, query: string): ViewState {
	const result = query.trim() ? env.search(query) : undefined;
	return {...state, search: {...state.search, query, result, current: -1, active: false}};
}

/**
 * Makes the hit's row visible (clearing a filter, folding or hidden asides when they hide it), moves
 * there, and scrolls within a row taller than the body so the match shows.
 */
function jumpToHit(state: ViewState, env: Env, index: number): ViewState {
	return state.search.result?.hits[index] ? revealMatch(moveToHit(state, env, index), env) : state;
}

function moveToHit(state: ViewState, env: Env, index: number): ViewState {
	const {vm} = env;
	const hit = state.search.result!.hits[index]!;
	const focus = vm.sourceIndex.get(hit.source) ?? state.focus;
	const search = {...state.search, current: index, active: true};
	if (state.mode === 'article') {
		const artCursor = Math.max(0, unitIndex(env, focus, hit.unit));
		if (focus === state.focus) return {...state, search, artCursor};
		const layout = articleLayout(vm, focus, articleTextWidth(env), gridFlags(state));
		return {...state, search, focus, artCursor, artTop: Math.max(0, (layout.starts[artCursor] ?? 0) - Math.floor(bodyHeight(state, env) / 3))};
	}
	const pos = displayPosition(vm, hit.unit);
	if (pos === undefined) return {...state, search};
	const row = vm.rowsOfUnit.get(hit.unit)?.[0];
	let next: ViewState = {...state, search, focus, anchor: pos};
	const entries = entriesOf(next, env);
	const entry = entries[entryAt(entries, pos)];
	if (!entry || pos < entry.pos || pos > entry.last || entry.folded) {
		const notes: string[] = [];
		if (next.filter !== 'all') notes.push(`filter ${next.filter} off`);
		if (next.fold) notes.push('unfolded');
		if (row === undefined && !next.showAsides) notes.push('set-aside text shown');
		next = {...next, filter: 'all', fold: false, showAsides: next.showAsides || row === undefined};
		if (notes.length) next.message = `match is in a hidden row: ${notes.join(', ')}`;
	}
	return next;
}

/** Hit indexes sorted by `compare` (`order`), with each hit's place in that order (`rank`). */
interface HitOrder {
	order: number[];
	rank: number[];
}

function hitOrder(count: number, compare: (a: number, b: number) => number): HitOrder {
	const order = Array.from({length: count}, (_, i) => i).sort(compare);
	const rank: number[] = [];
	order.forEach((hit, at) => (rank[hit] = at));
	return {order, rank};
}

/** Display position (vm.items) of a unit: its first row, or where it stands as set-aside text. */
function displayPosition(vm: ViewModel, unitId: string): number | undefined {
	const row = vm.rowsOfUnit.get(unitId)?.[0];
	return row !== undefined ? vm.rowPosition[row]! : vm.asidePosition.get(unitId);
}

/**
 * Where a hit's unit stands in the grid's n/N order: its display position, set-aside text after every
 * row while hidden (as the search's reading order has it). Both orders are sorted by this.
 */
function gridPosition(vm: ViewModel, unitId: string, showAsides: boolean): number {
	const inRow = vm.rowsOfUnit.get(unitId)?.[0] !== undefined;
	return (inRow || showAsides ? displayPosition(vm, unitId) : undefined) ?? Number.MAX_SAFE_INTEGER;
}

const articleOrderCache = new WeakMap<SearchResult, HitOrder>();
/** Hits in article order (source by source, each in text order). */
export function articleHitOrder(vm: ViewModel, result: SearchResult): HitOrder {
	let cached = articleOrderCache.get(result);
	if (!cached) {
		const {hits} = result;
		const source = hits.map(hit => vm.sourceIndex.get(hit.source) ?? 0);
		articleOrderCache.set(result, (cached = hitOrder(hits.length, (a, b) => source[a]! - source[b]! || hits[a]!.start - hits[b]!.start)));
	}
	return cached;
}

const displayOrderCache = new WeakMap<SearchResult, HitOrder>();
/**
 * Hits in the order the claim grid shows them when set-aside units are shown (b): by display position
 * (asides sit between rows), then column, then offset. Hidden, asides come after every row, as in the
 * search's reading order (a match in a claim is found before one in a caption).
 */
export function rowsHitOrder(vm: ViewModel, result: SearchResult, showAsides: boolean): HitOrder | undefined {
	if (!showAsides) return undefined;
	let cached = displayOrderCache.get(result);
	if (!cached) {
		const {hits} = result;
		const position = hits.map(hit => gridPosition(vm, hit.unit, true));
		const source = hits.map(hit => vm.sourceIndex.get(hit.source) ?? 0);
		displayOrderCache.set(result, (cached = hitOrder(hits.length, (a, b) => position[a]! - position[b]! || source[a]! - source[b]! || hits[a]!.start - hits[b]!.start || a - b)));
	}
	return cached;
}

/** Where the current match stands in the order n/N take in this mode (0-based), -1 before the first jump. */
export function matchPosition(state: ViewState, vm: ViewModel): number {
	const {result, current} = state.search;
	if (!result || current < 0) return -1;
	if (state.mode === 'article') return articleHitOrder(vm, result).rank[current]!;
	return rowsHitOrder(vm, result, state.showAsides)?.rank[current] ?? current;
}

/** Article mode order: the focused source from the cursor on, then the next sources, wrapping. */
function nextHitInArticle(state: ViewState, env: Env, delta: number): {index: number; wrapped: boolean} | undefined {
	const {vm} = env;
	const hits = state.search.result?.hits ?? [];
	if (hits.length === 0) return undefined;
	const key = (i: number) => [vm.sourceIndex.get(hits[i]!.source) ?? 0, hits[i]!.start] as const;
	const {order} = articleHitOrder(vm, state.search.result!);
	const unit = vm.unitsBySource[state.focus]?.[state.artCursor];
	const current = state.search.current >= 0 && hits[state.search.current]?.unit === unit?.id ? key(state.search.current) : ([state.focus, (unit?.start ?? 0) - 0.5] as const);
	const after = (i: number) => key(i)[0] > current[0] || (key(i)[0] === current[0] && key(i)[1] > current[1]);
	const before = (i: number) => key(i)[0] < current[0] || (key(i)[0] === current[0] && key(i)[1] < current[1]);
	if (delta > 0) {
		const found = order.find(after);
		return found !== undefined ? {index: found, wrapped: false} : {index: order[0]!, wrapped: true};
	}
	const found = [...order].reverse().find(before);
	return found !== undefined ? {index: found, wrapped: false} : {index: order[order.length - 1]!, wrapped: true};
}

/**
 * Grid order (rowsHitOrder), from the cursor as in less and as article mode does: while the cursor
 * is on the current match's row (entry), match by match from the current one; once the cursor has
 * left it (j/k, pages, g/G, &, Tab), n takes the first match on the cursor row or below it and N the
 * last match above the cursor row. Past either end it wraps around.
 */
function nextHitInRows(state: ViewState, env: Env, delta: number): {index: number; wrapped: boolean} {
	const {vm} = env;
	const result = state.search.result!;
	const count = result.hits.length;
	const order = rowsHitOrder(vm, result, state.showAsides)?.order;
	const hitAt = (rank: number) => (order ? order[rank]! : rank);
	const entries = entriesOf(state, env);
	const entry = entries.length > 0 ? entries[entryAt(entries, state.anchor)]! : undefined;
	const rank = matchPosition(state, vm);
	const position = (hit: number) => gridPosition(vm, result.hits[hit]!.unit, state.showAsides);
	const current = rank >= 0 ? position(state.search.current) : -1;
	if (!entry || (rank >= 0 && current >= entry.pos && current <= entry.last)) {
		const raw = rank < 0 ? (delta > 0 ? 0 : count - 1) : rank + delta;
		return {index: hitAt((raw + count) % count), wrapped: raw >= count || raw < 0};
	}
	if (delta > 0) {
		for (let r = 0; r < count; r++) if (position(hitAt(r)) >= entry.pos) return {index: hitAt(r), wrapped: false};
		return {index: hitAt(0), wrapped: true};
	}
	for (let r = count - 1; r >= 0; r--) if (position(hitAt(r)) < entry.pos) return {index: hitAt(r), wrapped: false};
	return {index: hitAt(count - 1), wrapped: true};
}

/** The notice for a query without a match (Enter, n, N), as less says it. */
function notFound(query: string): string {
	return `Pattern not found: "${query}"`;
}

function searchNext(state: ViewState, env: Env, delta: number): ViewState {
	const {search} = state;
	const hits = search.result?.hits ?? [];
	if (!search.query || !search.result) return {...state, message: 'no search yet: press / to search'};
	if (hits.length === 0) return {...state, message: search.result.error ?? notFound(search.query)};
	const next = state.mode === 'article' ? nextHitInArticle(state, env, delta)! : nextHitInRows(state, env, delta);
	const moved = jumpToHit(state, env, next.index);
	return next.wrapped ? {...moved, message: delta > 0 ? 'search wrapped to the first match' : 'search wrapped to the last match'} : moved;
}

function escape(state: ViewState): ViewState {
	if (state.search.editing) {
		// An empty line gives back the search before it; else closing the line keeps what was typed highlighted, and
		// a second Esc clears it.
		if (!state.search.query && state.search.previous) return {...state, search: state.search.previous};
		const hasHits = Boolean(state.search.result?.hits.length);
		return {...state, search: {...state.search, editing: false, active: hasHits}};
	}
	if (state.overlay !== 'none') return {...state, overlay: 'none', overlayTop: 0};
	if (state.search.active || state.search.query) return {...state, search: {...initialState().search}, message: 'search cleared'};
	return state;
}

// ---- the reducer ----

/** Which keymap layer is on top: the search line, then an overlay, then the view. */
export function layerOf(state: ViewState): Layer {
	if (state.search.editing) return 'search';
	if (state.overlay === 'help') return 'help';
	if (state.overlay === 'detail') return 'detail';
	return 'view';
}

/**
 * Applies one piece of terminal input to the state: one key, or several read together (keys repeated
 * faster than frames are drawn, or pasted text), each resolved in the layer the keys before it left.
 * A run of characters typed into the search line is one query update. `quit` when a key asked to quit.
 */
export function handleInput(state: ViewState, input: string, key: Key, env: Env): {state: ViewState; quit: boolean} {
	const keys = splitKeys(input, key);
	let current = state;
	for (let i = 0; i < keys.length; i++) {
		const layer = layerOf(current);
		let action = resolveKey(layer, ...keys[i]!);
		if (action?.type === 'searchType') {
			let text = action.text;
			for (let next: Action | undefined; i + 1 < keys.length && (next = resolveKey(layer, ...keys[i + 1]!))?.type === 'searchType'; i++) text += next.text;
			action = {type: 'searchType', text};
		}
		if (!action) continue;
		if (action.type === 'quit') return {state: current, quit: true};
		current = reduce(current, action, env);
	}
	return {state: current, quit: false};
}

export function reduce(state: ViewState, action: Action, env: Env): ViewState {
	const base = state.message ? {...state, message: undefined} : state;
	return settle(apply(base, action, env), env);
}

function apply(state: ViewState, action: Action, env: Env): ViewState {
	switch (action.type) {
		case 'move':
		case 'page':
		case 'home':
		case 'end':
			return move(state, env, action);
		case 'focus':
			return focusColumn(state, env, action.delta);
		case 'detail':
			return {...state, overlay: state.overlay === 'detail' ? 'none' : 'detail', overlayTop: 0};
		case 'help':
			return {...state, overlay: state.overlay === 'help' ? 'none' : 'help', overlayTop: 0};
		case 'escape':
			return escape(state);
		case 'tab':
			return state.mode === 'rows' ? enterArticle(state, env) : leaveArticle(state, env);
		case 'filter': {
			const filter = FILTERS[(FILTERS.indexOf(state.filter) + 1) % FILTERS.length]!;
			return {...state, filter, mode: 'rows', topSkip: 0};
		}
		case 'fold':
			return {...state, fold: !state.fold};
		case 'asides': {
			// When the first entry was on top, keep the very top on screen (asides may come before it).
			const entries = entriesOf(state, env);
			const atTop = entries.length === 0 || entryAt(entries, state.top) === 0;
			return {...state, showAsides: !state.showAsides, top: atTop ? 0 : state.top};
		}
		case 'diff':
			return {...state, diff: !state.diff};
		case 'searchOpen': {
			const {previous: _, ...before} = state.search;
			const previous = before.query ? {...before, editing: false} : undefined;
			return {...state, overlay: 'none', search: {editing: true, query: '', result: undefined, current: -1, active: false, matchFilter: state.search.matchFilter, ...(previous ? {previous} : {})}};
		}
		case 'searchType':
			return runSearch(state, env, state.search.query + action.text);
		case 'searchBackspace':
			return runSearch(state, env, [...state.search.query].slice(0, -1).join(''));
		case 'searchSubmit': {
			const result = state.search.result;
			if (!state.search.query.trim()) return {...state, search: state.search.previous ?? {...state.search, editing: false}};
			// Like less: no match closes the line all the same, keeping the query for n/N, which say so again.
			if (!result || result.hits.length === 0) return {...state, search: {...state.search, editing: false, active: false, current: -1}, message: result?.error ?? notFound(state.search.query)};
			const closed = {...state, search: {...state.search, editing: false}};
			if (state.mode === 'article') {
				const first = nextHitInArticle({...closed, search: {...closed.search, current: -1}}, env, 1)!;
				return jumpToHit(closed, env, first.index);
			}
			return jumpToHit(closed, env, rowsHitOrder(env.vm, result, state.showAsides)?.order[0] ?? 0);
		}
		case 'searchNext':
			return searchNext(state, env, action.delta);
		case 'searchFilter': {
			if (!state.search.active) return {...state, message: 'no active search: press / first'};
			return {...state, search: {...state.search, matchFilter: !state.search.matchFilter}};
		}
		case 'resize':
			return state;
		case 'quit':
			return state;
	}
}
