// The bundle: Ink and React (and the HTML reader) must stay out of everything the CLI loads for
// --version, --help, --json, find and errors. Checked twice: statically, from esbuild's metafile
// (what the entry chunk imports without `import()`), and at run time, by tracing which files a
// real run of the built CLI loads.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {builtinModules} from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Metafile} from 'esbuild';
import {buildCli} from '../scripts/build.mjs';
import {readInputs} from '../source/read/index.ts';

const root = path.resolve(import.meta.dirname, '..');
// Packages only the interactive view may load, and the HTML reader only HTML inputs may load.
const VIEW_ONLY = /node_modules\/(ink|react|react-reconciler|scheduler|yoga-layout)\//;
const HTML_ONLY = /node_modules\/(@mozilla\/readability|linkedom)\//;

let work: string; // temp folder holding dist/ and a fixtures link, like the installed package
let dist: string;
let meta: Metafile;
// Output file (absolute) -> its inputs and imports, from the metafile.
let outputs: Map<string, {inputs: string[]; imports: {path: string; kind: string; external?: boolean}[]}>;

before(async () => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-build-'));
	dist = path.join(work, 'dist');
	fs.symlinkSync(path.join(root, 'fixtures'), path.join(work, 'fixtures'));
	fs.copyFileSync(path.join(root, 'package.json'), path.join(work, 'package.json'));
	meta = await buildCli(dist);
	outputs = new Map(Object.entries(meta.outputs).map(([file, output]) => [
		path.resolve(root, file),
		{inputs: Object.keys(output.inputs), imports: output.imports.map(i => ({...i, path: i.external ? i.path : path.resolve(root, i.path)}))},
	]));
});

/** Output files reachable from `file` through static imports only. */
function staticClosure(file: string): Set<string> {
	const seen = new Set<string>();
	const stack = [file];
	while (stack.length > 0) {
		const next = stack.pop()!;
		if (seen.has(next)) continue;
		seen.add(next);
		for (const imported of outputs.get(next)?.imports ?? []) {
			if (imported.kind === 'import-statement' && !imported.external) stack.push(imported.path);
		}
	}
	return seen;
}

function inputsMatching(files: Iterable<string>, pattern: RegExp): string[] {
	return [...files].flatMap(file => (outputs.get(file)?.inputs ?? []).filter(input => pattern.test(input)));
}

test('the entry chunk and its static imports contain no Ink, React or HTML reader code', () => {
	const entry = path.join(dist, 'cli.js');
	assert.ok(outputs.has(entry), 'dist/cli.js is an output');
	const closure = staticClosure(entry);
	assert.deepEqual(inputsMatching(closure, VIEW_ONLY), []);
	assert.deepEqual(inputsMatching(closure, HTML_ONLY), []);
	// The interactive view is its own chunk, reached only through import().
	const view = [...outputs].find(([, o]) => o.inputs.includes('source/ui/run.tsx'));
	assert.ok(view, 'source/ui/run.tsx is bundled');
	assert.ok(!closure.has(view[0]), 'the view chunk is not statically imported');
	const dynamic = outputs.get(entry)!.imports.filter(i => i.kind === 'dynamic-import').map(i => i.path);
	assert.ok(dynamic.includes(view[0]), 'cli.js loads the view with import()');
	// ... and Ink is there, so the checks above look at the right thing.
	assert.notDeepEqual(inputsMatching(staticClosure(view[0]), /node_modules\/ink\//), [], 'the view chunk brings Ink');
});

// Optional packages the bundled code asks for inside try/catch and works without: linkedom's canvas.
// (Ink's react-devtools-core is replaced by a stub at build time.)
const OPTIONAL = new Set(['canvas']);

test('every dependency is bundled: the output imports only Node built-ins (and guarded optional packages)', () => {
	const builtins = new Set(builtinModules);
	const external = [...outputs.values()].flatMap(o => o.imports.filter(i => i.external).map(i => i.path));
	const stray = external.filter(name => !name.startsWith('node:') && !builtins.has(name) && !OPTIONAL.has(name));
	assert.deepEqual([...new Set(stray)], []);
});

/** Runs the built CLI with a module-load hook; returns the result and the dist files it loaded. */
function tracedRun(args: string[], input?: string) {
	const log = path.join(work, `loaded-${Math.random().toString(36).slice(2)}.txt`);
	const hooks = path.join(work, 'hooks.mjs');
	const register = path.join(work, 'register.mjs');
	if (!fs.existsSync(hooks)) {
		fs.writeFileSync(hooks, [
			"import {appendFileSync} from 'node:fs';",
			'let log;',
			'export function initialize(data) { log = data.log; }',
			"export async function load(url, context, next) { appendFileSync(log, url + '\\n'); return next(url, context); }",
		].join('\n'));
	}
	fs.writeFileSync(register, [
		"import {register} from 'node:module';",
		`register(${JSON.stringify(pathToFileURL(hooks).href)}, {data: {log: process.env.CC_LOAD_LOG}});`,
	].join('\n'));
	const result = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, path.join(dist, 'cli.js'), ...args], {
		cwd: work,
		encoding: 'utf8',
		input,
		env: {...process.env, CC_LOAD_LOG: log, FORCE_COLOR: '0'},
		timeout: 60_000,
	});
	const urls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
	const loaded = urls.filter(url => url.startsWith('file:')).map(url => new URL(url).pathname);
	return {code: result.status, stdout: result.stdout, stderr: result.stderr, loaded};
}

