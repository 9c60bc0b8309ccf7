#!/usr/bin/env node
// Entry point. Parses flags, reads inputs, runs the pipeline and picks an output:
// --json / --markdown exports, plain text when not on a terminal, else the interactive view.
// Ink and React are loaded only for the interactive view, so scripted runs start fast.
import {closeSync, openSync} from 'node:fs';
import tty from 'node:tty';
import {helpText, parseCommandLine, versionText, type Flags} from './args.ts';
import {UserError} from './errors.ts';
import {sanitizeInline} from './text/terminal.ts';
import {counted} from './text/plural.ts';
import {createProgressTracker, startStageProgress} from './progress.ts';
import type {Source} from './model.ts';
import type {AnalysisWorker} from './analyse-in-worker.ts';
import type {TerminalScreen} from './ui/screen.ts';
import type {ViewModel} from './ui/view-model.ts';

/** Loads that take longer than this show their progress (on stderr, or in the view). */
const PROGRESS_DELAY_MS = 300;

async function main(): Promise<void> {
	process.title = 'crosscheck';
	const cli = parseCommandLine(process.argv.slice(2));
	if (cli.show) {
		process.stdout.write(cli.show === 'help' ? helpText() : versionText());
		return;
	}
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
	if (first !== 'find' && !flags.json && !flags.markdown && !flags.plain && process.stdout.isTTY && !inkThinksCi(process.env)) {
		const keys = keyboard(cli.input);
		if (keys) {
			try {
				await runView(cli.input, flags, reportWarnings, dumpSourceTexts, keys);
			} finally {
				// Our own /dev/tty stream must not keep the process alive.
				if (keys !== process.stdin) keys.destroy();
			}
			return;
		}
	}
	// Loaded after the flags so that --help and --version skip the reader and pipeline modules (~8 ms).
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
	// On a terminal (--plain) the text wraps to its width; piped, each source stays one line for grep.
	process.stdout.write(renderPlain(story, process.stdout.isTTY && process.stdout.columns ? {width: process.stdout.columns} : {}) + '\n');
}

/** Ink renders only on exit when it thinks it runs in CI, so the view would look frozen there: print plain text. */
function inkThinksCi(env: NodeJS.ProcessEnv): boolean {
	const set = (key: string) => key in env && env[key] !== '0' && env[key] !== 'false';
	return set('CI') || set('CONTINUOUS_INTEGRATION');
}

/**
 * Where the view reads its keys. Standard input when it is a terminal; when it is a terminal taken
 * by `-` (an article typed there, ended with Ctrl-D, which ends that stream), the controlling
 * terminal /dev/tty, as less and fzf do. Undefined when standard input is not a terminal (a pipe,
 * a file) or no controlling terminal opens: the plain table is printed then.
 */
function keyboard(inputs: string[]): tty.ReadStream | undefined {
	if (!process.stdin.isTTY) return undefined;
	if (!inputs.includes('-')) return process.stdin as tty.ReadStream;
	let fd: number;
	try {
		fd = openSync('/dev/tty', 'r');
	} catch {
		return undefined;
	}
	if (!tty.isatty(fd)) {
		closeSync(fd);
		return undefined;
	}
	// Reads nothing until the view asks for keys (tty streams start paused).
	return new tty.ReadStream(fd);
}

/**
 * The interactive view. Its code (Ink, React) starts loading at once, alongside reading the inputs.
 * A small story (the demo) is analysed right here: that takes tens of milliseconds, less than
 * starting a thread. A large one is analysed in a worker thread, so the view stays responsive,
 * shows progress, and Ctrl-C stops the load (exit status 130, terminal restored).
 */
async function runView(inputs: string[], flags: Flags, reportWarnings: (warnings: string[]) => void, dumpSourceTexts: (sources: Source[]) => Promise<string[]>, keys: tty.ReadStream): Promise<void> {
	const view = import('./ui/run.tsx');
	const firstFrameCode = import('./ui/first-frame.ts');
	const [load, background] = await Promise.all([import('./load.ts'), import('./analyse-in-worker.ts')]);
	const reading = load.readStory(inputs, {labels: flags.label, ...load.inputLimits(flags), saveDir: flags.save});
	// An article typed on the terminal (-) is read before anything is drawn: the view would take the keys.
	if (inputs.includes('-')) await reading.catch(() => undefined);
	const progress = createProgressTracker();
	let worker: AnalysisWorker | undefined;
	let cancelled = false;
	const cancel = () => {
		cancelled = true;
		worker?.cancel();
	};
	const result = (async () => {
		const read = await reading;
		progress.setDetail(counted(read.sources.length, 'source'));
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
	// Observed below; until then a failed read must not count as an unhandled rejection.
	result.catch(() => undefined);
	// A story ready within the progress delay (the demo) opens straight onto the grid. Its first
	// frame is painted at once by the view's pure layout code, which loads in a small chunk of its
	// own; Ink, still loading, then draws the same frame over it and takes over the keys.
	const wait = Math.max(0, PROGRESS_DELAY_MS - (performance.now() - progress.started));
	let timer: NodeJS.Timeout | undefined;
	const early = await Promise.race([result, new Promise<undefined>(resolve => (timer = setTimeout(() => resolve(undefined), wait)))]).finally(() => clearTimeout(timer));
	let painted: {screen: TerminalScreen; vm: ViewModel} | undefined;
	if (early) {
		reportWarnings(early.warnings);
		const {firstFrame, TerminalScreen, wantsColor} = await firstFrameCode;
		const screen = new TerminalScreen({stdout: process.stdout, stdin: keys});
		screen.enter();
		screen.holdKeys();
		const frame = firstFrame(early.story, process.stdout, wantsColor(process.env, process.stdout));
		process.stdout.write(frame.text);
		painted = {screen, vm: frame.vm};
	}
	const {runInteractive} = await view;
	const what = inputs.length === 0 ? 'the demo story' : counted(inputs.length, 'input');
	const outcome = await runInteractive({result, progress, cancel, what}, {reportWarnings, early, screen: painted?.screen, vm: painted?.vm, keys});
	if (outcome === 'cancelled') {
		// Reading may still be waiting on the network: do not wait for it.
		process.stderr.write('crosscheck: cancelled\n');
		process.exit(130);
	}
}

// `crosscheck --json | head`: the reader closing the pipe early is its choice, not an error. A terminal closed under
// the view (its window shut, the ssh link dropped) fails writes with EIO: nobody is left to read, so leave at once.
// Not through process.exit: Node restores the terminal's modes on exit and aborts with a native assertion when the
// terminal is gone (nodejs/node#51519), so the process ends itself with SIGKILL, which skips that step.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit();
	if (error.code === 'EIO') process.kill(process.pid, 'SIGKILL');
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
