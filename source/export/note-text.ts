import type {RowNote} from '../model.ts';
import {sanitizeInline} from '../text/terminal.ts';
import {counted} from '../text/plural.ts';

/** 'Explainer writes "Tuesday, January 21, 2026", but January 21, 2026 is a Wednesday, not a Tuesday' */
export function noteLine(note: RowNote, labels: Map<string, string>): string {
	return `${labels.get(note.source) ?? note.source} writes "${sanitizeInline(note.text)}", but ${sanitizeInline(note.message)}`;
}

/** ", 1 note" / ", 2 notes" after a summary's counts, or nothing when there are none. */
export function notesCount(notes: number): string {
	return notes ? `, ${counted(notes, 'note')}` : '';
}
