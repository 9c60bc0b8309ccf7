// The README's key table and the help overlay (?) come from different places: the keymap is the truth,
// and the README must list exactly its keys. z is documented as what it does: it folds every run of
// rows with status agree, which may be carried by only two of several sources.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {BINDINGS} from '../source/ui/keymap.ts';
import {buildViewModel} from '../source/ui/view-model.ts';
import {visibleEntries} from '../source/ui/layout.ts';
import {handStory} from './helpers/ui-story.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** Rows of the README table under "Keys in the interactive view": [keys cell, action cell]. */
function readmeKeyRows(): Array<[string, string]> {
	const section = readme.slice(readme.indexOf('### Keys in the interactive view'));
	const table = section.slice(section.indexOf('| keys | action |')).split('\n\n')[0]!;
	return table
		.split('\n')
		.slice(2)
		.map(line => {
			const [keys, action] = line.replace(/^\|\s*|\s*\|$/g, '').split(/\s+\|\s+/);
			return [keys!, action!];
		});
}

const readmeKeys = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map(m => m[1]!);

test('README key table lists exactly the keymap keys', () => {
	const documented = readmeKeyRows().flatMap(([keys]) => readmeKeys(keys));
	const bound = BINDINGS.flatMap(binding => binding.keys.split(' '));
	assert.deepEqual([...new Set(documented)].sort(), [...new Set(bound)].sort());
	assert.equal(new Set(documented).size, documented.length, 'each key documented once');
});

test('z folds rows with status agree even when most sources leave the claim out, and says so', () => {
	// Four sources; rows 1 and 2 are carried by two of them without a conflict (agree), row 3 by one.
	const story = handStory(
		[
			{label: 'A', units: ['Rain fell on Monday.', 'The river rose.']},
			{label: 'B', units: ['Rain fell on Monday.', 'The river rose.', 'Roads closed.']},
			{label: 'C', units: ['Something else.']},
			{label: 'D', units: ['Another thing.']},
		],
		[{cells: {0: 0, 1: 0}}, {cells: {0: 1, 1: 1}}, {cells: {1: 2}}, {cells: {2: 0}}, {cells: {3: 0}}],
	);
	assert.deepEqual(story.rows.slice(0, 2).map(row => [row.status, row.sources.length]), [['agree', 2], ['agree', 2]]);
	const entries = visibleEntries(buildViewModel(story), {filter: 'all', fold: true, showAsides: false, focusSource: 's1'});
	assert.equal(entries[0]!.folded, 2, 'the two agree rows fold into one entry');
	const readmeZ = readmeKeyRows().find(([keys]) => readmeKeys(keys).includes('z'))![1];
	const helpZ = BINDINGS.find(binding => binding.keys === 'z')!.does;
	for (const [where, text] of [['README', readmeZ], ['help', helpZ]] as const) {
		assert.doesNotMatch(text, /every source/, `${where} must not say every source agrees`);
		assert.match(text, /two or more sources/, `${where} says what an agree row is`);
	}
});
