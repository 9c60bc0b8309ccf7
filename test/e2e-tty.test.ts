// End-to-end: the built CLI in a real pseudo-terminal (tmux), driven by keys, read back from the screen.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {exitStatus, hasTmux, tmuxServer} from './helpers/tmux.ts';

const root = new URL('..', import.meta.url).pathname;
const server = tmuxServer('cc-e2e', {timeoutMs: 10_000, pollMs: 50});
const {tmux} = server;
const session = 'view';
const dir = mkdtempSync(join(tmpdir(), 'cc-e2e-'));
const exitFile = join(dir, 'exit');

const screen = () => server.screen(session);
const alternateOn = () => server.alternateOn(session);
const waitFor = (check: () => boolean, what: string) => server.waitFor(check, what, session);

async function keys(...list: string[]) {
	tmux('send-keys', '-t', session, ...list);
}

before(() => {
	if (!hasTmux) return;
	const build = spawnSync('npm', ['run', 'build'], {cwd: root, encoding: 'utf8'});
	assert.equal(build.status, 0, build.stderr);
});

after(() => {
	if (hasTmux) server.kill();
	rmSync(dir, {recursive: true, force: true});
});

test('the built CLI runs full screen in a real terminal: keys, search, quit with status 0', {skip: hasTmux ? false : 'tmux is not installed: cannot run the pseudo-terminal test'}, async () => {
	// The pane stays open after the program ends so the screen state can be checked.
	tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', root, `CI=false node dist/cli.js; echo EXIT=$? > ${exitFile}; sleep 60`);
	await waitFor(() => /row 1\/\d+/.test(screen()), 'the first frame');
	assert.ok(alternateOn(), 'runs in the alternate screen');
	const first = screen().split('\n');
	assert.ok(first.filter(Boolean).length <= 40, 'fits the terminal');
	assert.match(first.join('\n'), /AFP/);
	assert.match(first.join('\n'), /claims \d+ · rows \d+/);

	await keys('j');
	await waitFor(() => /row 2\/\d+/.test(screen()), 'row 2');
	await keys('Enter');
	await waitFor(() => screen().includes('Detail'), 'the detail pane');
	assert.match(screen(), /line \d+, col \d+, chars \d+–\d+/);
	await keys('Escape');
	await waitFor(() => !screen().includes('Detail') && /row 2\//.test(screen()), 'detail closed');
	await keys('Tab');
	await waitFor(() => /article \S+ \d+\/\d+/.test(screen()), 'article mode');
	await keys('Tab');
	await waitFor(() => /row 2\//.test(screen()), 'back to rows at the same claim');

	await keys('/');
	await waitFor(() => screen().split('\n').some(line => line.startsWith('/')), 'the search line');
	await keys('-l', 'harfuh');
	await waitFor(() => /\/harfuh█ \d+ match/.test(screen()), 'live results');
	await keys('Enter');
	await waitFor(() => /"harfuh" match 1\/\d+/.test(screen()), 'the first match');
	const total = Number(/match 1\/(\d+)/.exec(screen())![1]);
	assert.ok(total >= 6, `at least 6 matches for harfuh, got ${total}`);
	assert.ok(/Harfuch/.test(screen()));
	await keys('n');
	await waitFor(() => /match 2\//.test(screen()), 'next match');

	await keys('q');
	await waitFor(() => exitStatus(exitFile) !== '', 'exit');
	assert.equal(exitStatus(exitFile), 'EXIT=0');
	assert.equal(alternateOn(), false, 'alternate screen left');
	assert.equal(server.cursorShown(session), true, 'cursor shown');
});

test('keys that reach the program together (typed ahead, key repeat) all take effect in a real terminal', {skip: hasTmux ? false : 'tmux is not installed: cannot run the pseudo-terminal test'}, async () => {
	const name = 'burst';
	const exit = join(dir, 'exit-burst');
	tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', '-c', root, `CI=false node dist/cli.js; echo EXIT=$? > ${exit}; sleep 60`);
	const pane = () => server.screen(name);
	const wait = (check: () => boolean, what: string) => server.waitFor(check, what, name);
	await wait(() => /row 1\/\d+/.test(pane()), 'the first frame');
	// One write of several keys: the terminal delivers them to the program in one read.
	tmux('send-keys', '-t', name, '-l', 'jjjj');
	await wait(() => /row 5\/\d+/.test(pane()), 'row 5 after four j in one read');
	tmux('send-keys', '-t', name, '-l', '/harfuh\r');
	await wait(() => /"harfuh" match 1\/\d+/.test(pane()), 'a search typed ahead, Enter included');
	tmux('send-keys', '-t', name, '-l', 'nnq');
	await wait(() => exitStatus(exit) !== '', 'exit');
	assert.equal(exitStatus(exit), 'EXIT=0');
});

test('keys typed while the program is still starting (before the first frame) all take effect', {skip: hasTmux ? false : 'tmux is not installed: cannot run the pseudo-terminal test'}, async () => {
	const name = 'ahead';
	const exit = join(dir, 'exit-ahead');
	tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', '-c', root, `CI=false node dist/cli.js; echo EXIT=$? > ${exit}; sleep 60`);
	// At once, while node is still starting: before raw mode, before the first frame, before Ink.
	tmux('send-keys', '-t', name, '-l', 'jjj');
	const pane = () => server.screen(name);
	await server.waitFor(() => /row 4\/\d+/.test(pane()), 'row 4 after three j typed ahead', name);
	assert.ok(!/^jjj/m.test(pane()), 'the typed keys do not show on the view');
	tmux('send-keys', '-t', name, 'q');
	await server.waitFor(() => exitStatus(exit) !== '', 'exit', name);
	assert.equal(exitStatus(exit), 'EXIT=0');
});

const hasScript = spawnSync('script', ['--version']).status === 0;

test('--plain on a terminal wraps each source text to the terminal width under its label column', {skip: !hasTmux ? 'tmux is not installed: cannot run the pseudo-terminal test' : !hasScript ? 'script(1) is not installed' : false}, async () => {
	const name = 'plainwrap';
	const exit = join(dir, 'exit-plainwrap');
	tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '50', '-c', root, `CI=false node dist/cli.js --plain > ${join(dir, 'plain.txt')} 2>&1; script -qec "node dist/cli.js --plain" /dev/null | head -40; echo EXIT=$? > ${exit}; sleep 60`);
	await server.waitFor(() => exitStatus(exit) !== '', 'exit', name);
	const piped = readFileSync(join(dir, 'plain.txt'), 'utf8').split('\n');
	assert.ok(piped.some(line => line.length > 80), 'redirected to a file: one line per source, not wrapped');
	const pane = server.screen(name).split('\n');
	const continuation = pane.filter(line => /^ {3,}\| \S/.test(line));
	assert.ok(continuation.length > 0, `wrapped lines continue under "|":\n${pane.join('\n')}`);
});
