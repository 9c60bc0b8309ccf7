// End-to-end: a large story in a real pseudo-terminal (tmux). The built CLI shows a progress screen
// while the analysis runs in its worker, then the claim grid; Ctrl-C during the load exits with
// status 130 (interrupted, as shells report SIGINT) after leaving the alternate screen.
// The story has 300 generated articles, so the analysis lasts well over the 300 ms progress delay
// even on a fast machine (100 articles take about 0.3 s here) and the progress line can be seen.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildCli} from '../scripts/build.mjs';
import {generateSources, writeStory} from '../bench/generate.ts';
import {exitStatus, hasTmux, tmuxServer} from './helpers/tmux.ts';

const {tmux, screen, alternateOn, cursorShown, waitFor, kill} = tmuxServer('cc-e2e-progress', {timeoutMs: 30_000});
const dir = mkdtempSync(path.join(tmpdir(), 'cc-e2e-progress-'));
const dist = path.join(dir, 'dist'); // a private build: other tests rebuild dist/ meanwhile
let story: string;
let bigStory: string; // for Ctrl-C: a load long enough (seconds) that the key always lands during it

function open(session: string, exitFile: string, storyFile = story) {
	const command = `CI=false ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(dist, 'cli.js'))} --max-sources 1000 ${JSON.stringify(storyFile)}; echo EXIT=$? > ${JSON.stringify(exitFile)}; sleep 60`;
	tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', command);
}

const PROGRESS = /crosscheck \[[█░]+\] \d\/6 (read|split|classify|mentions|align|compare)…/;

before(async () => {
	if (!hasTmux) return;
	await buildCli(dist);
	story = path.join(writeStory(generateSources(300), path.join(dir, 'story')), 'story.json');
	bigStory = path.join(writeStory(generateSources(900), path.join(dir, 'big')), 'story.json');
	tmux('new-session', '-d', '-s', 'keep', 'sleep 600');
});

after(() => {
	if (hasTmux) kill();
	rmSync(dir, {recursive: true, force: true});
});

const skip = hasTmux ? false : 'tmux is not installed: cannot run the pseudo-terminal test';

test('a long load shows stage progress in the view, then the claim grid; q quits with 0', {skip, timeout: 90_000}, async () => {
	const exitFile = path.join(dir, 'exit-open');
	open('open', exitFile);
	await waitFor(() => PROGRESS.test(screen('open')), 'the progress line', 'open');
	assert.ok(alternateOn('open'), 'the progress screen is in the alternate screen');
	assert.match(screen('open'), /Ctrl-C cancels/);
	await waitFor(() => /row 1\/\d+/.test(screen('open')), 'the claim grid', 'open');
	assert.match(screen('open'), /300 sources/);
	tmux('send-keys', '-t', 'open', 'q');
	await waitFor(() => exitStatus(exitFile) !== '', 'exit', 'open');
	assert.equal(exitStatus(exitFile), 'EXIT=0');
	assert.equal(alternateOn('open'), false);
});

test('an input that cannot be read: one line, exit status 2, the alternate screen never entered', {skip, timeout: 60_000}, async () => {
	const exitFile = path.join(dir, 'exit-missing');
	const command = `CI=false ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(dist, 'cli.js'))} /nonexistent/missing.txt ${JSON.stringify(path.resolve(import.meta.dirname, '../fixtures/demo/1-afp.txt'))}; echo EXIT=$? > ${JSON.stringify(exitFile)}; sleep 60`;
	tmux('new-session', '-d', '-s', 'missing', '-x', '100', '-y', '30', command);
	await waitFor(() => exitStatus(exitFile) !== '', 'exit', 'missing');
	assert.equal(exitStatus(exitFile), 'EXIT=2');
	const text = screen('missing');
	assert.match(text, /crosscheck: \/nonexistent\/missing\.txt: no such file/);
	assert.doesNotMatch(text, /\n\s+at /, 'no stack trace');
	assert.equal(alternateOn('missing'), false);
});

test('Ctrl-C during the load stops it: exit status 130, alternate screen left, cursor shown', {skip, timeout: 90_000}, async () => {
	const exitFile = path.join(dir, 'exit-cancel');
	open('cancel', exitFile, bigStory);
	await waitFor(() => PROGRESS.test(screen('cancel')), 'the progress line', 'cancel');
	tmux('send-keys', '-t', 'cancel', 'C-c');
	await waitFor(() => exitStatus(exitFile) !== '', 'exit', 'cancel');
	// 130, not 0: the load was stopped, the view never opened (a finished load would quit with 0).
	assert.equal(exitStatus(exitFile), 'EXIT=130');
	assert.equal(alternateOn('cancel'), false, 'alternate screen left');
	assert.equal(cursorShown('cancel'), true, 'cursor shown');
	assert.match(screen('cancel'), /crosscheck: cancelled/);
	assert.doesNotMatch(screen('cancel'), PROGRESS, 'no progress left on the normal screen');
});
