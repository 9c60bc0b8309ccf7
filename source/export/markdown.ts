// Markdown report: a table per claim row with each source's sentence and its character offsets.
import type {Story} from '../model.ts';
import {STATUS_GLYPH, STATUS_WORD, summarise} from './status.ts';
import {conflictLine} from './conflict-text.ts';

/** Escapes text for a Markdown table cell (pipes, line breaks, leading markup). */
export function markdownCell(text: string): string {
	return text.replace(/[\\|*_`<>\[\]]/g, m => `\\${m}`).replace(/[\r\n]+/g, ' ');
}

export function renderMarkdown(story: Story): string {
	const units = new Map(story.units.map(u => [u.id, u]));
	const labels = new Map(story.sources.map(s => [s.id, markdownCell(s.label)]));
	const summary = summarise(story);
	const out: string[] = [`# ${markdownCell(story.title || 'crosscheck report')}`, ''];
	out.push(`${summary.rows} claim rows: ${summary.agree} agree, ${summary.conflict} conflict, ${summary.single} single source.`, '');
	out.push('| Source | Path | Claims | Rows |', '| --- | --- | ---: | ---: |');
	for (const s of story.sources) {
		const stats = summary.perSource[s.id]!;
		out.push(`| ${labels.get(s.id)} | ${markdownCell(s.path)} | ${stats.claims} | ${stats.rows} |`);
	}
	out.push('');
	for (const row of story.rows) {
		out.push(`## ${STATUS_GLYPH[row.status]} ${row.id}: ${STATUS_WORD[row.status]} (${row.sources.length}/${story.sources.length} sources)`, '');
		for (const conflict of row.conflicts) out.push(`- **conflict** ${markdownCell(conflictLine(conflict, labels))}`);
		if (row.conflicts.length) out.push('');
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
