#!/usr/bin/env node
// Entry point. Parses flags, reads inputs, runs the pipeline and picks an output:
// --json / --markdown exports, plain text when not on a terminal, else the interactive view.
// Ink and React are loaded only for the interactive view, so scripted runs start fast.
import meow from 'meow';
import {UserError} from './errors.ts';
import {sanitizeInline} from './text/terminal.ts';
import {DEFAULT_MAX_BYTES, DEFAULT_MAX_SOURCES, DEFAULT_TIMEOUT_MS} from './read/limits.ts';
import {createProgressTracker, startStageProgress} from './progress.ts';
import type {Source} from './model.ts';
import type {AnalysisWorker} from './analyse-in-worker.ts';

const help = `
  Usage
    $ crosscheck [options] [files, directories, URLs, - (stdin), story.json or .story lists ...]
    $ crosscheck find <query> [options] [files ...]

  With no files, opens the demo story (five articles about one event).

  Options
    --json             Print the aligned story as JSON (offsets into each source)
    --markdown, -m     Print the aligned story as a Markdown report
    --plain            Print plain text even on a terminal
    --label, -l        Label for the next source, in order (repeatable)
    --max-size         Largest input file, page or stdin, in bytes (default 5242880 = 5 MB)
    --max-sources      Most sources in one comparison (default 50)
    --timeout          Seconds to wait for each URL (default 15)
    --save DIR         Keep fetched pages and stdin in DIR with a story.json to reopen offline
    --dump-text DIR    Write each source's text (extracted text for HTML/Markdown) to DIR
    --help             Show this help
    --version          Show the version

  Keys in the interactive view: ? lists them all.

  Examples
    $ crosscheck
    $ crosscheck a.txt b.html c.md
    $ crosscheck https://example.com/a https://example.org/b --save saved/
    $ pbpaste | crosscheck - other.txt
    $ crosscheck --json articles/ > story.json
    $ crosscheck find harfuch
`;

export const cliFlags = {
	json: {type: 'boolean', default: false},
	markdown: {type: 'boolean', shortFlag: 'm', default: false},
	plain: {type: 'boolean', default: false},
	label: {type: 'string', shortFlag: 'l', isMultiple: true},
	maxSize: {type: 'number', default: DEFAULT_MAX_BYTES},
	maxSources: {type: 'number', default: DEFAULT_MAX_SOURCES},
	timeout: {type: 'number', default: DEFAULT_TIMEOUT_MS / 1000},
	save: {type: 'string'},
	dumpText: {type: 'string'},
} as const;

async function main(): Promise<void> {
	const cli = meow(help, {importMeta: import.meta, flags: cliFlags, allowUnknownFlags: false});
	const {flags} = cli;
	const [first, ...rest] = cli.input;
	const reportWarnings = (warnings: string[]) => {
		for (const warning of warnings) process.stderr.write(`crosscheck: ${sanitizeInline(warning)}\n`);
	};
	const dumpSourceTexts = async (sources: Source[]) => {
		if (!flags.dumpText) return [];
		const {dumpTexts} = await import('./read/dump.ts');
		return dumpTexts(sources, flags.dumpText).map(file => `wrote ${file}`);
	};
	if (first !== 'find' && !flags.json && !flags.markdown && !flags.plain && process.stdout.isTTY && process.stdin.isTTY && !inkThinksCi(process.env)) {
		await runView(cli.input, flags, reportWarnings, dumpSourceTexts);
		return;
	}
	// Loaded after meow so that --help and --version skip the reader and pipeline modules (~8 ms).
	const {inputLimits, loadStory} = await import('./load.ts');
	// Stage progress on stderr (a terminal) while reading and analysing take longer than 300 ms;
	// erased before anything is printed.
	const progress = startStageProgress();
	if (first === 'find') {
		const {runFind} = await import('./commands/find.ts');
		const [query, ...files] = rest;
		if (!query) throw new UserError('find needs a query: crosscheck find <query> [files ...]');
		const write = (stream: NodeJS.WriteStream) => (text: string) => {
			progress.done();
			stream.write(text);
		};
		try {
			process.exitCode = await runFind(query, files, {json: flags.json, labels: flags.label, ...inputLimits(flags), onStage: progress.onStage, stdout: write(process.stdout), stderr: write(process.stderr)});
		} finally {
			progress.done();
		}
		return;
	}
	const {story, warnings} = await loadStory(cli.input, {labels: flags.label, ...inputLimits(flags), saveDir: flags.save, onStage: progress.onStage}).finally(progress.done);
	reportWarnings([...warnings, ...(await dumpSourceTexts(story.sources))]);
	if (flags.json) {
		const {renderJson} = await import('./export/json.ts');
		process.stdout.write(renderJson(story));
		return;
	}
	if (flags.markdown) {
		const {renderMarkdown} = await import('./export/markdown.ts');
		process.stdout.write(renderMarkdown(story));
		return;
	}
	const {renderPlain} = await import('./export/plain.ts');
	process.stdout.write(renderPlain(story) + '\n');
}

