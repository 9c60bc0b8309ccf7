// The non-interactive outputs (plain table, `find`) use the view's width rule and the terminal sanitiser:
// escape sequences and emoji variation selectors (U+FE0F) never reach the terminal, columns are padded by
// terminal cells, and the JSON outputs keep the exact source text.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cellWidth, isTerminalSafe, padCells, sanitizeForTerminal, sanitizeInline, wrapCells} from '../source/text/terminal.ts';
import {widthOf} from '../source/ui/text/wrap.ts';
import {renderPlain} from '../source/export/plain.ts';
import {findInStory, renderFindText, runFind, type FindReport} from '../source/commands/find.ts';
import {storyOf} from './helpers/story.ts';
import type {MentionKind, Story} from '../source/model.ts';

const root = path.resolve(import.meta.dirname, '..');
const OSC_LINK = '\u001B]8;;https://evil.example\u001B\\';
const OSC_END = '\u001B]8;;\u001B\\';
const OSC_TITLE = '\u001B]0;pwned\u0007';
// What must never reach the terminal from these articles.
const RAW = /[\u001B\u0007\u009B\u009D\uFE0F]/;

// One article with an OSC hyperlink, an OSC title and two emoji written with U+FE0F; two plain ones.
const ARTICLES = [
	`Skyline news\n\nThe mayor of Carrow Falls ${OSC_LINK}said${OSC_END} seven people were rescued on Tuesday 🏙\uFE0F.\n${OSC_TITLE}Firefighters ❤\uFE0F praised the volunteers who helped.\n`,
	'Other outlet\n\nSeven people were rescued in Carrow Falls on Tuesday, the mayor said.\nFirefighters praised the volunteers.\n',
	'Third outlet\n\nOfficials in Carrow Falls said seven people were rescued on Tuesday.\n',
];
// Labels whose UTF-16 length and cell width differ: a wide CJK label, an emoji with U+FE0F, a plain one.
const LABELS = ['日本経済', '🏙\uFE0F City', 'AP'];

test('the width rule: emoji variation selectors are dropped by the sanitiser and not counted, in the view and outside it', () => {
	assert.equal(sanitizeForTerminal('city 🏙\uFE0F and ❤\uFE0F'), 'city 🏙 and ❤');
	assert.equal(sanitizeInline('🏙\uFE0F\nnext'), '🏙 next');
	assert.ok(!isTerminalSafe('🏙\uFE0F'), 'isTerminalSafe agrees with the sanitiser');
	for (const text of ['🏙\uFE0F', '❤\uFE0F love', '日本 🏙\uFE0F', '1\uFE0F\u20E3', 'plain text', '👍🏽']) {
		assert.equal(cellWidth(text), cellWidth(text.replace(/\uFE0F/g, '')), text);
		assert.equal(widthOf(text), cellWidth(text), `the view's widthOf is cellWidth: ${text}`);
	}
	assert.equal(cellWidth('🏙\uFE0F'), 1);
	assert.equal(padCells('日本', 6), '日本  ');
	assert.equal(padCells('🏙\uFE0F', 3), '🏙\uFE0F  ');
	assert.equal(padCells('longer', 3), 'longer');
});

/** Cell column of the first " | " in each table line of the plain output. */
function barColumns(plain: string): number[] {
	return plain
		.split('\n')
		.filter(line => line.startsWith('  ') && line.includes(' | '))
		.map(line => cellWidth(line.slice(0, line.indexOf(' | '))));
}

test('plain table: no escape sequence or U+FE0F from an article, labels padded by terminal cells', () => {
	const story = storyOf(ARTICLES, LABELS);
	const plain = renderPlain(story);
	assert.equal(RAW.exec(plain), null, JSON.stringify(RAW.exec(plain)?.[0]));
	assert.ok(isTerminalSafe(plain));
	assert.match(plain, /The mayor of Carrow Falls said seven people were rescued on Tuesday 🏙\./);
	assert.match(plain, /Firefighters ❤ praised the volunteers who helped\./);
	const columns = barColumns(plain);
	assert.ok(columns.length >= 3 * story.rows.length, plain);
	assert.equal(new Set(columns).size, 1, `every "|" in the same cell column: ${[...new Set(columns)].join(', ')}`);
	// The summary lines pad labels the same way: the claim counts start in one column.
	const summary = plain.split('\n').filter(line => / claims? in \d+ rows?/.test(line));
	assert.equal(summary.length, 3);
	assert.equal(new Set(summary.map(line => cellWidth(line.slice(0, line.search(/\d+ claims?\b/))))).size, 1, summary.join('\n'));
});

