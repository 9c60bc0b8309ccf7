// The --json export: the Story in the documented schema (README "JSON format").
import type {Story} from '../model.ts';
import {rereadable} from './source-text.ts';

export function storyToJson(story: Story): object {
	return {
		schema: story.schema,
		title: story.title,
		sources: story.sources.map(s => ({
			id: s.id,
			path: s.path,
			label: s.label,
			title: s.title,
			format: s.format,
			length: s.text.length,
			// Offsets of extracted sources (HTML, Markdown) point into the extracted text, shipped here so they stay
			// checkable; so is the text of stdin and of a URL, which cannot be read again from their path.
			...(s.extracted ? {extracted: true} : {}),
			...(s.extracted || !rereadable(s.path) ? {text: s.text} : {}),
			...(s.textPath ? {textPath: s.textPath} : {}),
		})),
		units: story.units.map(u => ({
			id: u.id,
			source: u.source,
			start: u.start,
			end: u.end,
			text: u.text,
			kind: u.kind,
			...(u.reason ? {reason: u.reason} : {}),
			line: u.line,
			column: u.column,
		})),
		rows: story.rows.map(r => ({id: r.id, units: r.units, sources: r.sources, status: r.status, conflicts: r.conflicts, ...(r.notes?.length ? {notes: r.notes} : {})})),
		mentions: story.mentions.map(m => ({
			id: m.id,
			source: m.source,
			unit: m.unit,
			start: m.start,
			end: m.end,
			text: m.text,
			kind: m.kind,
			key: m.key,
			...(m.number ? {number: m.number} : {}),
			...(m.date ? {date: m.date} : {}),
		})),
	};
}

export function renderJson(story: Story): string {
	return JSON.stringify(storyToJson(story), null, 2) + '\n';
}
