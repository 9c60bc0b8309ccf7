import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {extractHtml, estimateDepth, looksLikeHtml} from '../source/read/html.ts';
import {readInputs} from '../source/read/index.ts';
import {analyse} from '../source/pipeline.ts';

const fixture = (name: string) => fs.readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');
const fixturePath = (name: string) => fileURLToPathSafe(new URL(`../fixtures/${name}`, import.meta.url));
function fileURLToPathSafe(url: URL): string {
	return decodeURIComponent(url.pathname);
}
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

const CHROME = [
	'cookie', 'Accept all', 'Advertisement', 'Buy gold', 'Related stories', 'Sheinbaum rejects any', 'Comments (42)', 'Finally some action',
	'newsletter', 'Support independent journalism', 'Most read', 'Gulf of America', 'All rights reserved', 'Privacy policy', 'Share on',
	'Injected by a script', 'Script replaced', 'United States</a>', 'Home', 'Voz media US', 'Williams Perdomo', 'AFP.',
];

test('news page: article text without site chrome, scripts, ads, related lists, cookie banner or comments', async () => {
	const page = await extractHtml(fixture('voz-article.html'));
	for (const junk of CHROME) assert.ok(!page.text.includes(junk), `leaked: ${junk}`);
	assert.equal(page.title, 'Mexico hands over 37 members of criminal organizations to the U.S.');
	assert.ok(page.text.startsWith(page.title + '\n\n'));
	assert.deepEqual(page.meta, {siteName: 'Voz', byline: 'Williams Perdomo', published: '2026-01-20T14:05:00-05:00'});
	// Paragraphs are separated by blank lines; no line is empty inside a paragraph.
	assert.ok(!/\n{3,}/.test(page.text));
	assert.ok(page.text.split('\n\n').length >= 15);
	// Headings: the headline and both h2 subheadings, each on a line of its own.
	const headingLines = page.headings.map(start => page.text.slice(start, page.text.indexOf('\n', start) === -1 ? undefined : page.text.indexOf('\n', start)));
	assert.deepEqual(headingLines, [page.title, 'Renewed pressure from Trump', "Trump's call with Sheinbaum"]);
	for (const start of page.headings) assert.ok(start === 0 || page.text.slice(start - 2, start) === '\n\n');
});

test('HTML version of a demo article gives the same claim sentences and alignment as its plain text', async () => {
	const others = ['demo/1-afp.txt', 'demo/3-explainer.txt', 'demo/5-independent.txt'].map(fixturePath);
	const run = async (first: string) => {
		const read = await readInputs([first, ...others]);
		assert.deepEqual(read.errors, []);
		const story = analyse(read.sources);
		const units = new Map(story.units.map(u => [u.id, u]));
		const claims = story.units.filter(u => u.source === 's1' && u.kind === 'claim').map(u => norm(u.text));
		const pairs = new Set<string>();
		for (const row of story.rows) {
			const members = row.units.map(id => units.get(id)!);
			for (const a of members) for (const b of members) if (a.source === 's1' && b.source !== 's1' && a.kind === 'claim') pairs.add(`${norm(a.text)} | ${b.source}:${norm(b.text)}`);
		}
		return {claims, pairs, source: read.sources[0]!};
	};
	const plain = await run(fixturePath('demo/2-voz.txt'));
	const html = await run(fixturePath('html/voz-article.html'));
	assert.equal(html.source.format, 'html');
	assert.equal(html.source.extracted, true);
	assert.equal(html.source.label, 'Voz'); // from og:site_name
	assert.deepEqual(html.claims, plain.claims);
	// Alignment: the cross-source pairs agree (Jaccard), allowing for small weighting differences.
	const shared = [...plain.pairs].filter(p => html.pairs.has(p)).length;
	const union = new Set([...plain.pairs, ...html.pairs]).size;
	assert.ok(union === 0 || shared / union >= 0.9, `pair overlap ${shared}/${union}`);
});

