// Full-width panes drawn over the grid: the detail of one row, and the key help.
// Both are built as wrapped lines; the frame shows a scrolled window of them.
import type {Row, Unit} from '../model.ts';
import {NOTE_GLYPH, STATUS_GLYPH, STATUS_WORD} from '../export/status.ts';
import {conflictLine} from '../export/conflict-text.ts';
import {noteLine} from '../export/note-text.ts';
import {sanitizeInline} from '../text/terminal.ts';
import {counted} from '../text/plural.ts';
import {padLine, widthOf, wrapSegs, type Seg} from './text/wrap.ts';
import {BINDINGS, SEARCH_HELP} from './keymap.ts';
import {cached, cellUnits, conflictSpans, noteSpans, styledText, type ViewModel} from './view-model.ts';

function wrapped(segs: Seg[], width: number, indent = 0): Seg[][] {
	const pad = ' '.repeat(indent);
	return wrapSegs(segs, width - indent).map(line => padLine({segs: indent ? [{text: pad}, ...line.segs] : line.segs, width: line.width + indent}, width));
}

function position(unit: Unit): string {
	return `line ${unit.line}, col ${unit.column}, chars ${unit.start}–${unit.end}`;
}

/** The row (or set-aside unit) the detail pane describes. */
export type DetailTarget = {row: Row} | {unit: Unit};

export function detailLines(vm: ViewModel, target: DetailTarget, width: number): Seg[][] {
	const key = 'row' in target ? `detail:${target.row.id}:${width}` : `detail:${target.unit.id}:${width}`;
	return cached(vm, key, () => {
		const lines: Seg[][] = [];
		const blank = () => lines.push([{text: ' '.repeat(width)}]);
		if ('unit' in target) {
			const unit = target.unit;
			const label = vm.labels[vm.sourceIndex.get(unit.source) ?? 0]!;
			lines.push(...wrapped([{text: `${unit.kind === 'heading' ? 'Heading' : 'Set aside'}${unit.reason ? ` (${sanitizeInline(unit.reason)})` : ''} in ${label}`, style: ['title']}], width));
			lines.push(...wrapped([{text: position(unit), style: ['dim']}], width, 2));
			lines.push(...wrapped(styledText(unit.text, []), width, 2));
			return lines;
		}
		const row = target.row;
		const labels = new Map(vm.sources.map((s, i) => [s.id, vm.labels[i]!]));
		lines.push(...wrapped([{text: `${STATUS_GLYPH[row.status]} Row ${row.id.replace(/^r/, '')} · ${STATUS_WORD[row.status]} · ${row.sources.length}/${counted(vm.sources.length, 'source')}`, style: ['title']}], width));
		for (const conflict of row.conflicts) lines.push(...wrapped([{text: `≠ ${conflictLine(conflict, labels)}`, style: ['conflict']}], width));
		for (const note of row.notes ?? []) lines.push(...wrapped([{text: NOTE_GLYPH, style: ['noteMark']}, {text: ` note: ${noteLine(note, labels)} (within this source; not a conflict)`}], width));
		const spans = conflictSpans(vm, row);
		vm.sources.forEach((source, i) => {
			blank();
			const units = cellUnits(vm, row, source.id);
			lines.push(...wrapped([{text: vm.labels[i]!, style: ['header']}, {text: units.length ? '' : '  — not reported', style: ['placeholder']}], width));
			for (const unit of units) {
				lines.push(...wrapped([{text: position(unit), style: ['dim']}], width, 2));
				lines.push(...wrapped(styledText(unit.text, [...(spans.get(unit.id) ?? []), ...noteSpans(vm, unit.id)]), width, 2));
				const mentions = vm.mentionsByUnit.get(unit.id) ?? [];
				if (mentions.length) {
					const list = mentions.map(m => `${m.kind} ${sanitizeInline(m.text)}`).join(' · ');
					lines.push(...wrapped([{text: `mentions: ${list}`, style: ['dim']}], width, 2));
				}
			}
		});
		return lines;
	});
}

/** Narrowest text column beside the keys; narrower panes put each key on a line of its own, its text under it. */
const MIN_HELP_TEXT = 24;

