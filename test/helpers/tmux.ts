// The built CLI in a real pseudo-terminal: a private tmux server per test file (its own socket, so
// test files running at once do not meet), panes read back as text, polled until a condition holds.
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export interface TmuxServer {
	tmux(...args: string[]): string;
	/** The visible text of a session's pane. */
	screen(session: string): string;
	alternateOn(session: string): boolean;
	cursorShown(session: string): boolean;
	/** Polls `check` every `pollMs` until it holds; on timeout, fails showing the pane. */
	waitFor(check: () => boolean, what: string, session: string, timeoutMs?: number): Promise<void>;
	kill(): void;
}

export function tmuxServer(name: string, {timeoutMs, pollMs = 25}: {timeoutMs: number; pollMs?: number}): TmuxServer {
	const socket = `${name}-${process.pid}`;
	const tmux = (...args: string[]): string => {
		const result = spawnSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
		if (result.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${result.stderr}`);
		return result.stdout;
	};
	const screen = (session: string) => tmux('capture-pane', '-p', '-t', session);
	const flag = (session: string, name: string) => tmux('display-message', '-p', '-t', session, `#{${name}}`).trim() === '1';
	return {
		tmux,
		screen,
		alternateOn: session => flag(session, 'alternate_on'),
		cursorShown: session => flag(session, 'cursor_flag'),
		async waitFor(check, what, session, timeout = timeoutMs) {
			const start = Date.now();
			while (!check()) {
				if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}; screen:\n${screen(session)}`);
				await new Promise(resolve => setTimeout(resolve, pollMs));
			}
		},
		kill: () => void spawnSync('tmux', ['-L', socket, 'kill-server']),
	};
}

/** What a pane's command wrote to its exit file ("EXIT=0"), or '' while it runs. */
export const exitStatus = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : '');