test('a div-layout page with JSON-LD @graph metadata, inline ads, hidden text and line breaks', async () => {
	const page = await extractHtml(fixture('harbour-report.html'));
	assert.equal(page.title, 'Port workers end strike after pay deal');
	assert.deepEqual(page.meta, {siteName: 'The Coastal Herald', byline: 'Ana Ruiz, Tom Okafor', published: '2025-03-04'});
	for (const junk of ['Holiday deals', 'ADVERTISEMENT', 'Hidden tracking', 'Most popular', 'cycle lanes', 'morning briefing', 'Loading comments', 'Front page', 'Log in', 'Careers']) {
		assert.ok(!page.text.includes(junk), `leaked: ${junk}`);
	}
	// A <br> inside a sentence does not cut it.
	assert.ok(page.text.includes('four a week and adds two days'));
	assert.ok(page.text.includes('What the deal includes'));
	assert.equal(page.headings.length, 2);
	assert.ok(page.text.endsWith('around 30 million euros.'));
});

test('site name falls back to JSON-LD publisher; title drops the "| Site" suffix', async () => {
	const html = `<html><head><title>Rain returns | North Gazette</title><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"North Gazette"}}</script></head>
	<body><p>${'Rain returned to the valley on Monday after a dry month, farmers said. '.repeat(8)}</p></body></html>`;
	const page = await extractHtml(html);
	assert.equal(page.meta.siteName, 'North Gazette');
	assert.equal(page.title, 'Rain returns');
});

test('a tiny page with no article container still yields its text', async () => {
	const page = await extractHtml('<p>Short note about the vote.</p>');
	assert.match(page.text, /Short note about the vote\./);
});

