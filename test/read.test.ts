import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {Readable} from 'node:stream';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {readInputs, labelFromPath, decodeText} from '../source/read/index.ts';
import {markdownToText, stripInline} from '../source/read/markdown.ts';
import {parseStoryLine} from '../source/read/story.ts';
import {breakLongLines} from '../source/read/limits.ts';
import {analyse} from '../source/pipeline.ts';

const root = path.resolve(import.meta.dirname, '..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cc-read-'));
const write = (dir: string, name: string, text: string | Uint8Array) => {
	const file = path.join(dir, name);
	fs.writeFileSync(file, text);
	return file;
};
const ARTICLE_A = 'Officials said 12 people were rescued on Sunday. The search continues in the hills.';
const ARTICLE_B = 'Twelve people were rescued on Sunday, officials said. Teams are still searching.';

function cli(args: string[], input?: string) {
	return spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'source/cli.ts'), ...args], {cwd: root, input, encoding: 'utf8', timeout: 60_000});
}

test('Markdown: headings on their own lines, links keep text, emphasis and code go, lists and quotes readable', () => {
	const md = markdownToText(fs.readFileSync(path.join(root, 'fixtures/markdown/storm.md'), 'utf8'));
	assert.equal(md.title, 'Storm closes schools across the north');
	const lines = md.text.split('\n');
	assert.ok(lines.includes('Storm closes schools across the north'));
	assert.ok(lines.includes('What officials said'));
	assert.deepEqual(md.headings.map(h => md.text.slice(h, md.text.indexOf('\n', h))), ['Storm closes schools across the north', 'What officials said']);
	// Soft-wrapped paragraph lines are joined, so sentences stay whole.
	assert.ok(md.text.includes('Heavy snow closed 214 schools on Monday, the regional education office said, after more than 40 cm fell overnight in some valleys.'));
	assert.ok(md.text.includes('had issued an amber warning on Sunday.'));
	assert.ok(md.text.includes('"Our priority is that nobody travels unless they must," said the regional governor, Elena Varga.'));
	// List items keep a marker ("• ", "1. ") so that a short item stays a list item, not a heading.
	assert.ok(lines.includes('• Trains on two lines were cancelled.'));
	assert.ok(lines.includes('1. Road crews worked through the night.'));
	// Table rows keep their cells apart.
	assert.ok(lines.includes('North | 150'));
	assert.ok(md.text.includes('Snake_case_names and 2*3*4 stay as they are.'));
	for (const junk of ['**', '](', 'trackPageView', '```', 'Snowplough', '|---', '- Trains']) assert.ok(!md.text.includes(junk), `markup left: ${junk}`);
	assert.ok(lines.every(line => !line.startsWith('>') && !line.startsWith('#')));
	assert.ok(!/\n{3,}/.test(md.text));
});

test('Markdown inline stripping keeps prose intact and stays linear on pathological lines', () => {
	assert.equal(stripInline('The **U.S.** sent *seven* planes, see [report](http://x "t").'), 'The U.S. sent seven planes, see report.');
	assert.equal(stripInline('Price is 5 * 3 and file_name_here'), 'Price is 5 * 3 and file_name_here');
	assert.equal(stripInline('\\*not emphasis\\*'), '*not emphasis*');
	const start = performance.now();
	for (const hostile of ['_a '.repeat(30_000), '*a '.repeat(30_000), '['.repeat(60_000), '`'.repeat(60_000), '<a '.repeat(30_000)]) {
		markdownToText(hostile);
	}
	assert.ok(performance.now() - start < 5000, 'markdown stripping went superlinear');
});

test('Markdown sources are extracted: offsets point into the extracted text', async () => {
	const read = await readInputs([path.join(root, 'fixtures/markdown/storm.md'), path.join(root, 'fixtures/demo/1-afp.txt')]);
	const md = read.sources[0]!;
	assert.equal(md.format, 'markdown');
	assert.equal(md.extracted, true);
	assert.equal(md.title, 'Storm closes schools across the north');
	assert.ok(md.headings!.length === 2);
	const story = analyse(read.sources);
	for (const unit of story.units) assert.equal(story.sources.find(s => s.id === unit.source)!.text.slice(unit.start, unit.end), unit.text);
	assert.ok(story.units.some(u => u.source === 's1' && u.kind === 'claim' && u.text.startsWith('Heavy snow closed 214 schools')));
});

