// Interactive view entry: full screen in the alternate buffer, restored on quit, error or signal.
import React from 'react';
import {render} from 'ink';
import type {Story} from '../model.ts';
import {App} from './app.tsx';
import {wantsColor} from './theme.ts';

const ENTER_ALT = '\x1b[?1049h\x1b[H';
const LEAVE_ALT = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';

/** Ink only renders on exit when it thinks it runs in CI; the view would look frozen there. */
function inkThinksCi(env: NodeJS.ProcessEnv): boolean {
	const set = (key: string) => key in env && env[key] !== '0' && env[key] !== 'false';
	return set('CI') || set('CONTINUOUS_INTEGRATION');
}

export async function runInteractive(story: Story): Promise<void> {
	const stdout = process.stdout;
	if (inkThinksCi(process.env)) {
		const {renderPlain} = await import('../export/plain.ts');
		stdout.write(renderPlain(story) + '\n');
		return;
	}
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		stdout.write(LEAVE_ALT + SHOW_CURSOR);
	};
	stdout.write(ENTER_ALT);
	process.on('exit', restore);
	let instance: ReturnType<typeof render> | undefined;
	const onSignal = (signal: NodeJS.Signals) => {
		instance?.unmount();
		restore();
		process.exit(signal === 'SIGTERM' ? 143 : 129);
	};
	process.on('SIGTERM', onSignal);
	process.on('SIGHUP', onSignal);
	try {
		instance = render(<App story={story} color={wantsColor(process.env, stdout)} />, {exitOnCtrlC: false, maxFps: 60});
		await instance.waitUntilExit();
	} finally {
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		restore();
		process.off('exit', restore);
	}
}
