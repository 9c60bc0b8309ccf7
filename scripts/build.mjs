// Bundles the CLI with esbuild: one entry, with the interactive view split into its own chunk
// so that --json, find, --help and errors never load Ink or React.
import {build} from 'esbuild';
import {rmSync} from 'node:fs';

rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});
await build({
	entryPoints: {cli: 'source/cli.ts'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	banner: {
		// Some bundled CommonJS dependencies call require(); give them one.
		js: "import {createRequire as __ccCreateRequire} from 'node:module'; const require = __ccCreateRequire(import.meta.url);",
	},
	define: {'process.env.DEV': '"false"'},
	legalComments: 'none',
	logLevel: 'warning',
});
