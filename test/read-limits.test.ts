// Read-stage limits and the scans behind them: HTML nesting measured as the DOM builder will nest,
// Markdown comments removed in linear time, and the story-wide sentence and character limits.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {parseHTML} from 'linkedom';
import {scanNesting} from '../source/read/html-nesting.ts';
import {extractHtml} from '../source/read/html.ts';
import {removeHtmlComments, markdownToText} from '../source/read/markdown.ts';
import {countSentences, MAX_HTML_DEPTH, MAX_STORY_CHARS, MAX_STORY_SENTENCES} from '../source/read/limits.ts';
import {readInputs} from '../source/read/index.ts';
import {splitSource} from '../source/split/index.ts';
import {moduleUrl, runGuarded} from './helpers/guarded.ts';

const root = path.resolve(import.meta.dirname, '..');
const AFP = path.join(root, 'fixtures/demo/1-afp.txt');

/** Depth of the deepest element linkedom builds for `html`. */
function domDepth(html: string): number {
	const {document} = parseHTML(html) as unknown as {document: {childNodes: ArrayLike<DomLike>}};
	type DomLike = {nodeType: number; childNodes: ArrayLike<DomLike>};
	let max = 0;
	const stack: Array<[DomLike, number]> = Array.from(document.childNodes).map(node => [node, 1]);
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		if (node.nodeType !== 1) continue;
		max = Math.max(max, depth);
		for (const child of Array.from(node.childNodes)) stack.push([child, depth + 1]);
	}
	return max;
}

const markupPiece = fc.constantFrom(
	'<div>', '</div>', '<p>', '</p>', '<li>', '<ul>', '</ul>', '<b>', '</b>', '<br>', '</br>', '<img src=x>', '<div/>', '<svg>', '</svg>', '<g/>', '<g>', '</g>',
	'<path d=M0/>', '<math>', '<mi>', '</mi>', '<foreignObject>', '</foreignObject>', '<script>', '</script>', '<script/>', '<style>', '</style >', '<title>',
	'</title>', '<textarea>', '<xmp>', '</xmp>', '<!--', '-->', '<!-->', '<!doctype html>', '<![CDATA[', ']]>', '<?x ?>', '< div>', '</ div>', '</3>', '<3', '</>',
	'<a href="x>y">', "<a b='<div>'>", '<a =">">', '<a b=c/>', '<a b / >', '<td>', '<tr>', '<table>', '</table>', '<dd>', '<dt>', '<option>', '<select>', '<h1>',
	'<body>', '<head>', '<html>', '</html>', 'text', ' ', '>', '<', '/', '"', "'", '=', '<DIV>', '</DIV >', '<div\n>', '</p\n x>', '<input>', '</input>', '<SCRIPT>',
	'</SCRIPT>', '</scriptx>', '</script/>',
);

test('property: the nesting scan gives the depth of the DOM linkedom builds, on random markup', () => {
	fc.assert(
		fc.property(fc.array(markupPiece, {maxLength: 120}), pieces => {
			const html = pieces.join('');
			assert.equal(scanNesting(html).depth, domDepth(html), JSON.stringify(html));
		}),
		{numRuns: 1500},
	);
});

test('comments, scripts and attribute values do not count as nesting; self-closing divs do', async () => {
	// Six thousand comments once read as 6,000 open tags and the page was refused as too deep.
	const commented = `<html><body><article><h1>Rain in Lima</h1><p>${'Water rose <!-- ad slot --> '.repeat(6000)}It rained in Lima on Tuesday, officials said.</p></article></body></html>`;
	assert.ok(scanNesting(commented).depth < 10);
	assert.match((await extractHtml(commented)).text, /It rained in Lima on Tuesday, officials said\./);
	assert.ok(scanNesting(`<div><script>${'document.write("<div>");'.repeat(10_000)}</script></div>`).depth <= 2);
	assert.ok(scanNesting(`<div title="${'<div>'.repeat(10_000)}">x</div>`).depth <= 1);
	// "<div/>" is not self-closing in HTML: each one stays open, and a page of them is refused.
	const selfClosing = `<html><body>${'<div/>'.repeat(100_000)}It rained.</body></html>`;
	assert.ok(scanNesting(selfClosing).depth > 100_000);
	await assert.rejects(extractHtml(selfClosing), /nested more than 5,000 levels deep/);
	// Inside SVG it is: a long drawing stays flat.
	assert.ok(scanNesting(`<svg>${'<path d="M0 0"/>'.repeat(10_000)}</svg>`).depth <= 2);
});

