// Hostile input: nothing in an article may reach the terminal raw, and no input may hang or crash.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import fc from 'fast-check';
import {sanitizeForTerminal, sanitizeInline, isTerminalSafe, cellWidth} from '../source/text/terminal.ts';
import {readInputs} from '../source/read/index.ts';
import {analyse} from '../source/pipeline.ts';
import {renderPlain} from '../source/export/plain.ts';

const root = path.resolve(import.meta.dirname, '..');
// Anything a terminal could interpret, other than newline.
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

test('escape sequences, controls, bidi overrides and zero-width characters are removed', () => {
	const cases: Array<[string, string]> = [
		['red \u001B[31mALERT\u001B[0m text', 'red ALERT text'],
		['title \u001B]0;pwned\u0007 here', 'title  here'],
		['link \u001B]8;;http://evil\u001B\\click\u001B]8;;\u001B\\ end', 'link click end'],
		['clip \u001B]52;c;ZXZpbA==\u0007 board', 'clip  board'],
		['dcs \u001BPq#0;2;0;0;0\u001B\\ end', 'dcs  end'],
		['c1 \u009B31m csi and \u009D0;x\u009C osc', 'c1  csi and  osc'],
		['unterminated \u001B]0;title\nnext line survives', 'unterminated \nnext line survives'],
		['bell\u0007 back\u0008space del\u007F nul\u0000', 'bell backspace del nul'],
		['cr\roverwrite and crlf\r\nline', 'cr\noverwrite and crlf\nline'],
		['bidi \u202Eevil\u202C and \u2066iso\u2069 \u200Fmarks', 'bidi evil and iso marks'],
		['zero\u200Bwidth\u200D joiner\u2060 soft\u00ADhyphen \uFEFFbom', 'zerowidth joiner softhyphen bom'],
		['tag chars \u{E0041}\u{E0042} hidden', 'tag chars  hidden'],
		['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
		['a\tb', 'a   b'],
		['emoji 👍🏽 and é stay', 'emoji 👍🏽 and é stay'],
	];
	for (const [input, expected] of cases) {
		const output = sanitizeForTerminal(input);
		assert.equal(output, expected, JSON.stringify(input));
		assert.ok(isTerminalSafe(output));
	}
	assert.equal(sanitizeInline('two\nlines\u2028here'), 'two lines here');
	assert.equal(sanitizeForTerminal('e' + '\u0301'.repeat(50)), 'e' + '\u0301'.repeat(4));
	assert.equal(cellWidth('日本'), 4);
	assert.equal(cellWidth(sanitizeInline('\u001B[31mab\u001B[0m')), 2);
});

// Random Unicode biased towards what breaks terminals and splitters.
const nasty = fc.constantFrom(
	'\u001B', '\u001B[', '\u001B]', '\u001B[2J', '\u001B]0;x\u0007', '\u009B', '\u009D', '\u0007', '\u0000', '\r', '\r\n', '\t', '\n', '\n\n',
	'\u202E', '\u2066', '\u200B', '\u200D', '\uFEFF', '\u00AD', '\u2028', '\uD800', '\uDFFF', '\u0301', '\u0308\u0308\u0308\u0308\u0308\u0308',
	'\u{E0041}', '. ', '? ', '...', 'U.S. ', 'Mr. ', '37', ' 50% ', '"', '“', ' ', '\u00A0', 'Él', 'Dr.', '# ', '<p>', '</p>', '*', '[x](y)',
);
const word = fc.constantFrom('The', 'mayor', 'said', 'seven', 'people', 'were', 'rescued', 'Mexico', 'García', 'on', 'Tuesday', 'in', '2025', 'tons');
const hostileText = fc.array(fc.oneof(nasty, word, fc.string({unit: 'binary', maxLength: 6}), fc.string({unit: 'grapheme', maxLength: 6})), {maxLength: 80}).map(parts => parts.join(''));

function checkStory(texts: Array<{name: string; body: string | Uint8Array}>, read: Awaited<ReturnType<typeof readInputs>>) {
	void texts;
	if (read.sources.length === 0) return;
	const story = analyse(read.sources);
	const text = new Map(story.sources.map(s => [s.id, s.text]));
	for (const unit of story.units) assert.equal(text.get(unit.source)!.slice(unit.start, unit.end), unit.text);
	for (const mention of story.mentions) assert.equal(text.get(mention.source)!.slice(mention.start, mention.end), mention.text);
	const plain = renderPlain(story);
	const bad = UNSAFE.exec(plain);
	assert.equal(bad, null, `unsafe character U+${bad?.[0].codePointAt(0)?.toString(16)} in plain output`);
}

test('fuzz: random Unicode and random bytes through read, pipeline and plain renderer', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-fuzz-'));
	let run = 0;
	await fc.assert(
		fc.asyncProperty(
			fc.array(
				fc.record({
					ext: fc.constantFrom('.txt', '.md', '.html'),
					body: fc.oneof(hostileText, fc.uint8Array({maxLength: 300}).map(bytes => Buffer.from(bytes).toString('latin1')), hostileText.map(t => `<html><body><article><h1>${t}</h1><p>${t}</p></article></body></html>`)),
					raw: fc.boolean(),
				}),
				{minLength: 1, maxLength: 3},
			),
			async files => {
				run++;
				const paths = files.map((file, i) => {
					const name = path.join(dir, `${run}-${i}${file.ext}`);
					fs.writeFileSync(name, file.raw ? Buffer.from(file.body, 'latin1') : file.body);
					return name;
				});
				const read = await readInputs(paths);
				for (const line of [...read.warnings, ...read.errors]) assert.ok(!line.includes('\n'));
				checkStory([], read);
			},
		),
		{numRuns: 150},
	);
});

