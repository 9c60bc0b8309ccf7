// Alignment evaluation: runs the real pipeline on a story, scores it against every gold labelling of
// that story (each bench/gold/*.json whose source files are the story's; or `--gold FILE`, repeatable),
// shows two plain TF-IDF baselines beside it (single link at a fixed cosine; average-link clustering), the mean over the golds and how far the golds agree with
// each other. `npm run eval` for the report, `-- --json` for JSON, `-- --story FILE` for another
// labelled story, `-- --sweep` for baseline thresholds. Diagnostics are for the first gold.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {readInputs} from '../source/read/index.ts';
import {analyse} from '../source/pipeline.ts';
import type {Story} from '../source/model.ts';
import {GoldError, goldFitsSources, goldRows, parseGold, scoreStory, bestSingleRowRows, worstSplits, type EvalReport, type Gold, type PairScores} from '../source/eval/score.ts';
import {cellWidth, sanitizeInline} from '../source/text/terminal.ts';
import {AVERAGE_LINK_THRESHOLD, averageLinkRows, BASELINE_THRESHOLD, withBaselineRows} from './baseline.ts';

interface Args {
	json: boolean;
	sweep: boolean;
	gold: string[]; // empty: every bench/gold/*.json that fits the story
	story: string;
	top: number;
}

