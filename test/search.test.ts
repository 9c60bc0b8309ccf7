// The search engine on small hand-built stories (real split stage, hand-made rows and mentions) and on the demo.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import Fuse from 'fuse.js';
import type {Mention, MentionKind, NumberValue, Row, Story} from '../source/model.ts';
import {splitSource} from '../source/split/index.ts';
import {fold} from '../source/mentions/normalise.ts';
import {buildSearchIndex, hitsInReadingOrder, searchStory, PREVIEW_SIZE, type SearchResult} from '../source/search/index.ts';
import {FuzzyVocabulary, FUZZY_THRESHOLD} from '../source/search/fuzzy.ts';
import {parseQuery} from '../source/search/query.ts';
import {tokenize} from '../source/search/tokens.ts';
import {loadStory} from '../source/load.ts';
import {makeSources} from './helpers/story.ts';

interface MentionSpec {
	source: number; // 0-based source index
	text: string; // exact text, found in the source (first occurrence, or the nth)
	kind: MentionKind;
	key: string;
	nth?: number;
	number?: NumberValue;
}

/**
 * A story from article texts through the real split stage. By default each unit is its own row, rows
 * ordered by unit index then source (so the reading order interleaves sources); `rows` overrides that with
 * lists of unit ids. Mentions are hand-made so tests do not depend on the extractor.
 */
function storyOf(texts: string[], options: {mentions?: MentionSpec[]; rows?: string[][]} = {}): Story {
	const sources = makeSources(texts);
	const units = sources.flatMap(source => splitSource(source));
	const byId = new Map(units.map(unit => [unit.id, unit]));
	const rowUnits =
		options.rows ??
		[...units].sort((a, b) => a.index - b.index || a.source.localeCompare(b.source)).map(unit => [unit.id]);
	const rows: Row[] = rowUnits.map((ids, i) => {
		const present = sources.map(s => s.id).filter(id => ids.some(u => byId.get(u)!.source === id));
		return {id: `r${i + 1}`, units: ids, sources: present, status: present.length > 1 ? 'agree' : 'single', conflicts: [], position: i};
	});
	const mentions: Mention[] = (options.mentions ?? []).map((spec, i) => {
		const source = sources[spec.source]!;
		let start = -1;
		for (let n = 0; n <= (spec.nth ?? 0); n++) start = source.text.indexOf(spec.text, start + 1);
		assert.ok(start >= 0, `mention text "${spec.text}" is in source ${spec.source}`);
		const end = start + spec.text.length;
		const unit = units.find(u => u.source === source.id && u.start <= start && end <= u.end)!;
		return {id: `${source.id}.m${i + 1}`, source: source.id, unit: unit.id, start, end, text: spec.text, kind: spec.kind, key: spec.key, number: spec.number};
	});
	return {schema: 1, title: '', sources, units, rows, mentions};
}

function search(story: Story, query: string): SearchResult {
	return searchStory(buildSearchIndex(story), query);
}

function texts(result: SearchResult): string[] {
	return result.hits.map(hit => hit.text);
}

function assertWellFormed(story: Story, result: SearchResult): void {
	const sources = new Map(story.sources.map(s => [s.id, s]));
	const units = new Map(story.units.map(u => [u.id, u]));
	for (const hit of result.hits) {
		assert.equal(sources.get(hit.source)!.text.slice(hit.start, hit.end), hit.text, 'hit text is the source slice');
		const unit = units.get(hit.unit)!;
		assert.equal(unit.source, hit.source);
		assert.ok(unit.start <= hit.start && hit.end <= unit.end, 'hit lies inside its unit');
		assert.ok(hit.score > 0 && hit.score < 1);
	}
	assert.deepEqual(result.hits, hitsInReadingOrder(story, result.hits), 'hits come in reading order');
	const total = Object.values(result.perSource).reduce((a, b) => a + b, 0);
	assert.equal(total, result.hits.length, 'perSource adds up');
	assert.deepEqual(Object.keys(result.perSource), story.sources.map(s => s.id));
	assert.ok(result.preview.length <= PREVIEW_SIZE);
}

const news = storyOf([
	'Security chief Omar García Harfuch confirmed the transfer. President Claudia Sheinbaum spoke on Tuesday.\nThe U.S. received seven prisoners.',
	'Garcia Harfuch said 92 people were moved. Sheinbaum did not comment.\nOfficials in the United States said 50% of them were wanted.',
	'Mexico sent ninety-two inmates to the US. About 320 tons of drugs were seized.\nRoughly 50 per cent faced charges, and 50 people were freed. Officials told us 7 flights left.',
]);

