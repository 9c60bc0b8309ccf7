// Bundles the CLI with esbuild: the CLI entry (plus the analysis worker's), with the interactive view split into its own chunk
// so that --json, find, --help and errors never load Ink or React.
// Everything (meow, fuse.js, Ink, React, readability, linkedom ...) is bundled, so the published
// package has no runtime dependencies and installs offline from its tarball.
import {build} from 'esbuild';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Ink loads its devtools module (react-devtools-core, which is not installed, plus ws) only when
 * DEV=true. Bundle a stub in its place that fails the way a missing package does, so Ink prints
 * its usual hint, and neither the build fails nor dead devtools code ships.
 */
export const devtoolsStub = {
	name: 'ink-devtools-stub',
	setup(build) {
		build.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		build.onResolve({filter: /^\.\/devtools\.js$/}, args => (/[\\/]node_modules[\\/]ink[\\/]/.test(args.importer) ? {path: 'ink-devtools', namespace: 'stub'} : undefined));
		build.onLoad({filter: /.*/, namespace: 'stub'}, () => ({
			contents: "const error = new Error('react-devtools-core is not bundled with crosscheck'); error.code = 'ERR_MODULE_NOT_FOUND'; throw error;",
			loader: 'js',
		}));
	},
};

/**
 * Every `string-width` in the bundle (ours, and Ink's for measuring and writing text) goes through
 * a fast path first: text made only of NARROW characters (source/ui/text/narrow.ts), once SGR
 * colour codes are removed, is as wide as it is long. The real module (an Intl.Segmenter and large
 * Unicode-property regexes, about 20 ms to set up and 10-30 ms on its first non-ASCII call) is then
 * loaded lazily, on the first text outside that set (CJK, emoji, combining marks), so most runs
 * never pay for it.
 */
const narrowModule = path.join(root, 'source/ui/text/narrow.ts');

/** The string-width major whose widths test/fast-text.test.ts checks NARROW against (8: Ink's). */
export const FAST_STRING_WIDTH_MAJOR = 8;

/** Major version of the string-width package holding `file`. */
export function stringWidthMajor(file) {
	for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
		const manifest = path.join(dir, 'package.json');
		if (!existsSync(manifest)) continue;
		const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
		if (pkg.name === 'string-width') return Number.parseInt(pkg.version, 10);
	}
	return 0;
}

export const fastStringWidth = {
	name: 'fast-string-width',
	setup(build) {
		build.onResolve({filter: /^string-width$/}, async args => {
			if (args.pluginData?.real) return undefined;
			const real = await build.resolve('string-width', {kind: args.kind, resolveDir: args.resolveDir, pluginData: {real: true}});
			if (real.errors.length > 0) return {errors: real.errors};
			// Older majors (wrap-ansi's string-width 7) count a few NARROW symbols (©, ▶) as emoji: leave them be.
			if (stringWidthMajor(real.path) < FAST_STRING_WIDTH_MAJOR) return {path: real.path};
			return {path: real.path, namespace: 'fast-string-width', pluginData: {resolveDir: args.resolveDir}};
		});
		build.onLoad({filter: /.*/, namespace: 'fast-string-width'}, args => ({
			resolveDir: args.pluginData.resolveDir,
			loader: 'js',
			// require() makes esbuild initialise the real module (and its Segmenter) on first use only.
			contents: String.raw`
import {NARROW, SGR} from ${JSON.stringify(narrowModule)};
let real;
export default function stringWidth(text, options) {
	if (typeof text === 'string' && (options === undefined || (options.ambiguousIsNarrow !== false && !options.countAnsiEscapeCodes))) {
		const plain = text.includes('\x1b') ? text.replace(SGR, '') : text;
		if (NARROW.test(plain)) return plain.length;
	}
	real ??= require(${JSON.stringify(args.path)}).default;
	return real(text, options);
}`,
		}));
	},
};

/**
 * Ink turns every frame into styled characters with @alcalzone/ansi-tokenize, which is slow on a
 * full screen of text (25-45 ms for the first 120×40 frame). Give Ink the same module with faster
 * tokenize / styledCharsFromTokens / styledCharsToString (source/ui/text/fast-ansi.ts), which keep
 * the originals' results and fall back to them for anything unusual.
 */