/** A key column, then its text wrapped beside it (continuation lines under the text). */
function keyedLines(keys: string, does: string, keyWidth: number, width: number): Seg[][] {
	const room = width - keyWidth - 2;
	if (room < MIN_HELP_TEXT) return [...wrapped([{text: keys, style: ['key']}], width), ...wrapped([{text: does}], width, 2)];
	const keyCell = padLine({segs: [{text: keys}], width: widthOf(keys)}, keyWidth).map(seg => ({...seg, style: ['key']}));
	return wrapSegs([{text: does}], room).map((line, i) =>
		padLine({segs: [...(i === 0 ? keyCell : [{text: ' '.repeat(keyWidth)}]), {text: '  '}, ...line.segs], width: keyWidth + 2 + line.width}, width),
	);
}

/** A paragraph wrapped to the pane, its continuation lines indented by two cells. */
function paragraph(segs: Seg[], width: number): Seg[][] {
	const [first, ...rest] = wrapSegs(segs, width);
	const more = rest.length ? wrapSegs(rest.flatMap((line, i) => (i ? [{text: ' '}, ...line.segs] : line.segs)), width - 2) : [];
	return [padLine(first!, width), ...more.map(line => padLine({segs: [{text: '  '}, ...line.segs], width: line.width + 2}, width))];
}

/**
 * `lead` then `items` separated by " · ", broken only between items, so a glyph stays with its word;
 * continuation lines are indented by two cells, and an item wider than a line is wrapped on its own.
 */
function listLines(lead: string, items: readonly string[], width: number, style: readonly string[]): Seg[][] {
	const rows: string[][] = [[]];
	let used = widthOf(lead);
	for (const item of items) {
		const row = rows[rows.length - 1]!;
		const part = (row.length ? 3 : 0) + widthOf(item);
		if (row.length && used + part > width) {
			rows.push([item]);
			used = 2 + widthOf(item);
		} else {
			row.push(item);
			used += part;
		}
	}
	return rows.flatMap((row, i) => (i === 0 ? paragraph([{text: lead + row.join(' · '), style}], width) : wrapped([{text: row.join(' · '), style}], width, 2)));
}

const helpCache = new Map<number, Seg[][]>();

/** The key help, wrapped to the pane width (nothing cut), from the keymap. */
export function helpLines(width: number): Seg[][] {
	const known = helpCache.get(width);
	if (known) return known;
	const lines: Seg[][] = [];
	const blank = () => lines.push([{text: ' '.repeat(width)}]);
	const keyWidth = Math.max(...BINDINGS.map(binding => widthOf(binding.keys)));
	const searchKeyWidth = Math.max(...SEARCH_HELP.map(([keys]) => widthOf(keys)));
	lines.push(...wrapped([{text: 'Keys', style: ['title']}], width));
	for (const binding of BINDINGS) lines.push(...keyedLines(binding.keys, binding.does, keyWidth, width));
	blank();
	lines.push(...wrapped([{text: 'In the search line', style: ['title']}], width));
	for (const [keys, does] of SEARCH_HELP) lines.push(...keyedLines(keys, does, searchKeyWidth, width));
	blank();
	lines.push(...listLines('Gutter: ', GUTTER_LEGEND, width, ['dim']));
	for (const text of HELP_NOTES) lines.push(...paragraph([{text, style: ['dim']}], width));
	lines.push(...paragraph([{text: 'Esc or ? closes this help', style: ['dim']}], width));
	if (helpCache.size > 20) helpCache.clear();
	helpCache.set(width, lines);
	return lines;
}

/** The gutter glyphs, as help lists them. */
export const GUTTER_LEGEND = ['✓ agree', '≠ conflict', '◇ single source', '# heading', '¶ boilerplate', '▶ current row'] as const;

/** The paragraphs after the gutter legend. */
export const HELP_NOTES = [
	`${NOTE_GLYPH} after the status glyph: a note, a source contradicting itself (a weekday that does not match its date, underlined); Enter shows it`,
	'▲ ▼ the current row goes on above / below the screen; the status line counts its lines',
	'— ◀ A · ▶ B in a row\'s first cell: no column on screen carries the row; sources A and B, off screen to the left / right, do (h / l)',
] as const;