test('deeply nested HTML completes quickly or stops with a clear message', async () => {
	const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<p>The council met on Monday. It approved the budget.</p>${'</div>'.repeat(depth)}</body></html>`;
	const moderate = await extractHtml(nested(3000)); // past the reader's depth: iterative fallback
	assert.match(moderate.text, /It approved the budget\./);
	await assert.rejects(extractHtml(nested(20_000)), /nested more than 5,000 levels deep/);
	assert.ok(estimateDepth(nested(50)) >= 50);
	assert.ok(estimateDepth('<p>a<p>b<p>c<br><img src=x>') <= 2);
});

test('HTML is recognised by content and a hostile page becomes a warning, not a crash', async () => {
	assert.ok(looksLikeHtml('\uFEFF<!DOCTYPE html><html><body>x'));
	assert.ok(looksLikeHtml('<!-- saved page --> <html>'));
	assert.ok(!looksLikeHtml('The <b> tag was mentioned in the article.'));
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-html-'));
	const saved = path.join(dir, 'saved-page.txt');
	fs.writeFileSync(saved, fixture('harbour-report.html'));
	const deep = path.join(dir, 'deep.html');
	fs.writeFileSync(deep, '<div>'.repeat(30_000));
	const read = await readInputs([saved, deep]);
	assert.equal(read.sources.length, 1);
	assert.equal(read.sources[0]!.format, 'html');
	assert.equal(read.sources[0]!.label, 'The Coastal Herald');
	assert.equal(read.warnings.length, 1);
	assert.match(read.warnings[0]!, /deep\.html: HTML is nested more than/);
});

test("text hidden by the page's own <style> rules is removed; print, width-query and overridden rules keep it", async () => {
	const prose = (n: number) => `The council approved the harbour budget on Monday after a long debate, member ${n} said. `.repeat(3);
	const page = (style: string, body: string, attrs = '') =>
		`<!DOCTYPE html><html><head><title>Budget passes</title><style${attrs}>${style}</style></head><body><article class="story" id="main"><h1>Budget passes</h1>
		<p>${prose(1)}</p>${body}<p>${prose(2)}</p></article></body></html>`;
	const text = async (style: string, body: string, attrs = '') => (await extractHtml(page(style, body, attrs))).text;
	// Hidden: a class, an id, tag.class, a selector list, visibility, !important, @media screen, comments in the way.
	const hidden = await text(
		`/* { */ .hidden{display:none} #teaser { display : none !important } div.promo{visibility:hidden}
		h2, .also-gone {color:red; display:none} @media screen { .screen-only-hide { display: none } } .md\\:hide{display:none}`,
		`<p class="lead hidden">Five hundred people were feared dead, a hidden teaser said.</p>
		<p id="teaser">Teaser by id.</p><div class="promo x">Promo by tag and class.</div><p class="also-gone">In a selector list.</p>
		<p class="screen-only-hide">Hidden on screens.</p><p class="md:hide">Escaped class name.</p>`,
	);
	for (const leaked of ['Five hundred', 'Teaser by id', 'Promo by tag', 'selector list', 'Hidden on screens', 'Escaped class']) assert.ok(!hidden.includes(leaked), `leaked: ${leaked}`);
	assert.ok(hidden.includes('member 1 said') && hidden.includes('member 2 said'));
	// Kept: rules that do not say how the article reads on a screen, or that are undone.
	const kept = await text(
		`@media print { .print-hide { display: none } } @media (max-width: 600px) { .narrow-hide { display: none } }
		.hidden { display: none } @media (min-width: 768px) { .md\\:block { display: block } }
		.undone { display: none } .undone { display: block } .shown { display: block } .gone:hover { display: none } .wrap .nested { display: none }
		span.box { display: none } .a.b { display: none }`,
		`<p class="print-hide">Kept from print rules.</p><p class="narrow-hide">Kept from width rules.</p>
		<p class="hidden md:block">Kept on wide screens.</p><p class="undone">Kept when undone.</p><p class="hidden shown">Kept when shown again.</p>
		<p class="gone">Kept from pseudo-classes.</p><div class="wrap"><p class="nested">Kept from descendant rules.</p></div>
		<p class="box">Kept from another tag.</p><p class="a">Kept with one class of two.</p><p class="hidden" style="display: block">Kept by inline style.</p>`,
	);
	for (const keptText of ['from print', 'from width', 'on wide screens', 'when undone', 'when shown again', 'from pseudo', 'from descendant', 'from another tag', 'with one class of two', 'by inline style']) {
		assert.ok(kept.includes(`Kept ${keptText}`), `dropped: ${keptText}`);
	}
	// A <style media="print"> block hides nothing on screen.
	assert.ok((await text('.hidden{display:none}', '<p class="hidden">Print sheet.</p>', ' media="print"')).includes('Print sheet.'));
	// The article itself is never removed, whatever the stylesheet says.
	assert.ok((await text('article.story{display:none} #main{display:none}', '')).includes('member 1 said'));
});

test('page style rules: hostile style blocks stay bounded and never throw', async () => {
	const {hiddenRules, matchesHidden, MAX_STYLE_CHARS, MAX_COMPOUND_SELECTORS} = await import('../source/read/css-hidden.ts');
	// A rule past the character cap is not read.
	const late = hiddenRules([{text: `${' '.repeat(MAX_STYLE_CHARS)}.late{display:none}`}]);
	assert.equal(matchesHidden(late, 'p', null, 'late', null), false);
	// Compound selectors past their cap are not tracked; single-class ones still are.
	const many = Array.from({length: MAX_COMPOUND_SELECTORS + 10}, (_, i) => `p.c${i}{display:none}`).join('') + '.single{display:none}';
	const rules = hiddenRules([{text: many}]);
	assert.equal(matchesHidden(rules, 'p', null, 'c0', null), true);
	assert.equal(matchesHidden(rules, 'p', null, `c${MAX_COMPOUND_SELECTORS + 5}`, null), false);
	assert.equal(matchesHidden(rules, 'div', null, 'single', null), true);
	// Unclosed comments, strings and blocks, stray braces and deep nesting end the scan without error.
	for (const css of ['/*'.repeat(100_000), '"{'.repeat(100_000), '{'.repeat(100_000), '}'.repeat(100_000) + '.x{display:none}', '@media screen{'.repeat(10_000), 'a{b:"}'.repeat(50_000)]) {
		const parsed = hiddenRules([{text: css}]);
		assert.equal(typeof matchesHidden(parsed, 'p', 'x', 'x', null), 'boolean');
	}
	assert.equal(matchesHidden(hiddenRules([{text: '}'.repeat(1000) + '.x{display:none}'}]), 'p', null, 'x', null), true);
});

test('the standfirst in the article header is kept after the headline (Readability drops the header); chrome decks are not', async () => {
	const body = 'Crews worked through the night to protect homes on the ridge above the town, the county said on Tuesday. '.repeat(4);
	const page = (deck: string) =>
		`<!doctype html><html><head><title>Wildfire nears Marren</title></head><body><nav><p class="summary">Subscribe to our daily summary of the news for free</p></nav>` +
		`<article><header class="story-header"><h1>Wildfire nears Marren</h1>${deck}<p class="byline">By Jo Lee</p></header><p>${body}</p><p>${body}</p></article></body></html>`;
	const {text} = await extractHtml(page('<p class="article__standfirst">Fire officials say dozens of homes are gone and the blaze is barely contained</p>'));
	assert.match(text, /^Wildfire nears Marren\n\nFire officials say dozens of homes are gone and the blaze is barely contained\n\nCrews worked/);
	assert.ok(!text.includes('Subscribe'), 'a "summary" inside navigation is no standfirst');
	// Nothing is added twice when the body already carries the deck, or when the page has none.
	const plain = (await extractHtml(page(''))).text;
	assert.match(plain, /^Wildfire nears Marren\n\nCrews worked/);
});

test('paywall-marked text inside the article is article text (Google markup: .paywall, .non-paywall); premium/subscriber classes too', async () => {
	const para = (n: number) => `<p>The river crested at ${n} feet on Tuesday, the county said, and crews kept working along the levee through the night near the fairgrounds.</p>`;
	const page = (free: string, locked: string) =>
		`<!doctype html><html><head><title>River crests</title></head><body><main><article><h1>River crests above flood stage in Linwood</h1>` +
		`<section itemprop="articleBody"><div class="${free}">${para(1)}${para(2)}${para(3)}${para(4)}</div><div class="${locked}">${para(5)}${para(6)}</div></section>` +
		`</article></main></body></html>`;
	for (const [free, locked] of [['story-part', 'paywall'], ['non-paywall', 'paywall'], ['free-part', 'premium-body'], ['x', 'subscriber-only content']]) {
		const {text} = await extractHtml(page(free, locked));
		for (let n = 1; n <= 6; n++) assert.ok(text.includes(`crested at ${n} feet`), `${free}/${locked}: lost paragraph ${n}`);
	}
});

test('HTML entities in JSON-LD metadata are decoded: headline, publisher, author', async () => {
	const ld = JSON.stringify({
		'@type': 'NewsArticle',
		headline: '&#8220;Forty minutes&#8221;: what the dam failure means for the valley &#8211; a &lt;first&gt; look',
		publisher: {name: 'Tilden Valley &amp; Ridge Dispatch'},
		author: {name: 'Marta &Aacute;lvarez'},
	});
	const html = `<html><head><script type="application/ld+json">${ld}</script></head>
	<body><p>${'Operators had been releasing water through the spillway since Sunday evening, the utility said. '.repeat(6)}</p></body></html>`;
	const page = await extractHtml(html);
	assert.equal(page.title, '“Forty minutes”: what the dam failure means for the valley – a <first> look');
	assert.ok(page.text.startsWith(page.title + '\n\n'));
	assert.equal(page.meta.siteName, 'Tilden Valley & Ridge Dispatch');
	assert.equal(page.meta.byline, 'Marta Álvarez');
});

test("the text opens with the headline the reader sees (the article's h1), not a different og:title; data-attribute standfirsts are kept", async () => {
	const body = 'Crews worked through the night to shore up the levee above the town, the county said on Tuesday. '.repeat(4);
	const head = (extra = '') =>
		`<head><title>Levee fails, forcing thousands to flee - The Courier</title><meta property="og:title" content="Levee fails, forcing thousands to flee">` +
		`<meta property="og:site_name" content="The Courier"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Levee fails, forcing thousands to flee"}</script>${extra}</head>`;
	// A newspaper layout: a sponsor label above the article, the h1 and its summary in the article header.
	const paper = await extractHtml(
		`<!doctype html><html>${head()}<body><header><a href="/">The Courier</a></header><main><div><p>Supported by</p><div id="sponsor-wrapper">AD</div></div>` +
			`<article><header class="css-1vkm6nb"><h1 class="css-1f8er69">Levee gives way on the Tilden, and thousands flee the water</h1>` +
			`<p id="article-summary" class="css-79rysd">A levee built in 1958 failed before dawn on Monday. Inspectors had flagged it two years ago.</p></header>` +
			`<section itemprop="articleBody"><p>${body}</p><p>${body}</p></section></article></main></body></html>`,
	);
	assert.equal(paper.title, 'Levee gives way on the Tilden, and thousands flee the water');
	assert.match(paper.text, /^Levee gives way on the Tilden, and thousands flee the water\n\nA levee built in 1958 failed before dawn on Monday\. Inspectors had flagged it two years ago\.\n\nCrews worked/);
	assert.ok(!paper.text.includes('forcing thousands to flee') && !paper.text.includes('Supported by'));
	// Generated class names; the standfirst is named by a data attribute.
	const guardian = await extractHtml(
		`<!doctype html><html>${head()}<body><header class="dcr-1y7f2"><nav><a href="/">News</a></nav></header><main><article class="dcr-lk1m3">` +
			`<div data-gu-name="headline" class="dcr-1ov1d"><h1 class="dcr-1gpw">Levee gives way on the Tilden as thousands flee the surge</h1></div>` +
			`<div data-gu-name="standfirst" class="dcr-17ey4"><p>Levee built in 1958 gave way before dawn, two years after inspectors flagged it</p></div>` +
			`<div data-gu-name="body"><p>${body}</p><p>${body}</p></div></article></main></body></html>`,
	);
	assert.match(guardian.text, /^Levee gives way on the Tilden as thousands flee the surge\n\nLevee built in 1958 gave way before dawn, two years after inspectors flagged it\n\nCrews worked/);
	// No usable h1: the site's logo, a hidden one, or a label too short for a headline; then og:title / JSON-LD is the title.
	for (const h1 of ['<header><h1>The Courier</h1></header>', '<article><h1 class="sr-only">Levee gives way on the Tilden today</h1></article>', '<article><h1 class="hide">Levee gives way on the Tilden today</h1></article>', '<main><h1>Live</h1></main>']) {
		const page = await extractHtml(`<!doctype html><html>${head('<style>.hide{display:none}</style>')}<body>${h1}<div><p>${body}</p><p>${body}</p></div></body></html>`);
		assert.equal(page.title, 'Levee fails, forcing thousands to flee', h1);
		assert.ok(page.text.startsWith(page.title + '\n\n'), h1);
	}
});

