// Interactive view entry: full screen in the alternate buffer, restored on quit, error or signal.
// The story may still be loading when this is called (inputs being read, the analysis running in
// a worker): a load that ends within the progress delay opens straight onto the claim grid; a
// longer one shows a progress screen first, which Ctrl-C cancels.
import React, {useEffect, useRef, useState} from 'react';
import {render, useApp} from 'ink';
import type {LoadedStory} from '../load.ts';
import type {ProgressTracker} from '../progress.ts';
import {App} from './app.tsx';
import {Loading} from './progress.tsx';
import {wantsColor} from './theme.ts';

const ENTER_ALT = '\x1b[?1049h\x1b[H';
const LEAVE_ALT = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';

/** A story on its way: the load's result, where it stands, and how to stop it. */
export interface PendingStory {
	result: Promise<LoadedStory>;
	progress: ProgressTracker;
	cancel(): void;
	/** Shown on the progress screen, e.g. "12 inputs". */
	what?: string;
}

export interface RunOptions {
	/** Prints reading warnings on the normal screen (before the view opens, or after it closes). */
	reportWarnings: (warnings: string[]) => void;
	/** Loads that end within this long (from progress.started) show no progress screen. */
	delayMs?: number;
}

/** 'quit': the user closed the view (exit 0); 'cancelled': the user stopped the load (exit 130). */
export type RunOutcome = 'quit' | 'cancelled';

export interface RootProps {
	initial?: LoadedStory;
	pending: PendingStory;
	color: boolean;
	onLoaded: (loaded: LoadedStory) => void;
	onCancel: () => void;
}

/** The load, then the view: progress while `pending` runs, the claim grid once it resolves. Exported for tests. */
export function ViewRoot({initial, pending, color, onLoaded, onCancel}: RootProps) {
	const {exit} = useApp();
	const [loaded, setLoaded] = useState(initial);
	// Set as soon as the story arrives: a key read by the progress screen in the moment before it
	// unmounts (its input handler goes in a passive effect) must not cancel a finished load.
	const arrived = useRef(initial !== undefined);
	useEffect(() => {
		if (loaded) return;
		let live = true;
		pending.result.then(
			result => {
				if (!live) return;
				arrived.current = true;
				onLoaded(result);
				setLoaded(result);
			},
			(error: unknown) => {
				if (live) exit(error instanceof Error ? error : new Error(String(error)));
			},
		);
		return () => {
			live = false;
		};
	}, []); // one load per mount
	if (loaded) {
		const notice = loaded === initial ? undefined : loaded.warnings.join(' · ') || undefined;
		return <App story={loaded.story} color={color} notice={notice} />;
	}
	return (
		<Loading
			progress={pending.progress}
			color={color}
			what={pending.what}
			onCancel={() => {
				if (arrived.current) return;
				onCancel();
				exit();
			}}
		/>
	);
}

export async function runInteractive(pending: PendingStory, options: RunOptions): Promise<RunOutcome> {
	const stdout = process.stdout;
	const delayMs = options.delayMs ?? 300;
	// Quick loads (the demo story) open straight onto the grid: wait for the story up to the delay.
	const wait = Math.max(0, delayMs - (performance.now() - pending.progress.started));
	let timer: NodeJS.Timeout | undefined;
	const early = await Promise.race([pending.result, new Promise<undefined>(resolve => (timer = setTimeout(() => resolve(undefined), wait)))]).finally(() => clearTimeout(timer));
	if (early) options.reportWarnings(early.warnings);

	let restored = false;
	let deferred: string[] = [];
	const restore = () => {
		if (restored) return;
		restored = true;
		stdout.write(LEAVE_ALT + SHOW_CURSOR);
	};
	stdout.write(ENTER_ALT);
	process.on('exit', restore);
	let instance: ReturnType<typeof render> | undefined;
	let outcome: RunOutcome = 'quit';
	const onSignal = (signal: NodeJS.Signals) => {
		pending.cancel();
		instance?.unmount();
		restore();
		process.exit(signal === 'SIGTERM' ? 143 : signal === 'SIGINT' ? 130 : 129);
	};
	process.on('SIGTERM', onSignal);
	process.on('SIGHUP', onSignal);
	process.on('SIGINT', onSignal);
	try {
		instance = render(
			<ViewRoot
				initial={early}
				pending={pending}
				color={wantsColor(process.env, stdout)}
				onLoaded={loaded => (deferred = loaded.warnings)}
				onCancel={() => {
					outcome = 'cancelled';
					pending.cancel();
				}}
			/>,
			{exitOnCtrlC: false, maxFps: 60},
		);
		await instance.waitUntilExit();
	} finally {
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		process.off('SIGINT', onSignal);
		restore();
		process.off('exit', restore);
	}
	// Warnings that arrived while the view was open were shown in it; repeat them on the normal screen.
	if (deferred.length > 0) options.reportWarnings(deferred);
	return outcome;
}
