// The command line: flags, inputs, --help and --version, parsed by meow. Kebab-case long flags, -m and
// -l, --flag=value, repeatable --label, --no-<flag> for the boolean ones, numbers as JavaScript numbers
// (checked later by inputLimits). Mistakes meow would accept quietly are one-line errors (exit 2).
import {readFileSync} from 'node:fs';
import meow from 'meow';
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

const kebab = (name: string) => name.replace(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

/** Parses `argv` (without node and the script) with meow; a bad flag is a UserError (exit 2). */
export function parseCommandLine(argv: readonly string[]): CommandLine {
	checkFlags(argv);
	const cli = meow(HELP, {
		importMeta: import.meta,
		argv: [...argv],
		flags: {...cliFlags, help: {type: 'boolean'}, version: {type: 'boolean'}},
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: false,
		// meow reads package.json only for --help/--version, which helpText/versionText print themselves.
		pkg: {},
	});
	const values = cli.flags as Record<string, unknown>;
	if (values['help']) return {show: 'help'};
	if (values['version']) return {show: 'version'};
	const flags: Record<string, unknown> = {};
	for (const [name, spec] of Object.entries(cliFlags as Record<string, FlagSpec>)) {
		const value = values[name];
		if (value === undefined || (spec.isMultiple && Array.isArray(value) && value.length === 0)) continue;
		// meow gives null for a number it cannot read; NaN lets inputLimits name the flag and the value.
		flags[name] = spec.type === 'number' && value === null ? Number.NaN : value;
	}
	// One output format: "--json --markdown" used to print JSON and drop the Markdown without a word.
	const formats = (['json', 'markdown', 'plain'] as const).filter(name => flags[name] === true);
	if (formats.length > 1) throw new UserError(`choose one output format: ${formats.map(name => `--${name}`).join(' and ')} given together`);
	return {input: cli.input, flags: flags as unknown as Flags};
}

/**
 * meow accepts some mistakes quietly ("--max-size" with no value keeps the default, "--json=yes" is
 * false, an unknown flag exits with meow's own message): checked here first, as one-line user errors.
 */
function checkFlags(argv: readonly string[]): void {
	const specs = new Map<string, FlagSpec>([['help', {type: 'boolean'}], ['version', {type: 'boolean'}]]);
	const shorts = new Map<string, string>();
	for (const [name, spec] of Object.entries(cliFlags as Record<string, FlagSpec>)) {
		specs.set(kebab(name), spec);
		if (spec.shortFlag) shorts.set(spec.shortFlag, kebab(name));
	}
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--') return;
		if (!arg.startsWith('-') || arg === '-') continue;
		const long = /^--([^=]+)(=.*)?$/.exec(arg);
		const name = long ? long[1]! : shorts.get(arg.slice(1));
		const negated = long && !specs.has(name!) && name!.startsWith('no-') ? name!.slice(3) : undefined;
		const spec = specs.get(negated ?? name ?? '');
		if (!spec || (negated && spec.type !== 'boolean')) throw new UserError(`unknown flag ${long ? `--${name}` : arg} (crosscheck --help lists them)`);
		const flag = long ? `--${name}` : arg;
		if (spec.type === 'boolean') {
			if (long?.[2] !== undefined) throw new UserError(`${flag} takes no value`);
			continue;
		}
		let value: string | undefined = long?.[2]?.slice(1);
		if (value === undefined) {
			value = argv[i + 1];
			// A negative number is a value (inputLimits then says it must be positive), not a flag.
			const isNumber = spec.type === 'number' && value !== undefined && /^-\d/.test(value);
			if (value === undefined || (value.startsWith('-') && value !== '-' && !isNumber)) throw new UserError(`${flag} needs a value`);
			i++;
		}
		// meow would turn "5MB", "lots" or a file name that took the value's place into NaN, losing what was typed.
		if (spec.type === 'number' && (value.trim() === '' || !Number.isFinite(Number(value)))) {
			throw new UserError(`${flag} needs a number${NUMBER_UNITS[flag] ? ` (${NUMBER_UNITS[flag]})` : ''}, got ${JSON.stringify(value)}`);
		}
		// "--max-sources 1.5" used to be read as 1 without a word: a count takes whole numbers only.
		if (spec.type === 'number' && INTEGER_FLAGS.has(flag) && !Number.isInteger(Number(value))) {
			throw new UserError(`${flag} needs a whole number${NUMBER_UNITS[flag] ? ` (${NUMBER_UNITS[flag]})` : ''}, got ${JSON.stringify(value)}`);
		}
	}
}

/** What the number flags count, for their error messages. */
const NUMBER_UNITS: Record<string, string> = {'--max-size': 'bytes', '--timeout': 'seconds'};

/** Number flags that count whole things (bytes, sources); --timeout takes fractions of a second. */
const INTEGER_FLAGS = new Set(['--max-size', '--max-sources']);

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
