// Plain-text rendering for pipes and CI: one block per claim row, one labelled line per source (for
// grep and scripts). With a width (--plain on a terminal) every line fits it: each source's text wraps
// under its "|", and the title, summary, per-source, row, conflict and note lines wrap at spaces with a
// hanging indent that keeps their structure (a path continues under the claim counts, a conflict under
// its value list). Without a width nothing wraps: the output is byte for byte what scripts read.
// Every article string goes through the terminal sanitiser, and widths are terminal cells (cellWidth,
// the view's width rule), so the "|" column lines up and wrapping is right with wide or emoji text too.
import type {Story} from '../model.ts';
import {cellWidth, padCells, sanitizeInline, wrapCells} from '../text/terminal.ts';
import {counted} from '../text/plural.ts';
import {NOTE_GLYPH, STATUS_GLYPH, STATUS_WORD, summarise} from './status.ts';
import {conflictParts} from './conflict-text.ts';
import {noteLine, notesCount} from './note-text.ts';

export interface PlainOptions {
	/** Terminal width: every line fits it (each source's text wraps under its label); without it nothing wraps. */
	width?: number;
}

/** Narrowest column worth wrapping into after an indent; below it a line falls back to a small indent. */
const MIN_TEXT_WIDTH = 20;

/** A piece of a line too long for one row; `glue`: it continues the piece before it with no space (a cut word, a path). */
interface Piece {
	text: string;
	glue: boolean;
}

/** `text` in pieces of at most `room` cells: its words, a word wider than `room` cut between characters. */
function wordPieces(text: string, room: number): Piece[] {
	return text
		.split(/ +/)
		.filter(Boolean)
		.flatMap(word => wrapCells(word, room).map((text, i) => ({text, glue: i > 0})));
}

/** A path in pieces of at most `room` cells: broken after its "/" first, then like words. */
function pathPieces(path: string, room: number): Piece[] {
	return path.split(/(?<=\/)/).flatMap((part, i) => wordPieces(part, room).map((piece, j) => (j === 0 && i > 0 && !part.startsWith(' ') ? {...piece, glue: true} : piece)));
}

/**
 * `lead` then `atoms` (joined by spaces) in lines of at most `limit` cells. Atoms fill a line greedily;
 * one that does not fit starts the next line, which begins at column `indent` (the hanging indent), or at
 * `fallback` when `indent` leaves fewer than MIN_TEXT_WIDTH cells. An atom wider than a whole line is
 * broken into pieces (`pieces`: at spaces, a word wider than the line cut), from where the line has got to,
 * or from a line of its own with `own`. A lead wider than the line wraps like the atoms.
 */
function hang(lead: string, atoms: string[], limit: number, indent: number, fallback: number, pieces = wordPieces, own = false): string[] {
	if (cellWidth(lead) >= limit) {
		atoms = [...lead.trim().split(/ +/).filter(Boolean), ...atoms];
		lead = /^ */.exec(lead)![0];
	}
	const margin = ' '.repeat(limit - indent >= MIN_TEXT_WIDTH ? indent : fallback);
	const room = Math.max(1, limit - margin.length);
	const lines: string[] = [];
	let line = lead;
	let used = cellWidth(lead);
	let empty = true; // no atom on this line yet
	const fits = (text: string, glue: boolean) => used + (empty || glue ? 0 : 1) + cellWidth(text) <= limit;
	const put = (text: string, glue: boolean) => {
		const gap = empty || glue ? '' : ' ';
		line += gap + text;
		used += gap.length + cellWidth(text);
		empty = false;
	};
	const next = () => {
		lines.push(line.trimEnd());
		line = margin;
		used = margin.length;
		empty = true;
	};
	for (const atom of atoms) {
		if (fits(atom, false)) {
			put(atom, false);
			continue;
		}
		if (line.trim() && cellWidth(atom) <= room) {
			next();
			put(atom, false);
			continue;
		}
		if (own && !empty) next();
		for (const piece of pieces(atom, room)) {
			if (!fits(piece.text, piece.glue)) next();
			put(piece.text, piece.glue);
		}
	}
	lines.push(line.trimEnd());
	return lines;
}

