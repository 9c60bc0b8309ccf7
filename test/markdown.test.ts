// Markdown reading: what a reader of the rendered page sees, checked on small documents and through the pipeline.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {markdownToText} from '../source/read/markdown.ts';
import {splitSource} from '../source/split/index.ts';
import {readInputs} from '../source/read/index.ts';
import {analyse} from '../source/pipeline.ts';

const root = path.resolve(import.meta.dirname, '..');

const sentences = (text: string) => splitSource({id: 's1', label: 'a', path: 'a.md', text, format: 'markdown', title: '', extracted: true}).map(u => u.text);

test('Markdown footnotes: markers go, definitions become numbered paragraphs at the end', () => {
	const md = markdownToText(
		[
			'# Dam fails',
			'',
			'Officials say two people died.[^toll] Here is what we know so far.',
			'',
			'The gate was rated "fair"[^ferc], the regulator said [^Ferc]. See [^missing] too.',
			'',
			'[^ferc]: FERC inspection summary, Project No. 2231,',
			'published on the commission\'s eLibrary.',
			'',
			'    Its second paragraph.',
			'',
			'[^toll]: A third death was reported by the *Dispatch* late on Monday.',
			'',
			'[^unused]: Never referenced.',
			'',
			'Closing paragraph.',
		].join('\n'),
	);
	assert.equal(
		md.text,
		[
			'Dam fails',
			'Officials say two people died. Here is what we know so far.',
			'The gate was rated "fair", the regulator said. See [^missing] too.',
			'Closing paragraph.',
			'[1] A third death was reported by the Dispatch late on Monday.',
			'[2] FERC inspection summary, Project No. 2231, published on the commission\'s eLibrary.',
			'Its second paragraph.',
			'[3] Never referenced.',
		].join('\n\n'),
	);
	assert.deepEqual(sentences(md.text).slice(1, 3), ['Officials say two people died.', 'Here is what we know so far.']);
	const start = performance.now();
	markdownToText('a' + ' \t'.repeat(100_000) + '[^x\n\n[^x]: note');
	markdownToText('[^x]: note\n\n' + '[^ '.repeat(100_000));
	assert.ok(performance.now() - start < 2000, 'footnote markers went superlinear');
});

test('Markdown HTML entities: named and numeric ones decoded, outside code spans and escapes', () => {
	const md = markdownToText(
		[
			'LINWOOD, Ore. &ndash; The county &mdash; the first since 1996&nbsp;&mdash; asked for a review &middot; It&#8217;s at 2&#160;p.m. &#x2014; or &#X2014;.',
			'',
			'Caf&eacute; &amp; bar &copy; &euro;5 &frac12; &hellip; &lt;b&gt; stays text, &#42;not emphasis&#42;, &#150; old dash.',
			'',
			'Left as written: &notanentity; &amp without semicolon, `&amp;` in code, \\&amp; escaped, &#0; &#xD800; &#99999999;',
		].join('\n'),
	);
	const [first, second, third] = md.text.split('\n\n');
	assert.equal(first, 'LINWOOD, Ore. – The county — the first since 1996\u00a0— asked for a review · It’s at 2\u00a0p.m. — or —.');
	assert.equal(second, 'Café & bar © €5 ½ … <b> stays text, *not emphasis*, – old dash.');
	assert.equal(third, 'Left as written: &notanentity; &amp without semicolon, &amp; in code, &amp; escaped, \uFFFD \uFFFD &#99999999;');
});

test('Markdown reference links: shortcut and collapsed forms keep their text when the label is defined', () => {
	const md = markdownToText(
		[
			'The [National Weather Service] expected a crest, the [NWS][] said, at the [Halvorsen Dam][dam].',
			'A [sic] note, a [bracketed aside][] and [ticked] boxes stay; a photo ![a photo] goes.',
			'',
			'[national   weather service]: https://www.weather.gov/pqr/',
			'[nws]: https://www.weather.gov/',
			'[Dam]: https://example.org/halvorsen "Halvorsen Dam"',
			'[a photo]: https://example.org/photo.jpg',
		].join('\n'),
	);
	assert.equal(md.text, 'The National Weather Service expected a crest, the NWS said, at the Halvorsen Dam. A [sic] note, a [bracketed aside][] and [ticked] boxes stay; a photo goes.');
});

