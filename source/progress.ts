// Stage progress on stderr for scripted runs (exports, find) when stderr is a terminal.
// Nothing is drawn for work that ends within `delayMs`, so quick runs never flicker; the line is
// erased when the work ends, so it never mixes with the output.
//
// The analysis is synchronous, so timers cannot fire while it runs: the line is (re)drawn when a
// stage starts and `delayMs` have passed since the start. A timer covers the asynchronous reading
// before it (slow URLs), when the event loop is free.
import type {Stage} from './pipeline.ts';
import {cellWidth} from './text/terminal.ts';

export type ProgressStage = 'read' | Stage;

export interface ProgressStream {
	isTTY?: boolean;
	columns?: number;
	write(text: string): unknown;
}

export interface ProgressOptions {
	stream?: ProgressStream;
	/** Quiet period before the first draw. */
	delayMs?: number;
	/** Clock, for tests. */
	now?: () => number;
	/** Timers, for tests; the default is unref'd so it never keeps the process alive. */
	setTimer?: (callback: () => void, ms: number) => {cancel(): void};
	env?: NodeJS.ProcessEnv;
}

export interface StageProgress {
	/** Pass to analyse(..., {onStage}); pipeline stage i of n is drawn as step i+2 of n+1 (reading is step 1). */
	onStage(stage: Stage, index: number, total: number): void;
	/** Erases the line (if drawn) and stops the timer. Safe to call twice. */
	done(): void;
}

const BAR_CELLS = 20;
const ERASE_LINE = '\r\u001B[2K';

/** True when progress may be drawn: a real terminal that understands cursor movement. */
export function progressEnabled(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): boolean {
	return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/** One progress line: `crosscheck [████████░░░░] 3/6 mentions`, cut to the terminal's width. */
export function progressLine(stage: ProgressStage, step: number, steps: number, columns = 80): string {
	const filled = Math.round((BAR_CELLS * Math.max(0, step - 1)) / Math.max(1, steps));
	const bar = '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
	const line = `crosscheck [${bar}] ${step}/${steps} ${stage}…`;
	const room = Math.max(1, columns - 1); // never write the last column: some terminals wrap there
	if (cellWidth(line) <= room) return line;
	const short = `${step}/${steps} ${stage}…`;
	return cellWidth(short) <= room ? short : '';
}

function realTimer(callback: () => void, ms: number): {cancel(): void} {
	const timer = setTimeout(callback, ms);
	timer.unref();
	return {cancel: () => clearTimeout(timer)};
}

/** Starts the clock now (reading counts as the first step) and returns the reporter. */
export function startStageProgress(options: ProgressOptions = {}): StageProgress {
	const stream = options.stream ?? process.stderr;
	const delayMs = options.delayMs ?? 300;
	const now = options.now ?? (() => performance.now());
	const enabled = progressEnabled(stream, options.env);
	// Where the work stands, as the interactive view tracks it (reading is step 1, then the stages).
	const tracker = createProgressTracker(now);
	let drawn = false;
	let finished = false;

	const draw = () => {
		if (!enabled || finished) return;
		const current = tracker.current();
		// A pty with no size set reports 0 columns.
		const line = progressLine(current.stage, current.step, current.steps, stream.columns || 80);
		if (line === '') return;
		stream.write(ERASE_LINE + line);
		drawn = true;
	};
	const timer = enabled ? (options.setTimer ?? realTimer)(draw, delayMs) : undefined;

	return {
		onStage(stage, index, total) {
			tracker.onStage(stage, index, total);
			if (now() - tracker.started >= delayMs) draw();
		},
		done() {
			if (finished) return;
			finished = true;
			timer?.cancel();
			if (drawn) stream.write(ERASE_LINE);
		},
	};
}

export interface ProgressSnapshot {
	stage: ProgressStage;
	/** 1-based; reading the inputs is step 1, pipeline stage i of n is step i+2 of n+1. */
	step: number;
	steps: number;
	/** What is being worked on, once known (e.g. "120 sources"). */
	detail?: string;
}

/**
 * Where a long load is, for the interactive view: reading is step 1, then the pipeline's stages
 * (reported from the analysis worker). Listeners hear every change; `started` is when work began,
 * so the view can keep quiet for quick loads.
 */
export interface ProgressTracker {
	readonly started: number;
	current(): ProgressSnapshot;
	onStage(stage: Stage, index: number, total: number): void;
	setDetail(detail: string): void;
	subscribe(listener: () => void): () => void;
}

export function createProgressTracker(now: () => number = () => performance.now()): ProgressTracker {
	let snapshot: ProgressSnapshot = {stage: 'read', step: 1, steps: 6};
	const listeners = new Set<() => void>();
	const update = (next: ProgressSnapshot) => {
		snapshot = next;
		for (const listener of listeners) listener();
	};
	return {
		started: now(),
		current: () => snapshot,
		onStage: (stage, index, total) => update({...snapshot, stage, step: index + 2, steps: total + 1}),
		setDetail: detail => update({...snapshot, detail}),
		subscribe(listener) {
			listeners.add(listener);
			return () => void listeners.delete(listener);
		},
	};
}
