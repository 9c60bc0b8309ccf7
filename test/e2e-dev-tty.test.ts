// End-to-end: an article typed on the terminal for `-` (ended with Ctrl-D, which ends standard input)
// opens the view, which then reads its keys from the controlling terminal (/dev/tty), as less and fzf
// do. Standard input that is not a terminal (a pipe) gives the plain table, as any pipe does.
// Runs the built CLI in a real pseudo-terminal (tmux), driven by keys, read back from the screen.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildCli} from '../scripts/build.mjs';
import {exitStatus, hasTmux, tmuxServer} from './helpers/tmux.ts';

const root = path.resolve(import.meta.dirname, '..');
const hasSetsid = spawnSync('setsid', ['--version']).status === 0;
const {tmux, screen, alternateOn, cursorShown, waitFor, kill} = tmuxServer('cc-e2e-devtty', {timeoutMs: 15_000});
const dir = mkdtempSync(path.join(tmpdir(), 'cc-e2e-devtty-'));
const dist = path.join(dir, 'dist'); // a private build: other tests rebuild dist/ meanwhile
const node = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(dist, 'cli.js'))}`;
const cli = `CI=false ${node}`;
const afp = 'fixtures/demo/1-afp.txt';
const voz = 'fixtures/demo/2-voz.txt';

/** Runs `command` (a shell line) in a new 120×40 pane; the pane stays after it ends. Returns the exit file. */
function open(session: string, command: string): string {
	const exitFile = path.join(dir, `exit-${session}`);
	tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', root, `${command}; echo EXIT=$? > ${JSON.stringify(exitFile)}; sleep 60`);
	return exitFile;
}

/** The grid is open and takes keys: j moves to row 2, q quits with status 0 and leaves the alternate screen. */
async function moveAndQuit(session: string, exitFile: string): Promise<void> {
	assert.ok(alternateOn(session), 'the view runs in the alternate screen');
	tmux('send-keys', '-t', session, 'j');
	await waitFor(() => /row 2\/\d+/.test(screen(session)), 'row 2 after j', session);
	tmux('send-keys', '-t', session, 'q');
	await waitFor(() => exitStatus(exitFile) !== '', 'exit', session);
	assert.equal(exitStatus(exitFile), 'EXIT=0');
	assert.equal(alternateOn(session), false, 'alternate screen left');
	assert.equal(cursorShown(session), true, 'cursor shown');
}

before(async () => {
	if (!hasTmux) return;
	await buildCli(dist);
	tmux('new-session', '-d', '-s', 'keep', 'sleep 600');
});

after(() => {
	if (hasTmux) kill();
	rmSync(dir, {recursive: true, force: true});
});

const skip = hasTmux ? false : 'tmux is not installed: cannot run the pseudo-terminal test';

test('an article piped in for - (stdin not a terminal): the plain table, exit 0, no alternate screen', {skip, timeout: 60_000}, async () => {
	const exitFile = open('piped', `cat ${afp} | ${cli} - ${voz}`);
	await waitFor(() => exitStatus(exitFile) !== '', 'exit', 'piped');
	assert.equal(exitStatus(exitFile), 'EXIT=0');
	assert.match(screen('piped'), /^  stdin +\| \S/m, 'the plain claim table');
	assert.equal(alternateOn('piped'), false);
});

test('an article typed on the terminal for -, ended with Ctrl-D, then the view stays open until q', {skip, timeout: 60_000}, async () => {
	const exitFile = open('typed', `${cli} - ${voz}`);
	// Typed as lines, as a user (or a paste) would; the terminal is in cooked mode while it is read.
	const lines = readFileSync(path.join(root, afp), 'utf8').split('\n').filter(Boolean).slice(0, 6);
	await new Promise(resolve => setTimeout(resolve, 300));
	for (const line of lines) tmux('send-keys', '-t', 'typed', '-l', line + '\n');
	assert.equal(alternateOn('typed'), false, 'nothing drawn while the article is typed');
	tmux('send-keys', '-t', 'typed', 'C-d');
	await waitFor(() => /row 1\/\d+/.test(screen('typed')), 'the claim grid', 'typed');
	// Before, stdin had ended and the view closed at once (exit 0): it must still be open.
	await new Promise(resolve => setTimeout(resolve, 700));
	assert.equal(exitStatus(exitFile), '', `the view is still open; screen:\n${screen('typed')}`);
	assert.match(screen('typed'), /row 1\/\d+/);
	await moveAndQuit('typed', exitFile);
});

test('standard input not a terminal (a pipe, unused): the plain table, as for any pipe', {skip, timeout: 60_000}, async () => {
	const exitFile = open('unused', `echo unused | ${cli} ${afp} ${voz}`);
	await waitFor(() => exitStatus(exitFile) !== '', 'exit', 'unused');
	assert.equal(exitStatus(exitFile), 'EXIT=0');
	assert.match(screen('unused'), /^  afp +\| \S/m, 'the plain claim table');
	assert.equal(alternateOn('unused'), false);
});

test('no controlling terminal (setsid): plain output, as before', {skip: skip || (hasSetsid ? false : 'setsid is not installed'), timeout: 60_000}, async () => {
	const exitFile = open('nocontrol', `cat ${afp} | CI=false setsid -w ${node} - ${voz}`);
	await waitFor(() => exitStatus(exitFile) !== '', 'exit', 'nocontrol');
	assert.equal(exitStatus(exitFile), 'EXIT=0');
	assert.match(screen('nocontrol'), /^  stdin +\| \S/m, 'the plain claim table');
	assert.equal(alternateOn('nocontrol'), false);
});