test('stdin: "-" reads one article; a second "-" is refused', async () => {
	const dir = tmp();
	const file = write(dir, 'b.txt', ARTICLE_B);
	const read = await readInputs(['-', file], {stdin: Readable.from([Buffer.from('\uFEFF' + ARTICLE_A)])});
	assert.deepEqual(read.sources.map(s => [s.path, s.label, s.text]), [['-', 'stdin', ARTICLE_A], [file, 'b', ARTICLE_B]]);
	const html = await readInputs(['-'], {stdin: Readable.from(['<!doctype html><html><head><meta property="og:site_name" content="Piped"></head><body><p>Piped page text.</p></body></html>'])});
	assert.equal(html.sources[0]!.format, 'html');
	assert.equal(html.sources[0]!.label, 'Piped');
	await assert.rejects(readInputs(['-', '-'], {stdin: Readable.from([])}), /only once/);
	const big = await readInputs(['-'], {stdin: Readable.from([Buffer.alloc(2000, 'a')]), maxBytes: 1000});
	assert.match(big.errors[0]!, /standard input \(-\): over the 1000 bytes limit/);
});

test('CLI: stdin and a file, --json keeps extracted text and offsets', () => {
	const dir = tmp();
	const file = write(dir, 'wire.txt', ARTICLE_B);
	const run = cli(['--json', '-', file], '<html><body><article><h1>Rescue</h1><p>' + ARTICLE_A + '</p></article></body></html>');
	assert.equal(run.status, 0, run.stderr);
	const json = JSON.parse(run.stdout);
	assert.equal(json.sources[0].path, '-');
	assert.equal(json.sources[0].extracted, true);
	for (const unit of json.units) {
		const source = json.sources.find((s: {id: string}) => s.id === unit.source);
		if (source.text) assert.equal(source.text.slice(unit.start, unit.end), unit.text);
	}
});

test('story list (.story): one path or URL a line, labels by tab or " | ", comments and title', async () => {
	assert.deepEqual(parseStoryLine('AFP\tarticles/a.txt'), {where: 'articles/a.txt', label: 'AFP'});
	assert.deepEqual(parseStoryLine('https://x.example/a | The Times'), {where: 'https://x.example/a', label: 'The Times'});
	assert.deepEqual(parseStoryLine('  plain.txt  '), {where: 'plain.txt'});
	assert.equal(parseStoryLine('# comment'), undefined);
	const dir = tmp();
	write(dir, 'a.txt', ARTICLE_A);
	write(dir, 'b.md', '# Rescue\n\n' + ARTICLE_B);
	const list = write(dir, 'rescue.story', 'title: Hill rescue\n# sources\nWire\ta.txt\n\nb.md | Local paper\n');
	const read = await readInputs([list]);
	assert.equal(read.title, 'Hill rescue');
	assert.deepEqual(read.sources.map(s => s.label), ['Wire', 'Local paper']);
	// --label flags win over the story file.
	const relabelled = await readInputs([list], {labels: ['First']});
	assert.deepEqual(relabelled.sources.map(s => s.label), ['First', 'Local paper']);
	fs.writeFileSync(path.join(dir, 'empty.story'), '# nothing\n');
	await assert.rejects(readInputs([path.join(dir, 'empty.story')]), /names no sources/);
});

test('JSON story files with path and url entries still work', async () => {
	const read = await readInputs([path.join(root, 'fixtures/demo/story.json')]);
	assert.equal(read.sources.length, 5);
	assert.equal(read.sources[0]!.label, 'AFP');
	assert.equal(labelFromPath('articles/5-independent.txt'), 'independent');
});

