// Full-width panes drawn over the grid: the detail of one row, and the key help.
// Both are built as wrapped lines; the frame shows a scrolled window of them.
import type {Row, Unit} from '../model.ts';
import {NOTE_GLYPH, STATUS_GLYPH, STATUS_WORD} from '../export/status.ts';
import {conflictLine} from '../export/conflict-text.ts';
import {noteLine} from '../export/note-text.ts';
import {sanitizeInline} from '../text/terminal.ts';
import {counted} from '../text/plural.ts';
import {padLine, truncateSegs, wrapSegs, type Seg} from './text/wrap.ts';
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

export function helpLines(width: number): Seg[][] {
	const lines: Seg[][] = [];
	const keyWidth = 10;
	lines.push(padLine(truncateSegs([{text: 'Keys', style: ['title']}], width), width));
	for (const binding of BINDINGS) {
		const keys = binding.keys.padEnd(keyWidth);
		for (const [i, line] of wrapSegs([{text: binding.does}], Math.max(8, width - keyWidth - 2)).entries()) {
			lines.push(padLine({segs: [{text: i === 0 ? keys : ' '.repeat(keyWidth), style: ['key']}, {text: '  '}, ...line.segs], width: keyWidth + 2 + line.width}, width));
		}
	}
	lines.push([{text: ' '.repeat(width)}]);
	lines.push(padLine(truncateSegs([{text: 'In the search line', style: ['title']}], width), width));
	for (const [keys, does] of SEARCH_HELP) {
		for (const [i, line] of wrapSegs([{text: does}], Math.max(8, width - 18)).entries()) {
			lines.push(padLine({segs: [{text: i === 0 ? keys.padEnd(16) : ' '.repeat(16), style: ['key']}, {text: '  '}, ...line.segs], width: 18 + line.width}, width));
		}
	}
	lines.push([{text: ' '.repeat(width)}]);
	lines.push(padLine(truncateSegs([{text: 'Gutter: ✓ agree · ≠ conflict · ◇ single source · # heading · ¶ boilerplate · ▶ current row', style: ['dim']}], width), width));
	const note = `${NOTE_GLYPH} after the status glyph: a note, a source contradicting itself (a weekday that does not match its date, underlined); Enter shows it`;
	for (const line of wrapSegs([{text: note, style: ['dim']}], width)) lines.push(padLine(line, width));
	lines.push(padLine(truncateSegs([{text: '▲ ▼ the current row goes on above / below the screen; the status line counts its lines', style: ['dim']}], width), width));
	lines.push(padLine(truncateSegs([{text: 'Esc or ? closes this help', style: ['dim']}], width), width));
	return lines.map(line => padLine(truncateSegs(line, width), width));
}
