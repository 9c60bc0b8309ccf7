// Mentions stage (placeholder until the extractor lands).
import type {Mention, Source, Unit} from '../model.ts';

export function extractMentions(_sources: Source[], _units: Unit[]): Mention[] {
	return [];
}
