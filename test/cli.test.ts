// The command line as a user runs it: spawned with tsx, stdout not a terminal.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const demo = fs.readdirSync(path.join(root, 'fixtures/demo')).filter(f => f.endsWith('.txt')).map(f => path.join(root, 'fixtures/demo', f));

function run(args: string[], input?: string) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'source/cli.ts'), ...args], {
		cwd: root,
		encoding: 'utf8',
		input,
		env: {...process.env, FORCE_COLOR: '0'},
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

function tmpdir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-'));
}

test('--json on the demo story keeps the contract: exact slices, full coverage, consistent statuses', () => {
	const {code, stdout} = run(['--json', ...demo]);
	assert.equal(code, 0);
	const doc = JSON.parse(stdout);
	assert.equal(doc.schema, 1);
	assert.equal(doc.sources.length, 5);
	const texts = new Map<string, string>(doc.sources.map((s: {id: string; path: string}) => [s.id, fs.readFileSync(s.path, 'utf8').replace(/^\uFEFF/, '')]));
	const units = new Map(doc.units.map((u: {id: string}) => [u.id, u]));
	for (const u of doc.units) assert.equal(texts.get(u.source)!.slice(u.start, u.end), u.text, `unit ${u.id}`);
	for (const [id, text] of texts) {
		const covered = new Uint8Array(text.length);
		for (const u of doc.units.filter((u: {source: string}) => u.source === id)) {
			for (let i = u.start; i < u.end; i++) {
				assert.equal(covered[i], 0, `overlap at ${id}:${i}`);
				covered[i] = 1;
			}
		}
		for (let i = 0; i < text.length; i++) if (/\S/.test(text[i]!)) assert.equal(covered[i], 1, `${id}:${i} (${JSON.stringify(text[i])}) in no unit`);
	}
	for (const r of doc.rows) {
		const sources = new Set(r.units.map((id: string) => (units.get(id) as {source: string}).source));
		assert.equal(r.status, sources.size < 2 ? 'single' : r.conflicts.length ? 'conflict' : 'agree');
	}
	for (const m of doc.mentions) {
		const u = units.get(m.unit) as {start: number; end: number};
		assert.ok(m.start >= u.start && m.end <= u.end, `mention ${m.id} inside its unit`);
		assert.equal(texts.get(m.source)!.slice(m.start, m.end), m.text);
	}
	const checker = path.resolve(root, '../shared/tools/check-json.mjs');
	if (fs.existsSync(checker)) {
		const dir = tmpdir();
		fs.writeFileSync(path.join(dir, 'out.json'), stdout);
		const check = spawnSync(process.execPath, [checker, path.join(dir, 'out.json')], {encoding: 'utf8'});
		assert.equal(check.status, 0, check.stdout + check.stderr);
	}
});

test('no file arguments opens the demo story; piped output is a plain table', () => {
	const {code, stdout} = run([]);
	assert.equal(code, 0);
	assert.match(stdout, /5 sources, \d+ claim rows: \d+ agree, \d+ conflict, \d+ single source/);
	assert.match(stdout, /^ {2}AFP +\| /m);
	assert.match(stdout, /—/, 'omissions are visible');
});

test('--markdown prints a report with offsets', () => {
	const {code, stdout} = run(['--markdown', ...demo.slice(0, 2)]);
	assert.equal(code, 0);
	assert.match(stdout, /^# /);
	assert.match(stdout, /\| Source \| Claim \| Offsets \|/);
	assert.match(stdout, /\d+–\d+ \(line \d+\)/);
});

test('--help and --version in meow style', () => {
	const help = run(['--help']);
	assert.equal(help.code, 0);
	assert.match(help.stdout, /Usage\n\s+\$ crosscheck/);
	assert.match(help.stdout, /--json/);
	const version = run(['--version']);
	assert.equal(version.code, 0);
	assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);
});

test('missing and binary inputs exit 2 with one line naming each, no stack trace', () => {
	const dir = tmpdir();
	fs.writeFileSync(path.join(dir, 'blob.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
	const {code, stderr} = run([demo[0]!, path.join(dir, 'nope.txt'), path.join(dir, 'blob.txt')]);
	assert.equal(code, 2);
	assert.match(stderr, /nope\.txt: no such file/);
	assert.match(stderr, /blob\.txt: binary file/);
	assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
});

test('an empty file is skipped with a warning while two sources remain; fewer than two exits 2', () => {
	const dir = tmpdir();
	fs.writeFileSync(path.join(dir, 'empty.txt'), '  \n');
	const ok = run(['--json', demo[0]!, demo[1]!, path.join(dir, 'empty.txt')]);
	assert.equal(ok.code, 0);
	assert.match(ok.stderr, /empty\.txt: empty file, skipped/);
	assert.equal(JSON.parse(ok.stdout).sources.length, 2);
	const few = run([demo[0]!, path.join(dir, 'empty.txt')]);
	assert.equal(few.code, 2);
	assert.match(few.stderr, /at least two usable sources/);
});

test('a bad flag exits 2', () => {
	const {code, stderr} = run(['--no-such-flag']);
	assert.equal(code, 2);
	assert.match(stderr, /no-such-flag/);
});

test('a directory argument reads its articles in name order', () => {
	const dir = tmpdir();
	fs.copyFileSync(demo[1]!, path.join(dir, 'b.txt'));
	fs.copyFileSync(demo[0]!, path.join(dir, 'a.md'));
	fs.writeFileSync(path.join(dir, 'notes.csv'), 'x,y');
	const {code, stdout} = run(['--json', dir]);
	assert.equal(code, 0);
	assert.deepEqual(JSON.parse(stdout).sources.map((s: {path: string}) => path.basename(s.path)), ['a.md', 'b.txt']);
});
