// The non-interactive paths as a scripting user meets them: exports, find and errors on articles
// written for the purpose (Markdown, HTML, stdin, hostile text), not only the demo.
import {mock, test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import {readInputs} from '../source/read/index.ts';
import {analyse} from '../source/pipeline.ts';
import {renderMarkdown} from '../source/export/markdown.ts';
import {storyToJson} from '../source/export/json.ts';
import {findInStory, renderFindText} from '../source/commands/find.ts';
import {cliFlags, parseCommandLine} from '../source/args.ts';
import {DEFAULT_MAX_BYTES, DEFAULT_MAX_SOURCES} from '../source/read/limits.ts';
import {inputLimits, readStory} from '../source/load.ts';
import {UserError} from '../source/errors.ts';

function tmpdir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-scripting-'));
}

/** Writes the articles to a temporary directory and analyses them as the CLI does. */
async function storyOf(files: Record<string, string>, labels?: string[]) {
	const dir = tmpdir();
	const paths = Object.entries(files).map(([name, body]) => {
		fs.writeFileSync(path.join(dir, name), body);
		return path.join(dir, name);
	});
	const read = await readInputs(paths, {labels});
	assert.deepEqual(read.errors, []);
	return analyse(read.sources);
}

async function* chunks(text: string) {
	yield Buffer.from(text);
}

const bridge = (count: string, extra = '') =>
	`Bridge collapse in Riverton${extra}\n\n${count} people died when the Elm Street bridge collapsed in Riverton on Monday, the mayor said.\n\nMayor Linda Park said rescue crews worked through the night.\n`;

