// Shared helpers for the benchmarks: summaries (median, p95) and the machine they ran on.
import os from 'node:os';

export interface Summary {
	n: number;
	median: number;
	p95: number;
	min: number;
	max: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function summarise(values: number[]): Summary {
	const sorted = [...values].sort((a, b) => a - b);
	return {n: sorted.length, median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN};
}

/** "median 12.3 ms, p95 15.0 ms (n=20)" */
export function formatMs(summary: Summary, digits = 1): string {
	return `median ${summary.median.toFixed(digits)} ms, p95 ${summary.p95.toFixed(digits)} ms (n=${summary.n})`;
}

/** "✓ under 150 ms" or "✗ over 150 ms" */
export function verdict(value: number, limit: number, unit = 'ms'): string {
	return value < limit ? `ok: under ${limit} ${unit}` : `MISSED: over ${limit} ${unit}`;
}

export function machine(): string {
	const cpus = os.cpus();
	const model = cpus[0]?.model.trim() ?? 'unknown CPU';
	return `${os.availableParallelism()} CPUs (nproc), ${model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${os.platform()} ${os.release()}`;
}

export const quick = process.argv.includes('--quick');

export function runsFor(full: number, fast: number): number {
	return quick ? fast : full;
}
