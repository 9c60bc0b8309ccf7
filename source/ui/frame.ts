// Builds the whole screen as styled lines: title, column headers, body (claim grid, article mode or
// an overlay), search line and status line. The result has exactly `geo.height` lines, each at most
// `geo.width` cells, so Ink never has to wrap or clear anything.
import {NOTE_GLYPH, STATUS_GLYPH} from '../export/status.ts';
import {sanitizeInline} from '../text/terminal.ts';
import {counted} from '../text/plural.ts';
import {padLine, truncateSegs, wrapSegs, type Seg} from './text/wrap.ts';
import {ARTICLE_MARKER, counterparts, entryAt, entryBlock, type Geometry, GUTTER} from './layout.ts';
import {
	articleTextWidth,
	bodyHeight,
	correspondingUnit,
	detailTarget,
	entriesOf,
	gridFlags,
	matchPosition,
	overflowOf,
	overlayHeight,
	overlayWindow,
	PREVIEW_LINES,
	type Env,
	type ViewState,
} from './state.ts';
import {articleLayout} from './layout.ts';
import {detailLines, helpLines} from './overlays.ts';
import type {ViewModel} from './view-model.ts';

const FILTER_WORD = {all: 'all rows', conflicts: 'conflicts', single: 'single source', omitted: 'omitted by'} as const;

function line(segs: Seg[], width: number): Seg[] {
	return padLine(truncateSegs(segs, width), width);
}

function blank(width: number): Seg[] {
	return [{text: ' '.repeat(Math.max(0, width))}];
}

function titleLine(vm: ViewModel, state: ViewState, geo: Geometry): Seg[] {
	const n = vm.sources.length;
	const left = state.colStart;
	const right = Math.max(0, n - state.colStart - geo.columns);
	const leftText = left > 0 ? `◀ ${left} more ` : '';
	const rightText = right > 0 ? ` ${right} more ▶` : '';
	const title = sanitizeInline(vm.story.title) || 'crosscheck';
	const middle = truncateSegs([{text: title, style: ['title']}], Math.max(0, geo.width - leftText.length - rightText.length));
	const pad = Math.max(0, geo.width - leftText.length - rightText.length - middle.width);
	return [{text: leftText, style: ['warn']}, ...middle.segs, {text: ' '.repeat(pad)}, {text: rightText, style: ['warn']}];
}

function headerLines(vm: ViewModel, state: ViewState, env: Env): Seg[][] {
	const {geo} = env;
	const shown = Math.min(geo.columns, vm.sources.length - state.colStart);
	const labels: Seg[] = [{text: ' '.repeat(GUTTER)}];
	const stats: Seg[] = [{text: ' '.repeat(GUTTER)}];
	const rule: Seg[] = [{text: '─'.repeat(GUTTER), style: ['rule']}];
	const article = state.mode === 'article';
	const cursorUnit = article ? vm.unitsBySource[state.focus]?.[state.artCursor] : undefined;
	const others = cursorUnit ? counterparts(vm, cursorUnit.id) : undefined;
	for (let j = 0; j < shown; j++) {
		const s = state.colStart + j;
		const focused = s === state.focus;
		const label = truncateSegs([{text: `${focused ? '▸ ' : '  '}${vm.labels[s]}`, style: [focused ? 'focusHeader' : 'header']}], geo.colWidth);
		labels.push({text: '│ ', style: ['rule']}, ...padLine(label, geo.colWidth), {text: ' '});
		const info = vm.summary.perSource[vm.sources[s]!.id]!;
		let text = `claims ${info.claims} · rows ${info.rows}`;
		if (article) {
			const count = vm.unitsBySource[s]!.length;
			const has = vm.unitsBySource[s]!.some(u => others?.has(u.id));
			text = focused ? `sentence ${state.artCursor + 1}/${count}` : has ? `◆ counterpart · ${counted(count, 'unit')}` : `no counterpart · ${counted(count, 'unit')}`;
		}
		stats.push({text: '│ ', style: ['rule']}, ...line([{text, style: ['dim']}], geo.colWidth), {text: ' '});
		rule.push({text: '┼' + '─'.repeat(geo.colWidth + 2), style: ['rule']});
	}
	return [line(labels, geo.width), line(stats, geo.width), line(rule, geo.width)];
}