test('limits: too many sources, oversized file, long lines, long tokens; each with a clear message', async () => {
	const dir = tmp();
	const files = Array.from({length: 4}, (_, i) => write(dir, `${i}.txt`, ARTICLE_A));
	await assert.rejects(readInputs(files, {maxSources: 3}), /4 sources given, more than the limit of 3 \(--max-sources\)/);
	const big = write(dir, 'big.txt', 'word '.repeat(400));
	const read = await readInputs([big, files[0]!], {maxBytes: 1000});
	assert.deepEqual(read.errors, [`${big}: file is 2 KB, over the 1000 bytes limit (--max-size)`]);
	// A 300,000-character line is broken at spaces; length and offsets are unchanged.
	const longLine = 'The committee met again. '.repeat(12_000);
	const broken = breakLongLines(longLine);
	assert.ok('text' in broken);
	if ('text' in broken) {
		assert.equal(broken.text.length, longLine.length);
		assert.ok(broken.text.split('\n').every(line => line.length <= 100_000));
		assert.equal(broken.text.replace(/\n/g, ' '), longLine);
	}
	const blob = write(dir, 'blob.txt', 'x'.repeat(6000) + ' and then prose.');
	const blobRead = await readInputs([blob, files[0]!]);
	assert.match(blobRead.warnings[0]!, /blob\.txt: line 1 has more than 5,000 characters without a space/);
});

test('missing, binary and empty inputs: one line each, missing/binary are errors', async () => {
	const dir = tmp();
	const binary = write(dir, 'photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
	const empty = write(dir, 'empty.txt', '  \n');
	const good = write(dir, 'good.txt', ARTICLE_A);
	const read = await readInputs([path.join(dir, 'nope.txt'), binary, empty, good]);
	assert.deepEqual(read.errors, [`${path.join(dir, 'nope.txt')}: no such file`, `${binary}: binary file, not an article`]);
	assert.deepEqual(read.warnings, [`${empty}: empty file, skipped`]);
	assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), 'A');
	const run = cli([path.join(dir, 'nope.txt'), good]);
	assert.equal(run.status, 2);
	assert.equal(run.stderr.trim().split('\n').length, 1);
	assert.doesNotMatch(run.stderr, /at .*\.ts:\d+/);
});

test('CLI: bad limit flags exit 2; --dump-text writes the texts offsets point into', () => {
	const bad = cli(['--timeout', '0']);
	assert.equal(bad.status, 2);
	assert.match(bad.stderr, /--timeout needs a positive number/);
	const dir = tmp();
	const run = cli(['--json', '--dump-text', dir, path.join(root, 'fixtures/html/voz-article.html'), path.join(root, 'fixtures/demo/1-afp.txt')]);
	assert.equal(run.status, 0, run.stderr);
	const json = JSON.parse(run.stdout);
	const files = fs.readdirSync(dir).sort();
	assert.deepEqual(files, ['s1-voz.txt', 's2-afp.txt']);
	const texts: Record<string, string> = {s1: fs.readFileSync(path.join(dir, files[0]!), 'utf8'), s2: fs.readFileSync(path.join(dir, files[1]!), 'utf8')};
	for (const unit of json.units) assert.equal(texts[unit.source]!.slice(unit.start, unit.end), unit.text);
	assert.equal(json.sources[0].text, texts.s1);
	assert.deepEqual(json.sources.map((s: {textPath: string}) => s.textPath), files.map(f => path.join(dir, f)), 'each source names the file its offsets point into');
});

