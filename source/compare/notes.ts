// Row notes: what one source gets wrong within itself, found in the units of a row. Unlike conflicts,
// which set sources against each other and decide the row's status, notes are information beside it.
// Today one kind: a full date written with a weekday it does not fall on ("Tuesday, January 21, 2026",
// a Wednesday), as the mentions stage records it on the date (DateValue.weekdayMismatch).
import type {Mention, RowNote, Source} from '../model.ts';
import {WEEKDAY_NAMES} from '../mentions/lexicon.ts';

/** "January 21, 2026 is a Wednesday, not a Tuesday": the calendar date as written, its real weekday, the written one. */
export function weekdayMessage(dateText: string, written: number, actual: number): string {
	return `${dateText.replace(/\s+/g, ' ')} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[written]}`;
}

/** Notes for the units of one row, in the row's unit order, then by position in the unit. */
export function rowNotes(rowUnits: readonly string[], mentionsByUnit: ReadonlyMap<string, readonly Mention[]>, textOf: ReadonlyMap<string, string>): RowNote[] {
	const notes: RowNote[] = [];
	for (const unit of rowUnits) {
		for (const m of mentionsByUnit.get(unit) ?? []) {
			const mismatch = m.kind === 'date' ? m.date?.weekdayMismatch : undefined;
			if (!mismatch) continue;
			const text = textOf.get(m.source)?.slice(mismatch.start, mismatch.end) ?? m.text;
			notes.push({
				kind: 'date', source: m.source, unit, mention: m.id, start: mismatch.start, end: mismatch.end, text,
				message: weekdayMessage(m.text, mismatch.written, mismatch.actual),
			});
		}
	}
	return notes;
}

/** Sources by id -> text, for rowNotes. */
export function sourceTexts(sources: readonly Source[]): Map<string, string> {
	return new Map(sources.map(s => [s.id, s.text]));
}