test('accents and case are ignored', () => {
	for (const query of ['garcia', 'GARCÍA', 'García', 'gArCiA']) {
		const result = search(news, query);
		assert.deepEqual(texts(result), ['García', 'Garcia'], query);
		assert.ok(result.hits.every(hit => hit.exact));
		assertWellFormed(news, result);
	}
});

test('typos are tolerated, and such matches are marked inexact', () => {
	const harfuch = search(news, 'harfuh');
	assert.deepEqual(texts(harfuch), ['Harfuch', 'Harfuch']);
	assert.ok(harfuch.hits.every(hit => !hit.exact));
	assert.deepEqual(texts(search(news, 'sheinbam')), ['Sheinbaum', 'Sheinbaum']);
	assert.deepEqual(texts(search(news, 'shienbaum')), ['Sheinbaum', 'Sheinbaum'], 'a transposition');
	assert.deepEqual(texts(search(news, 'sheinbaun')), ['Sheinbaum', 'Sheinbaum'], 'a wrong last letter');
});

test('nonsense finds nothing', () => {
	for (const query of ['xqzvw', 'qwertyuiop', 'zzzz', 'harfuchxyzq', '!!!', '   ', '']) {
		const result = search(news, query);
		assert.deepEqual(result.hits, [], query);
		assert.deepEqual(result.preview, []);
		assert.equal(result.error, undefined);
	}
});

test('typed prefixes find the word being typed', () => {
	for (const query of ['h', 'ha', 'har', 'harf', 'harfu', 'harfuc', 'harfuch']) {
		assert.ok(texts(search(news, query)).includes('Harfuch'), query);
	}
	assert.deepEqual(texts(search(news, 'sheinb')), ['Sheinbaum', 'Sheinbaum']);
});

test('one- and two-letter queries match exactly or as a prefix, never fuzzily', () => {
	for (const query of ['o', 'om', 'us', 'se', 'ha']) {
		const result = search(news, query);
		assert.ok(result.hits.length > 0, query);
		for (const hit of result.hits) assert.ok(hit.exact, `${query} -> ${hit.text}`);
		for (const hit of result.hits) {
			const words = fold(hit.text).split(/[^\p{L}\p{N}]+/u);
			assert.ok(words.some(word => word.startsWith(fold(query).replace(/\./g, ''))) || /^(?:us|u\.s\.|united states)$/i.test(hit.text), `${query} -> ${hit.text}`);
		}
	}
});

test('figures: digits find number words and the reverse; a figure is a value, not a prefix', () => {
	const seven = search(news, '7');
	assert.deepEqual(texts(seven), ['seven', '7']);
	assert.deepEqual(texts(search(news, 'seven')), ['seven', '7']);
	assert.deepEqual(texts(search(news, '92')), ['92', 'ninety-two']);
	assert.deepEqual(texts(search(news, 'ninety-two')), ['92', 'ninety-two']);
	assert.deepEqual(texts(search(news, '9')), [], '"9" is not 92');
	assert.deepEqual(texts(search(news, '^9')), ['92'], 'unless asked for a prefix');
	assertWellFormed(news, seven);
});

test('figures: percent and units', () => {
	assert.deepEqual(texts(search(news, '50 percent')), ['50%', '50'], '"50%" and "50 per cent", not "50 people"');
	assert.deepEqual(texts(search(news, '50%')), ['50%', '50']);
	assert.deepEqual(texts(search(news, '50')), ['50%', '50', '50'], 'a bare figure matches with any unit');
	assert.deepEqual(texts(search(news, '320')), ['320']);
	assert.deepEqual(texts(search(news, '320 tons')), ['320']);
	assert.deepEqual(texts(search(news, '320 people')), [], 'a different unit is not this figure');
	assert.deepEqual(texts(search(news, '50 people')), ['50']);
});

