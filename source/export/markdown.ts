// Markdown report: a table per claim row with each source's sentence and its character offsets.
// Article text goes through the terminal sanitiser first (the report is often read on a terminal or
// pasted on), then is escaped once for a table cell; the JSON export keeps the original text.
import type {Story} from '../model.ts';
import {sanitizeInline} from '../text/terminal.ts';
import {counted} from '../text/plural.ts';
import {NOTE_GLYPH, STATUS_GLYPH, STATUS_WORD, summarise} from './status.ts';
import {conflictLine} from './conflict-text.ts';
import {noteLine, notesCount} from './note-text.ts';
import {offsetsInto} from './source-text.ts';

/** Makes text safe for a Markdown table cell: terminal sanitiser, then pipes, line breaks and inline markup escaped. */
export function markdownCell(text: string): string {
	return sanitizeInline(text).replace(/[\\|*_`<>\[\]]/g, m => `\\${m}`);
}

export function renderMarkdown(story: Story): string {
	const units = new Map(story.units.map(u => [u.id, u]));
	const rawLabels = new Map(story.sources.map(s => [s.id, s.label]));
	const labels = new Map(story.sources.map(s => [s.id, markdownCell(s.label)]));
	const summary = summarise(story);
	const out: string[] = [`# ${markdownCell(story.title || 'crosscheck report')}`, ''];
	out.push(`${counted(summary.rows, 'claim row')}: ${summary.agree} agree, ${summary.conflict} conflict, ${summary.single} single source${notesCount(summary.notes)}.`, '');
	out.push('| Source | Path | Claims | Rows | Offsets into |', '| --- | --- | ---: | ---: | --- |');
	for (const s of story.sources) {
		const stats = summary.perSource[s.id]!;
		out.push(`| ${labels.get(s.id)} | ${markdownCell(s.path)} | ${stats.claims} | ${stats.rows} | ${markdownCell(offsetsInto(s))} |`);
	}
	out.push('');
	// HTML and Markdown offsets and lines count in the extracted text, not in the file: said once, up front.
	if (story.sources.some(s => s.extracted)) {
		out.push('For HTML and Markdown sources, offsets and line numbers count in the extracted article text, not in the file.', '');
	}
	for (const row of story.rows) {
		out.push(`## ${STATUS_GLYPH[row.status]} ${row.id}: ${STATUS_WORD[row.status]} (${row.sources.length}/${counted(story.sources.length, 'source')})`, '');
		// Escaped once, as a whole: the labels in it are the raw ones.
		for (const conflict of row.conflicts) out.push(`- **conflict** ${markdownCell(conflictLine(conflict, rawLabels))}`);
		for (const note of row.notes ?? []) out.push(`- ${NOTE_GLYPH} **note** ${markdownCell(noteLine(note, rawLabels))} (chars ${note.start}–${note.end})`);
		if (row.conflicts.length || row.notes?.length) out.push('');
		out.push('| Source | Claim | Offsets |', '| --- | --- | --- |');
		for (const source of story.sources) {
			const own = row.units.map(id => units.get(id)!).filter(u => u.source === source.id);
			const text = own.length ? own.map(u => markdownCell(u.text)).join(' ') : '*(not reported)*';
			const offsets = own.map(u => `${u.start}–${u.end} (line ${u.line})`).join(', ');
			out.push(`| ${labels.get(source.id)} | ${text} | ${offsets} |`);
		}
		out.push('');
	}
	return out.join('\n');
}
