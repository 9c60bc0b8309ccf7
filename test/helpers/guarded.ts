// Runs a piece of code in a child process with a time limit, for tests of inputs that used to take
// minutes (quadratic scans): a regression then fails the test instead of hanging the run. The limit
// is a hang guard, far above the expected time, not a speed target.
import assert from 'node:assert/strict';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import {pathToFileURL} from 'node:url';

const root = path.resolve(import.meta.dirname, '../..');

/** file: URL of a module under the project root, for import() inside guarded code. */
export function moduleUrl(relative: string): string {
	return pathToFileURL(path.join(root, relative)).href;
}

/**
 * Runs `code` (an ES module body; top-level await allowed) in a fresh node with tsx and returns the
 * JSON value it prints last. Fails when it does not finish within `timeoutMs`.
 */
export function runGuarded<T = unknown>(code: string, timeoutMs = 60_000, what = 'the guarded run'): T {
	const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {cwd: root, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20});
	assert.equal(run.error, undefined, `${what} did not finish within ${timeoutMs / 1000} s`);
	assert.equal(run.status, 0, run.stderr);
	const lines = run.stdout.trim().split('\n');
	return JSON.parse(lines[lines.length - 1]!) as T;
}