test('aliases: "US" finds "U.S.", "United States" and "US"', () => {
	const result = search(news, 'US');
	const found = texts(result);
	for (const spelling of ['U.S.', 'United States', 'US']) assert.ok(found.includes(spelling), spelling);
	assert.ok(!found.some(text => /^the /i.test(text)), 'highlights start at the name, not at "the"');
	// Reading order: first sentences of every source first, so s3's "US" leads.
	assert.deepEqual(texts(search(news, 'united states')), ['US', 'U.S.', 'United States'], 'the common word "us" is not the country');
	assert.deepEqual(texts(search(news, 'usa')), ['US', 'U.S.', 'United States']);
	assertWellFormed(news, result);
});

test('smart case for acronyms: "US" typed in capitals is the country, not the pronoun; "us" still finds both', () => {
	// news: "The U.S. received", "to the US", "the United States", "Officials told us".
	for (const query of ['US', 'U.S.', "'US", '^US']) {
		const found = texts(search(news, query));
		for (const spelling of ['U.S.', 'US', ...(query === '^US' ? [] : ['United States'])]) assert.ok(found.includes(spelling), `${query} -> ${spelling}`);
		assert.ok(!found.includes('us'), `${query} skips "told us": ${found.join(', ')}`);
		assertWellFormed(news, search(news, query));
	}
	for (const query of ['us', 'Us', 'uS']) assert.ok(texts(search(news, query)).includes('us'), `${query}: case ignored`);
	// Known through a mention only ("United States", key "us"); a sentence's first "Us" and "used" are not the country.
	const story = storyOf(['Us first, he said of the United States. They used America as a base.', 'Officials told us the US agreed.', 'USA deal signed.'], {
		mentions: [{source: 0, text: 'United States', kind: 'place', key: 'us'}],
	});
	assert.deepEqual(texts(search(story, 'US')), ['United States', 'US', 'USA', 'America']);
	assert.deepEqual(texts(search(story, 'us')), ['Us', 'United States', 'us', 'US', 'USA', 'used', 'America']);
	// The hit counts of n/N and the status line follow the same rule.
	assert.deepEqual(search(story, 'US').perSource, {s1: 2, s2: 1, s3: 1});
});

test('smart case only for acronyms the story knows as a place or organisation', () => {
	const story = storyOf(['The WHO said the virus spread. Experts who study it agreed.', 'It was the IT team in Ohio.'], {
		mentions: [
			{source: 0, text: 'WHO', kind: 'organisation', key: 'world health organization'},
			{source: 1, text: 'Ohio', kind: 'place', key: 'ohio'},
		],
	});
	assert.deepEqual(texts(search(story, 'WHO')), ['WHO'], 'the organisation written as an acronym');
	assert.deepEqual(texts(search(story, 'who')), ['WHO', 'who']);
	// Rows go by sentence index: s2's first sentence ("It", "IT") reads before s1's second ("it").
	assert.deepEqual(texts(search(story, 'IT')), ['It', 'IT', 'it'], 'not a known name: case ignored');
	assert.deepEqual(texts(search(story, 'OHIO')), ['Ohio'], 'a short place name is not an acronym: case ignored');
});

test('demo story: "US" finds the country in every source and never the pronoun', async () => {
	const {story} = await loadStory([], {});
	const upper = search(story, 'US');
	const lower = search(story, 'us');
	assert.ok(lower.hits.some(hit => hit.text === 'us'), 'the demo has the pronoun ("helps us")');
	assert.ok(upper.hits.every(hit => !/^\p{Ll}+$/u.test(hit.text)), upper.hits.filter(hit => /^\p{Ll}+$/u.test(hit.text)).map(hit => hit.text).join(', '));
	assert.ok(Object.values(upper.perSource).every(n => n > 0));
	assert.equal(upper.hits.length, lower.hits.filter(hit => hit.text !== 'us').length, 'only the lower-case words are left out');
	assertWellFormed(story, upper);
});

test("operators: 'exact, ^prefix, !not", () => {
	assert.deepEqual(texts(search(news, "'harfuh")), [], 'exact allows no typo');
	assert.deepEqual(texts(search(news, "'harf")), [], 'exact is a whole word');
	assert.deepEqual(texts(search(news, "'harfuch")), ['Harfuch', 'Harfuch']);
	assert.deepEqual(texts(search(news, '^harf')), ['Harfuch', 'Harfuch']);
	assert.deepEqual(texts(search(news, '^arfuch')), [], 'prefix anchors at the word start');
	assert.deepEqual(texts(search(news, 'harfuch !omar')), ['Harfuch'], 'the sentence naming Omar is excluded');
	assert.deepEqual(texts(search(news, 'sheinbaum !TUESDAY')), ['Sheinbaum']);
	assert.deepEqual(texts(search(news, 'harfuch !garcía')), [], 'exclusion ignores accents too');
	const onlyNot = search(news, '!omar');
	assert.deepEqual(onlyNot.hits, []);
	assert.match(onlyNot.error ?? '', /exclu/);
	assert.deepEqual(parseQuery("'a ^b !c d !^e").map(t => t.op), ['exact', 'prefix', 'not', 'fuzzy', 'not']);
});

