// The fast paths the bundle gives Ink and string-width (scripts/build.mjs) must give exactly the
// results of the code they stand in for: every NARROW character is one cell and its own grapheme
// for every bundled string-width, and the fast ANSI tokenizer turns any line into the same bytes.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {build} from 'esbuild';
import * as ansi from '@alcalzone/ansi-tokenize';
import isFullwidthCodePoint from 'is-fullwidth-code-point';
import stringWidth from 'string-width';
import {NARROW, NARROW_CLASS} from '../source/ui/text/narrow.ts';
import {fastAnsi} from '../source/ui/text/fast-ansi.ts';
import {buildCli, fastAnsiTokenize, fastStringWidth, FAST_STRING_WIDTH_MAJOR, stringWidthMajor} from '../scripts/build.mjs';

const root = path.resolve(import.meta.dirname, '..');
const one = new RegExp(`^${NARROW_CLASS}$`);
const narrowChars: string[] = [];
for (let code = 0; code <= 0xffff; code++) {
	const char = String.fromCharCode(code);
	if (one.test(char)) narrowChars.push(char);
}

/** Every copy of string-width in node_modules (Ink and wrap-ansi may use different majors). */
function stringWidthCopies(): string[] {
	const found: string[] = [];
	const walk = (dir: string, depth: number) => {
		for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
			if (!entry.isDirectory()) continue;
			const full = path.join(dir, entry.name);
			if (entry.name === 'string-width' && fs.existsSync(path.join(full, 'package.json'))) found.push(full);
			else if (depth > 0 && (entry.name === 'node_modules' || entry.name.startsWith('@') || path.basename(dir) === 'node_modules')) walk(full, depth - 1);
		}
	};
	walk(path.join(root, 'node_modules'), 3);
	return found;
}

test('every NARROW character is one cell wide for each string-width copy the bundle speeds up, and its own grapheme', async () => {
	assert.ok(narrowChars.length > 900, `${narrowChars.length} characters`);
	const copies = stringWidthCopies().filter(dir => stringWidthMajor(path.join(dir, 'index.js')) >= FAST_STRING_WIDTH_MAJOR);
	assert.ok(copies.length >= 1, 'Ink uses a string-width the fast path covers');
	const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	for (const dir of copies) {
		const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
		const width = (await import(pathToFileURL(path.join(dir, pkg.exports?.default ?? pkg.main ?? 'index.js')).href)).default as (text: string) => number;
		const wrong = narrowChars.filter(char => width(char) !== 1);
		assert.deepEqual(wrong.map(c => c.codePointAt(0)!.toString(16)), [], `string-width ${pkg.version} in ${dir}`);
	}
	for (const char of narrowChars) {
		assert.equal([...segmenter.segment(`a${char}${char}a`)].length, 4, `U+${char.codePointAt(0)!.toString(16)} joins a neighbour`);
		assert.equal(isFullwidthCodePoint(char.codePointAt(0)!), false);
	}
	// ... and the set leaves out what would break that: soft hyphen, combining marks, zero-width, CJK, emoji.
	for (const char of ['\u00ad', '\u0301', '\u200b', '\u200d', '\u2028', '漢', '\u{1F600}', '\u25fd', '\u2714']) assert.equal(NARROW.test(char), false, char);
});

// Lines like the ones Ink writes: words of one-cell characters, SGR codes (single and compound,
// resets, partial closes), and now and then something only the original handles.
const word = fc.string({unit: fc.constantFrom('a', 'Z', ' ', '│', '─', '┼', '·', 'é', '…', '▶', '✓', '≠', '—', '"', '9', '█'), maxLength: 8});
const sgr = fc.constantFrom('\x1b[0m', '\x1b[2m', '\x1b[1m', '\x1b[22m', '\x1b[1;36m', '\x1b[0;1;7m', '\x1b[36m', '\x1b[39m', '\x1b[49m', '\x1b[4m\x1b[33m', '\x1b[1;97;41m', '\x1b[30;43m', '\x1b[24m', '\x1b[m', '\x1b[38;5;208m', '\x1b[48;2;1;2;3m');
const odd = fc.constantFrom('漢字', '\u{1F44D}\u{1F3FD}', 'e\u0301', '\x1b[?25h', '\x1b', '\x1b]8;;https://x.test\x07link\x1b]8;;\x07', '\u00ad', '\t');
const line = (withOdd: boolean) => fc.array(withOdd ? fc.oneof({arbitrary: word, weight: 5}, {arbitrary: sgr, weight: 4}, {arbitrary: odd, weight: 1}) : fc.oneof(word, sgr), {maxLength: 30}).map(parts => parts.join(''));

