// Bundles the CLI with esbuild: one entry, with the interactive view split into its own chunk
// so that --json, find, --help and errors never load Ink or React.
// Everything (meow, fuse.js, Ink, React, readability, linkedom ...) is bundled, so the published
// package has no runtime dependencies and installs offline from its tarball.
import {build} from 'esbuild';
import {rmSync} from 'node:fs';
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

/** esbuild options shared by the real build and the tests/benchmarks that inspect it. */
export function buildOptions(outdir) {
	return {
		absWorkingDir: root,
		entryPoints: {cli: 'source/cli.ts'},
		outdir,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		jsx: 'automatic',
		plugins: [devtoolsStub],
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