test('several terms must all match within one sentence; each term is highlighted', () => {
	const result = search(news, 'harfuch 92');
	assert.deepEqual(texts(result), ['Harfuch', '92']);
	assert.equal(new Set(result.hits.map(h => h.unit)).size, 1);
	assert.deepEqual(texts(search(news, 'harfuch tuesday')), [], 'in different sentences');
	assert.deepEqual(texts(search(news, 'sheinbaum xqzvw')), [], 'one term matching nothing matches nothing');
	assertWellFormed(news, result);
});

test('mentions weigh more than words and cover the words inside them', () => {
	const story = storyOf(['Omar García Harfuch spoke. Harfuch left.', 'The minister Harfuch agreed.'], {
		mentions: [
			{source: 0, text: 'Omar García Harfuch', kind: 'person', key: 'omar garcia harfuch'},
			{source: 0, text: 'Harfuch', kind: 'person', key: 'omar garcia harfuch', nth: 1},
		],
	});
	const result = search(story, 'harfuch');
	assert.deepEqual(result.hits.map(h => [h.text, h.kind]), [
		['Omar García Harfuch', 'person'],
		['Harfuch', 'word'], // s2 reads before s1's second sentence: rows go by sentence index
		['Harfuch', 'person'],
	]);
	const [mention, word] = result.hits;
	assert.ok(mention!.score > word!.score);
	assert.equal(result.preview[0]!.kind, 'person');
	assert.deepEqual(result.preview[0], {text: 'Omar García Harfuch', kind: 'person', sources: ['s1'], count: 2});
	assert.deepEqual(result.preview[1], {text: 'Harfuch', kind: 'word', sources: ['s2'], count: 1});
	// A mention is found through any word of its key, even one its text lacks.
	assert.deepEqual(texts(search(story, 'omar')), ['Omar García Harfuch', 'Harfuch']);
	assertWellFormed(story, result);
});

test('number mentions: "92" finds a mention written in words, with its key', () => {
	const story = storyOf(['Officials moved ninety-two inmates.', 'The count was 92.'], {
		mentions: [{source: 0, text: 'ninety-two inmates', kind: 'number', key: '92 inmate', number: {value: 92, min: 92, max: 92, vague: false, unit: 'inmate'}}],
	});
	const result = search(story, '92');
	assert.deepEqual(result.hits.map(h => [h.text, h.kind]), [['ninety-two inmates', 'number'], ['92', 'word']]);
	assert.deepEqual(texts(search(story, '92 inmates')), ['ninety-two inmates'], 'a unit narrows to the figure that has it');
	assertWellFormed(story, result);
});

test('figure mentions: one preview line per value; their words find only the occurrences that have them', () => {
	const value: NumberValue = {value: 37, min: 37, max: 37, vague: false, unit: 'member'};
	const story = storyOf(['Mexico sent 37 suspected members north.', 'It moved 37 cartel members.'], {
		mentions: [
			{source: 0, text: '37 suspected members', kind: 'number', key: '37 member', number: value},
			{source: 1, text: '37 cartel members', kind: 'number', key: '37 member', number: value},
		],
	});
	const figure = search(story, '37');
	assert.deepEqual(texts(figure), ['37 suspected members', '37 cartel members']);
	assert.deepEqual(figure.preview, [{text: '37 suspected members', kind: 'number', sources: ['s1', 's2'], count: 2}]);
	assert.deepEqual(texts(search(story, 'cartel')), ['37 cartel members']);
	assert.deepEqual(texts(search(story, '37 members')), ['37 suspected members', '37 cartel members']);
});

