// Status glyphs and words shared by every renderer, so plain text, Markdown and the view agree.
import type {RowStatus, Story} from '../model.ts';

export const STATUS_GLYPH: Record<RowStatus, string> = {agree: '✓', conflict: '≠', single: '◇'};
export const STATUS_WORD: Record<RowStatus, string> = {agree: 'agree', conflict: 'conflict', single: 'single source'};
/** Marks a row note (a source contradicting itself, e.g. a weekday that does not match its date). */
export const NOTE_GLYPH = '⚑';

export interface StorySummary {
	rows: number;
	agree: number;
	conflict: number;
	single: number;
	/** Row notes in all rows (a note of a unit in two rows counts twice). */
	notes: number;
	/** sourceId -> number of claim units and number of rows it appears in. */
	perSource: Record<string, {claims: number; rows: number}>;
}

export function summarise(story: Story): StorySummary {
	const perSource: StorySummary['perSource'] = {};
	for (const s of story.sources) perSource[s.id] = {claims: 0, rows: 0};
	for (const u of story.units) if (u.kind === 'claim') perSource[u.source]!.claims++;
	const counts = {agree: 0, conflict: 0, single: 0};
	let notes = 0;
	for (const r of story.rows) {
		counts[r.status]++;
		notes += r.notes?.length ?? 0;
		for (const s of r.sources) perSource[s]!.rows++;
	}
	return {rows: story.rows.length, ...counts, notes, perSource};
}
