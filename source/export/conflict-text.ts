import type {Conflict} from '../model.ts';
import {sanitizeInline} from '../text/terminal.ts';

/** The two parts of a conflict line: head "number (tons):" and one "AFP 37" per source (for wrapping under the list). */
export function conflictParts(conflict: Conflict, labels: Map<string, string>): {head: string; values: string[]} {
	const values = Object.entries(conflict.values).map(([source, value]) => `${labels.get(source) ?? source} ${sanitizeInline(value)}`);
	return {head: `${conflict.kind}${conflict.about ? ` (${sanitizeInline(conflict.about)})` : ''}:`, values};
}

/** "number (tons): AFP 37 · Voz 36" */
export function conflictLine(conflict: Conflict, labels: Map<string, string>): string {
	const {head, values} = conflictParts(conflict, labels);
	return `${head} ${values.join(' · ')}`;
}