test('--markdown: escape sequences and controls from an article never reach the report', async () => {
	const story = await storyOf({
		'a.txt': bridge('Twelve', ' \u001B]0;PWNED\u0007now').replace('the Elm', 'the \u001B[2J\u001B[31mElm\u001B[0m') + 'The bridge \u202Eevil\u202C was built in 1962.\n',
		'b.txt': bridge('Twelve'),
	});
	const md = renderMarkdown(story);
	assert.doesNotMatch(md, /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/, JSON.stringify(md.match(/.{0,20}[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E].{0,20}/)?.[0]));
	assert.match(md, /^# Bridge collapse in Riverton now$/m);
	assert.match(md, /the Elm Street bridge/);
});

test('--markdown: a label with Markdown characters is escaped once, in the tables and in the conflict line', async () => {
	const story = await storyOf({'a.txt': bridge('Twelve'), 'b.txt': bridge('Fourteen')}, ['AP|Wire_1', 'The *Herald*']);
	assert.equal(story.rows[0]!.status, 'conflict');
	const md = renderMarkdown(story);
	assert.match(md, /^\| AP\\\|Wire\\_1 \| /m);
	const conflict = md.split('\n').find(line => line.startsWith('- **conflict**'))!;
	assert.ok(conflict.includes('AP\\|Wire\\_1 Twelve'), conflict);
	assert.ok(conflict.includes('The \\*Herald\\* Fourteen'), conflict);
	assert.ok(!conflict.includes('\\\\'), `no double escaping: ${conflict}`);
});

test('--json: a source read from stdin carries its text, so its offsets can still be checked', async () => {
	const dir = tmpdir();
	fs.writeFileSync(path.join(dir, 'b.txt'), bridge('Twelve'));
	const read = await readInputs(['-', path.join(dir, 'b.txt')], {stdin: chunks(bridge('Fourteen'))});
	const doc = storyToJson(analyse(read.sources)) as {sources: Array<{id: string; path: string; text?: string}>; units: Array<{source: string; start: number; end: number; text: string}>};
	const stdin = doc.sources.find(s => s.path === '-')!;
	assert.equal(stdin.text, bridge('Fourteen'));
	assert.equal(doc.sources.find(s => s.path !== '-')!.text, undefined, 'a text file is read again from its path');
	const units = doc.units.filter(u => u.source === stdin.id);
	assert.ok(units.length >= 3);
	for (const u of units) assert.equal(stdin.text.slice(u.start, u.end), u.text);
});

test('--json: a plain-text page fetched from a URL carries its text too', async () => {
	const server = http.createServer((_req, res) => {
		res.writeHead(200, {'content-type': 'text/plain; charset=utf-8'});
		res.end(bridge('Fourteen'));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	try {
		const dir = tmpdir();
		fs.writeFileSync(path.join(dir, 'b.txt'), bridge('Twelve'));
		const url = `http://127.0.0.1:${(server.address() as {port: number}).port}/story.txt`;
		const read = await readInputs([url, path.join(dir, 'b.txt')]);
		assert.deepEqual(read.warnings, []);
		const doc = storyToJson(analyse(read.sources)) as {sources: Array<{path: string; format: string; text?: string}>};
		assert.equal(doc.sources[0]!.format, 'text');
		assert.equal(doc.sources[0]!.text, bridge('Fourteen'));
	} finally {
		server.close();
	}
});

test('--markdown: the source table says which text the offsets point into', async () => {
	const dir = tmpdir();
	fs.writeFileSync(path.join(dir, 'a.md'), `---\ntitle: front matter\n---\n\n# Bridge collapse in Riverton\n\n${bridge('Twelve').split('\n').slice(2).join('\n')}`);
	fs.writeFileSync(path.join(dir, 'b.txt'), bridge('Twelve'));
	const read = await readInputs([path.join(dir, 'a.md'), path.join(dir, 'b.txt'), '-'], {stdin: chunks(bridge('Twelve'))});
	const md = renderMarkdown(analyse(read.sources));
	const lines = md.split('\n');
	const header = lines.indexOf('| Source | Path | Claims | Rows | Offsets into |');
	const rows = lines.slice(header + 2, lines.indexOf('', header));
	assert.equal(rows.length, 3, md);
	assert.match(rows[0]!, /\| extracted text \(--dump-text DIR writes it\) \|$/);
	assert.match(rows[1]!, /\| the file \|$/);
	assert.match(rows[2]!, /\| standard input \(--dump-text DIR writes it\) \|$/);
	assert.match(md, /For HTML and Markdown sources, offsets and line numbers count in the extracted article text/);
	read.sources[0]!.textPath = '/tmp/texts/s1-a.txt';
	assert.match(renderMarkdown(analyse(read.sources)), /^\| a \| .* \| extracted text: \/tmp\/texts\/s1-a\.txt \|$/m);
});

test('find: matches in HTML and Markdown sources say their lines count in the extracted text', async () => {
	const dir = tmpdir();
	fs.writeFileSync(path.join(dir, 'a.md'), `---\ntitle: x\n---\n\n# Bridge collapse in Riverton\n\n${bridge('Twelve').split('\n').slice(2).join('\n')}`);
	fs.writeFileSync(path.join(dir, 'b.txt'), bridge('Twelve'));
	const read = await readInputs([path.join(dir, 'a.md'), path.join(dir, 'b.txt')]);
	const story = analyse(read.sources);
	const report = findInStory(story, 'Linda Park');
	assert.equal(report.matches.length, 2);
	assert.equal(report.matches[0]!.extracted, true);
	assert.equal('extracted' in report.matches[1]!, false);
	const text = renderFindText(story, report);
	assert.match(text, /^a \(.*a\.md; lines of the extracted text\): 1 match$/m);
	assert.match(text, /^b \(.*b\.txt\): 1 match$/m);
});

test('a number flag given something else names what was typed (a forgotten value does not silently eat the next file)', () => {
	const cases: Array<[string[], string]> = [
		[['--max-size', 'abc', 'a.txt'], '--max-size needs a number (bytes), got "abc"'],
		[['--max-size=5MB', 'a.txt'], '--max-size needs a number (bytes), got "5MB"'],
		[['--max-size', 'a.txt', 'b.txt'], '--max-size needs a number (bytes), got "a.txt"'],
		[['--timeout', 'soon'], '--timeout needs a number (seconds), got "soon"'],
		[['--max-sources='], '--max-sources needs a number, got ""'],
	];
	for (const [argv, message] of cases) {
		assert.throws(() => parseCommandLine(argv), (error: unknown) => error instanceof UserError && error.exitCode === 2 && error.message === message, argv.join(' '));
	}
	// A negative number is taken as the value, and then refused for what it is.
	const negative = parseCommandLine(['--max-size', '-5', 'a.txt']);
	assert.ok(!negative.show);
	assert.deepEqual(negative.input, ['a.txt']);
	assert.throws(() => inputLimits(negative.flags), /--max-size needs a positive number, got -5/);
	const ok = parseCommandLine(['--max-size', '1e6', '--timeout=2.5']);
	assert.ok(!ok.show && ok.flags.maxSize === 1e6 && ok.flags.timeout === 2.5);
});

test('a directory that cannot be listed is an error (exit 2), one line, like an unreadable file', async () => {
	const dir = tmpdir();
	fs.mkdirSync(path.join(dir, 'locked'));
	fs.writeFileSync(path.join(dir, 'a.txt'), bridge('Twelve'));
	fs.writeFileSync(path.join(dir, 'b.txt'), bridge('Twelve'));
	// Root can list a chmod 000 directory, so the refusal is simulated.
	const readdir = mock.method(fs, 'readdirSync', () => {
		throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'});
	});
	let read;
	try {
		read = await readInputs([path.join(dir, 'locked'), path.join(dir, 'a.txt'), path.join(dir, 'b.txt')]);
	} finally {
		readdir.mock.restore();
	}
	assert.deepEqual(read.errors, [`${path.join(dir, 'locked')}: cannot list directory (permission denied)`]);
	assert.deepEqual(read.warnings, []);
});

test('README: the Usage flag table lists every flag with the defaults the code uses', () => {
	const readme = fs.readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
	const usage = readme.slice(readme.indexOf('## Usage'), readme.indexOf('### Search'));
	const rows = usage.split('\n').filter(line => line.startsWith('| `--'));
	for (const name of Object.keys(cliFlags)) {
		const flag = `--${name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`;
		assert.ok(rows.some(row => row.startsWith(`| \`${flag}`)), `${flag} is in the README's flag table`);
	}
	const row = (flag: string) => rows.find(line => line.startsWith(`| \`${flag} `))!;
	assert.ok(row('--max-size').includes(DEFAULT_MAX_BYTES.toLocaleString('en-US')), row('--max-size'));
	assert.ok(row('--max-sources').includes(`default ${DEFAULT_MAX_SOURCES}`), row('--max-sources'));
});

test('fewer than two usable sources: one line that the CLI prefixes once ("crosscheck: need at least two ...")', async () => {
	const dir = tmpdir();
	fs.writeFileSync(path.join(dir, 'a.txt'), bridge('Twelve'));
	fs.writeFileSync(path.join(dir, 'empty.txt'), '');
	await assert.rejects(readStory([path.join(dir, 'a.txt'), path.join(dir, 'empty.txt')], {}), (error: unknown) => {
		assert.ok(error instanceof UserError);
		assert.deepEqual(error.message.split('\n'), [`${path.join(dir, 'empty.txt')}: empty file, skipped`, 'need at least two usable sources to compare, got 1']);
		return true;
	});
});

test('--label: labels left over (miscounted, or a directory holding fewer articles) are named in a warning', async () => {
	const dir = tmpdir();
	fs.writeFileSync(path.join(dir, 'a.txt'), bridge('Twelve'));
	fs.writeFileSync(path.join(dir, 'b.txt'), bridge('Twelve'));
	const read = await readInputs([dir], {labels: ['AP', 'Reuters', 'AFP']});
	assert.deepEqual(read.sources.map(s => s.label), ['AP', 'Reuters']);
	assert.deepEqual(read.warnings, ['3 labels given for 2 sources; not used: AFP']);
	assert.deepEqual((await readInputs([dir], {labels: ['AP', 'Reuters']})).warnings, []);
});