test('subheadings in the article survive Readability whatever their class ("subheader"); related-link headings outside stay out', async () => {
	const prose = (n: number) => `<p class="paragraph">The county said ${n} crews were working on the levee through the night, and residents were told to stay away from the river.</p>`;
	const html =
		`<!doctype html><html><head><title>Levee fails</title></head><body><div class="layout__main"><h1 class="headline__text">Survivors describe a wall of brown water</h1>` +
		`<div class="article__content" itemprop="articleBody">${prose(1)}${prose(2)}${prose(3)}</div>` +
		`<div class="article__content"><h2 class="subheader" data-component-name="subheader">A gate flagged in 2024</h2>${prose(4)}${prose(5)}` +
		`<h3 id="page-header-2">What comes next</h3>${prose(6)}</div>` +
		`<div class="zone"><h2 class="zone__header">More from the network</h2><div class="card"><a href="/x">Storm knocks out power to 40,000 in Washington state</a></div></div>` +
		`<div class="rail"><h3 class="rail-header">Most watched</h3><ul><li><a href="/y">Video: drone footage shows scale of flooding</a></li></ul></div></div></body></html>`;
	const page = await extractHtml(html);
	const lines = page.headings.map(start => page.text.slice(start).split('\n')[0]);
	assert.deepEqual(lines, ['Survivors describe a wall of brown water', 'A gate flagged in 2024', 'What comes next']);
	for (let n = 1; n <= 6; n++) assert.ok(page.text.includes(`said ${n} crews`), `lost paragraph ${n}`);
	for (const leaked of ['More from the network', 'Most watched', 'Storm knocks out', 'drone footage']) assert.ok(!page.text.includes(leaked), `leaked: ${leaked}`);
});