export function renderPlain(story: Story, options: PlainOptions = {}): string {
	const units = new Map(story.units.map(u => [u.id, u]));
	const labels = new Map(story.sources.map(s => [s.id, sanitizeInline(s.label)]));
	const pad = Math.max(...[...labels.values()].map(cellWidth));
	const summary = summarise(story);
	// Lines stop one cell short of the terminal's edge, as the table's text always has.
	const limit = options.width === undefined ? undefined : Math.max(1, options.width - 1);
	const out: string[] = [];
	/** `line` as it is when it fits (always, without a width), else wrapped by `wrap`. */
	const fit = (line: string, wrap: (limit: number) => string[]) => out.push(...(limit === undefined || cellWidth(line) <= limit ? [line] : wrap(limit)));
	const words = (text: string) => text.split(/ +/).filter(Boolean);

	if (story.title) {
		const title = sanitizeInline(story.title);
		fit(title, limit => hang('', words(title), limit, 0, 0));
		out.push('');
	}
	const counts = `${counted(story.sources.length, 'source')}, ${counted(summary.rows, 'claim row')}: `;
	const line = `${counts}${summary.agree} agree, ${summary.conflict} conflict, ${summary.single} single source${notesCount(summary.notes)}`;
	// Phrases stay whole ("8 single source,"); the counts continue under the first one.
	fit(line, limit => hang('', line.split(/(?<=[,:]) +/), limit, cellWidth(counts), 4));
	for (const s of story.sources) {
		const stats = summary.perSource[s.id]!;
		const lead = `  ${padCells(labels.get(s.id)!, pad)}  `;
		const claims = `${counted(stats.claims, 'claim')} in ${counted(stats.rows, 'row')}`;
		const file = `(${sanitizeInline(s.path)})`;
		// The path goes under the claim counts, and a long one breaks after a "/" and continues under itself.
		fit(`${lead}${claims}  ${file}`, limit => hang(lead, [claims, file], limit, cellWidth(lead), 4, (atom, room) => (atom === file ? pathPieces(atom, room) : wordPieces(atom, room)), true));
	}
	out.push('');
	for (const row of story.rows) {
		const head = `${STATUS_GLYPH[row.status]} ${row.id} `;
		const share = `(${row.sources.length}/${counted(story.sources.length, 'source')})`;
		fit(`${head}${STATUS_WORD[row.status]} ${share}`, limit => hang(head, [...words(STATUS_WORD[row.status]), share], limit, cellWidth(head), 2));
		for (const conflict of row.conflicts) {
			const {head, values} = conflictParts(conflict, labels);
			// The list continues under its first value; a source's value starts a line when it cannot end this one.
			const lead = `  ! ${head} `;
			const atoms = values.map((value, i) => (i < values.length - 1 ? `${value} ·` : value));
			fit(lead + values.join(' · '), limit => hang(lead, atoms, limit, cellWidth(lead), 4, wordPieces, true));
		}
		for (const note of row.notes ?? []) {
			const lead = `  ${NOTE_GLYPH} note: `;
			const text = noteLine(note, labels);
			fit(lead + text, limit => hang(lead, words(text), limit, cellWidth(lead), 4));
		}
		for (const source of story.sources) {
			const texts = row.units.map(id => units.get(id)!).filter(u => u.source === source.id).map(u => sanitizeInline(u.text));
			const text = texts.length ? texts.join(' ') : '—';
			const lead = `  ${padCells(labels.get(source.id)!, pad)} | `;
			if (limit === undefined) {
				out.push(lead + text);
				continue;
			}
			const room = limit - cellWidth(lead);
			if (room >= MIN_TEXT_WIDTH) {
				const indent = `  ${' '.repeat(pad)} | `;
				wrapCells(text, room).forEach((line, i) => out.push((i === 0 ? lead : indent) + line));
				continue;
			}
			// Labels too wide for a text column beside them: the label on its own line, the text under it.
			const label = labels.get(source.id)!;
			fit(`  ${label}`, limit => hang('  ', words(label), limit, 2, 2));
			for (const line of wrapCells(text, Math.max(1, limit - 4))) out.push(`  | ${line}`);
		}
		out.push('');
	}
	return out.join('\n');
}
