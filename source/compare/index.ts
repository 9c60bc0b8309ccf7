// Compare stage (placeholder).
import type {Mention, Row, Source, Unit} from '../model.ts';
import type {AlignedRow} from '../align/index.ts';

export function compareRows(aligned: AlignedRow[], units: Unit[], _mentions: Mention[], sources: Source[]): Row[] {
	const byId = new Map(units.map(u => [u.id, u]));
	return aligned.map((row, i) => {
		const present = new Set(row.units.map(id => byId.get(id)!.source));
		const rowSources = sources.map(s => s.id).filter(id => present.has(id));
		return {id: `r${i + 1}`, units: row.units, sources: rowSources, status: rowSources.length > 1 ? 'agree' : 'single', conflicts: [], position: row.position};
	});
}
