// `npm run bench`: every benchmark in bench/, each in its own process (so one's memory and JIT
// state do not colour the next), after a header naming the machine. Pass --quick for fewer runs.
// Not benchmarks: the story generator, shared helpers, and the accuracy evaluation (npm run eval).
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {machine, quick} from './stats.ts';

const NOT_BENCHMARKS = new Set(['run.ts', 'stats.ts', 'generate.ts', 'eval.ts', 'baseline.ts']);
// Start-up and pipeline first: they carry the targets.
const FIRST = ['startup.ts', 'pipeline.ts'];

const dir = import.meta.dirname;
const found = fs.readdirSync(dir).filter(file => /\.tsx?$/.test(file) && !file.endsWith('.d.ts') && !NOT_BENCHMARKS.has(file));
const order = [...FIRST.filter(file => found.includes(file)), ...found.filter(file => !FIRST.includes(file)).sort()];

console.log(`crosscheck benchmarks${quick ? ' (--quick)' : ''}: ${new Date().toISOString()}`);
console.log(`machine: ${machine()}`);
let failed = 0;
for (const file of order) {
	console.log(`\n== bench/${file}`);
	const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file), ...(quick ? ['--quick'] : [])], {stdio: 'inherit'});
	if (result.status !== 0) {
		failed++;
		console.log(`bench/${file} failed (exit ${result.status ?? result.signal})`);
	}
}
process.exitCode = failed > 0 ? 1 : 0;