test('fast tokenize and styled characters give exactly what @alcalzone/ansi-tokenize gives', () => {
	const fast = fastAnsi(ansi);
	fc.assert(
		fc.property(line(true), text => {
			assert.deepEqual(fast.tokenize(text), ansi.tokenize(text));
			assert.deepEqual(fast.styledCharsFromTokens(fast.tokenize(text)), ansi.styledCharsFromTokens(ansi.tokenize(text)));
		}),
		{numRuns: 2000},
	);
});

test('fast styledCharsToString writes the same bytes, for lines and for Ink-like padded rows of several writes', () => {
	const fast = fastAnsi(ansi);
	fc.assert(
		fc.property(fc.array(line(true), {minLength: 1, maxLength: 4}), fc.nat(20), (texts, pad) => {
			const row = (api: typeof fast) => {
				const cells = texts.flatMap(text => api.styledCharsFromTokens(api.tokenize(text)));
				for (let i = 0; i < pad; i++) cells.push({type: 'char', value: ' ', fullWidth: false, styles: []});
				return api.styledCharsToString(cells);
			};
			assert.equal(row(fast), row(ansi));
		}),
		{numRuns: 2000},
	);
	// The fast path is taken for plain view lines (so the property above exercises it).
	const tokens = fast.tokenize('\x1b[2m│ \x1b[0mword');
	assert.equal(tokens.filter(t => t.type === 'char').length, 6);
});

let work: string;
before(() => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-fast-text-'));
});
after(() => fs.rmSync(work, {recursive: true, force: true}));

test('bundled, string-width and ansi-tokenize are the fast versions and agree with the originals', async () => {
	const entry = path.join(work, 'entry.js');
	fs.writeFileSync(entry, "import width from 'string-width'; import * as tokenizer from '@alcalzone/ansi-tokenize'; export {width, tokenizer};\n");
	await build({
		entryPoints: [entry],
		outfile: path.join(work, 'out.mjs'),
		bundle: true,
		format: 'esm',
		platform: 'node',
		nodePaths: [path.join(root, 'node_modules')],
		plugins: [fastStringWidth, fastAnsiTokenize],
		banner: {js: "import {createRequire} from 'node:module'; const require = createRequire(import.meta.url);"},
		logLevel: 'error',
	});
	const bundled = (await import(pathToFileURL(path.join(work, 'out.mjs')).href)) as {width: typeof stringWidth; tokenizer: typeof ansi};
	const samples = ['', 'plain ascii', '\x1b[1;36m│ héllo ─\x1b[0m', '漢字 wide', 'e\u0301 combining', '\u{1F44D}\u{1F3FD} emoji', '\x1b[?25hnot sgr', 'soft\u00adhyphen', 'tab\there', '\u200bzero'];
	for (const text of samples) {
		assert.equal(bundled.width(text), stringWidth(text), JSON.stringify(text));
		assert.equal(bundled.width(text, {ambiguousIsNarrow: false}), stringWidth(text, {ambiguousIsNarrow: false}), JSON.stringify(text));
		assert.equal(bundled.width(text, {countAnsiEscapeCodes: true}), stringWidth(text, {countAnsiEscapeCodes: true}), JSON.stringify(text));
	}
	fc.assert(fc.property(line(true), text => assert.equal(bundled.width(text), stringWidth(text))), {numRuns: 500});
	// The re-export keeps the rest of the module.
	assert.equal(typeof bundled.tokenizer.diffAnsiCodes, 'function');
	assert.notEqual(bundled.tokenizer.tokenize, ansi.tokenize);
	const text = '\x1b[2m│ \x1b[0mword \x1b[1;97;41m37\x1b[0m';
	assert.equal(bundled.tokenizer.styledCharsToString(bundled.tokenizer.styledCharsFromTokens(bundled.tokenizer.tokenize(text))), ansi.styledCharsToString(ansi.styledCharsFromTokens(ansi.tokenize(text))));
});

test('the CLI bundle carries yoga without its fetch() path (no undici for a data: URL)', async () => {
	const dist = path.join(work, 'dist');
	await buildCli(dist);
	const code = fs.readdirSync(dist).map(file => fs.readFileSync(path.join(dist, file), 'utf8')).join('\n');
	assert.ok(code.includes('data:application/octet-stream;base64,'), 'yoga is bundled');
	assert.ok(!code.includes('"function"!=typeof fetch?'), "yoga's fetch guard was replaced");
});