function parseArgs(argv: string[]): Args {
	const args: Args = {json: false, sweep: false, gold: [], story: 'fixtures/demo/story.json', top: 5};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		if (flag === '--json') args.json = true;
		else if (flag === '--sweep') args.sweep = true;
		else if (flag === '--gold' || flag === '--story' || flag === '--top') {
			const value = argv[++i];
			if (value === undefined) fail(`${flag} needs a value`);
			if (flag === '--top') args.top = Number(value);
			else if (flag === '--gold') args.gold.push(value);
			else args.story = value;
		} else fail(`unknown flag ${flag} (flags: --json --sweep --gold FILE (repeatable) --story FILE --top N)`);
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

/** "name   P 0.870  R 0.690  F1 0.769": one line's label and scores. */
function scoresText(name: string, p: {precision: number; recall: number; f1: number}): string {
	return `${name.padEnd(22)} P ${fixed(p.precision)}  R ${fixed(p.recall)}  F1 ${fixed(p.f1)}`;
}

function scoreLine(name: string, r: EvalReport): string {
	const p = r.pairs;
	return `${scoresText(name, p)}   pairs ${p.truePositives} right of ${p.predicted} predicted, ${p.gold} gold`;
}

const GOLD_DIR = 'bench/gold';

/** Scores of the pipeline and the baseline against one gold. */
interface GoldRun {
	file: string;
	gold: Gold;
	real: EvalReport;
	baseline: EvalReport;
	averageLink: EvalReport;
	/** The best rows found with each sentence in one row, scored against their own gold (bestSingleRowRows). */
	singleRow: EvalReport;
	sweep: Array<{threshold: number; report: EvalReport}>;
}

interface Agreement {
	a: string;
	b: string;
	pairs: PairScores; // b's pairs scored against a's
}

function meanScores(list: PairScores[]): {precision: number; recall: number; f1: number} {
	const mean = (key: 'precision' | 'recall' | 'f1') => list.reduce((sum, p) => sum + p[key], 0) / list.length;
	return {precision: mean('precision'), recall: mean('recall'), f1: mean('f1')};
}

function meanLine(name: string, list: PairScores[]): string {
	const m = meanScores(list);
	return `${scoresText(name, m)}   mean of ${list.length} golds`;
}

/** The gold files to score against: the ones named, else every bench/gold/*.json whose sources are the story's. */
function loadGolds(args: Args, story: Story): Array<{file: string; gold: Gold}> {
	const load = (file: string): Gold => {
		try {
			return parseGold(JSON.parse(fs.readFileSync(file, 'utf8')));
		} catch (error) {
			fail(`${file}: ${(error as Error).message}`);
		}
	};
	if (args.gold.length) return args.gold.map(file => ({file, gold: load(file)}));
	const files = fs.existsSync(GOLD_DIR)
		? fs
				.readdirSync(GOLD_DIR)
				.filter(name => name.endsWith('.json'))
				.sort((a, b) => a.replace(/\.json$/, '').localeCompare(b.replace(/\.json$/, ''), 'en')) // demo before demo-b
				.map(name => path.join(GOLD_DIR, name))
		: [];
	const golds = files.map(file => ({file, gold: load(file)})).filter(({gold}) => goldFitsSources(gold, story.sources));
	if (!golds.length) fail(`no gold in ${GOLD_DIR}/ labels the sources of ${args.story}; name one with --gold FILE`);
	return golds;
}

function textReport(args: Args, story: Story, runs: GoldRun[], agreements: Agreement[], ms: number): string {
	const {real} = runs[0]!;
	const label = new Map(story.sources.map(s => [s.id, s.label]));
	const unit = new Map(story.units.map(u => [u.id, u]));
	const who = (id: string) => label.get(unit.get(id)!.source) ?? '?';
	const lines: string[] = [];
	runs.forEach((run, i) => {
		const what = `${run.file} (${run.real.groups.length} claim groups, ${run.real.claims.total} claim sentences`;
		lines.push(i === 0 ? `alignment eval: ${args.story} against ${what}; pipeline ${ms.toFixed(0)} ms)` : `against ${what})`);
		lines.push(scoreLine('pipeline', run.real));
		lines.push(scoreLine(`baseline tf-idf @${BASELINE_THRESHOLD}`, run.baseline));
		lines.push(scoreLine(`avg-link tf-idf @${AVERAGE_LINK_THRESHOLD}`, run.averageLink));
		lines.push(scoreLine('best one row/sentence', run.singleRow));
		for (const {threshold, report} of run.sweep) lines.push(scoreLine(`baseline tf-idf @${threshold}`, report));
	});
	if (runs.length > 1) {
		lines.push(meanLine('mean pipeline', runs.map(r => r.real.pairs)));
		lines.push(meanLine(`mean baseline @${BASELINE_THRESHOLD}`, runs.map(r => r.baseline.pairs)));
		lines.push(meanLine(`mean avg-link @${AVERAGE_LINK_THRESHOLD}`, runs.map(r => r.averageLink.pairs)));
		for (const {a, b, pairs} of agreements) {
			lines.push(`${scoresText('gold agreement', pairs)}   ${path.basename(b)} against ${path.basename(a)}: ${pairs.truePositives} shared pairs of ${pairs.predicted} and ${pairs.gold}`);
		}
		lines.push(`details against ${runs[0]!.file}:`);
	}
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
	const read = await readInputs([args.story]);
	for (const warning of read.warnings) process.stderr.write(`eval: ${sanitizeInline(warning)}\n`);
	if (read.errors.length) fail(read.errors.join('; '));
	const started = performance.now();
	const story = analyse(read.sources, {title: read.title});
	const ms = performance.now() - started;
	const golds = loadGolds(args, story);
	const baselineStory = withBaselineRows(story);
	const averageLinkStory = withBaselineRows(story, BASELINE_THRESHOLD, averageLinkRows(story));
	const sweepStories = args.sweep ? [0.1, 0.15, 0.2, 0.25, 0.35, 0.4, 0.5].map(threshold => ({threshold, story: withBaselineRows(story, threshold)})) : [];
	let current = golds[0]!.file;
	try {
		const runs: GoldRun[] = golds.map(({file, gold}) => {
			current = file;
			return {
				file,
				gold,
				real: scoreStory(gold, story),
				baseline: scoreStory(gold, baselineStory),
				averageLink: scoreStory(gold, averageLinkStory),
				singleRow: scoreStory(gold, bestSingleRowRows(gold, story)),
				sweep: sweepStories.map(s => ({threshold: s.threshold, report: scoreStory(gold, s.story)})),
			};
		});
		current = '';
		const agreements: Agreement[] = [];
		for (let i = 0; i < runs.length; i++) {
			for (let k = i + 1; k < runs.length; k++) {
				agreements.push({a: runs[i]!.file, b: runs[k]!.file, pairs: scoreStory(runs[i]!.gold, goldRows(runs[k]!.gold, story)).pairs});
			}
		}
		if (args.json) {
			const brief = (r: EvalReport) => ({pairs: r.pairs, junkKept: r.junk.kept.length, junk: r.junk.total, claimsDropped: r.claims.dropped.length, claims: r.claims.total});
			const [first] = runs as [GoldRun];
			const out = {
				story: args.story,
				gold: first.file,
				pipelineMs: ms,
				pipeline: first.real,
				baseline: {threshold: BASELINE_THRESHOLD, ...brief(first.baseline)},
				averageLink: {threshold: AVERAGE_LINK_THRESHOLD, ...brief(first.averageLink)},
				sweep: first.sweep.map(({threshold, report}) => ({threshold, ...brief(report)})),
				golds: runs.map(run => ({
					gold: run.file,
					groups: run.real.groups.length,
					pipeline: brief(run.real),
					baseline: brief(run.baseline),
					averageLink: brief(run.averageLink),
					singleRow: run.singleRow.pairs,
					sweep: run.sweep.map(({threshold, report}) => ({threshold, ...brief(report)})),
				})),
				mean: {
					pipeline: meanScores(runs.map(r => r.real.pairs)),
					baseline: meanScores(runs.map(r => r.baseline.pairs)),
					averageLink: meanScores(runs.map(r => r.averageLink.pairs)),
				},
				agreement: agreements,
			};
			process.stdout.write(`${JSON.stringify(out, null, '\t')}\n`);
		} else process.stdout.write(`${textReport(args, story, runs, agreements, ms)}\n`);
	} catch (error) {
		if (error instanceof GoldError) fail(current ? `${current}: ${error.message}` : error.message);
		throw error;
	}
}

await main();
