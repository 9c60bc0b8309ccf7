// A count of one takes the singular noun everywhere text is printed: the view, the plain table, the
// Markdown report and `find` ("1 claim in 1 row", never "1 claims in 1 rows").
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {KEY, renderView, type View} from './helpers/ui.tsx';
import {handStory} from './helpers/ui-story.ts';
import {renderPlain} from '../source/export/plain.ts';
import {renderMarkdown} from '../source/export/markdown.ts';
import {findInStory, renderFindText} from '../source/commands/find.ts';
import {counted} from '../source/text/plural.ts';

/** "1 claims", "1 more lines", "1 matches": a count of one with a plural noun. */
const ONE_PLURAL = /(?<![\d.,/])1 (?:more |agreeing |claim )?(?:claim|row|line|source|unit|match|note|input)(?:s|es)\b/;

/** One: a single claim in a single row; Two: that claim and one of its own. */
function oneRowEach() {
	return handStory(
		[
			{label: 'One', units: ['The bridge reopened on Monday after repairs.']},
			{label: 'Two', units: ['The bridge reopened on Monday after repairs.', 'Traffic was light in the morning near Zanzibar.']},
		],
		[{cells: {0: 0, 1: 0}}, {cells: {1: 1}}],
	);
}

test('counted: singular for exactly one', () => {
	assert.equal(counted(1, 'row'), '1 row');
	assert.equal(counted(0, 'row'), '0 rows');
	assert.equal(counted(2, 'match', 'matches'), '2 matches');
	assert.equal(counted(1, 'match', 'matches'), '1 match');
});

test('plain table and Markdown report: "1 claim in 1 row", "1 claim row"', () => {
	const plain = renderPlain(oneRowEach());
	assert.match(plain, /One {2}1 claim in 1 row {2}\(One\.txt\)/);
	assert.match(plain, /Two {2}2 claims in 2 rows/);
	assert.doesNotMatch(plain, ONE_PLURAL);
	const single = handStory([{label: 'A', units: ['Rain fell.']}, {label: 'B', units: ['Rain fell.']}], [{cells: {0: 0, 1: 0}}]);
	const md = renderMarkdown(single);
	assert.match(md, /^1 claim row: 1 agree/m);
	assert.doesNotMatch(md, ONE_PLURAL);
	assert.doesNotMatch(renderPlain(single), ONE_PLURAL);
});

test('find: "1 match in 1 of 2 sources"', () => {
	const story = oneRowEach();
	const text = renderFindText(story, findInStory(story, 'zanzibar'));
	assert.match(text, /^1 match in 1 of 2 sources for "zanzibar"$/m);
	assert.doesNotMatch(text, ONE_PLURAL);
});

test('view: status line, article mode header and search counts say "1 row", "1 unit", "1 match"', async () => {
	const story = handStory([{label: 'A', units: ['Rain fell on Zanzibar.']}, {label: 'B', units: ['Rain fell on the island.']}], [{cells: {0: 0, 1: 0}}]);
	const view: View = await renderView(story, {columns: 100, rows: 20});
	try {
		assert.match(view.frame(), /· 2 sources · 1 row · \? help/);
		await view.press(KEY.tab);
		await view.waitFor(frame => /counterpart · 1 unit\b/.test(frame), 'article mode header');
		await view.press(KEY.tab, '/', ...'zanzibar');
		await view.waitFor(frame => /\/zanzibar█ 1 match\b/.test(frame), 'the search line counts one match');
		await view.press(KEY.escape);
		await view.waitFor(frame => /"zanzibar" 1 match\b/.test(frame), 'the status line counts one match');
		for (const frame of view.stdout.frames) assert.doesNotMatch(frame, ONE_PLURAL);
	} finally {
		view.unmount();
	}
});