function gridBody(vm: ViewModel, state: ViewState, env: Env, height: number): Seg[][] {
	const {geo} = env;
	const entries = entriesOf(state, env);
	const out: Seg[][] = [];
	if (entries.length === 0) {
		const why = state.search.matchFilter && state.search.active ? 'no rows with a match (& shows all)' : `no rows for this filter (${FILTER_WORD[state.filter]}); f changes it`;
		out.push(line([{text: `   ${why}`, style: ['dim']}], geo.width));
		return out;
	}
	const cursor = entryAt(entries, state.anchor);
	const flags = gridFlags(state);
	const first = entryAt(entries, state.top);
	for (let i = first; i < entries.length && out.length < height; i++) {
		const block = entryBlock(vm, entries[i]!, geo, state.colStart, flags);
		const selected = i === cursor;
		// The top entry may be scrolled: its first shown line carries the mark and glyph, and says so (▲);
		// a current row that goes on below the screen says so on its last shown line (▼).
		const skip = i === first ? Math.min(state.topSkip, block.lines.length - 1) : 0;
		block.lines.forEach((body, k) => {
			if (out.length >= height || k < skip) return;
			const last = k === block.lines.length - 1;
			const head = k === skip;
			const cut = out.length === height - 1 && k < block.lines.length - 2;
			const mark = selected ? (head ? (skip ? '▲' : '▶') : last ? ' ' : cut ? '▼' : '┃') : ' ';
			const glyph = head ? block.glyph : ' ';
			// The third column: the row's rule on its last line, the note glyph (⚑) on its first shown line.
			const third: Seg = last ? {text: '─', style: ['rule']} : head && block.note ? {text: block.note, style: ['noteMark']} : {text: ' '};
			const gutter: Seg[] = [
				{text: mark, style: selected ? ['selected'] : undefined},
				{text: glyph, style: [block.glyphStyle]},
				third,
			];
			out.push(line([...gutter, ...body], geo.width));
		});
	}
	return out;
}

function articleBody(vm: ViewModel, state: ViewState, env: Env, height: number): Seg[][] {
	const {geo} = env;
	const width = articleTextWidth(env);
	const flags = gridFlags(state);
	const shown = Math.min(geo.columns, vm.sources.length - state.colStart);
	const focusLayout = articleLayout(vm, state.focus, width, flags);
	const cursorUnit = vm.unitsBySource[state.focus]?.[state.artCursor];
	const others = cursorUnit ? counterparts(vm, cursorUnit.id) : new Set<string>();
	const offset = (focusLayout.starts[state.artCursor] ?? 0) - state.artTop;
	const columns = Array.from({length: shown}, (_, j) => {
		const s = state.colStart + j;
		const layout = s === state.focus ? focusLayout : articleLayout(vm, s, width, flags);
		let top = state.artTop;
		if (s !== state.focus) {
			// Scroll each other article so its counterpart sits level with the cursor.
			const anchor = correspondingUnit(env, state.focus, state.artCursor, s);
			top = Math.max(0, Math.min((layout.starts[anchor] ?? 0) - offset, layout.lines.length - height));
		}
		const units = vm.unitsBySource[s]!;
		const lines: Seg[][] = [];
		let u = 0;
		for (let i = 0; i < height; i++) {
			const index = top + i;
			const text = layout.lines[index];
			if (!text) {
				lines.push(blank(geo.colWidth));
				continue;
			}
			while (u + 1 < layout.starts.length && layout.starts[u + 1]! <= index) u++;
			const unit = units[u]!;
			const inUnit = index < layout.starts[u]! + layout.counts[u]!;
			const first = index === layout.starts[u];
			const isCursor = inUnit && s === state.focus && u === state.artCursor;
			const isPart = inUnit && others.has(unit.id);
			// A cursor sentence taller than the screen: ▲ / ▼ where it goes on above / below.
			const cursorMark = first ? '▶ ' : i === 0 ? '▲ ' : i === height - 1 && index < layout.starts[u]! + layout.counts[u]! - 1 ? '▼ ' : '┃ ';
			const mark = isCursor ? cursorMark : isPart ? (first ? '◆ ' : '│ ') : '  ';
			const extra = isCursor ? 'cursorUnit' : isPart ? 'counterpart' : undefined;
			const segs = extra ? text.map(seg => ({text: seg.text, style: [...(seg.style ?? []), extra]})) : text;
			lines.push([{text: mark, style: extra ? [extra] : undefined}, ...segs]);
		}
		return lines;
	});
	const out: Seg[][] = [];
	for (let i = 0; i < height; i++) {
		const segs: Seg[] = [{text: ' '.repeat(GUTTER)}];
		for (const column of columns) segs.push({text: '│ ', style: ['rule']}, ...column[i]!, {text: ' '});
		out.push(line(segs, geo.width));
	}
	void ARTICLE_MARKER;
	return out;
}