export const fastAnsiTokenize = {
	name: 'fast-ansi-tokenize',
	setup(build) {
		build.onResolve({filter: /^@alcalzone\/ansi-tokenize$/}, async args => {
			if (args.pluginData?.real) return undefined;
			const real = await build.resolve(args.path, {kind: args.kind, resolveDir: args.resolveDir, pluginData: {real: true}});
			if (real.errors.length > 0) return {errors: real.errors};
			return {path: real.path, namespace: 'fast-ansi-tokenize'};
		});
		build.onLoad({filter: /.*/, namespace: 'fast-ansi-tokenize'}, args => ({
			resolveDir: root,
			loader: 'js',
			contents: [
				`import * as real from ${JSON.stringify(args.path)};`,
				`import {fastAnsi} from ${JSON.stringify(path.join(root, 'source/ui/text/fast-ansi.ts'))};`,
				`export * from ${JSON.stringify(args.path)};`,
				'const fast = fastAnsi(real);',
				'export const tokenize = fast.tokenize;',
				'export const styledCharsFromTokens = fast.styledCharsFromTokens;',
				'export const styledCharsToString = fast.styledCharsToString;',
			].join('\n'),
		}));
	},
};

/**
 * yoga-layout (Ink's layout engine) decodes its inlined WebAssembly with fetch() when fetch exists,
 * which makes Node load its whole fetch implementation (undici, about 15 ms) for a data: URL. Make
 * it take its own synchronous base64 path instead. Fails the build if yoga's loader changes shape.
 */
export const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(build) {
		build.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const pattern = /return w\|\|"function"!=typeof fetch\?/g;
			const matches = source.match(pattern)?.length ?? 0;
			if (matches !== 1) return {errors: [{text: `yoga-without-fetch: expected one fetch guard in ${args.path}, found ${matches}; update scripts/build.mjs`}]};
			return {contents: source.replace(pattern, 'return w||!0?'), loader: 'js'};
		});
	},
};

/**
 * meow's bundled dependencies build normalize-package-data (and with it spdx-correct, which sorts a license table with
 * localeCompare and so starts ICU collation) when the module loads, about 9 ms of every start, though crosscheck passes
 * its own `pkg` and never normalises one. Build it on first use instead. Fails the build if meow's bundle changes shape.
 */
export const lazyPackageNormalizer = {
	name: 'lazy-package-normalizer',
	setup(build) {
		build.onLoad({filter: /[\\/]meow[\\/]build[\\/]dependencies\.js$/}, async args => {
			const source = await readFile(args.path, 'utf8');
			const eager = 'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);';
			if (!source.includes(eager)) return {errors: [{text: `lazy-package-normalizer: meow's eager normalize-package-data not found in ${args.path}; update scripts/build.mjs`}]};
			const lazy = 'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);';
			return {contents: source.replace(eager, lazy), loader: 'js'};
		});
	},
};

/** esbuild options shared by the real build and the tests/benchmarks that inspect it. */
export function buildOptions(outdir) {
	return {
		absWorkingDir: root,
		// The analysis worker is its own entry: the interactive view runs it with new Worker(URL).
		entryPoints: {cli: 'source/cli.ts', 'analyse-worker': 'source/analyse-worker.ts'},
		outdir,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		jsx: 'automatic',
		plugins: [devtoolsStub, fastStringWidth, fastAnsiTokenize, yogaWithoutFetch, lazyPackageNormalizer],
		banner: {
			// Some bundled CommonJS dependencies call require(); give them one.
			js: "import {createRequire as __ccCreateRequire} from 'node:module'; const require = __ccCreateRequire(import.meta.url);",
		},
		// React ships development and production builds chosen by NODE_ENV at run time; bundle
		// only the production one (half the size, faster rendering).
		define: {'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"'},
		// Whitespace and syntax minifying saves a few ms of parsing per start (about 3 ms for
		// --version on the build machine); identifiers stay, so internal-error stacks stay readable.
		minifyWhitespace: true,
		minifySyntax: true,
		legalComments: 'none',
		logLevel: 'warning',
		metafile: true,
	};
}

/** Builds into `outdir` (default dist/), emptying it first; returns esbuild's metafile. */
export async function buildCli(outdir = path.join(root, 'dist')) {
	rmSync(outdir, {recursive: true, force: true});
	const result = await build(buildOptions(outdir));
	return result.metafile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await buildCli();
}
