// Plain-text rendering for pipes and CI: one block per claim row, one labelled line per source (for
// grep and scripts); with a width (--plain on a terminal) each source's text wraps under its "|".
// Every article string goes through the terminal sanitiser, and labels are padded by terminal cells
// (cellWidth, the view's width rule), so the "|" column lines up with wide or emoji labels too.
import type {Story} from '../model.ts';
import {cellWidth, padCells, sanitizeInline, wrapCells} from '../text/terminal.ts';
import {counted} from '../text/plural.ts';
import {NOTE_GLYPH, STATUS_GLYPH, STATUS_WORD, summarise} from './status.ts';
import {conflictLine} from './conflict-text.ts';
import {noteLine, notesCount} from './note-text.ts';

export interface PlainOptions {
	/** Terminal width: wrap each source's text under its label; without it every source's text is one line. */
	width?: number;
}

/** Narrowest text column worth wrapping into; below it lines stay whole (the terminal wraps them). */
const MIN_TEXT_WIDTH = 20;

export function renderPlain(story: Story, options: PlainOptions = {}): string {
	const units = new Map(story.units.map(u => [u.id, u]));
	const labels = new Map(story.sources.map(s => [s.id, sanitizeInline(s.label)]));
	const pad = Math.max(...[...labels.values()].map(cellWidth));
	const summary = summarise(story);
	const out: string[] = [];
	if (story.title) out.push(sanitizeInline(story.title), '');
	out.push(`${counted(story.sources.length, 'source')}, ${counted(summary.rows, 'claim row')}: ${summary.agree} agree, ${summary.conflict} conflict, ${summary.single} single source${notesCount(summary.notes)}`);
	for (const s of story.sources) {
		const stats = summary.perSource[s.id]!;
		out.push(`  ${padCells(labels.get(s.id)!, pad)}  ${counted(stats.claims, 'claim')} in ${counted(stats.rows, 'row')}  (${sanitizeInline(s.path)})`);
	}
	out.push('');
	for (const row of story.rows) {
		out.push(`${STATUS_GLYPH[row.status]} ${row.id} ${STATUS_WORD[row.status]} (${row.sources.length}/${counted(story.sources.length, 'source')})`);
		for (const conflict of row.conflicts) out.push(`  ! ${conflictLine(conflict, labels)}`);
		for (const note of row.notes ?? []) out.push(`  ${NOTE_GLYPH} note: ${noteLine(note, labels)}`);
		for (const source of story.sources) {
			const texts = row.units.map(id => units.get(id)!).filter(u => u.source === source.id).map(u => sanitizeInline(u.text));
			const text = texts.length ? texts.join(' ') : '—';
			const lead = `  ${padCells(labels.get(source.id)!, pad)} | `;
			const room = options.width === undefined ? 0 : options.width - cellWidth(lead) - 1;
			if (room < MIN_TEXT_WIDTH) {
				out.push(lead + text);
				continue;
			}
			const indent = `  ${' '.repeat(pad)} | `;
			wrapCells(text, room).forEach((line, i) => out.push((i === 0 ? lead : indent) + line));
		}
		out.push('');
	}
	return out.join('\n');
}