const demoFile = (name: string) => path.join(root, 'fixtures/demo', name);
const demoTexts = () => fs.readdirSync(path.join(root, 'fixtures/demo')).filter(f => f.endsWith('.txt')).map(demoFile);

const scripted: [string, string[], number][] = [
	['--version', ['--version'], 0],
	['--help', ['--help'], 0],
	['--json on the demo story', ['--json'], 0],
	['--plain on text files', ['--plain', ...demoTexts()], 0],
	['find', ['find', 'police'], 0],
	['a missing file (error)', ['/nonexistent/crosscheck-missing.txt', demoTexts()[0]!], 2],
	['an unknown flag (error)', ['--no-such-flag'], 2],
];

for (const [name, args, expected] of scripted) {
	test(`${name}: loads no Ink, React or HTML reader chunk`, () => {
		const run = tracedRun(args);
		assert.equal(run.code, expected, run.stderr);
		assert.ok(run.loaded.includes(path.join(dist, 'cli.js')), 'the trace saw the entry');
		assert.deepEqual(inputsMatching(run.loaded, VIEW_ONLY), [], `loaded: ${run.loaded.join(', ')}`);
		assert.deepEqual(inputsMatching(run.loaded, HTML_ONLY), []);
		assert.ok(!run.loaded.some(file => outputs.get(file)?.inputs.includes('source/ui/run.tsx')), 'the view chunk stayed unloaded');
	});
}

test('--version and --help load neither the reader nor the pipeline', () => {
	for (const args of [['--version'], ['--help']]) {
		const run = tracedRun(args);
		assert.equal(run.code, 0, run.stderr);
		const inputs = run.loaded.flatMap(file => outputs.get(file)?.inputs ?? []);
		assert.deepEqual(inputs.filter(input => /^source\/(pipeline|load|read\/index)\.ts$/.test(input)), [], args.join(' '));
	}
	assert.notDeepEqual(inputsMatching(tracedRun(['--json']).loaded, /^source\/pipeline\.ts$/), [], '--json does load the pipeline');
});

test('a start never calls localeCompare (ICU collation costs ms to start): meow\'s package normaliser is lazy, row ids sort without it', () => {
	// Count String.prototype.localeCompare calls made while the built CLI runs: spdx-correct's table sort makes them at load.
	const preload = path.join(work, 'count-collation.mjs');
	fs.writeFileSync(preload, [
		'const compare = String.prototype.localeCompare;',
		'let calls = 0;',
		'String.prototype.localeCompare = function (...args) { calls++; return compare.apply(this, args); };',
		"process.on('exit', () => process.stderr.write(`localeCompare calls: ${calls}\\n`));",
	].join('\n'));
	for (const args of [['--version'], ['--json']]) {
		const run = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, path.join(dist, 'cli.js'), ...args], {cwd: work, encoding: 'utf8', env: {...process.env, CI: 'true'}});
		assert.equal(run.status, 0, run.stderr);
		const calls = Number(/localeCompare calls: (\d+)/.exec(run.stderr)?.[1]);
		assert.equal(calls, 0, `${args.join(' ')}: ${calls} localeCompare calls (the eager normaliser makes about 300; align once sorted its rows with it)`);
	}
});

test('the trace sees lazily loaded chunks (so the checks above can fail)', () => {
	const page = path.join(work, 'page.html');
	const paragraph = 'The council approved the new budget on Tuesday after a long debate about the city bus routes. '.repeat(3);
	fs.writeFileSync(page, `<!doctype html><html><head><title>T</title></head><body><article><h1>Budget</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`);
	const run = tracedRun(['--json', page, demoTexts()[0]!]);
	assert.equal(run.code, 0, run.stderr);
	assert.notDeepEqual(inputsMatching(run.loaded, HTML_ONLY), [], 'an HTML input loads the reader chunk');
});

test('the bundle reads HTML pages exactly as the sources do (Readability loads in the bundle, not only under tsx)', async () => {
	// The bundle once got Readability's CommonJS exports only as `default`, and every page silently fell back to the
	// plain walk of the page (menus, "Log in" links and repeated headlines included) while the tests under tsx passed.
	const pages = ['fixtures/html/harbour-report.html', 'fixtures/html/voz-article.html', 'fixtures/story6/2-sentinel.html', 'fixtures/story6/4-ledger.html'].map(file => path.join(root, file));
	const run = spawnSync(process.execPath, [path.join(dist, 'cli.js'), '--json', ...pages], {encoding: 'utf8', env: {...process.env, CI: 'true'}});
	assert.equal(run.status, 0, run.stderr);
	const bundled = (JSON.parse(run.stdout) as {sources: Array<{text: string}>}).sources.map(source => source.text);
	const fromSource = (await readInputs(pages)).sources.map(source => source.text);
	assert.deepEqual(bundled, fromSource);
	assert.ok(!bundled[0]!.includes('Log in'), 'site chrome is gone');
});

test('--version prints the package version', () => {
	const run = tracedRun(['--version']);
	const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	assert.equal(run.stdout.trim(), pkg.version);
});

test('installing from git builds: prepare runs the build script, bin points into it', () => {
	const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	assert.match(pkg.scripts.prepare, /scripts\/build\.mjs/);
	assert.equal(pkg.bin.crosscheck, 'dist/cli.js');
	assert.ok(outputs.has(path.join(dist, 'cli.js')));
	assert.ok(fs.readFileSync(path.join(dist, 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node'), 'the entry keeps its shebang');
});