function searchPanel(vm: ViewModel, state: ViewState, geo: Geometry): Seg[][] {
	const {search} = state;
	if (!search.editing) return [];
	const out: Seg[][] = [];
	const result = search.result;
	const previews = result?.preview.slice(0, PREVIEW_LINES) ?? [];
	const labels = new Map(vm.sources.map((s, i) => [s.id, vm.labels[i]!]));
	for (const item of previews) {
		const where = item.sources.map(id => labels.get(id) ?? id).join(', ');
		out.push(line([{text: '  '}, {text: sanitizeInline(item.text), style: ['match']}, {text: `  ${item.kind} · ${item.count}× · ${where}`, style: ['dim']}], geo.width));
	}
	if (previews.length === 0 && search.query) {
		const text = result?.error ?? `no match for "${sanitizeInline(search.query)}"`;
		out.push(line([{text: `  ${text}`, style: ['warn']}], geo.width));
	}
	const count = result ? ` ${counted(result.hits.length, 'match', 'matches')}` : '';
	out.push(line([{text: '/', style: ['key']}, {text: sanitizeInline(search.query)}, {text: '█', style: ['dim']}, {text: count, style: ['dim']}], geo.width));
	return out;
}

/**
 * The search part of the status line: the query and the current match, and the matches per source ("WQRT 7: 1", with a
 * colon, so a label ending in a digit stays readable), which go last so a narrow terminal cuts them before the filter.
 */
function searchStatus(vm: ViewModel, state: ViewState): {main: string; per: string} {
	const {search} = state;
	if (!search.active || !search.result) return {main: '', per: ''};
	const hits = search.result.hits.length;
	const per = vm.sources
		.map((s, i) => [vm.labels[i]!, search.result!.perSource[s.id] ?? 0] as const)
		.filter(([, count]) => count > 0)
		.map(([label, count]) => `${label}: ${count}`)
		.join(', ');
	// Counted in the order n/N take: source by source in article mode, as shown with set-aside text shown.
	const at = search.current >= 0 ? `match ${matchPosition(state, vm) + 1}/${hits}` : counted(hits, 'match', 'matches');
	return {main: ` · "${sanitizeInline(search.query)}" ${at}${search.matchFilter ? ' (& only matching rows)' : ''}`, per};
}

/** " (↑ 3 · ↓ 12 more lines)": lines above and below the screen; '' when none. */
function moreText(above: number, below: number): string {
	const lines = (n: number) => counted(n, 'more line');
	if (above && below) return ` (↑ ${above} · ↓ ${lines(below)})`;
	return above ? ` (↑ ${lines(above)})` : below ? ` (↓ ${lines(below)})` : '';
}

/** moreText for the current row (sentence) when it goes on above or below the screen. */
function moreLines(state: ViewState, env: Env): string {
	const overflow = overflowOf(state, env);
	return overflow ? moreText(overflow.above, overflow.below) : '';
}