/** Ink renders only on exit when it thinks it runs in CI, so the view would look frozen there: print plain text. */
function inkThinksCi(env: NodeJS.ProcessEnv): boolean {
	const set = (key: string) => key in env && env[key] !== '0' && env[key] !== 'false';
	return set('CI') || set('CONTINUOUS_INTEGRATION');
}

/**
 * The interactive view. Its code (Ink, React) starts loading at once, alongside reading the inputs.
 * A small story (the demo) is analysed right here: that takes tens of milliseconds, less than
 * starting a thread. A large one is analysed in a worker thread, so the view stays responsive,
 * shows progress, and Ctrl-C stops the load (exit status 130, terminal restored).
 */
async function runView(inputs: string[], flags: {label?: string[]; maxSize: number; maxSources: number; timeout: number; save?: string}, reportWarnings: (warnings: string[]) => void, dumpSourceTexts: (sources: Source[]) => Promise<string[]>): Promise<void> {
	const progress = createProgressTracker();
	const view = import('./ui/run.tsx');
	const [load, background] = await Promise.all([import('./load.ts'), import('./analyse-in-worker.ts')]);
	let worker: AnalysisWorker | undefined;
	let cancelled = false;
	const cancel = () => {
		cancelled = true;
		worker?.cancel();
	};
	const result = (async () => {
		const read = await load.readStory(inputs, {labels: flags.label, ...load.inputLimits(flags), saveDir: flags.save});
		progress.setDetail(`${read.sources.length} sources`);
		const warnings = [...read.warnings, ...(await dumpSourceTexts(read.sources))];
		const options = {title: read.title, onStage: progress.onStage};
		const size = read.sources.reduce((sum, source) => sum + source.text.length, 0);
		if (size < background.WORKER_MIN_CHARS) {
			const {analyse} = await import('./pipeline.ts');
			return {story: analyse(read.sources, options), warnings};
		}
		if (cancelled) throw new background.CancelledError();
		worker = background.startAnalysisWorker();
		return {story: await worker.analyse(read.sources, options), warnings};
	})();
	const {runInteractive} = await view;
	const what = inputs.length === 0 ? 'the demo story' : `${inputs.length} input${inputs.length === 1 ? '' : 's'}`;
	const outcome = await runInteractive({result, progress, cancel, what}, {reportWarnings});
	if (outcome === 'cancelled') {
		// Reading may still be waiting on the network: do not wait for it.
		process.stderr.write('crosscheck: cancelled\n');
		process.exit(130);
	}
}

// `crosscheck --json | head`: the reader closing the pipe early is its choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit();
	throw error;
});

main().catch((error: unknown) => {
	if (error instanceof UserError) {
		process.stderr.write(error.message.split('\n').map(line => `crosscheck: ${sanitizeInline(line)}`).join('\n') + '\n');
		process.exitCode = error.exitCode;
		return;
	}
	process.stderr.write(`crosscheck: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
	process.exitCode = 1;
});
