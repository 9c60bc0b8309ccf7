// Groups a source's units into its lines: the classifier decides mostly per line (paragraph),
// because captions, bylines, headings and appeals are laid out as lines of their own.
import type {Unit} from '../model.ts';
import {stripDecoration, wordsOf} from './features.ts';

export interface Line {
	/** 1-based line number in the source. */
	no: number;
	/** Offset of the line's first character (not necessarily of its first unit). */
	start: number;
	units: Unit[];
	/** The line from its first unit to its last, as written. */
	text: string;
	/** `text` without Markdown/list decoration. */
	plain: string;
	words: string[];
}

/** Lines of one source's units (units in index order), skipping lines that hold no unit. */
export function linesOf(sourceText: string | undefined, units: Unit[]): Line[] {
	const lines: Line[] = [];
	let current: Line | undefined;
	for (const unit of units) {
		if (!current || current.no !== unit.line) {
			current = {no: unit.line, start: unit.start - unit.column + 1, units: [], text: '', plain: '', words: []};
			lines.push(current);
		}
		current.units.push(unit);
	}
	for (const line of lines) {
		const first = line.units[0]!;
		const last = line.units[line.units.length - 1]!;
		line.text = sourceText === undefined ? line.units.map(u => u.text).join(' ') : sourceText.slice(first.start, last.end);
		line.plain = stripDecoration(line.text);
		line.words = wordsOf(line.plain);
	}
	return lines;
}