test('pathological inputs complete or stop with a clear message, never hang', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-path-'));
	const other = path.join(root, 'fixtures/demo/1-afp.txt');
	// One 10 MB line: over the default size cap, refused in one line.
	const huge = path.join(dir, 'one-line.txt');
	fs.writeFileSync(huge, 'The committee met again and nothing was decided at all '.repeat(190_000));
	const refused = await readInputs([huge, other]);
	assert.match(refused.errors[0]!, /one-line\.txt: file is 10(\.\d)? MB, over the 5 MB limit \(--max-size\)/);
	// With the cap raised, the line is broken at spaces and the read completes.
	const raised = await readInputs([huge, other], {maxBytes: 20 * 1024 * 1024});
	assert.deepEqual(raised.errors, []);
	assert.ok(raised.sources[0]!.text.split('\n').every(line => line.length <= 100_000));
	// 100,000 tiny sentences go through the whole pipeline.
	const tiny = path.join(dir, 'tiny.txt');
	fs.writeFileSync(tiny, 'It rained. '.repeat(100_000));
	const read = await readInputs([tiny, other]);
	const story = analyse(read.sources);
	assert.ok(story.units.length > 100_000);
	// Deeply nested HTML: a clear warning, the other sources still load.
	const deep = path.join(dir, 'deep.html');
	fs.writeFileSync(deep, '<div>'.repeat(200_000) + 'text' + '</div>'.repeat(200_000));
	const deepRead = await readInputs([deep, other]);
	assert.match(deepRead.warnings[0]!, /deep\.html: HTML is nested more than 5,000 levels deep/);
	assert.equal(deepRead.sources.length, 1);
});

test('CLI: hostile article text never reaches the terminal raw; errors never show a stack trace', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-cli-'));
	const evil = path.join(dir, 'evil\u001B[31m.txt');
	fs.writeFileSync(evil, 'The \u001B]0;pwned\u0007mayor said \u202Eseven\u202C people were \u001B[2Jrescued on Tuesday.\nOfficials confirmed it.');
	const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'source/cli.ts'), '--plain', evil, path.join(root, 'fixtures/demo/1-afp.txt')], {encoding: 'utf8', timeout: 60_000});
	assert.equal(run.status, 0, run.stderr);
	assert.equal(UNSAFE.exec(run.stdout), null);
	assert.match(run.stdout, /The mayor said seven people were rescued on Tuesday\./);
	const missing = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'source/cli.ts'), path.join(dir, 'gone\u001B[2J.txt'), evil], {encoding: 'utf8', timeout: 60_000});
	assert.equal(missing.status, 2);
	assert.doesNotMatch(missing.stderr, /\n\s+at /);
	assert.equal(UNSAFE.exec(missing.stderr), null, 'file names in messages are sanitised too');
	assert.match(missing.stderr, /gone\.txt: no such file/);
});

test('100,000 tiny sentences over two files complete; past the story-wide limits the CLI stops with one clear line', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-story-limits-'));
	const a = path.join(dir, 'a.txt');
	const b = path.join(dir, 'b.txt');
	fs.writeFileSync(a, 'It rained. '.repeat(50_000));
	fs.writeFileSync(b, 'It snowed. '.repeat(50_000));
	const read = await readInputs([a, b]);
	assert.deepEqual(read.errors, []);
	const story = analyse(read.sources);
	assert.equal(story.units.length, 100_000);
	const units = new Map(story.units.map(u => [u.id, u]));
	for (const row of story.rows) for (const id of row.units) assert.ok(units.has(id));
	// 300,000 sentences: refused before any analysis, naming the file, exit 2, no stack trace.
	const big = path.join(dir, 'big.txt');
	fs.writeFileSync(big, 'It rained. '.repeat(300_000));
	const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'source/cli.ts'), '--json', big, a], {encoding: 'utf8', timeout: 60_000});
	assert.equal(run.status, 2);
	assert.equal(run.stdout, '');
	assert.match(run.stderr, /^crosscheck: the sources hold about 350,000 sentences together, more than the 250,000 one comparison can take \(largest: .*big\.txt 300,000, .*a\.txt 50,000\)\n$/);
});
