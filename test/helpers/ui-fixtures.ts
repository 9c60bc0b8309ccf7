// A small hand-built story used by the view tests: three outlets, one conflict (37 vs 36), one claim
// only two outlets carry, a single-source claim, a heading and boilerplate, and wide characters.
import {handStory} from './ui-story.ts';

export function threeOutlets() {
	return handStory(
		[
			{
				label: 'Alpha',
				units: [
					{text: 'Thirty-seven suspects sent north', kind: 'heading'},
					'Officials said 37 suspects were flown to Houston on Tuesday under a security agreement with Washington.',
					'Minister Omar Harfuch praised the operation as a success.',
					{text: 'Subscribe to our newsletter for more.', kind: 'boilerplate', reason: 'newsletter'},
					'A court will hear the first cases in March.',
				],
			},
			{
				label: 'Bravo',
				units: [
					'Officials said 36 suspects were flown to the United States on Tuesday under a security agreement with Washington.',
					'東京の記者によると、容疑者は火曜日に移送された 🎉 and Harfuch confirmed it.',
					'Minister Omar García Harfuch praised the operation.',
				],
			},
			{
				label: 'Charlie',
				units: ['Officials said 37 suspects were flown to the United States on Tuesday under a security agreement.', 'Harfuch praised the operation, calling it a success.', 'The suspects face charges in Texas.'],
			},
		],
		[
			{cells: {0: 1, 1: 0, 2: 0}, conflicts: [{kind: 'number', about: 'suspects', values: {0: '37', 1: '36', 2: '37'}}]},
			{cells: {0: 2, 1: 2, 2: 1}},
			{cells: {1: 1}},
			{cells: {0: 4}},
			{cells: {2: 2}},
		],
		{title: 'Suspects handed over', mentions: [{source: 0, unit: 1, text: 'Houston', kind: 'place'}, {source: 1, unit: 0, text: 'United States', kind: 'place'}, {source: 2, unit: 0, text: 'United States', kind: 'place'}]},
	);
}

/** Five outlets; row 1 in all, row 2 only in Delta and Echo, row 3 only in Alpha, row 4 in Bravo and Echo. */
export function offScreenStory() {
	return handStory(
		[
			{label: 'Alpha', units: ['The storm reached the coast on Friday night.', 'Alpha alone reports a curfew in the port district.']},
			{label: 'Bravo', units: ['The storm reached the coast on Friday.', 'Schools stay closed until Monday.']},
			{label: 'Charlie', units: ['The storm hit the coast on Friday night.']},
			{label: 'Delta', units: ['The storm reached the coast on Friday.', 'Power was cut to 40,000 homes overnight.']},
			{label: 'Echo', units: ['A storm reached the coast on Friday.', 'About 40,000 homes lost power overnight.', 'Schools will stay closed until Monday.']},
		],
		[{cells: {0: 0, 1: 0, 2: 0, 3: 0, 4: 0}}, {cells: {3: 1, 4: 1}}, {cells: {0: 1}}, {cells: {1: 1, 4: 2}}],
		{title: 'Storm'},
	);
}
