// What the interactive view shows while a long load runs (slow URLs, a hundred articles): the
// stage names with a bar, the elapsed time, and how to stop. The analysis runs in a worker thread,
// so this keeps redrawing and reading keys; Ctrl-C, q or Esc cancel the load.
import React, {useEffect, useState} from 'react';
import {Box, Text, useInput, useStdout} from 'ink';
import {progressLine, type ProgressSnapshot, type ProgressTracker} from '../progress.ts';
import {sanitizeInline} from '../text/terminal.ts';

export interface ProgressViewProps {
	snapshot: ProgressSnapshot;
	elapsedMs: number;
	columns: number;
	/** What is being loaded (e.g. "3 inputs"), until the snapshot says more. */
	what?: string;
	color: boolean;
}

/** Seconds with one decimal: "1.4 s". */
export function formatElapsed(ms: number): string {
	return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
}

/** The loading screen: pure, sized to `columns` (no line is wider), three lines. */
export function ProgressView({snapshot, elapsedMs, columns, what, color}: ProgressViewProps) {
	const width = Math.max(1, columns);
	const bar = progressLine(snapshot.stage, snapshot.step, snapshot.steps, width);
	const cut = (text: string) => ([...text].length < width ? text : [...text].slice(0, Math.max(0, width - 1)).join(''));
	const about = snapshot.detail ?? what;
	const status = cut(`${formatElapsed(elapsedMs)}${about ? ` · ${sanitizeInline(about)}` : ''}`);
	return (
		<Box flexDirection="column">
			<Text wrap="truncate-end" bold={color}>{bar || ' '}</Text>
			<Text wrap="truncate-end" dimColor={color}>{status || ' '}</Text>
			<Text wrap="truncate-end" dimColor={color}>{cut('Ctrl-C cancels') || ' '}</Text>
		</Box>
	);
}

export interface LoadingProps {
	progress: ProgressTracker;
	onCancel: () => void;
	what?: string;
	color: boolean;
	/** Clock and redraw interval, for tests. */
	now?: () => number;
	tickMs?: number;
}

/** ProgressView wired to a tracker and the keyboard; redraws on each stage and every `tickMs`. */
export function Loading({progress, onCancel, what, color, now = () => performance.now(), tickMs = 100}: LoadingProps) {
	const {stdout} = useStdout();
	const [snapshot, setSnapshot] = useState(progress.current);
	const [time, setTime] = useState(now);
	useEffect(() => progress.subscribe(() => setSnapshot(progress.current())), [progress]);
	useEffect(() => {
		const timer = setInterval(() => setTime(now()), tickMs);
		return () => clearInterval(timer);
	}, [now, tickMs]);
	useInput((input, key) => {
		if ((key.ctrl && input === 'c') || input === 'q' || key.escape) onCancel();
	});
	return <ProgressView snapshot={snapshot} elapsedMs={time - progress.started} columns={stdout.columns || 80} what={what} color={color} />;
}
