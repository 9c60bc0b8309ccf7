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
import {TerminalScreen} from './screen.ts';
import {wantsColor} from './theme.ts';
import type {ViewModel} from './view-model.ts';

/** A story on its way: the load's result, where it stands, and how to stop it. */
export interface PendingStory {
	result: Promise<LoadedStory>;
	progress: ProgressTracker;
	cancel(): void;
	/** Shown on the progress screen, e.g. "12 inputs". */
	what?: string;
}

export interface RunOptions {
	/** Prints reading warnings on the normal screen (after the view closes). */
	reportWarnings: (warnings: string[]) => void;
	/**
	 * The loaded story, when it was ready within the progress delay (the caller waits that long and
	 * reports its warnings): the view opens straight onto the grid. Otherwise the progress screen shows.
	 */
	early?: LoadedStory;
	/** The terminal session, when the caller already entered it to paint the first frame. */
	screen?: TerminalScreen;
	/** The view model that first frame was built from. */
	vm?: ViewModel;
	/** Where keys come from: a terminal (default process.stdin; /dev/tty when stdin is a pipe or was read for `-`). */
	keys?: NodeJS.ReadStream;
}

/** 'quit': the user closed the view (exit 0); 'cancelled': the user stopped the load (exit 130). */
export type RunOutcome = 'quit' | 'cancelled';

export interface RootProps {
	initial?: LoadedStory;
	initialVm?: ViewModel;
	pending: PendingStory;
	color: boolean;
	onLoaded: (loaded: LoadedStory) => void;
	onCancel: () => void;
}

/** The load, then the view: progress while `pending` runs, the claim grid once it resolves. Exported for tests. */
export function ViewRoot({initial, initialVm, pending, color, onLoaded, onCancel}: RootProps) {
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
		return <App story={loaded.story} color={color} notice={notice} vm={loaded === initial ? initialVm : undefined} />;
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
	const {early} = options;
	let deferred: string[] = [];
	const keys = options.keys ?? process.stdin;
	const screen = options.screen ?? new TerminalScreen({stdout, stdin: keys});
	screen.enter();
	let instance: ReturnType<typeof render> | undefined;
	let outcome: RunOutcome = 'quit';
	screen.onInterrupt = () => {
		pending.cancel();
		instance?.unmount();
	};
	try {
		instance = render(
			<ViewRoot
				initial={early}
				initialVm={options.vm}
				pending={pending}
				color={wantsColor(process.env, stdout)}
				onLoaded={loaded => (deferred = loaded.warnings)}
				onCancel={() => {
					outcome = 'cancelled';
					pending.cancel();
				}}
			/>,
			{stdin: keys, exitOnCtrlC: false, maxFps: 60},
		);
		await instance.waitUntilExit();
	} finally {
		screen.restore();
	}
	// Warnings that arrived while the view was open were shown in it; repeat them on the normal screen.
	if (deferred.length > 0) options.reportWarnings(deferred);
	return outcome;
}