test('find text output: no escape sequence or U+FE0F from an article; --json keeps the exact source text', () => {
	const story = storyOf(ARTICLES, LABELS);
	for (const query of ['firefighters', 'mayor']) {
		const report = findInStory(story, query);
		assert.ok(report.total >= 2, query);
		const text = renderFindText(story, report);
		assert.equal(RAW.exec(text), null, `${query}: ${JSON.stringify(RAW.exec(text)?.[0])}`);
		assert.ok(isTerminalSafe(text));
		assert.match(text, /^🏙 City \(/m, 'the label without its selector');
		// The JSON report is not terminal output: its sentences are the source slices, selectors and escapes included.
		const json = JSON.parse(JSON.stringify(report)) as FindReport;
		const first = json.matches.find(match => match.source === 's1')!;
		const source = story.sources[0]!;
		assert.equal(source.text.slice(first.start, first.end), first.text);
		assert.ok(source.text.includes(first.sentence));
		assert.ok(/[\u001B\uFE0F]/.test(first.sentence), `the JSON sentence keeps the original text: ${JSON.stringify(first.sentence)}`);
	}
	const text = renderFindText(story, findInStory(story, 'firefighters'));
	assert.match(text, /^ {6}Firefighters ❤ praised the volunteers who helped\.$/m);
	assert.match(renderFindText(story, findInStory(story, 'mayor')), /^ {6}The mayor of Carrow Falls said seven people were rescued on Tuesday 🏙\.$/m);
});

function articleFiles(): string[] {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-terminal-output-'));
	return ARTICLES.map((text, i) => {
		const file = path.join(dir, `${i + 1}.txt`);
		fs.writeFileSync(file, text);
		return file;
	});
}

function cli(args: string[]) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'source/cli.ts'), ...args], {cwd: root, encoding: 'utf8', timeout: 60_000, env: {...process.env, FORCE_COLOR: '0'}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

test('CLI: --plain and find print sanitised text with aligned columns; --json keeps offsets and exact text', async () => {
	const files = articleFiles();
	const labels = LABELS.flatMap(label => ['--label', label]);
	const plain = cli(['--plain', ...labels, ...files]);
	assert.equal(plain.code, 0, plain.stderr);
	assert.equal(RAW.exec(plain.stdout), null);
	assert.match(plain.stdout, /rescued on Tuesday 🏙\./);
	assert.equal(new Set(barColumns(plain.stdout)).size, 1);

	let stdout = '';
	const code = await runFind('firefighters', files, {json: false, stdout: t => void (stdout += t), stderr: () => {}});
	assert.equal(code, 0);
	assert.equal(RAW.exec(stdout), null);
	assert.match(stdout, /Firefighters ❤ praised/);

	const json = cli(['--json', ...files]);
	assert.equal(json.code, 0, json.stderr);
	const exported = JSON.parse(json.stdout) as {units: Array<{source: string; start: number; end: number; text: string}>};
	const texts = files.map(file => fs.readFileSync(file, 'utf8'));
	for (const unit of exported.units) assert.equal(texts[Number(unit.source.slice(1)) - 1]!.slice(unit.start, unit.end), unit.text);
	assert.ok(exported.units.some(unit => unit.text.includes('🏙\uFE0F') && unit.text.includes('\u001B]8;;')), 'the export keeps selectors and escapes');
});

test('wrapCells: lines fit the width in cells (CJK and emoji counted wide), and joining them gives the words back', () => {
	assert.deepEqual(wrapCells('the quick brown fox jumps', 10), ['the quick', 'brown fox', 'jumps']);
	assert.deepEqual(wrapCells('日本経済新聞によると', 6), ['日本経', '済新聞', 'による', 'と']);
	for (const line of wrapCells('日本経済新聞によると 🏙 City', 6)) assert.ok(cellWidth(line) <= 6, line);
	assert.deepEqual(wrapCells('', 10), ['']);
	fc.assert(
		fc.property(fc.array(fc.constantFrom('a', 'bb', 'word', 'longerword', '日本', 'x'.repeat(30), '🏙'), {maxLength: 30}), fc.integer({min: 1, max: 40}), (words, width) => {
			const text = words.join(' ');
			const lines = wrapCells(text, width);
			for (const line of lines) assert.ok(cellWidth(line) <= Math.max(width, 2), `${JSON.stringify(line)} wider than ${width}`);
			assert.equal(lines.join('').replace(/ /g, ''), text.replace(/ /g, ''));
		}),
	);
});

test('plain table: with a width (--plain on a terminal) each source text wraps under its "|"; without one it stays on one line', () => {
	const long = 'The council approved a budget of 40 million dollars on Monday after a debate that lasted well into the night, officials said.';
	const story = storyOf([long, 'Councillors passed a 40 million dollar budget on Monday after a long debate that went on into the night.']);
	const wrapped = renderPlain(story, {width: 60}).split('\n');
	for (const line of wrapped.filter(line => line.includes(' | '))) assert.ok(cellWidth(line) <= 60, `${JSON.stringify(line)} is wider than 60`);
	const continuation = wrapped.filter(line => /^ {2} +\| /.test(line));
	assert.ok(continuation.length >= 2, 'long texts continue on indented lines');
	const one = renderPlain(story).split('\n');
	assert.ok(one.some(line => line.endsWith(long)), 'without a width the sentence is one line');
});

// --plain on a terminal: every line of the output fits the width, not only the table's cells.

interface HandRow {
	/** One text per source (null: the source is absent from the row). */
	texts: Array<string | null>;
	conflicts?: Array<{kind: MentionKind; about?: string; values: Array<string | null>}>;
	notes?: Array<{source: number; text: string; message: string}>;
}

/** A story built by hand (not through the pipeline), so the exact output it gives can be pinned. */
function handStory(title: string, sources: Array<[label: string, path: string]>, rows: HandRow[]): Story {
	const units: Story['units'] = [];
	return {
		schema: 1,
		title,
		sources: sources.map(([label, file], i) => ({id: `s${i + 1}`, path: file, label, title: '', text: '', format: 'text' as const})),
		units,
		mentions: [],
		rows: rows.map((row, r) => {
			const ids: string[] = [];
			const present: string[] = [];
			row.texts.forEach((text, i) => {
				if (text === null) return;
				const id = `s${i + 1}.u${units.length}`;
				units.push({id, source: `s${i + 1}`, index: r, start: 0, end: 0, text, kind: 'claim', line: 1, column: 1});
				ids.push(id);
				present.push(`s${i + 1}`);
			});
			const conflicts = (row.conflicts ?? []).map(c => ({
				kind: c.kind,
				...(c.about ? {about: c.about} : {}),
				values: Object.fromEntries(c.values.flatMap((v, i) => (v === null ? [] : [[`s${i + 1}`, v]]))),
				mentions: {},
			}));
			const notes = (row.notes ?? []).map(n => ({kind: 'date' as const, source: `s${n.source + 1}`, unit: ids[0]!, mention: '', start: 0, end: 0, text: n.text, message: n.message}));
			return {id: `r${r + 1}`, units: ids, sources: present, status: conflicts.length ? 'conflict' : present.length > 1 ? 'agree' : 'single', conflicts, ...(notes.length ? {notes} : {}), position: r};
		}),
	};
}

const HAND = handStory(
	'Harbour warehouse fire: crews fight the blaze through the night as the port stays closed to ships',
	[
		['AP', '/srv/news/archive/2026/05/harbour-warehouse-fire/ap-wire.txt'],
		['日本経済', '/srv/news/archive/2026/05/harbour-warehouse-fire/nikkei.html'],
		['Local 🏙\uFE0F', 'local.md'],
	],
	[
		{texts: ['Fire crews fought a blaze at a harbour warehouse through the night, officials said.', 'Firefighters battled the warehouse fire until dawn.', null]},
		{
			texts: ['About 40 tons of timber burned.', '木材 約 36 トン が 焼けた と 当局 は 発表 した。', 'Some 38 tons of wood were lost.'],
			conflicts: [{kind: 'number', about: 'tons of timber stored in the north shed', values: ['About 40 tons', '約 36 トン', 'Some 38 tons']}],
			notes: [
				{source: 0, text: 'Tuesday, May 6, 2026', message: 'May 6, 2026 is a Wednesday, not a Tuesday'},
				{source: 1, text: '5月6日 火曜日', message: '5月6日 は 水曜日'},
			],
		},
		{texts: [null, null, 'The port stays closed.']},
	],
);

const HAND_PIPED = `Harbour warehouse fire: crews fight the blaze through the night as the port stays closed to ships

3 sources, 3 claim rows: 1 agree, 1 conflict, 1 single source, 2 notes
  AP        2 claims in 2 rows  (/srv/news/archive/2026/05/harbour-warehouse-fire/ap-wire.txt)
  日本経済  2 claims in 2 rows  (/srv/news/archive/2026/05/harbour-warehouse-fire/nikkei.html)
  Local 🏙   2 claims in 2 rows  (local.md)

✓ r1 agree (2/3 sources)
  AP       | Fire crews fought a blaze at a harbour warehouse through the night, officials said.
  日本経済 | Firefighters battled the warehouse fire until dawn.
  Local 🏙  | —

≠ r2 conflict (3/3 sources)
  ! number (tons of timber stored in the north shed): AP About 40 tons · 日本経済 約 36 トン · Local 🏙 Some 38 tons
  ⚑ note: AP writes "Tuesday, May 6, 2026", but May 6, 2026 is a Wednesday, not a Tuesday
  ⚑ note: 日本経済 writes "5月6日 火曜日", but 5月6日 は 水曜日
  AP       | About 40 tons of timber burned.
  日本経済 | 木材 約 36 トン が 焼けた と 当局 は 発表 した。
  Local 🏙  | Some 38 tons of wood were lost.

◇ r3 single source (1/3 sources)
  AP       | —
  日本経済 | —
  Local 🏙  | The port stays closed.
`;

test('plain table piped (no width): the output is pinned byte for byte, scripts read it', () => {
	assert.equal(renderPlain(HAND), HAND_PIPED);
});

/** Lines wider than `width` terminal cells, for the failure message. */
function tooWide(text: string, width: number): string[] {
	return text.split('\n').filter(line => cellWidth(line) > width);
}

/** The output's visible characters in order, without spaces and the table's "|" (wrapping adds and moves only these). */
function ink(text: string): string {
	return text.replace(/[\s|]/g, '');
}

test('plain table with a width: every line fits (title, summary, source lines, conflicts, notes), nothing is lost', async () => {
	const {readInputs} = await import('../source/read/index.ts');
	const {analyse} = await import('../source/pipeline.ts');
	for (const fixture of ['demo', 'story6']) {
		const story = analyse((await readInputs([path.join(root, 'fixtures', fixture, 'story.json')])).sources);
		const piped = renderPlain(story);
		if (fixture === 'story6') assert.match(piped, /^ {2}! /m, 'story6 has conflict lines');
		for (const width of [40, 60]) {
			const wrapped = renderPlain(story, {width});
			assert.deepEqual(tooWide(wrapped, width), [], `${fixture} at ${width}`);
			assert.equal(ink(wrapped), ink(piped), `${fixture} at ${width}: the same text, only wrapped`);
		}
	}
});

test('plain table with a width: CJK counts two cells, lines break at spaces with a hanging indent', () => {
	const width = 50;
	const wrapped = renderPlain(HAND, {width});
	assert.deepEqual(tooWide(wrapped, width), [], wrapped);
	assert.equal(ink(wrapped), ink(HAND_PIPED));
	const lines = wrapped.split('\n');
	// A note with CJK text: short enough by .length, too wide by cells, so it wraps, under the note's text.
	const note = HAND_PIPED.split('\n').find(line => line.includes('日本経済 writes'))!;
	assert.ok(note.length < width && cellWidth(note) > width, 'the case .length gets wrong');
	const at = lines.findIndex(line => line.startsWith('  ⚑ note: 日本経済 writes'));
	assert.equal(`${lines[at]} ${lines[at + 1]!.trimStart()}`, note, wrapped);
	assert.match(lines[at + 1]!, /^ {10}5月6日/, wrapped);
	// The CJK text of row 2 wraps by cells under its "|", at its spaces.
	const cjk = lines.findIndex(line => line.startsWith('  日本経済 | 木材'));
	assert.match(lines[cjk + 1]!, /^ {11}\| \S/, wrapped);
	assert.equal([lines[cjk]!, lines[cjk + 1]!].map(line => line.slice(line.indexOf('| ') + 2)).join(' '), '木材 約 36 トン が 焼けた と 当局 は 発表 した。');
	// The title wraps at word boundaries: joined with spaces its lines give it back.
	const blank = lines.indexOf('');
	assert.ok(blank >= 2, 'the title takes more than one line');
	assert.equal(lines.slice(0, blank).join(' '), HAND.title);
	// The summary continues under its first count.
	assert.match(lines[blank + 2]!, new RegExp(`^ {${'3 sources, 3 claim rows: '.length}}1 single source, 2 notes$`), wrapped);
	// A source line too long for the width continues with its path under the claim counts, broken after a "/".
	const ap = lines.findIndex(line => line.startsWith('  AP ') && /claims? in/.test(line));
	assert.equal(lines[ap], '  AP        2 claims in 2 rows');
	assert.equal(lines[ap + 1], '            (/srv/news/archive/2026/05/');
	assert.equal(lines[ap + 2], '            harbour-warehouse-fire/ap-wire.txt)');
	assert.ok(lines.includes('  Local 🏙   2 claims in 2 rows  (local.md)'), 'a line that fits stays as it is');
	// The conflict's head is too wide for a hanging indent at 50: it continues 4 cells in; values stay whole.
	const bang = lines.findIndex(line => line.startsWith('  ! '));
	assert.deepEqual(lines.slice(bang, bang + 3), ['  ! number (tons of timber stored in the north', '    shed): AP About 40 tons ·', '    日本経済 約 36 トン · Local 🏙 Some 38 tons']);
	// Wider, the list continues under its first value.
	const wide = renderPlain(HAND, {width: 100}).split('\n');
	assert.deepEqual(tooWide(wide.join('\n'), 100), []);
	const head = '  ! number (tons of timber stored in the north shed): ';
	const i = wide.findIndex(line => line.startsWith(head));
	assert.equal(wide[i], `${head}AP About 40 tons · 日本経済 約 36 トン ·`);
	assert.equal(wide[i + 1], `${' '.repeat(cellWidth(head))}Local 🏙 Some 38 tons`);
});

test('plain table with a width: any labels, paths and texts fit widths down to 24 cells', () => {
	const word = fc.constantFrom('a', 'word', 'Longer', 'twelve-chars', '日本', '経済新聞', '🏙', 'x'.repeat(50), '/path/to/', '(tons)', '·');
	const phrase = fc.array(word, {minLength: 1, maxLength: 14}).map(words => words.join(' '));
	fc.assert(
		fc.property(
			phrase,
			fc.array(fc.tuple(phrase, fc.array(fc.constantFrom('dir/', 'archive-2026/', '長い/', 'file.txt', 'a b/'), {minLength: 1, maxLength: 8}).map(parts => parts.join(''))), {minLength: 1, maxLength: 4}),
			phrase,
			phrase,
			fc.integer({min: 24, max: 120}),
			(title, sources, text, value, width) => {
				const story = handStory(title, sources, [
					{texts: sources.map(() => text), conflicts: [{kind: 'place', about: value, values: sources.map(() => value)}], notes: [{source: 0, text: value, message: text}]},
				]);
				const wrapped = renderPlain(story, {width});
				assert.deepEqual(tooWide(wrapped, width), []);
				assert.equal(ink(wrapped), ink(renderPlain(story)));
			},
		),
		{numRuns: 300},
	);
});
