// Output directories for --save and --dump-text: created with their parents, or one clear error, never a hang.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {makeDirectory} from '../source/read/make-dir.ts';

const root = new URL('..', import.meta.url).pathname;

test('makeDirectory creates missing parents, accepts an existing directory, refuses a file', () => {
	const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-mkdir-'));
	const deep = path.join(base, 'a', 'b', 'c');
	makeDirectory(deep);
	assert.ok(fs.statSync(deep).isDirectory());
	makeDirectory(deep);
	const file = path.join(base, 'file');
	fs.writeFileSync(file, 'x');
	assert.throws(() => makeDirectory(file), (error: NodeJS.ErrnoException) => error.code === 'ENOTDIR');
	assert.throws(() => makeDirectory(path.join(file, 'below')), (error: NodeJS.ErrnoException) => error.code === 'ENOTDIR');
	fs.rmSync(base, {recursive: true, force: true});
});

test('--dump-text into a place that cannot hold a directory (under /proc) is one error line, exit 2, not a hang', {skip: fs.existsSync('/proc/self') ? false : 'no /proc on this system'}, () => {
	// Node 20's recursive mkdirSync never returns for this path; the timeout turns a hang into a failure.
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'source/cli.ts', '--json', '--dump-text', '/proc/crosscheck-nope/texts'], {cwd: root, encoding: 'utf8', timeout: 20_000});
	assert.equal(result.signal, null, 'the CLI finished');
	assert.equal(result.status, 2);
	assert.match(result.stderr, /^crosscheck: --dump-text \/proc\/crosscheck-nope\/texts: cannot write \(\w+\)\n$/);
});
