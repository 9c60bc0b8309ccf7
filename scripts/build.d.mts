// Types for scripts/build.mjs, which stays plain JavaScript so `prepare` needs nothing but esbuild.
import type {BuildOptions, Metafile, Plugin} from 'esbuild';

export const devtoolsStub: Plugin;
export function buildOptions(outdir: string): BuildOptions & {metafile: true};
export function buildCli(outdir?: string): Promise<Metafile>;
