// Loading a story from the command line's inputs: shared by the main command and `crosscheck find`.
// Kept apart from cli.ts, which runs main() when imported.
import {fileURLToPath} from 'node:url';
import {UserError} from './errors.ts';
import {readInputs} from './read/index.ts';
import type {AnalyseOptions} from './pipeline.ts';
import type {Source, Story} from './model.ts';

export const DEMO_STORY = fileURLToPath(new URL('../fixtures/demo/story.json', import.meta.url));

export interface LoadedStory {
	story: Story;
	warnings: string[];
}

export interface LoadOptions {
	labels?: string[];
	maxBytes?: number;
	maxSources?: number;
	timeoutMs?: number;
	saveDir?: string;
	stdin?: AsyncIterable<Uint8Array | string>;
	/** Passed to analyse, for progress on long runs. */
	onStage?: AnalyseOptions['onStage'];
}

/** Checks the numeric input-limit flags; a bad value is a user error (exit 2). */
export function inputLimits(flags: {maxSize: number; maxSources: number; timeout: number}): Pick<LoadOptions, 'maxBytes' | 'maxSources' | 'timeoutMs'> {
	const positive = (name: string, value: number) => {
		if (!Number.isFinite(value) || value <= 0) throw new UserError(`--${name} needs a positive number, got ${value}`);
		return value;
	};
	return {
		maxBytes: Math.floor(positive('max-size', flags.maxSize)),
		maxSources: Math.floor(positive('max-sources', flags.maxSources)),
		timeoutMs: Math.round(positive('timeout', flags.timeout) * 1000),
	};
}

export interface ReadStory {
	sources: Source[];
	title?: string;
	warnings: string[];
}

/** Reads the inputs (the demo story when there are none); a run that cannot go on is a UserError. */
export async function readStory(inputs: string[], options: LoadOptions): Promise<ReadStory> {
	const args = inputs.length > 0 ? inputs : [DEMO_STORY];
	const read = await readInputs(args, options);
	if (read.saved) read.warnings.push(`saved to ${read.saved}`);
	if (read.errors.length > 0) throw new UserError([...read.warnings, ...read.errors].join('\n'));
	if (read.sources.length < 2) {
		throw new UserError([...read.warnings, `need at least two usable sources to compare, got ${read.sources.length}`].join('\n'));
	}
	return {sources: read.sources, title: read.title, warnings: read.warnings};
}

/** Reads and analyses on this thread (exports, find, plain output). */
export async function loadStory(inputs: string[], options: LoadOptions): Promise<LoadedStory> {
	const read = await readStory(inputs, options);
	// Loaded here rather than at the top, so the interactive view (which analyses in a worker) skips it.
	const {analyse} = await import('./pipeline.ts');
	return {story: analyse(read.sources, {title: read.title, onStage: options.onStage}), warnings: read.warnings};
}
