// Align stage (placeholder): one row per claim unit.
import type {Mention, Source, Unit} from '../model.ts';

export interface AlignedRow {
	units: string[];
	position: number;
}

export function alignRows(_sources: Source[], units: Unit[], _mentions: Mention[]): AlignedRow[] {
	return units.filter(u => u.kind === 'claim').map((u, i) => ({units: [u.id], position: i}));
}
