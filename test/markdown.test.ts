// Markdown reading: what a reader of the rendered page sees, checked on small documents and through the pipeline.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {markdownToText} from '../source/read/markdown.ts';
import {splitSource} from '../source/split/index.ts';

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
