import type {Conflict} from '../model.ts';
import {sanitizeInline} from '../text/terminal.ts';

/** "number (tons): AFP 37 · Voz 36" */
export function conflictLine(conflict: Conflict, labels: Map<string, string>): string {
	const values = Object.entries(conflict.values).map(([source, value]) => `${labels.get(source) ?? source} ${sanitizeInline(value)}`);
	return `${conflict.kind}${conflict.about ? ` (${sanitizeInline(conflict.about)})` : ''}: ${values.join(' · ')}`;
}
