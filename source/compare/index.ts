// Compare stage: decide for each row whether its sources agree, and name the conflicts.
//
// Within a row, each source's mentions are grouped into classes (numbers by what they count, dates,
// people, places, organisations). Between two sources, values of a class are first paired off when
// compatible (equal, overlapping ranges such as "hundreds of tons" and "320 tons", or dates of
// different precision such as "February 2025" and "February 28, 2025"). A conflict is when each side
// is left with exactly one value the other side does not give: "37" against "36". A value only one
// side gives (a city one outlet adds) is an omission, not a conflict.
import type {Conflict, DateValue, Mention, MentionKind, NumberValue, Row, Source, Unit} from '../model.ts';
import type {AlignedRow} from '../align/index.ts';
import {termOf} from '../align/terms.ts';

/** Counted nouns that all count people, so "37 suspects" and "36 members" are compared. */
const PEOPLE_TERMS = new Set(['member', 'suspect', 'gang', 'person', 'man', 'woman', 'child', 'peopl', 'victim', 'migrant', 'soldier', 'militari', 'agent', 'offic']);

export function numberClass(n: NumberValue): string {
	if (n.percent) return 'percent';
	if (!n.unit) return '';
	const term = termOf(n.unit.toLowerCase());
	return PEOPLE_TERMS.has(term) ? 'people' : term;
}

export function numbersCompatible(a: NumberValue, b: NumberValue): boolean {
	if (!a.vague && !b.vague) return a.value === b.value;
	return a.min <= b.max && b.min <= a.max;
}

export function datesCompatible(a: DateValue, b: DateValue): boolean {
	const fields = ['year', 'month', 'day', 'weekday'] as const;
	return fields.every(f => a[f] === undefined || b[f] === undefined || a[f] === b[f]);
}

interface Value {
	mention: Mention;
	key: string; // the class-local identity of the value
}

function classOf(m: Mention): string | undefined {
	if (m.kind === 'number') {
		if (!m.number) return undefined;
		const c = numberClass(m.number);
		return c ? `number:${c}` : undefined; // bare numbers with no counted noun are too ambiguous to compare
	}
	if (m.kind === 'date') return m.date ? 'date' : undefined;
	return m.kind;
}

function compatible(a: Mention, b: Mention): boolean {
	if (a.kind === 'number' && b.kind === 'number' && a.number && b.number) return numbersCompatible(a.number, b.number);
	if (a.kind === 'date' && b.kind === 'date' && a.date && b.date) return datesCompatible(a.date, b.date);
	return a.key === b.key;
}

/** Values of `mine` that no value of `theirs` is compatible with (distinct keys). */
function leftovers(mine: Value[], theirs: Value[]): Value[] {
	const left: Value[] = [];
	const seen = new Set<string>();
	for (const v of mine) {
		if (seen.has(v.key)) continue;
		seen.add(v.key);
		if (!theirs.some(t => compatible(v.mention, t.mention))) left.push(v);
	}
	return left;
}

export function compareRows(aligned: AlignedRow[], units: Unit[], mentions: Mention[], sources: Source[]): Row[] {
	const unitById = new Map(units.map(u => [u.id, u]));
	const mentionsByUnit = new Map<string, Mention[]>();
	for (const m of mentions) {
		let list = mentionsByUnit.get(m.unit);
		if (!list) mentionsByUnit.set(m.unit, (list = []));
		list.push(m);
	}
	const order = new Map(sources.map((s, i) => [s.id, i]));
	return aligned.map((row, i) => {
		const present = [...new Set(row.units.map(id => unitById.get(id)!.source))].sort((a, b) => order.get(a)! - order.get(b)!);
		const conflicts = present.length > 1 ? rowConflicts(row.units, unitById, mentionsByUnit, present) : [];
		return {
			id: `r${i + 1}`,
			units: row.units,
			sources: present,
			status: present.length < 2 ? 'single' : conflicts.length > 0 ? 'conflict' : 'agree',
			conflicts,
			position: row.position,
		};
	});
}

function rowConflicts(rowUnits: string[], unitById: Map<string, Unit>, mentionsByUnit: Map<string, Mention[]>, present: string[]): Conflict[] {
	// source -> class -> values
	const bySource = new Map<string, Map<string, Value[]>>();
	for (const id of rowUnits) {
		const source = unitById.get(id)!.source;
		let classes = bySource.get(source);
		if (!classes) bySource.set(source, (classes = new Map()));
		for (const m of mentionsByUnit.get(id) ?? []) {
			const c = classOf(m);
			if (!c) continue;
			let list = classes.get(c);
			if (!list) classes.set(c, (list = []));
			list.push({mention: m, key: m.key});
		}
	}
	const classNames = [...new Set([...bySource.values()].flatMap(classes => [...classes.keys()]))].sort();
	const conflicts: Conflict[] = [];
	for (const name of classNames) {
		const involved = new Set<string>();
		for (let x = 0; x < present.length; x++) {
			for (let y = x + 1; y < present.length; y++) {
				const a = bySource.get(present[x]!)?.get(name) ?? [];
				const b = bySource.get(present[y]!)?.get(name) ?? [];
				if (a.length === 0 || b.length === 0) continue;
				if (leftovers(a, b).length === 1 && leftovers(b, a).length === 1) {
					involved.add(present[x]!);
					involved.add(present[y]!);
				}
			}
		}
		if (involved.size === 0) continue;
		const values: Record<string, string> = {};
		const ids: Record<string, string[]> = {};
		for (const source of present) {
			const list = bySource.get(source)?.get(name);
			if (!list?.length) continue;
			values[source] = [...new Set(list.map(v => v.mention.text))].join(', ');
			ids[source] = list.map(v => v.mention.id);
		}
		const [kind, about] = name.split(':') as [MentionKind, string | undefined];
		conflicts.push({kind, ...(about ? {about} : {}), values, mentions: ids});
	}
	return conflicts;
}
