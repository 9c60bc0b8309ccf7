import {test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {pathToFileURL} from 'node:url';
import {splitSource} from '../source/split/index.ts';
import type {Source} from '../source/model.ts';

const root = path.resolve(import.meta.dirname, '..');

function split(text: string): string[] {
	const source: Source = {id: 's1', path: 'x.txt', label: 'x', title: '', text, format: 'text'};
	return splitSource(source).map(u => u.text);
}

test('keeps U.S. followed by a capitalised name inside the sentence', () => {
	assert.deepEqual(split('At the request of the U.S. Justice Department, a commitment was made. Then more.'), [
		'At the request of the U.S. Justice Department, a commitment was made.',
		'Then more.',
	]);
});

test('splits after U.S. when a sentence opener follows', () => {
	assert.deepEqual(split('Suspects face prosecution in the U.S. This action was announced.'), [
		'Suspects face prosecution in the U.S.',
		'This action was announced.',
	]);
});

test('titles, dates, times, decimals and domains stay whole', () => {
	assert.deepEqual(split('Mr. Smith met Dr. Jones on Jan. 21 at 3 p.m. in town. Growth was 3.5 percent, Voz.us said.'), [
		'Mr. Smith met Dr. Jones on Jan. 21 at 3 p.m. in town.',
		'Growth was 3.5 percent, Voz.us said.',
	]);
});

test('splits sentences glued without a space', () => {
	assert.deepEqual(split('focusing on border security.According to the minister, it worked.'), [
		'focusing on border security.',
		'According to the minister, it worked.',
	]);
});

test('closing quotes stay with their sentence; ellipses and questions split', () => {
	assert.deepEqual(split('He said it was “not on the table.” She left... Then what? Nothing!'), [
		'He said it was “not on the table.”',
		'She left...',
		'Then what?',
		'Nothing!',
	]);
});

test('a number opening its line is a list or section marker: "1. What happened?" stays one unit', () => {
	assert.deepEqual(split('1. What happened?\n  12. The plant closed. It reopened in May.\nThe vote came on day 3. Officials left.'), [
		'1. What happened?',
		'12. The plant closed.',
		'It reopened in May.',
		'The vote came on day 3.',
		'Officials left.',
	]);
});

test('initials do not split a name', () => {
	assert.deepEqual(split('Donald J. Trump spoke. It ended.'), ['Donald J. Trump spoke.', 'It ended.']);
});

test('line breaks are hard boundaries and offsets slice back', () => {
	const text = 'Title line\r\n\r\nFirst sentence. Second one.\n  Caption text\u00A0\u00A0';
	const source: Source = {id: 's1', path: 'x', label: 'x', title: '', text, format: 'text'};
	const units = splitSource(source);
	assert.deepEqual(units.map(u => u.text), ['Title line', 'First sentence.', 'Second one.', 'Caption text']);
	for (const u of units) assert.equal(text.slice(u.start, u.end), u.text);
	assert.deepEqual(units.map(u => [u.line, u.column]), [[1, 1], [3, 1], [3, 17], [4, 3]]);
});

/** Every non-whitespace character in exactly one unit; units trimmed, in order, slicing back, with right line/column. */
function assertCovers(text: string): number {
	const source: Source = {id: 's1', path: 'x', label: 'x', title: '', text, format: 'text'};
	const units = splitSource(source);
	const space = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;
	let lineStart = 0; // of the line the previous unit is on, found walking forward (no look-back)
	for (const [k, unit] of units.entries()) {
		assert.equal(text.slice(unit.start, unit.end), unit.text);
		assert.ok(unit.end > unit.start);
		assert.ok(!space.test(unit.text[0]!) && !space.test(unit.text.at(-1)!), 'units are trimmed');
		assert.ok(!unit.text.includes('\n'), 'line breaks are hard boundaries');
		if (k > 0) assert.ok(unit.start >= units[k - 1]!.end, 'units in order, never overlapping');
		for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < unit.start; nl = text.indexOf('\n', lineStart)) lineStart = nl + 1;
		assert.equal(unit.column, unit.start - lineStart + 1);
		for (let i = (units[k - 1]?.end ?? 0); i < unit.start; i++) assert.ok(space.test(text[i]!), `non-space ${JSON.stringify(text[i])} at ${i} left out`);
	}
	for (let i = units.at(-1)?.end ?? 0; i < text.length; i++) assert.ok(space.test(text[i]!), `non-space at ${i} left out at the end`);
	return units.length;
}

