// The published package: `npm pack`, install the tarball into an empty folder, run it.
// The bundle carries every library, so the package has no dependencies and this works offline.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function npm(args: string[], cwd: string) {
	const result = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {cwd, encoding: 'utf8', timeout: 180_000});
	assert.equal(result.status, 0, `npm ${args.join(' ')} failed:\n${result.stderr}`);
	return result.stdout;
}

test('the package has no runtime dependencies (the bundle carries them; add new ones with --save-dev)', () => {
	assert.deepEqual(Object.keys(pkg.dependencies ?? {}), []);
	assert.deepEqual(Object.keys(pkg.peerDependencies ?? {}), []);
	assert.deepEqual(Object.keys(pkg.optionalDependencies ?? {}), []);
});

test('npm pack, installed offline into an empty folder, gives a working crosscheck', {timeout: 240_000}, () => {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pack-'));
	const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root).replace(/^[^[]*/, ''));
	const files: string[] = packed[0].files.map((file: {path: string}) => file.path);
	const tarball = path.join(work, packed[0].filename);
	assert.ok(files.includes('dist/cli.js'), 'the bundle is packed');
	assert.ok(files.includes('fixtures/demo/story.json'), 'the demo story is packed');
	assert.ok(files.some(file => /^fixtures\/demo\/.+\.txt$/.test(file)), 'the demo articles are packed');
	assert.deepEqual(files.filter(file => /^(source|test|bench|scripts)\//.test(file) || file.includes('node_modules')), [], 'no sources, tests or modules');

	const app = path.join(work, 'app');
	fs.mkdirSync(app);
	fs.writeFileSync(path.join(app, 'package.json'), '{"name": "app", "private": true}\n');
	npm(['install', '--offline', tarball], app);
	const installed = path.join(app, 'node_modules/crosscheck');
	assert.deepEqual(fs.readdirSync(path.join(app, 'node_modules')).filter(name => !name.startsWith('.')), ['crosscheck'], 'nothing but crosscheck is installed');

	const run = (args: string[]) => spawnSync(path.join(app, 'node_modules/.bin/crosscheck'), args, {cwd: app, encoding: 'utf8', timeout: 60_000, env: {...process.env, FORCE_COLOR: '0'}});
	const version = run(['--version']);
	assert.equal(version.status, 0, version.stderr);
	assert.equal(version.stdout.trim(), pkg.version);

	const npx = spawnSync('npx', ['--offline', '--no-install', 'crosscheck', '--version'], {cwd: app, encoding: 'utf8', timeout: 60_000});
	assert.equal(npx.status, 0, npx.stderr);
	assert.equal(npx.stdout.trim(), pkg.version);

	// The demo story, read from the installed package's own fixtures.
	const json = run(['--json']);
	assert.equal(json.status, 0, json.stderr);
	const story = JSON.parse(json.stdout);
	assert.equal(story.sources.length, fs.readdirSync(path.join(root, 'fixtures/demo')).filter(f => f.endsWith('.txt')).length);
	for (const source of story.sources) assert.ok(fs.realpathSync(source.path).startsWith(fs.realpathSync(installed)), `${source.path} comes from the package`);
	assert.ok(story.rows.length > 0);

	const plain = run([]);
	assert.equal(plain.status, 0, plain.stderr);
	assert.ok(plain.stdout.length > 200, 'plain text when stdout is not a terminal');

	const bad = run(['--no-such-flag']);
	assert.equal(bad.status, 2);
	fs.rmSync(work, {recursive: true, force: true});
});