test('Markdown template tags: Hugo shortcodes and Jekyll/Liquid tags on their own lines go; highlight and comment blocks go whole', () => {
	const md = markdownToText(
		[
			'First paragraph.',
			'',
			'{{< tweet user="MarrowSheriff" id="1866000000000000002" >}}',
			'{{% notice info %}}',
			'A notice worth reading.',
			'{{% /notice %}}',
			'  {% include signup.html %}  {{ page.date | date: "%b %d" }}',
			'{{< figure src="a.jpg"',
			'    caption="A caption that spans lines" >}}',
			'{%- comment -%}',
			'Draft paragraph nobody sees.',
			'{%- endcomment -%}',
			'{% highlight js %}',
			'trackPageView();',
			'{% endhighlight %}',
			'{{< highlight go >}}',
			'fmt.Println("x")',
			'{{< /highlight >}}',
			'',
			'Inline {{ site.title }} stays, and so does a lone {{ that never closes.',
		].join('\n'),
	);
	const start = performance.now();
	for (const hostile of ['{% highlight x %}\n'.repeat(50_000), '{{<\n'.repeat(50_000), '{{ '.repeat(50_000)]) markdownToText(hostile);
	assert.ok(performance.now() - start < 3000, 'template tags went superlinear');
	assert.equal(md.text, ['First paragraph.', 'A notice worth reading.', 'Inline {{ site.title }} stays, and so does a lone {{ that never closes.'].join('\n\n'));
});

test('Markdown <br>: a line break in a paragraph, a space in a heading or table row', () => {
	const md = markdownToText(
		[
			'# Linwood<br/>braces',
			'',
			'Some 610 people registered at the shelter.<br>Another 140 came from farms. <BR /> <br class="x"> Then more.',
			'',
			'| Shelter | Address |',
			'|---|---|',
			'| Fairgrounds | 88 Fair Rd.<br>Linwood |',
		].join('\n'),
	);
	assert.equal(md.text, ['Linwood braces', 'Some 610 people registered at the shelter.\nAnother 140 came from farms.\nThen more.', 'Shelter | Address', 'Fairgrounds | 88 Fair Rd. Linwood'].join('\n\n'));
	assert.equal(md.title, 'Linwood braces');
	assert.deepEqual(sentences(md.text).slice(1, 4), ['Some 610 people registered at the shelter.', 'Another 140 came from farms.', 'Then more.']);
});

test('Markdown title: the first level-1 heading, else the front matter title, else the first heading', () => {
	const front = '---\ntitle: "Linwood braces: Tilden River crest expected Tuesday"\nlayout: post\n---\n\n';
	assert.equal(markdownToText(front + 'Linwood braces for the crest\n============================\n\nText.').title, 'Linwood braces for the crest');
	assert.equal(markdownToText(front + '## Kicker\n\n# The &ldquo;real&rdquo; headline\n\nText.').title, 'The “real” headline');
	assert.equal(markdownToText(front + '## What residents said\n\nText.').title, 'Linwood braces: Tilden River crest expected Tuesday');
	assert.equal(markdownToText('Intro.\n\n## What residents said\n\nText.').title, 'What residents said');
	assert.equal(markdownToText('Just text.').title, '');
});

