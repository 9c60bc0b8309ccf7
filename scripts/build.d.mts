// Types for scripts/build.mjs, which stays plain JavaScript so `prepare` needs nothing but esbuild.
import type {BuildOptions, Metafile, Plugin} from 'esbuild';

export const devtoolsStub: Plugin;
export const fastStringWidth: Plugin;
export const fastAnsiTokenize: Plugin;
export const yogaWithoutFetch: Plugin;
export const FAST_STRING_WIDTH_MAJOR: number;
export function stringWidthMajor(file: string): number;
export function buildOptions(outdir: string): BuildOptions & {metafile: true};
export function buildCli(outdir?: string): Promise<Metafile>;