test('property: long period-heavy lines are covered exactly, whatever their shape', () => {
	const piece = fc.constantFrom('a', 'b', 'B', 'Mr', 'U.S', 'p.m', '3', '.', '.', '.', '..', '. ', '.\u00A0', '?', '!', '…', '"', '”', '(', ' ', '  ', '\n', 'It rained', 'According');
	fc.assert(
		fc.property(fc.array(piece, {maxLength: 4000}), pieces => {
			assertCovers(pieces.join(''));
		}),
		{numRuns: 60},
	);
});

test('a line of a million characters of "a." (no space) is one unit; glued periods do not cost the line squared', () => {
	// In a child process with a generous limit, so that a quadratic look-back (about an hour on this
	// input before it was capped) fails here instead of hanging the run. A hang guard, not a speed target.
	const script = `import {splitSource} from ${JSON.stringify(pathToFileURL(path.join(root, 'source/split/index.ts')).href)};
		for (const text of ['a.'.repeat(500000), 'ab.'.repeat(300000) + 'Cd', ('a.'.repeat(2499) + ' ').repeat(400)]) {
			const units = splitSource({id: 's1', path: '', label: '', title: '', text, format: 'text'});
			console.log(JSON.stringify(units.map(u => [u.start, u.end]).slice(0, 3).concat([[units.length]])));
		}`;
	const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {cwd: root, encoding: 'utf8', timeout: 60_000});
	assert.equal(run.error, undefined, 'the splitter did not finish within a minute');
	assert.equal(run.status, 0, run.stderr);
	assert.deepEqual(run.stdout.trim().split('\n').map(line => JSON.parse(line)), [
		[[0, 1_000_000], [1]],
		[[0, 900_002], [1]],
		[[0, 1_999_599], [1]],
	]);
	assertCovers('a.'.repeat(500_000));
	// Glued sentence ends after a long run still split, and a long word before a period is still read.
	assert.deepEqual(split(`${'x'.repeat(300)}.According to him, it rained.`), [`${'x'.repeat(300)}.`, 'According to him, it rained.']);
	assert.deepEqual(split(`It was ${'long'.repeat(40)}. Then it ended.`), [`It was ${'long'.repeat(40)}.`, 'Then it ended.']);
	assert.deepEqual(split(`Seen at ${'ab.'.repeat(40)}cd. Then it ended.`), [`Seen at ${'ab.'.repeat(40)}cd.`, 'Then it ended.']);
});

test('100,000 tiny sentences on one line become 100,000 units', () => {
	const text = 'It rained. '.repeat(100_000);
	assert.equal(assertCovers(text), 100_000);
	assert.equal(assertCovers('Then what? Nothing! '.repeat(50_000)), 100_000);
});

test('sentences in scripts without capitals split too: after ". " before CJK or Arabic, and after 。！？ with no space', () => {
	const text = 'Twelve people died, the mayor said. 市長は12人が死亡したと述べた。救助隊は夜通し作業した。 The bridge was old. مرحبا بكم في المدينة. Why? 为什么？因为桥老了！「こんにちは。」と彼は言った。';
	const source: Source = {id: 's1', path: 'a.txt', label: 'A', title: '', text, format: 'text'};
	const units = splitSource(source);
	assert.deepEqual(units.map(u => u.text), [
		'Twelve people died, the mayor said.',
		'市長は12人が死亡したと述べた。',
		'救助隊は夜通し作業した。',
		'The bridge was old.',
		'مرحبا بكم في المدينة.',
		'Why?',
		'为什么？',
		'因为桥老了！',
		'「こんにちは。」と彼は言った。',
	]);
	for (const u of units) assert.equal(text.slice(u.start, u.end), u.text);
});