test('words are not glued across separate items (time parts, metadata spans, dateline and source); words split by inline tags stay whole', async () => {
	const {parseHTML} = await import('linkedom');
	const {collectParagraphs} = await import('../source/read/html.ts');
	const lines = (html: string) => collectParagraphs(parseHTML(`<html><body>${html}</body></html>`).document.body as never).map(p => p.text);
	// Separate items a browser shows apart (the page's CSS makes them blocks or adds margins).
	assert.deepEqual(lines('<div><time datetime="x"><span>November 24, 2026</span><span>6:12 AM UTC</span><span>Updated 2 hours ago</span></time></div>'), ['November 24, 2026 6:12 AM UTC Updated 2 hours ago']);
	assert.deepEqual(lines('<div class="meta"><span class="author">Author: KCRN Staff</span><span class="date">Published: 6:05 AM PST</span></div>'), ['Author: KCRN Staff Published: 6:05 AM PST']);
	assert.deepEqual(lines('<p><cite><span class="loc">Corran Falls, Oregon</span><span class="src">NWN</span> — </cite>Ruth Abernathy heard the sirens.</p>'), ['Corran Falls, Oregon NWN — Ruth Abernathy heard the sirens.']);
	assert.deepEqual(lines('<li><a href="/x"><span>Oregon orders review of dams</span></a><time>2:14 PM UTC</time></li>').map(t => t.replace(/^• /, '')), ['Oregon orders review of dams 2:14 PM UTC']);
	assert.deepEqual(lines('<div><a href="/x"><span>Suspects handed over to U.S.</span></a><time>11:48 AM UTC</time></div>'), ['Suspects handed over to U.S. 11:48 AM UTC']);
	// One word split across inline tags, or letter by letter, stays one word; punctuation and existing spaces are left alone.
	assert.deepEqual(lines('<p><b>Wash</b>ington and <em>un</em><strong>likely</strong> and <span class="a">Port</span><span class="b">land</span> and <span>W</span><span>o</span><span>w</span> and <i>a.m.</i></p>'), ['Washington and unlikely and Portland and Wow and a.m.']);
	assert.deepEqual(lines('<p><span class="x">Tom said:</span><span class="y">“Yes.”</span> <span>Left</span> <span>right</span></p>'), ['Tom said:“Yes.” Left right']);
	// A whole page: the wire dateline reads as the reader sees it.
	const page = await extractHtml(
		`<!doctype html><html><head><title>Dam fails</title></head><body><article><h1>Spillway gives way at Oregon dam</h1>` +
			`<div class="byline"><time datetime="2026-11-24"><span>November 24, 2026</span><span>6:12 AM UTC</span></time></div>` +
			`<p>${'Water poured through the gap for hours after the gate failed, officials said on Monday. '.repeat(5)}</p></article></body></html>`,
	);
	assert.ok(!page.text.includes('20266:12'), page.text);
});

