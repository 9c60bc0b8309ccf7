// The whole analysis, from decoded sources to a Story. Pure and synchronous; no terminal, no Ink.
import type {Source, Story, Unit} from './model.ts';
import {splitSource} from './split/index.ts';
import {classifyUnits} from './classify/index.ts';
import {extractMentions} from './mentions/index.ts';
import {alignRows} from './align/index.ts';
import {compareRows} from './compare/index.ts';

export type Stage = 'split' | 'classify' | 'mentions' | 'align' | 'compare';
export const STAGES: Stage[] = ['split', 'classify', 'mentions', 'align', 'compare'];

export interface AnalyseOptions {
	title?: string;
	/** Called when a stage starts, so long runs can show progress. */
	onStage?: (stage: Stage, index: number, total: number) => void;
}

export function analyse(sources: Source[], options: AnalyseOptions = {}): Story {
	const step = (stage: Stage) => options.onStage?.(stage, STAGES.indexOf(stage), STAGES.length);
	step('split');
	let units: Unit[] = sources.flatMap(source => splitSource(source));
	step('classify');
	units = classifyUnits(sources, units);
	// A source without a known headline takes its first heading (one pass over the units).
	const firstHeading = new Map<string, string>();
	for (const unit of units) if (unit.kind === 'heading' && !firstHeading.has(unit.source)) firstHeading.set(unit.source, unit.text);
	for (const source of sources) if (!source.title) source.title = firstHeading.get(source.id) ?? '';
	step('mentions');
	const mentions = extractMentions(sources, units);
	step('align');
	const aligned = alignRows(sources, units, mentions);
	step('compare');
	const rows = compareRows(aligned, units, mentions, sources);
	// The story's title: the one given, else the first source that has one (stdin often has no headline).
	return {schema: 1, title: options.title || sources.find(source => source.title)?.title || '', sources, units, rows, mentions};
}