test('ranking: exact and prefix above fuzzy; ties keep reading order', () => {
	const story = storyOf(['Sheinbaun was misspelt here.', 'Sheinbaum spoke.', 'Sheinbaumova is another name.']);
	const result = search(story, 'sheinbaum');
	assert.deepEqual(result.preview.map(p => p.text), ['Sheinbaum', 'Sheinbaumova', 'Sheinbaun']);
	assert.deepEqual(texts(result), ['Sheinbaun', 'Sheinbaum', 'Sheinbaumova'], 'hits stay in reading order');
	const scores = Object.fromEntries(result.hits.map(h => [h.text, h.score]));
	assert.ok(scores.Sheinbaum! > scores.Sheinbaumova! && scores.Sheinbaumova! > scores.Sheinbaun!);
	// Equal scores: preview in reading order of first appearance.
	const tie = storyOf(['Harlow is near.', 'Harbin is far.', 'Harlem is here.']);
	assert.deepEqual(search(tie, 'har').preview.map(p => p.text), ['Harlow', 'Harbin', 'Harlem']);
	const longer = storyOf(['Mexicali town.', 'Mexican food.', 'Mexico is near.']);
	assert.deepEqual(search(longer, 'mex').preview.map(p => p.text), ['Mexico', 'Mexican', 'Mexicali'], 'a prefix covering more of the word ranks higher');
});

test('preview: distinct matches with their sources and counts, at most eight', () => {
	const story = storyOf(['Harfuch met Harfuch.', 'Harfuch again.']);
	assert.deepEqual(search(story, 'harfuch').preview, [{text: 'Harfuch', kind: 'word', sources: ['s1', 's2'], count: 3}]);
	const many = storyOf(['alpha1 alpha2 alpha3 alpha4 alpha5 alpha6 alpha7 alpha8 alpha9 alpha10.', 'Nothing here.']);
	const result = search(many, 'alpha');
	assert.equal(result.hits.length, 10);
	assert.equal(result.preview.length, PREVIEW_SIZE);
});

test('reading order: row by row, column by column, then offset; units in no row last', () => {
	const story = storyOf(['Harfuch one. Harfuch two.', 'Harfuch three. Harfuch four.'], {rows: [['s1.u2', 's2.u1'], ['s1.u1']]});
	const result = search(story, 'harfuch');
	assert.deepEqual(result.hits.map(h => h.unit), ['s1.u2', 's2.u1', 's1.u1', 's2.u2']);
	const shuffled = [...result.hits].reverse();
	assert.deepEqual(hitsInReadingOrder(story, shuffled), result.hits);
});

test('word offsets point into the source text, across lines and glued punctuation', () => {
	const story = storyOf(['Intro line.\nThe minister, Harfuch,said "García" (again).', 'Other.Harfuch’s view.']);
	const result = search(story, 'harfuch');
	assert.deepEqual(texts(result), ['Harfuch', 'Harfuch’s']);
	assertWellFormed(story, result);
	assert.deepEqual(tokenize('the U.S. and 1,200 tons, 3.5% rise; security.According').map(t => t.raw), ['the', 'U.S.', 'and', '1,200', 'tons', '3.5%', 'rise', 'security', 'According']);
});

test('the same query twice is served from the cache; the index is reused across queries', () => {
	const index = buildSearchIndex(news);
	const first = searchStory(index, 'harfuh');
	assert.equal(searchStory(index, 'harfuh'), first);
	assert.deepEqual(searchStory(buildSearchIndex(news), 'harfuh'), first);
});

test('fuzzy candidates lose nothing fuse.js would find over the whole vocabulary', () => {
	const words = [...new Set(news.units.flatMap(u => u.text.toLowerCase().match(/\p{L}+/gu) ?? []))].map(w => fold(w));
	const vocabulary = new FuzzyVocabulary(words);
	const fuse = new Fuse(words, {includeScore: true, isCaseSensitive: true, threshold: FUZZY_THRESHOLD, location: 0, distance: 4, ignoreFieldNorm: true});
	const typos = (word: string) => [word.slice(1), word.slice(0, -1) + 'x', word.slice(0, 2) + word.slice(3), word[1]! + word[0]! + word.slice(2), word + 's'];
	for (const word of words.filter(w => w.length >= 5)) {
		for (const typo of typos(word)) {
			const fast = new Set(vocabulary.match(typo).map(m => words[m.id]));
			const full = fuse.search(typo).map(r => r.item).filter(w => w.length >= typo.length - Math.floor(typo.length * FUZZY_THRESHOLD));
			for (const found of full) assert.ok(fast.has(found), `${typo} -> ${found}`);
		}
	}
});