test('list items keep their list-ness ("• ", "1. "); a data table gives one line per row, cells separated by " | "', async () => {
	const prose = 'Crews worked through the night to shore up the levee above the town, the county said on Tuesday. '.repeat(3);
	const html =
		`<!doctype html><html><head><title>Levee fails</title></head><body><article><h1>Levee fails above Linwood</h1><p>${prose}</p>` +
		`<h2>Key facts</h2><ul><li>About 2,500 people evacuated from Corran Falls</li><li>Highway 217 closed<ul><li>Reopening not expected before Friday</li></ul></li><li></li></ul>` +
		`<ul><li><a href="/a">Mexico hands over 37 suspects to U.S.</a><time>11:48 AM UTC</time></li><li><a href="/b">Power prices jump as hydro output falls</a></li></ul>` +
		`<p>${prose}</p><ol start="3"><li><p>Third step: leave by the north road</p></li><li>Fourth step: register at the shelter</li></ol>` +
		`<table><caption>Evacuations by area</caption><thead><tr><th>Area</th><th>People evacuated</th><th>Shelter</th></tr></thead>` +
		`<tbody><tr><td>Corran Falls (river district)</td><td>1,650</td><td>Corran Falls High School</td></tr><tr><td>Linwood</td><td>610</td><td><a href="/x">88 Fair Rd.</a></td></tr>` +
		`<tr><td>Total</td><td>2,400</td><td></td></tr></tbody></table><p>${prose}</p></article></body></html>`;
	const {text} = await extractHtml(html);
	const lines = text.split('\n\n');
	const after = (line: string, n: number) => lines.slice(lines.indexOf(line) + 1, lines.indexOf(line) + 1 + n);
	assert.deepEqual(after('Key facts', 3), ['• About 2,500 people evacuated from Corran Falls', '• Highway 217 closed', '• Reopening not expected before Friday']);
	// A list of links to other stories is no list of facts: no bullet, so the classifier still sees related headlines.
	assert.ok(lines.includes('Mexico hands over 37 suspects to U.S. 11:48 AM UTC') && lines.includes('Power prices jump as hydro output falls'), text);
	assert.ok(lines.includes('3. Third step: leave by the north road') && lines.includes('4. Fourth step: register at the shelter'), text);
	assert.deepEqual(after('Evacuations by area', 4), [
		'Area | People evacuated | Shelter',
		'• Corran Falls (river district) | 1,650 | Corran Falls High School',
		'• Linwood | 610 | 88 Fair Rd.',
		'• Total | 2,400',
	]);
	// Through the pipeline the items and rows are body text, figures included, not subheadings set aside.
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-list-'));
	fs.writeFileSync(path.join(dir, 'a.html'), html);
	fs.writeFileSync(path.join(dir, 'b.txt'), 'Levee fails above Linwood\n\nAbout 2,500 people were evacuated from Corran Falls on Tuesday, the county said.\n');
	const read = await readInputs([path.join(dir, 'a.html'), path.join(dir, 'b.txt')]);
	const units = analyse(read.sources).units.filter(u => u.source === 's1');
	for (const figure of ['2,500 people evacuated', 'Highway 217 closed', '1,650', '610']) {
		const unit = units.find(u => u.text.includes(figure));
		assert.ok(unit && unit.kind === 'claim', `${figure}: ${unit?.kind} ${unit && 'reason' in unit ? String(unit.reason) : ''}`);
	}
});