test('Markdown raw HTML: captions, scripts and other non-prose elements go with their text; the rest keeps its text', () => {
	const md = markdownToText(
		[
			'Some 610 people had registered.',
			'',
			'<figure>',
			'  <img src="sandbags.jpg" alt="Sandbags on Front Street">',
			'  <figcaption>Volunteers stack sandbags on Front Street.',
			'  Photo: Ben Achterberg</figcaption>',
			'</figure>',
			'',
			'<figure><img src="a.jpg"><figcaption class="c">A one-line caption</figcaption></figure>',
			'',
			'<blockquote class="twitter-tweet"><p>Crest passed at noon.</p></blockquote> <script async src="https://x.example/widgets.js"></script>',
			'',
			'<script>',
			'window.track("story");',
			'',
			'window.track("again");',
			'</script>',
			'<details>',
			'<summary>Shelter addresses</summary>',
			'',
			'Corran Falls High School, 1200 Mill St.',
			'',
			'</details>',
			'',
			'Prose mentioning <figcaption> stays prose, and so does an unclosed one:',
			'',
			'<figcaption>Never closed',
			'',
			'Last paragraph.',
		].join('\n'),
	);
	const start = performance.now();
	for (const hostile of ['<script>'.repeat(50_000), '<svg/>'.repeat(50_000), '<figcaption>\n'.repeat(50_000), '<nav>a</nav>'.repeat(50_000)]) markdownToText(hostile);
	assert.ok(performance.now() - start < 3000, 'raw HTML elements went superlinear');
	assert.equal(
		md.text,
		[
			'Some 610 people had registered.',
			'Crest passed at noon.',
			'Shelter addresses',
			'Corran Falls High School, 1200 Mill St.',
			'Prose mentioning stays prose, and so does an unclosed one:',
			'Never closed',
			'Last paragraph.',
		].join('\n\n'),
	);
});

test('Markdown quotes: an empty quote line or a change of nesting starts a new paragraph', () => {
	const md = markdownToText(
		[
			'> "We had maybe forty minutes.',
			'> Without the sirens this would have been worse."',
			'>',
			'> — Marrow County Sheriff Dale Okafor',
			'',
			'> Fair means you can keep running it.',
			'> > Quoted from an interview with Martin Lindqvist.',
			'> > Oregon State University.',
		].join('\n'),
	);
	assert.equal(
		md.text,
		[
			'"We had maybe forty minutes. Without the sirens this would have been worse."',
			'— Marrow County Sheriff Dale Okafor',
			'Fair means you can keep running it.',
			'Quoted from an interview with Martin Lindqvist. Oregon State University.',
		].join('\n\n'),
	);
});

test('Markdown through the pipeline: a page with footnotes, entities, references, shortcodes, <br> and a figure reads as its reader sees it', async () => {
	const read = await readInputs([path.join(root, 'fixtures/markdown/flood.md'), path.join(root, 'fixtures/demo/1-afp.txt')]);
	const md = read.sources[0]!;
	assert.equal(md.title, 'River crest passes Millbrook');
	for (const junk of ['&', '[^', '[Met', '{{', 'Photo:', 'reopened bridge on Tuesday', '<', 'slug']) assert.ok(!md.text.includes(junk), `left in the text: ${junk}`);
	const story = analyse(read.sources);
	const units = story.units.filter(u => u.source === md.id);
	for (const unit of units) assert.equal(md.text.slice(unit.start, unit.end), unit.text);
	const claims = units.filter(u => u.kind === 'claim').map(u => u.text);
	for (const claim of [
		'MILLBROOK – The Arden River crested at 6.1\u00a0metres on Tuesday, and two people were rescued from cars.',
		'Crews reopened the bridge at noon.',
		'The Met Office had warned of the crest on Monday.',
		'About 310 people stayed at the school shelter.',
		'Another 45 went to relatives.',
		'“The water came up faster than in 2007,” said the fire chief.',
		'[1] A third person was rescued from a roof on Wednesday morning, the fire service said.',
	]) {
		assert.ok(claims.includes(claim), `claim missing: ${claim}\n${claims.join('\n')}`);
	}
	assert.ok(units.some(u => u.text === '— Millbrook fire chief Tom Hale'));
	assert.ok(md.text.endsWith('\n\n[1] A third person was rescued from a roof on Wednesday morning, the fire service said.'));
});