function statusLine(vm: ViewModel, state: ViewState, env: Env): Seg[] {
	const {summary} = vm;
	const notes = summary.notes ? ` ${NOTE_GLYPH} ${summary.notes}` : '';
	const counts = `${STATUS_GLYPH.agree} ${summary.agree} ${STATUS_GLYPH.conflict} ${summary.conflict} ${STATUS_GLYPH.single} ${summary.single}${notes}`;
	let where: string;
	if (state.mode === 'article') {
		const count = vm.unitsBySource[state.focus]?.length ?? 0;
		where = `article ${vm.labels[state.focus]} ${state.artCursor + 1}/${count}${moreLines(state, env)} (Tab: rows)`;
	} else {
		const entries = entriesOf(state, env);
		where = entries.length ? `row ${entryAt(entries, state.anchor) + 1}/${entries.length}${moreLines(state, env)}` : 'row 0/0';
	}
	const filter = state.filter === 'omitted' ? `omitted by ${vm.labels[state.focus]}` : FILTER_WORD[state.filter];
	const flags = [state.fold ? 'folded' : '', state.showAsides ? 'set-aside shown' : '', state.diff ? '' : 'diff off'].filter(Boolean).join(' ');
	const search = searchStatus(vm, state);
	const text = ` ${where}${search.main} · ${counts} · filter: ${filter}${flags ? ` · ${flags}` : ''} · ${counted(vm.sources.length, 'source')} · ${counted(summary.rows, 'row')}${search.per ? ` · ${search.per}` : ''}`;
	// The help hint always stays visible; the rest is cut when the terminal is narrow.
	const help = ' · ? help ';
	const left = truncateSegs([{text, style: ['status']}], Math.max(0, env.geo.width - help.length));
	return line([...left.segs, {text: help, style: ['status']}], env.geo.width);
}

function overlayBody(vm: ViewModel, state: ViewState, env: Env): Seg[][] {
	const {geo} = env;
	const height = overlayHeight(state, env);
	let lines: Seg[][];
	let title: string;
	if (state.overlay === 'help') {
		lines = helpLines(geo.width);
		title = ' Help · Esc closes ';
	} else {
		const target = detailTarget(state, env);
		lines = target ? detailLines(vm, target, geo.width) : [line([{text: 'nothing selected'}], geo.width)];
		title = ' Detail · j/k scroll · Esc closes ';
	}
	// The header line takes one line of the pane: the rest shows a window of the text (settle keeps it in range).
	const shown = overlayWindow(state, env);
	const window = lines.slice(state.overlayTop, state.overlayTop + shown);
	const more = moreText(state.overlayTop, Math.max(0, lines.length - state.overlayTop - shown));
	const head = truncateSegs([{text: '──', style: ['rule']}, {text: title + more, style: ['title']}], geo.width);
	const out = [[...head.segs, {text: '─'.repeat(Math.max(0, geo.width - head.width)), style: ['rule']}], ...window.map(l => line(l, geo.width))];
	while (out.length < height) out.push(blank(geo.width));
	return out;
}

export function buildFrame(state: ViewState, env: Env): Seg[][] {
	const {vm, geo} = env;
	if (geo.tooSmall) {
		const width = Math.max(1, geo.width);
		return wrapSegs([{text: geo.tooSmall, style: ['warn']}], width)
			.slice(0, Math.max(1, geo.height))
			.map(l => l.segs);
	}
	const out: Seg[][] = [line(titleLine(vm, state, geo), geo.width)];
	if (state.overlay !== 'none') {
		out.push(...overlayBody(vm, state, env));
	} else {
		out.push(...headerLines(vm, state, env));
		const height = bodyHeight(state, env);
		const body = state.mode === 'article' ? articleBody(vm, state, env, height) : gridBody(vm, state, env, height);
		while (body.length < height) body.push(blank(geo.width));
		if (state.message) body[height - 1] = line([{text: ` ${sanitizeInline(state.message)} `, style: ['warn']}], geo.width);
		out.push(...body);
	}
	if (state.overlay !== 'none' && state.message) out[out.length - 1] = line([{text: ` ${sanitizeInline(state.message)} `, style: ['warn']}], geo.width);
	out.push(...searchPanel(vm, state, geo));
	out.push(statusLine(vm, state, env));
	return out.slice(0, geo.height);
}
