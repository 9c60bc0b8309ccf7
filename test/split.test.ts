import {test} from 'node:test';
import assert from 'node:assert/strict';
import {splitSource} from '../source/split/index.ts';
import type {Source} from '../source/model.ts';

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