test('AMP ad elements (amp-ad, amp-embed, amp-sticky-ad) go with their placeholder and fallback text', async () => {
	const prose = (n: number) => `<p>The inspection report rated the spillway fair in 2024 and set a deadline for repairs, paragraph ${n} said.</p>`;
	const html =
		`<!doctype html><html ⚡><head><title>Inspectors warned</title></head><body><div class="story"><h1>Inspectors warned of corroded spillway pins</h1>${prose(1)}${prose(2)}` +
		`<amp-ad width="300" height="250" type="doubleclick"><div placeholder>Loading the sponsor's message</div><div fallback>Sorry, no ad available right now.</div></amp-ad>${prose(3)}` +
		`<amp-embed type="taboola" width="400" height="300"><div fallback>Recommended stories could not load.</div></amp-embed>${prose(4)}` +
		`<amp-sticky-ad layout="nodisplay"><amp-ad type="doubleclick"><div fallback>Your ad here today.</div></amp-ad></amp-sticky-ad>${prose(5)}</div></body></html>`;
	const {text} = await extractHtml(html);
	for (const leaked of ['Sorry, no ad', "sponsor's message", 'Recommended stories', 'Your ad here']) assert.ok(!text.includes(leaked), `leaked: ${leaked}`);
	for (let n = 1; n <= 5; n++) assert.ok(text.includes(`paragraph ${n} said`), `lost paragraph ${n}`);
});

test('text only screen readers get (sr-only, visually-hidden, screen-reader-text) is not shown: class words split on "-" never matched it', async () => {
	const prose = 'The river crested three feet above flood stage on Tuesday afternoon, the county said in a statement. '.repeat(3);
	const html =
		`<!doctype html><html><head><title>River crests</title></head><body><article><h1>River crests above flood stage</h1>` +
		`<p><span class="posted-on"><span class="screen-reader-text">Posted on</span>November 24, 2026</span></p><p>${prose}</p>` +
		`<p>${prose}<a href="/x">Read the report<span class="visually-hidden">, opens new tab</span></a></p><div class="sr-only">Skip to comments</div></article></body></html>`;
	const {text} = await extractHtml(html);
	for (const leaked of ['Posted on', 'opens new tab', 'Skip to comments']) assert.ok(!text.includes(leaked), `leaked: ${leaked}`);
	assert.ok(text.includes('November 24, 2026') && text.includes('Read the report'));
});
