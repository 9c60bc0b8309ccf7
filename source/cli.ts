#!/usr/bin/env node
// Entry point. Parses flags, reads inputs, runs the pipeline and picks an output:
// --json / --markdown exports, plain text when not on a terminal, else the interactive view.
// Ink and React are loaded only for the interactive view, so scripted runs start fast.
import meow from 'meow';
import {UserError} from './errors.ts';
import {sanitizeInline} from './text/terminal.ts';
import {DEFAULT_MAX_BYTES, DEFAULT_MAX_SOURCES, DEFAULT_TIMEOUT_MS} from './read/limits.ts';
import {startStageProgress} from './progress.ts';

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
	for (const warning of warnings) process.stderr.write(`crosscheck: ${sanitizeInline(warning)}\n`);
	if (flags.dumpText) {
		const {dumpTexts} = await import('./read/dump.ts');
		for (const file of dumpTexts(story.sources, flags.dumpText)) process.stderr.write(`crosscheck: wrote ${sanitizeInline(file)}\n`);
	}
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
	if (flags.plain || !process.stdout.isTTY || !process.stdin.isTTY) {
		const {renderPlain} = await import('./export/plain.ts');
		process.stdout.write(renderPlain(story) + '\n');
		return;
	}
	const {runInteractive} = await import('./ui/run.tsx');
	await runInteractive(story);
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