test('labels: two sources with the same file-name or host label are told apart; labels the user gave are kept (with a warning when repeated)', async () => {
	const dir = tmp();
	fs.mkdirSync(path.join(dir, 'x'));
	fs.mkdirSync(path.join(dir, 'y'));
	const x = write(dir, 'x/story.txt', ARTICLE_A);
	const y = write(dir, 'y/story.txt', ARTICLE_B);
	const yMd = write(dir, 'y/story.md', ARTICLE_A);
	const one = write(dir, 'x/1-wire.txt', ARTICLE_A);
	const two = write(dir, 'x/2-wire.txt', ARTICLE_B);
	const labels = async (args: string[], options: Parameters<typeof readInputs>[1] = {}) => (await readInputs(args, options)).sources.map(s => s.label);
	// The parent folder, then the file name as written, then its extension: the first level that tells every one apart.
	assert.deepEqual(await labels([x, y]), ['x/story', 'y/story']);
	assert.deepEqual(await labels([one, two]), ['1-wire', '2-wire']);
	assert.deepEqual(await labels([x, y, yMd]), ['x/story.txt', 'y/story.txt', 'y/story.md']);
	// A label no other source has stays short.
	assert.deepEqual(await labels([x, one]), ['story', 'wire']);
	// Labels the user gave stay as given; a file-name label that equals one of them is told apart instead.
	const given = await readInputs([x, y, one], {labels: ['AFP', 'afp', 'story']});
	assert.deepEqual(given.sources.map(s => s.label), ['AFP', 'afp', 'story']);
	assert.ok(given.warnings.some(w => /label "AFP" is used by 2 sources/.test(w)), given.warnings.join('\n'));
	assert.deepEqual(await labels([one, x], {labels: ['story']}), ['story', 'x/story']);
	// stdin next to a file named stdin.txt; one file given twice falls back to a number.
	const stdinFile = write(dir, 'stdin.txt', ARTICLE_B);
	assert.deepEqual(await labels(['-', stdinFile], {stdin: Readable.from([ARTICLE_A])}), ['stdin', `${path.basename(dir)}/stdin`]);
	assert.deepEqual(await labels([x, x]), ['story', 'story (2)']);
	// URLs from one host: the host with the path's last segment, or the whole path when that is not enough.
	const page = (n: number) => `<html><body><article><h1>Rescue ${n}</h1><p>${ARTICLE_A.repeat(4)}</p></article></body></html>`;
	let served = 0;
	const server = http.createServer((_, res) => {
		res.setHeader('content-type', 'text/html');
		res.end(page(++served));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	try {
		const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		assert.deepEqual(await labels([`${base}/news/a.html`, `${base}/world/b`]), ['127.0.0.1/a.html', '127.0.0.1/b']);
		assert.deepEqual(await labels([`${base}/x/a.html`, `${base}/y/a.html`]), ['127.0.0.1/x/a.html', '127.0.0.1/y/a.html']);
	} finally {
		server.close();
	}
});

test('directories: subfolders are not read, and one warning says how many with articles were skipped', async () => {
	const dir = tmp();
	write(dir, 'a.txt', ARTICLE_A);
	write(dir, 'b.md', ARTICLE_B);
	for (const sub of ['2025', '2026', 'images', '.git', 'old.txt']) fs.mkdirSync(path.join(dir, sub));
	write(dir, '2025/c.txt', ARTICLE_A);
	write(dir, '2026/d.html', '<p>x</p>');
	write(dir, 'images/photo.png', 'not an article');
	write(dir, '.git/e.txt', ARTICLE_B);
	write(dir, 'old.txt/f.txt', ARTICLE_B);
	const read = await readInputs([dir]);
	assert.deepEqual(read.errors, []);
	assert.deepEqual(read.sources.map(s => path.basename(s.path)), ['a.txt', 'b.md']);
	// A folder of images (or a saved page's "_files" folder) and hidden folders are not worth a word; a folder named like an article is a folder.
	assert.deepEqual(read.warnings, [`${dir}: 3 subfolders with articles skipped (2025, 2026, old.txt): a directory gives only the files directly inside it; name a subfolder to read it too`]);
	const flat = tmp();
	write(flat, 'a.txt', ARTICLE_A);
	write(flat, 'b.txt', ARTICLE_B);
	assert.deepEqual((await readInputs([flat])).warnings, []);
});

test('the story title is the first headline any source has: stdin without one does not leave the story untitled', async () => {
	const dir = tmp();
	const file = write(dir, 'wire.txt', `Twelve rescued in the hills\n\n${ARTICLE_B}`);
	const read = await readInputs(['-', file], {stdin: Readable.from([ARTICLE_A])});
	const story = analyse(read.sources, {title: read.title});
	assert.equal(story.sources[0]!.title, '');
	assert.equal(story.title, 'Twelve rescued in the hills');
	// A title given by the story file still wins; the first source with a headline wins over later ones.
	assert.equal(analyse(read.sources, {title: 'Hill rescue'}).title, 'Hill rescue');
	const other = write(dir, 'local.txt', `Hill rescue ends\n\n${ARTICLE_A}`);
	assert.equal(analyse((await readInputs([file, other])).sources).title, 'Twelve rescued in the hills');
});
