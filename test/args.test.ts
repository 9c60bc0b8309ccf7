// The command-line parser (source/args.ts): the flags as documented in --help, defaults, repeated
// labels, short flags, --flag=value, --no-<flag>, and one-line errors for bad flags.
import {test} from 'node:test';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import assert from 'node:assert/strict';
import {cliFlags, HELP, helpText, parseCommandLine, versionText} from '../source/args.ts';
import {UserError} from '../source/errors.ts';
import {DEFAULT_MAX_BYTES, DEFAULT_MAX_SOURCES, DEFAULT_TIMEOUT_MS} from '../source/read/limits.ts';

const parse = (...argv: string[]) => {
	const result = parseCommandLine(argv);
	if (result.show) throw new Error(`asked to show ${result.show}`);
	return result;
};

test('defaults, inputs in order, and every flag of the help', () => {
	const {input, flags} = parse('a.txt', 'find', '-', 'b.html');
	assert.deepEqual(input, ['a.txt', 'find', '-', 'b.html']);
	assert.deepEqual(flags, {json: false, markdown: false, plain: false, maxSize: DEFAULT_MAX_BYTES, maxSources: DEFAULT_MAX_SOURCES, timeout: DEFAULT_TIMEOUT_MS / 1000});
	for (const name of Object.keys(cliFlags)) assert.match(HELP, new RegExp(`--${name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}\\b`), `${name} is in the help`);
});

test('long and short flags, values joined or separate, repeatable labels, numbers', () => {
	const {input, flags} = parse('-m', '-l', 'AFP', '--label=Voz', '--max-size', '1000', '--max-sources=3', '--timeout', '2.5', '--save', 'out', '--dump-text=texts', 'a.txt');
	assert.deepEqual(input, ['a.txt']);
	assert.deepEqual(flags, {json: false, markdown: true, plain: false, label: ['AFP', 'Voz'], maxSize: 1000, maxSources: 3, timeout: 2.5, save: 'out', dumpText: 'texts'});
	assert.throws(() => parse('--max-size', 'lots'), /--max-size needs a number \(bytes\), got "lots"/, 'a bad number names what was typed');
});

test('--no-<flag> turns a boolean off; after -- everything is an input', () => {
	assert.equal(parse('--json', '--no-json').flags.json, false);
	assert.deepEqual(parse('--', '--json', '-m').input, ['--json', '-m']);
	assert.equal(parse('--', '--no-json').flags.json, false);
});

test('--help and --version win wherever they are', () => {
	assert.deepEqual(parseCommandLine(['--help']), {show: 'help'});
	assert.deepEqual(parseCommandLine(['--json', '--version']), {show: 'version'});
	assert.match(helpText(), /^\n {2}\S.*\n\n {2}Usage\n {4}\$ crosscheck/);
	assert.match(helpText(), /\$ crosscheck find harfuch\n\n$/);
	assert.match(versionText(), /^\d+\.\d+\.\d+\n$/);
});

test('bad flags are one-line user errors naming the flag', () => {
	const cases: [string[], RegExp][] = [
		[['--no-such-flag'], /^unknown flag --no-such-flag/],
		[['-x'], /^unknown flag -x/],
		[['--max-size'], /^--max-size needs a value$/],
		[['--json=yes'], /^--json takes no value$/],
		[['--label', '--json'], /^--label needs a value/],
	];
	for (const [argv, message] of cases) {
		assert.throws(() => parseCommandLine(argv), (error: unknown) => error instanceof UserError && error.exitCode === 2 && message.test(error.message), argv.join(' '));
	}
});

test('two output formats at once is a one-line error, not one of them silently', () => {
	assert.throws(() => parse('--json', '--markdown'), (error: unknown) => error instanceof UserError && /choose one output format: --json and --markdown given together/.test(error.message));
	assert.throws(() => parse('-m', '--plain', 'a.txt'), /--markdown and --plain/);
	assert.equal(parse('--json', '--no-markdown').flags.json, true);
});

test('counts take whole numbers: --max-sources 1.5 and --max-size=1024.5 are one-line errors (exit 2), --timeout 2.5 is fine', () => {
	const cases: [string[], string][] = [
		[['--max-sources', '1.5', 'a.txt'], '--max-sources needs a whole number, got "1.5"'],
		[['--max-sources=0.5'], '--max-sources needs a whole number, got "0.5"'],
		[['--max-size=1024.5', 'a.txt'], '--max-size needs a whole number (bytes), got "1024.5"'],
		[['--max-size', '-1.5'], '--max-size needs a whole number (bytes), got "-1.5"'],
	];
	for (const [argv, message] of cases) {
		assert.throws(() => parseCommandLine(argv), (error: unknown) => error instanceof UserError && error.exitCode === 2 && error.message === message, argv.join(' '));
	}
	assert.equal(parse('--max-sources', '3.0').flags.maxSources, 3, 'a whole number written with a decimal point');
	assert.equal(parse('--max-size', '1e3').flags.maxSize, 1000);
	assert.equal(parse('--timeout', '2.5').flags.timeout, 2.5);
	const root = path.resolve(import.meta.dirname, '..');
	const cli = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'source/cli.ts'), '--max-sources', '1.5', '--json'], {cwd: root, encoding: 'utf8'});
	assert.equal(cli.status, 2);
	assert.equal(cli.stderr, 'crosscheck: --max-sources needs a whole number, got "1.5"\n');
	assert.equal(cli.stdout, '');
});
