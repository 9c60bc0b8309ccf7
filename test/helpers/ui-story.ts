// Hand-built stories for view tests: chosen sentences per source, chosen rows, conflicts and mentions,
// so the view's tests do not depend on how well the aligner or the mention extractor does.
import type {Conflict, Mention, MentionKind, Row, Source, Story, Unit} from '../../source/model.ts';

export type UnitSpec = string | {text: string; kind: 'heading' | 'boilerplate'; reason?: string};

export interface SourceSpec {
	label: string;
	units: UnitSpec[];
}

export interface ConflictSpec {
	kind: MentionKind;
	about?: string;
	/** source index -> the differing value, which must occur in that source's unit of the row */
	values: Record<number, string>;
}

export interface RowSpec {
	/** source index -> unit index (or indexes) within that source */
	cells: Record<number, number | number[]>;
	conflicts?: ConflictSpec[];
}

export interface MentionSpec {
	source: number;
	unit: number;
	text: string;
	kind: MentionKind;
	key?: string;
}

function lineAndColumn(text: string, offset: number): {line: number; column: number} {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return {line, column: offset - (before.lastIndexOf('\n') + 1) + 1};
}

export function handStory(specs: SourceSpec[], rowSpecs: RowSpec[], options: {title?: string; mentions?: MentionSpec[]} = {}): Story {
	const sources: Source[] = [];
	const units: Unit[] = [];
	const unitAt: Unit[][] = [];
	specs.forEach((spec, s) => {
		const id = `s${s + 1}`;
		let text = '';
		const mine: Unit[] = [];
		spec.units.forEach((u, i) => {
			const body = typeof u === 'string' ? u : u.text;
			if (text) text += '\n\n';
			const start = text.length;
			text += body;
			const kind = typeof u === 'string' ? 'claim' : u.kind;
			const reason = typeof u === 'string' ? undefined : u.reason;
			const unit: Unit = {id: `${id}.u${i + 1}`, source: id, index: i, start, end: text.length, text: body, kind, ...(reason ? {reason} : {}), ...lineAndColumn(text, start)};
			mine.push(unit);
			units.push(unit);
		});
		unitAt.push(mine);
		sources.push({id, path: `${spec.label}.txt`, label: spec.label, title: '', text: text + '\n', format: 'text'});
	});
	const mentions: Mention[] = [];
	const addMention = (s: number, unit: Unit, value: string, kind: MentionKind, key?: string): Mention => {
		const at = unit.text.indexOf(value);
		if (at < 0) throw new Error(`"${value}" is not in ${unit.id}: ${unit.text}`);
		const mention: Mention = {id: `s${s + 1}.m${mentions.filter(m => m.source === `s${s + 1}`).length + 1}`, source: `s${s + 1}`, unit: unit.id, start: unit.start + at, end: unit.start + at + value.length, text: value, kind, key: key ?? value.toLowerCase()};
		mentions.push(mention);
		return mention;
	};
	for (const m of options.mentions ?? []) addMention(m.source, unitAt[m.source]![m.unit]!, m.text, m.kind, m.key);
	const rows: Row[] = [];
	const used = new Set<string>();
	const pushRow = (ids: string[], conflicts: Conflict[]) => {
		const sourceIds = sources.map(s => s.id).filter(id => ids.some(u => u.startsWith(`${id}.`)));
		const ordered = units.filter(u => ids.includes(u.id)).map(u => u.id);
		ordered.forEach(id => used.add(id));
		const status = sourceIds.length < 2 ? 'single' : conflicts.length ? 'conflict' : 'agree';
		rows.push({id: `r${rows.length + 1}`, units: ordered, sources: sourceIds, status, conflicts, position: rows.length});
	};
	for (const spec of rowSpecs) {
		const ids: string[] = [];
		for (const [s, which] of Object.entries(spec.cells)) for (const i of [which].flat()) ids.push(unitAt[Number(s)]![i]!.id);
		const conflicts: Conflict[] = (spec.conflicts ?? []).map(c => {
			const values: Record<string, string> = {};
			const ms: Record<string, string[]> = {};
			for (const [s, value] of Object.entries(c.values)) {
				const index = Number(s);
				const unit = [spec.cells[index]!].flat().map(i => unitAt[index]![i]!).find(u => u.text.includes(value));
				if (!unit) throw new Error(`conflict value "${value}" not in row cell of source ${index}`);
				const mention = addMention(index, unit, value, c.kind);
				values[`s${index + 1}`] = value;
				ms[`s${index + 1}`] = [mention.id];
			}
			return {kind: c.kind, ...(c.about ? {about: c.about} : {}), values, mentions: ms};
		});
		pushRow(ids, conflicts);
	}
	// Claims in no chosen row get their own single-source rows, as the aligner would.
	for (const unit of units) if (unit.kind === 'claim' && !used.has(unit.id)) pushRow([unit.id], []);
	return {schema: 1, title: options.title ?? 'Test story', sources, units, rows, mentions};
}

/** n sources, each with `perSource` sentences, row i holding sentence i of every source (all agree). */
export function gridStory(n: number, perSource: number, options: {labels?: string[]; words?: number} = {}): Story {
	const specs: SourceSpec[] = Array.from({length: n}, (_, s) => ({
		label: options.labels?.[s] ?? `Src${s + 1}`,
		units: Array.from({length: perSource}, (_, i) => `Sentence ${i + 1} of source ${s + 1}${' with more words'.repeat(options.words ?? 0)}.`),
	}));
	const rows: RowSpec[] = Array.from({length: perSource}, (_, i) => ({cells: Object.fromEntries(specs.map((_, s) => [s, i]))}));
	return handStory(specs, rows);
}
