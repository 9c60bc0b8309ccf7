// The main thread's side of the analysis worker (source/analyse-worker.ts). The interactive view
// analyses large stories there, so it can draw progress and read keys meanwhile; the result is the
// same Story that analyse() returns (plain data, structured-cloned). cancel() stops the analysis at
// once, even in the middle of a long synchronous stage.
import {Worker} from 'node:worker_threads';
import type {Source, Story} from './model.ts';
import type {AnalyseOptions} from './pipeline.ts';
import type {AnalyseReply, AnalyseRequest} from './analyse-worker.ts';

/**
 * Below this much text (all sources together, in UTF-16 units) the interactive view analyses on the
 * main thread: that takes well under 0.3 s even before the code is warm (the demo story, 25,000,
 * about 50 ms), ends before a progress screen would be due, and starting a worker and loading the
 * pipeline into it would cost more (measured: the demo's first frame ~20 ms later with a worker,
 * even one started before reading). Until the view opens the terminal is not in raw mode, so Ctrl-C
 * still interrupts a main-thread analysis. Above this size (about 10 articles) a worker does it.
 */
export const WORKER_MIN_CHARS = 50_000;

export interface AnalysisWorker {
	/** Sends the sources; resolves with the story. Call once. */
	analyse(sources: Source[], options?: AnalyseOptions): Promise<Story>;
	/** Terminates the worker; a pending analyse() rejects with a CancelledError. Safe to call twice. */
	cancel(): void;
}

export class CancelledError extends Error {
	constructor() {
		super('cancelled');
		this.name = 'CancelledError';
	}
}

/** Spawns the worker. In the bundle it is dist/analyse-worker.js; from sources (tsx), the .ts entry. */
function spawn(): Worker {
	const fromSource = import.meta.url.endsWith('.ts');
	const entry = new URL(fromSource ? './analyse-worker.ts' : './analyse-worker.js', import.meta.url);
	if (!fromSource) return new Worker(entry);
	// Under tsx, loader hooks given with --import do not reach worker threads: register tsx there first.
	const tsx = import.meta.resolve('tsx/esm/api');
	return new Worker(`import(${JSON.stringify(tsx)}).then(api => { api.register(); return import(${JSON.stringify(entry.href)}); })`, {eval: true, execArgv: []});
}

export function startAnalysisWorker(): AnalysisWorker {
	const worker = spawn();
	// An idle worker must not keep the process alive (say, when reading the inputs fails).
	worker.unref();
	let settled = false;
	let reject: ((error: Error) => void) | undefined;
	const finish = () => {
		settled = true;
		void worker.terminate();
	};
	return {
		analyse(sources, options = {}) {
			return new Promise<Story>((resolve, fail) => {
				if (settled) {
					fail(new CancelledError());
					return;
				}
				reject = fail;
				worker.ref();
				worker.on('message', (reply: AnalyseReply) => {
					if (reply.type === 'stage') options.onStage?.(reply.stage, reply.index, reply.total);
					else if (reply.type === 'done') {
						finish();
						resolve(reply.story);
					} else if (reply.type === 'error') {
						finish();
						const error = new Error(reply.message);
						if (reply.stack) error.stack = reply.stack;
						fail(error);
					}
				});
				worker.on('error', error => {
					finish();
					fail(error);
				});
				worker.on('exit', code => {
					if (settled) return;
					settled = true;
					fail(new Error(`the analysis worker stopped unexpectedly (exit code ${code})`));
				});
				const request: AnalyseRequest = {sources, title: options.title};
				worker.postMessage(request);
			});
		},
		cancel() {
			if (settled) return;
			finish();
			reject?.(new CancelledError());
		},
	};
}