// Before the fixes: the 1.2 million stray end tags took 4.5 s to parse, the unterminated tag over a minute
// (the depth pattern retried at every "<"), and 80,000 headlines among ads about a minute and a half
// (every ad was checked against every headline).
test('pathological HTML stops with a clear message or completes, in bounded time', () => {
	const html = moduleUrl('source/read/html.ts');
	const results = runGuarded<Array<string>>(
		`import {extractHtml} from ${JSON.stringify(html)};
		const pages = [
			'<html><body>' + '<div>'.repeat(100000) + 'It rained.' + '</div>'.repeat(100000) + '</body></html>',
			'<html><body>' + '<div>'.repeat(4900) + '</x>'.repeat(1200000) + '</body></html>',
			'<html><body>' + '<a '.repeat(300000),
			'<html><body>' + '<script> x '.repeat(100000),
			'<html><body>' + '<h1>Rain</h1><div class="ad">Buy now</div>'.repeat(80000) + '<p>It rained in Lima on Tuesday, officials said.</p></body></html>',
		];
		const out = [];
		for (const page of pages) {
			try { out.push('text: ' + (await extractHtml(page)).text.slice(-60)); } catch (error) { out.push('error: ' + error.message); }
		}
		console.log(JSON.stringify(out));`,
		60_000,
		'extracting pathological HTML',
	);
	assert.match(results[0]!, /^error: HTML is nested more than 5,000 levels deep; not a readable page$/);
	assert.match(results[1]!, /^error: HTML holds too many tags inside deeply nested elements to parse in reasonable time; not a readable page$/);
	assert.equal(results[2], 'text: ', 'an unterminated tag to the end of the page: no text, no hang');
	assert.equal(results[3], 'text: ', 'an unclosed script: the rest is script text');
	assert.match(results[4]!, /It rained in Lima on Tuesday, officials said\.$/);
	assert.equal(MAX_HTML_DEPTH, 5000);
});

test('property: Markdown comment removal matches the bounded pattern, in linear time', () => {
	const pattern = (text: string) => text.replace(/<!--[\s\S]{0,100000}?-->/g, '');
	const piece = fc.constantFrom('<!--', '-->', '<!-->', '<!---->', '--', '<!', '>', 'text', ' ', '\n', '-');
	fc.assert(
		fc.property(fc.array(piece, {maxLength: 60}), pieces => {
			const text = pieces.join('');
			assert.equal(removeHtmlComments(text), pattern(text));
		}),
		{numRuns: 2000},
	);
	// A comment longer than the bound stays text, as with the pattern.
	const long = `a <!-- ${'x'.repeat(100_001)} --> b <!-- c --> d`;
	assert.equal(removeHtmlComments(long), pattern(long));
	const markdown = moduleUrl('source/read/markdown.ts');
	const length = runGuarded<number>(
		`import {markdownToText} from ${JSON.stringify(markdown)};
		console.log(JSON.stringify(markdownToText('<!-- '.repeat(250000) + 'It rained.').text.length));`,
		60_000,
		'Markdown with 250,000 unclosed comments',
	);
	assert.ok(length > 0);
	assert.equal(markdownToText('Before <!-- hidden --> after.').text, 'Before after.');
});

test('countSentences: one per unit the splitter makes on plain prose, never fewer on the fixtures', async () => {
	assert.equal(countSentences('It rained. '.repeat(1000)), 1000);
	assert.equal(countSentences('Title\n\nOne. Two!  Three?\n  \nFour…'), 5);
	assert.equal(countSentences(''), 0);
	const read = await readInputs(['fixtures/demo', 'fixtures/html', 'fixtures/markdown', 'fixtures/edge'].map(dir => path.join(root, dir)));
	assert.ok(read.sources.length >= 10);
	for (const source of read.sources) assert.ok(countSentences(source.text) >= splitSource(source).length, source.path);
});

test('story-wide limits: too many sentences or characters stop the read with one line naming the largest sources', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-limits-'));
	const tiny = path.join(dir, 'tiny.txt');
	fs.writeFileSync(tiny, 'It rained. '.repeat(MAX_STORY_SENTENCES));
	const ok = await readInputs([tiny, AFP]);
	assert.match(ok.errors[0] ?? '', /the sources hold about 250,0\d\d sentences together, more than the 250,000 one comparison can take \(largest: .*tiny\.txt 250,000, .*1-afp\.txt \d+\)/);
	const half = path.join(dir, 'half.txt');
	fs.writeFileSync(half, 'It rained. '.repeat(100_000));
	const two = await readInputs([half, half]);
	assert.deepEqual(two.errors, [], '100,000 tiny sentences in each of two files are within the limit');
	const small = await readInputs([half, AFP], {maxSentences: 50_000});
	assert.equal(small.errors.length, 1);
	const chars = await readInputs([half, AFP], {maxChars: 1_000_000});
	assert.match(chars.errors[0]!, /the sources hold 1\.1 million characters together, more than the 1 million one comparison can take \(largest: .*half\.txt 1\.1 million, /);
	assert.equal(MAX_STORY_CHARS, 20_000_000);
});
