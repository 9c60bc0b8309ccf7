// The analysis worker the interactive view uses for large stories: the same story as analyse(),
// stages reported as they start, cancel() stopping it mid-stage, and an idle worker never keeping
// the process alive.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {analyse} from '../source/pipeline.ts';
import {CancelledError, startAnalysisWorker} from '../source/analyse-in-worker.ts';
import {generateSources} from '../bench/generate.ts';

const root = path.resolve(import.meta.dirname, '..');

test('the worker returns the story analyse() makes, reporting each stage in order', {timeout: 60_000}, async () => {
	const sources = generateSources(4);
	const stages: string[] = [];
	const worker = startAnalysisWorker();
	const story = await worker.analyse(structuredClone(sources), {title: 'Generated', onStage: (stage, index, total) => stages.push(`${index + 1}/${total} ${stage}`)});
	assert.deepEqual(stages, ['1/5 split', '2/5 classify', '3/5 mentions', '4/5 align', '5/5 compare']);
	assert.deepEqual(story, analyse(structuredClone(sources), {title: 'Generated'}));
	worker.cancel(); // after the end: nothing to do
});

test('cancel() stops an analysis in the middle of a stage', {timeout: 60_000}, async () => {
	const worker = startAnalysisWorker();
	let started = 0;
	const run = worker.analyse(generateSources(300), {
		onStage: stage => {
			if (stage === 'mentions') started = performance.now();
		},
	});
	while (started === 0) await new Promise(resolve => setTimeout(resolve, 5));
	worker.cancel();
	await assert.rejects(run, CancelledError);
	assert.ok(performance.now() - started < 5000);
	await assert.rejects(worker.analyse(generateSources(2)), CancelledError, 'a cancelled worker takes no more work');
});

test('a worker that is never given work does not keep the process alive', {timeout: 60_000}, () => {
	const script = `import {startAnalysisWorker} from ${JSON.stringify(path.join(root, 'source/analyse-in-worker.ts'))}; startAnalysisWorker();`;
	const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {cwd: root, encoding: 'utf8', timeout: 30_000});
	assert.equal(result.signal, null, 'exited by itself');
	assert.equal(result.status, 0, result.stderr);
});
