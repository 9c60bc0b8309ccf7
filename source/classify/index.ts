// Classify stage (placeholder until the classifier lands): every unit stays a claim.
import type {Source, Unit} from '../model.ts';

export function classifyUnits(_sources: Source[], units: Unit[]): Unit[] {
	return units;
}
