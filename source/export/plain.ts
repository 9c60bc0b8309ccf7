// Plain-text rendering for pipes and CI: one block per claim row, one labelled line per source.
// Every article string goes through the terminal sanitiser, and labels are padded by terminal cells
// (cellWidth, the view's width rule), so the "|" column lines up with wide or emoji labels too.
import type {Story} from '../model.ts';
import {cellWidth, padCells, sanitizeInline} from '../text/terminal.ts';
import {NOTE_GLYPH, STATUS_GLYPH, STATUS_WORD, summarise} from './status.ts';
import {conflictLine} from './conflict-text.ts';
import {noteLine, notesCount} from './note-text.ts';

export function renderPlain(story: Story): string {
	const units = new Map(story.units.map(u => [u.id, u]));
	const labels = new Map(story.sources.map(s => [s.id, sanitizeInline(s.label)]));
	const pad = Math.max(...[...labels.values()].map(cellWidth));
	const summary = summarise(story);
	const out: string[] = [];
	if (story.title) out.push(sanitizeInline(story.title), '');
	out.push(`${story.sources.length} sources, ${summary.rows} claim rows: ${summary.agree} agree, ${summary.conflict} conflict, ${summary.single} single source${notesCount(summary.notes)}`);
	for (const s of story.sources) {
		const stats = summary.perSource[s.id]!;
		out.push(`  ${padCells(labels.get(s.id)!, pad)}  ${stats.claims} claims in ${stats.rows} rows  (${sanitizeInline(s.path)})`);
	}
	out.push('');
	for (const row of story.rows) {
		out.push(`${STATUS_GLYPH[row.status]} ${row.id} ${STATUS_WORD[row.status]} (${row.sources.length}/${story.sources.length} sources)`);
		for (const conflict of row.conflicts) out.push(`  ! ${conflictLine(conflict, labels)}`);
		for (const note of row.notes ?? []) out.push(`  ${NOTE_GLYPH} note: ${noteLine(note, labels)}`);
		for (const source of story.sources) {
			const texts = row.units.map(id => units.get(id)!).filter(u => u.source === source.id).map(u => sanitizeInline(u.text));
			out.push(`  ${padCells(labels.get(source.id)!, pad)} | ${texts.length ? texts.join(' ') : '—'}`);
		}
		out.push('');
	}
	return out.join('\n');
}