test('demo story: "harfuh" finds Harfuch in at least four sources', async () => {
	const {story} = await loadStory([], {});
	const result = search(story, 'harfuh');
	assert.ok(result.hits.length >= 6, `${result.hits.length} hits`);
	assert.ok(Object.values(result.perSource).filter(n => n > 0).length >= 4);
	assert.ok(result.hits.every(hit => /harfuch/i.test(hit.text)));
	assert.match(result.preview[0]!.text, /Harfuch/);
	assertWellFormed(story, result);
	for (const query of ['sheinbaum', '37', 'US', 'houston', 'ninety two', 'xqzvw']) assertWellFormed(story, search(story, query));
	assert.deepEqual(search(story, 'xqzvw').hits, []);
});

test('a tally query ("3-2") finds that vote or score, not other tallies or plain figures of the same number', () => {
	const tally = (a: number, b: number): NumberValue => ({value: a, min: a, max: a, vague: false, tally: [a, b]});
	const story = storyOf(['The justices split 3–2 on the permit. Three judges sat.', 'In a 4-1 decision, the court ruled. It took 3 years.'], {
		mentions: [
			{source: 0, text: '3–2', kind: 'number', key: '3-2', number: tally(3, 2)},
			{source: 1, text: '4-1', kind: 'number', key: '4-1', number: tally(4, 1)},
			{source: 1, text: '3 years', kind: 'number', key: '3 year', number: {value: 3, min: 3, max: 3, vague: false, unit: 'year'}},
		],
	});
	assert.deepEqual(texts(search(story, '3-2')), ['3–2']);
	assert.deepEqual(texts(search(story, '4-1')), ['4-1']);
	assert.ok(!texts(search(story, '3 years')).includes('3–2'));
});

test('a figure followed by a name is two terms ("37 Harfuch"), not a figure counting that name', () => {
	const story = storyOf(['Mexico sent 37 suspects on Tuesday. Harfuch said 37 were cartel members.', 'Harfuch spoke on Monday. The 37 suspects flew to Washington.'], {
		mentions: [
			{source: 0, text: '37 suspects', kind: 'number', key: '37 suspect', number: {value: 37, min: 37, max: 37, vague: false, unit: 'suspect'}},
			{source: 0, text: '37', nth: 1, kind: 'number', key: '37', number: {value: 37, min: 37, max: 37, vague: false}},
			{source: 1, text: '37 suspects', kind: 'number', key: '37 suspect', number: {value: 37, min: 37, max: 37, vague: false, unit: 'suspect'}},
		],
	});
	const both = search(story, '37 Harfuch');
	assert.ok(both.hits.length > 0);
	// Only the sentence holding both: "Harfuch said 37 were cartel members."
	const sentences = new Set(both.hits.map(hit => story.units.find(u => u.start <= hit.start && hit.end <= u.end)!.text));
	assert.deepEqual([...sentences], ['Harfuch said 37 were cartel members.']);
	assert.deepEqual(texts(search(story, 'Harfuch 37')).sort(), texts(both).sort());
	assert.equal(texts(search(story, '37 suspects')).length, 2, 'a figure with its unit is still one phrase');
});

test('Chinese and Japanese text is found without spaces: by two-character pieces, or one character', () => {
	const story = storyOf(['市長は12人が死亡したと述べた。救助隊は夜通し作業した。', 'The bridge 橋 collapsed. 为什么桥倒塌了？']);
	const sentence = (query: string) => [...new Set(search(story, query).hits.map(hit => story.units.find(u => u.start <= hit.start && hit.end <= u.end && u.source === hit.source)!.text))];
	assert.deepEqual(sentence('死亡'), ['市長は12人が死亡したと述べた。']);
	assert.deepEqual(sentence('死亡した'), ['市長は12人が死亡したと述べた。'], 'every piece of a longer term must match in the sentence');
	assert.deepEqual(sentence('死亡作業'), [], 'pieces spread over two sentences do not match');
	assert.deepEqual(sentence('橋').sort(), ['The bridge 橋 collapsed.', '为什么桥倒塌了？'].filter(t => t.includes('橋')).sort());
	assert.deepEqual(sentence('倒塌'), ['为什么桥倒塌了？']);
	for (const hit of search(story, '死亡').hits) assert.equal(story.sources.find(s => s.id === hit.source)!.text.slice(hit.start, hit.end), hit.text);
});
