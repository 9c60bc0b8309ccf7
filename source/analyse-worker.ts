// Worker-thread entry (bundled as dist/analyse-worker.js): runs the synchronous analysis off the
// main thread, so the interactive view keeps drawing progress and reading keys (Ctrl-C) meanwhile.
// It receives one request, reports each stage as it starts, and replies with the story.
import {parentPort} from 'node:worker_threads';
import {analyse, type Stage} from './pipeline.ts';
import type {Source, Story} from './model.ts';

export interface AnalyseRequest {
	sources: Source[];
	title?: string;
}

export type AnalyseReply =
	| {type: 'stage'; stage: Stage; index: number; total: number}
	| {type: 'done'; story: Story}
	| {type: 'error'; message: string; stack?: string};

const port = parentPort;
if (port) {
	port.once('message', (request: AnalyseRequest) => {
		const reply = (message: AnalyseReply) => port.postMessage(message);
		try {
			const story = analyse(request.sources, {title: request.title, onStage: (stage, index, total) => reply({type: 'stage', stage, index, total})});
			reply({type: 'done', story});
		} catch (error) {
			reply({type: 'error', message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack});
		}
	});
}
