// `crosscheck find`: grouped text output, JSON shape, exit codes, sanitised article text.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {findInStory, renderFindText, runFind, type FindReport} from '../source/commands/find.ts';
import {loadStory} from '../source/load.ts';
import {handStory} from './helpers/ui-story.ts';

const root = path.resolve(import.meta.dirname, '..');

function run(args: string[]) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'source/cli.ts'), ...args], {
		cwd: root,
		encoding: 'utf8',
		env: {...process.env, FORCE_COLOR: '0'},
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

function articles(texts: Record<string, string>): string[] {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-find-'));
	return Object.entries(texts).map(([name, text]) => {
		const file = path.join(dir, name);
		fs.writeFileSync(file, text);
		return file;
	});
}

async function captured(query: string, files: string[], json: boolean) {
	let stdout = '';
	let stderr = '';
	const code = await runFind(query, files, {json, stdout: t => void (stdout += t), stderr: t => void (stderr += t)});
	return {code, stdout, stderr};
}

const files = articles({
	'a.txt': 'Headline about the transfer\n\nSecurity chief Omar García Harfuch confirmed it. He spoke briefly.\nLater, Harfuch left.\n',
	'b.txt': 'Another report\n\n  Garcia Harfuch said 92 people were moved.\n',
	'c.txt': 'Third outlet\n\nNothing about him here.\n',
});

test('text output: matches grouped by source with line:column, match and sentence, then a count', async () => {
	const {code, stdout} = await captured('harfuh', files, false);
	assert.equal(code, 0);
	const lines = stdout.trimEnd().split('\n');
	assert.match(lines[0]!, /^\S+ \(.*a\.txt\): 2 matches$/);
	// The extractor may highlight the whole name or just the word: either way its line:column is where it starts.
	const entry = /^ {2}(\d+):(\d+) {2}(.*) {2}\[(\w+)\]$/;
	const [, line1, column1, match1] = entry.exec(lines[1]!)!;
	assert.equal(line1, '3');
	assert.match(match1!, /Harfuch$/);
	assert.equal(Number(column1), 'Security chief Omar García Harfuch'.length - match1!.length + 1);
	assert.equal(lines[2], '      Security chief Omar García Harfuch confirmed it.');
	assert.match(lines[3]!, /^ {2}4:8 {2}Harfuch {2}\[\w+\]$/);
	assert.equal(lines[4], '      Later, Harfuch left.');
	assert.ok(lines.some(line => /\(.*b\.txt\): 1 match$/.test(line)));
	assert.ok(lines.some(line => /^ {2}3:\d+ {2}.*Harfuch/.test(line) && Number(/:(\d+)/.exec(line)![1]) >= 3), 'columns count leading spaces');
	assert.ok(!stdout.includes('c.txt'), 'sources without matches are left out');
	assert.equal(lines.at(-1), '3 matches in 2 of 3 sources for "harfuh"');
});

test('--json: query, total, perSource and matches with positions and sentences', async () => {
	const {code, stdout} = await captured('harfuch', files, true);
	assert.equal(code, 0);
	const report = JSON.parse(stdout) as FindReport;
	assert.equal(report.query, 'harfuch');
	assert.equal(report.total, 3);
	assert.deepEqual(report.perSource, {s1: 2, s2: 1, s3: 0});
	assert.deepEqual(Object.keys(report.matches[0]!).sort(), ['column', 'end', 'kind', 'label', 'line', 'path', 'sentence', 'source', 'start', 'text', 'unit'].sort());
	for (const match of report.matches) {
		const text = fs.readFileSync(match.path, 'utf8');
		assert.equal(text.slice(match.start, match.end), match.text);
		const lineText = text.split('\n')[match.line - 1]!;
		assert.equal(lineText.slice(match.column - 1, match.column - 1 + match.text.length), match.text);
		assert.ok(match.sentence.includes(match.text));
	}
});

test('no match: exit 1 and a clear line; --json still prints a report', async () => {
	const text = await captured('xqzvw', files, false);
	assert.equal(text.code, 1);
	assert.equal(text.stdout, 'no matches for "xqzvw"\n');
	const json = await captured('xqzvw', files, true);
	assert.equal(json.code, 1);
	assert.deepEqual(JSON.parse(json.stdout), {query: 'xqzvw', total: 0, perSource: {s1: 0, s2: 0, s3: 0}, matches: []});
});

test('article text reaching the terminal is sanitised', async () => {
	const hostile = articles({
		'x.txt': 'Title\n\nHarfuch \u001b]52;c;ZXZpbA==\u0007said \u001b[2Jthis.\n',
		'y.txt': 'Other\n\nHarfuch\u202e agreed.\n',
	});
	const {code, stdout} = await captured('harfuch', hostile, false);
	assert.equal(code, 0);
	assert.ok(!/[\u001b\u0007\u202e]/.test(stdout), JSON.stringify(stdout));
	assert.match(stdout, /Harfuch said this\./);
});

test('the command line: demo story by default, exit codes 0, 1 and 2', () => {
	const found = run(['find', 'harfuh']);
	assert.equal(found.code, 0, found.stderr);
	assert.match(found.stdout, /^AFP \(/);
	const count = /(\d+) matches in (\d+) of 5 sources for "harfuh"/.exec(found.stdout);
	assert.ok(count && Number(count[1]) >= 6 && Number(count[2]) >= 4, found.stdout.split('\n').at(-2));
	const json = run(['find', '92', '--json', ...files]);
	assert.equal(json.code, 0, json.stderr);
	assert.match(JSON.parse(json.stdout).matches[0].text, /^92\b/);
	assert.equal(run(['find', 'xqzvw', ...files]).code, 1);
	const noQuery = run(['find']);
	assert.equal(noQuery.code, 2);
	assert.match(noQuery.stderr, /find needs a query/);
	const onlyNot = run(['find', '!harfuch', ...files]);
	assert.equal(onlyNot.code, 2);
	assert.match(onlyNot.stderr, /crosscheck: find: nothing to find/);
	const missing = run(['find', 'harfuch', path.join(os.tmpdir(), 'no-such-file-crosscheck.txt'), files[0]!]);
	assert.equal(missing.code, 2);
});

/** line:column of each printed match, per source block of find's text output. */
function printedPositions(text: string): number[][][] {
	return text
		.split('\n\n')
		.map(block => [...block.matchAll(/^ {2}(\d+):(\d+) {2}/gm)].map(m => [Number(m[1]), Number(m[2])]))
		.filter(block => block.length > 0);
}

const inOrder = (positions: number[][]) => positions.every((p, i) => i === 0 || p[0]! > positions[i - 1]![0]! || (p[0] === positions[i - 1]![0] && p[1]! >= positions[i - 1]![1]!));

test('text output: each source\'s matches in text order, though rows and set-aside titles come in another order', async () => {
	// Alpha's row order puts its third sentence first, and its title (a heading, set aside) comes after every row.
	const story = handStory(
		[
			{label: 'Alpha', units: [{text: 'Harfuch returns', kind: 'heading'}, 'Early on, Harfuch spoke.', 'Later, Harfuch left.']},
			{label: 'Bravo', units: ['Later, Harfuch left.', 'Early on, Harfuch spoke.']},
		],
		[{cells: {0: 2, 1: 0}}, {cells: {0: 1, 1: 1}}],
	);
	const report = findInStory(story, 'harfuch');
	const alpha = report.matches.filter(match => match.source === 's1').map(match => match.line);
	assert.deepEqual(alpha, [5, 3, 1], 'the report is in reading order');
	const positions = printedPositions(renderFindText(story, report));
	assert.deepEqual(positions[0]!.map(([line]) => line), [1, 3, 5], 'Alpha printed top to bottom, its title first');
	assert.deepEqual(positions[1]!.map(([line]) => line), [1, 3]);
	const {story: demo} = await loadStory([], {});
	for (const query of ['mexico', 'united states', 'trump', 'sheinbaum']) {
		for (const block of printedPositions(renderFindText(demo, findInStory(demo, query)))) assert.ok(inOrder(block), `${query}: ${JSON.stringify(block)}`);
	}
});
