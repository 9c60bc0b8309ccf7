// Alignment evaluation: runs the real pipeline on a story, scores it against a gold labelling, and
// shows the plain TF-IDF baseline beside it. `npm run eval` for the report, `-- --json` for JSON,
// `-- --gold FILE --story FILE` for another labelled story, `-- --sweep` for baseline thresholds.
import fs from 'node:fs';
import process from 'node:process';
import {readInputs} from '../source/read/index.ts';
import {analyse} from '../source/pipeline.ts';
import type {Story} from '../source/model.ts';
import {GoldError, parseGold, scoreStory, worstSplits, type EvalReport} from '../source/eval/score.ts';
import {cellWidth, sanitizeInline} from '../source/text/terminal.ts';
import {BASELINE_THRESHOLD, withBaselineRows} from './baseline.ts';

interface Args {
	json: boolean;
	sweep: boolean;
	gold: string;
	story: string;
	top: number;
}

function parseArgs(argv: string[]): Args {
	const args: Args = {json: false, sweep: false, gold: 'bench/gold/demo.json', story: 'fixtures/demo/story.json', top: 5};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		if (flag === '--json') args.json = true;
		else if (flag === '--sweep') args.sweep = true;
		else if (flag === '--gold' || flag === '--story' || flag === '--top') {
			const value = argv[++i];
			if (value === undefined) fail(`${flag} needs a value`);
			if (flag === '--top') args.top = Number(value);
			else args[flag.slice(2) as 'gold' | 'story'] = value;
		} else fail(`unknown flag ${flag} (flags: --json --sweep --gold FILE --story FILE --top N)`);
	}
	return args;
}

function fail(message: string): never {
	process.stderr.write(`eval: ${sanitizeInline(message)}\n`);
	process.exit(2);
}

/** One-line excerpt, at most `width` terminal cells. */
function short(text: string, width = 60): string {
	const clean = sanitizeInline(text).replace(/\s+/g, ' ').trim();
	if (cellWidth(clean) <= width) return clean;
	let out = '';
	for (const char of clean) {
		if (cellWidth(out + char) > width - 1) break;
		out += char;
	}
	return `${out}…`;
}

const fixed = (n: number) => n.toFixed(3);

function scoreLine(name: string, r: EvalReport): string {
	const p = r.pairs;
	return `${name.padEnd(22)} P ${fixed(p.precision)}  R ${fixed(p.recall)}  F1 ${fixed(p.f1)}   pairs ${p.truePositives} right of ${p.predicted} predicted, ${p.gold} gold`;
}

function textReport(args: Args, story: Story, real: EvalReport, baseline: EvalReport, sweep: Array<{threshold: number; report: EvalReport}>, ms: number): string {
	const label = new Map(story.sources.map(s => [s.id, s.label]));
	const unit = new Map(story.units.map(u => [u.id, u]));
	const who = (id: string) => label.get(unit.get(id)!.source) ?? '?';
	const lines: string[] = [];
	lines.push(`alignment eval: ${args.story} against ${args.gold} (${real.groups.length} claim groups, ${real.claims.total} claim sentences; pipeline ${ms.toFixed(0)} ms)`);
	lines.push(scoreLine('pipeline', real));
	lines.push(scoreLine(`baseline tf-idf @${BASELINE_THRESHOLD}`, baseline));
	for (const {threshold, report} of sweep) lines.push(scoreLine(`baseline tf-idf @${threshold}`, report));
	lines.push(
		`junk kept ${real.junk.kept.length}/${real.junk.total}   claims dropped ${real.claims.dropped.length}/${real.claims.total}   ` +
			`headings ${real.headings.correct}/${real.headings.total}   claim units the gold does not label ${real.unlabelled.length}`,
	);
	for (const j of real.junk.kept) lines.push(`  junk kept     ${j.source}: "${short(j.text)}" (${j.why})`);
	for (const d of real.claims.dropped) lines.push(`  claim dropped ${d.source}: "${short(d.text)}" (${d.reason})`);
	for (const h of real.headings.wrong) lines.push(`  heading as ${h.kind.padEnd(11)} ${h.source}: "${short(h.text)}"`);
	for (const id of real.unlabelled) lines.push(`  unlabelled    ${who(id)}: "${short(unit.get(id)!.text)}"`);

	const splits = worstSplits(real.groups).slice(0, args.top);
	lines.push(`worst splits (same claim, different rows): ${worstSplits(real.groups).length} of ${real.groups.filter(g => g.pairs > 0).length} multi-source groups`);
	for (const g of splits) {
		const rows = Object.entries(g.rows)
			.map(([row, ids]) => `${row}(${ids.map(who).join(',')})`)
			.join(' ');
		lines.push(`  ${g.id} ${g.found}/${g.pairs} pairs  ${short(g.label, 50)}`);
		lines.push(`       ${rows}`);
	}
	lines.push(`worst false merges (different claims, one row): ${real.merges.length} rows`);
	for (const m of real.merges.slice(0, args.top)) {
		lines.push(`  ${m.row}: ${m.falsePairs} false pairs`);
		for (const u of m.units) lines.push(`       ${(label.get(u.source) ?? '?').padEnd(12)} [${u.groups.join(',')}] ${short(u.text, 56)}`);
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	let gold;
	try {
		gold = parseGold(JSON.parse(fs.readFileSync(args.gold, 'utf8')));
	} catch (error) {
		fail(`${args.gold}: ${(error as Error).message}`);
	}
	const read = await readInputs([args.story]);
	for (const warning of read.warnings) process.stderr.write(`eval: ${sanitizeInline(warning)}\n`);
	if (read.errors.length) fail(read.errors.join('; '));
	const started = performance.now();
	const story = analyse(read.sources, {title: read.title});
	const ms = performance.now() - started;
	try {
		const real = scoreStory(gold, story);
		const baseline = scoreStory(gold, withBaselineRows(story));
		const sweep = args.sweep
			? [0.1, 0.15, 0.2, 0.25, 0.35, 0.4, 0.5].map(threshold => ({threshold, report: scoreStory(gold, withBaselineRows(story, threshold))}))
			: [];
		if (args.json) {
			const brief = (r: EvalReport) => ({pairs: r.pairs, junkKept: r.junk.kept.length, junk: r.junk.total, claimsDropped: r.claims.dropped.length, claims: r.claims.total});
			const out = {
				story: args.story,
				gold: args.gold,
				pipelineMs: ms,
				pipeline: real,
				baseline: {threshold: BASELINE_THRESHOLD, ...brief(baseline)},
				sweep: sweep.map(({threshold, report}) => ({threshold, ...brief(report)})),
			};
			process.stdout.write(`${JSON.stringify(out, null, '\t')}\n`);
		} else process.stdout.write(`${textReport(args, story, real, baseline, sweep, ms)}\n`);
	} catch (error) {
		if (error instanceof GoldError) fail(error.message);
		throw error;
	}
}

await main();
