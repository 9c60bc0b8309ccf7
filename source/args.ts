// The command line: flags, inputs, --help and --version, with Node's own parseArgs.
// (meow did this before; its bundled dependencies, mostly package.json normalising, cost about
// 20 ms at every start, a tenth of the time to the view's first frame.)
// Same surface as before: kebab-case long flags, -m and -l, --flag=value, repeatable --label,
// --no-<flag> for the boolean ones, numbers as JavaScript numbers (checked later by inputLimits).
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {UserError} from './errors.ts';
import {DEFAULT_MAX_BYTES, DEFAULT_MAX_SOURCES, DEFAULT_TIMEOUT_MS} from './read/limits.ts';

export const HELP = `
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
  A load taking longer than 0.3 s shows its progress there; Ctrl-C stops it (exit status 130).

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

export interface Flags {
	json: boolean;
	markdown: boolean;
	plain: boolean;
	label?: string[];
	maxSize: number;
	maxSources: number;
	timeout: number;
	save?: string;
	dumpText?: string;
}

export type CommandLine = {show: 'help' | 'version'} | {show?: undefined; input: string[]; flags: Flags};

type FlagSpec = {type: 'boolean' | 'string' | 'number'; shortFlag?: string; isMultiple?: boolean; default?: unknown};
type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'] & {};

const kebab = (name: string) => name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

/** Parses `argv` (without node and the script); a bad flag is a UserError (exit 2). */
export function parseCommandLine(argv: readonly string[]): CommandLine {
	const specs = Object.entries(cliFlags as Record<string, FlagSpec>);
	const options: Options = {help: {type: 'boolean'}, version: {type: 'boolean'}};
	for (const [name, spec] of specs) {
		options[kebab(name)] = {type: spec.type === 'boolean' ? 'boolean' : 'string', ...(spec.shortFlag ? {short: spec.shortFlag} : {}), ...(spec.isMultiple ? {multiple: true} : {})};
	}
	// --no-<flag> turns a boolean flag off (before `--` only).
	const negated = new Set<string>();
	const end = argv.indexOf('--');
	const args = argv.filter((arg, i) => {
		const name = /^--no-(.+)$/.exec(arg)?.[1];
		if ((end === -1 || i < end) && name && options[name]?.type === 'boolean' && name !== 'help' && name !== 'version') {
			negated.add(name);
			return false;
		}
		return true;
	});
	let parsed: ReturnType<typeof parseArgs<{args: string[]; options: Options; allowPositionals: true; strict: true}>>;
	try {
		parsed = parseArgs({args, options, allowPositionals: true, strict: true});
	} catch (error) {
		throw new UserError(flagError(error as Error & {code?: string}));
	}
	const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
	if (values['help']) return {show: 'help'};
	if (values['version']) return {show: 'version'};
	const flags: Record<string, unknown> = {};
	for (const [name, spec] of specs) {
		const value = negated.has(kebab(name)) ? false : values[kebab(name)];
		if (value === undefined) {
			if (spec.default !== undefined) flags[name] = spec.default;
			continue;
		}
		flags[name] = spec.type === 'number' ? Number(value) : value;
	}
	return {input: parsed.positionals, flags: flags as unknown as Flags};
}

/** parseArgs' messages, shortened to one line in the CLI's style. */
function flagError(error: Error & {code?: string}): string {
	const flag = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
	switch (error.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `unknown flag ${flag} (crosscheck --help lists them)`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return /argument missing/.test(error.message) ? `${flag} needs a value` : /ambiguous/.test(error.message) ? `${flag} needs a value (write ${flag}=VALUE for one that starts with -)` : `${flag} takes no value`;
		default:
			return error.message;
	}
}

function packageJson(): {version?: string; description?: string} {
	// One level up from source/ (tsx) and from dist/ (the bundle): the package root.
	return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version?: string; description?: string};
}

/** --help as meow printed it: the package description, then the usage. */
export function helpText(): string {
	const {description} = packageJson();
	return `${description ? `\n  ${description}\n` : ''}\n${HELP.replace(/^\n+|\n+$/g, '')}\n\n`;
}

export function versionText(): string {
	return `${packageJson().version ?? 'No version found'}\n`;
}
