// Test harness for the interactive view: Ink rendered into a fake terminal of a chosen size,
// keys written to a fake stdin, and a waitFor that polls the latest frame (no fixed sleeps).
import {EventEmitter} from 'node:events';
import React from 'react';
import {render} from 'ink';
import type {Story} from '../../source/model.ts';
import {App} from '../../source/ui/app.tsx';

export class FakeStdout extends EventEmitter {
	isTTY = true;
	frames: string[] = [];
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}
	write = (frame: string) => {
		this.frames.push(frame);
		return true;
	};
	lastFrame = () => this.frames[this.frames.length - 1] ?? '';
	resize(columns: number, rows: number) {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}
}

export class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};
	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

export const KEY = {
	up: '\x1b[A',
	down: '\x1b[B',
	right: '\x1b[C',
	left: '\x1b[D',
	pageUp: '\x1b[5~',
	pageDown: '\x1b[6~',
	home: '\x1b[H',
	end: '\x1b[F',
	enter: '\r',
	escape: '\x1b',
	tab: '\t',
	backspace: '\x7f',
	ctrlC: '\x03',
	ctrlD: '\x04',
	ctrlU: '\x15',
} as const;

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
export const stripAnsi = (text: string) => text.replace(ANSI, '');

export interface View {
	stdout: FakeStdout;
	stdin: FakeStdin;
	/** The latest frame, without escape codes. */
	frame: () => string;
	/** The latest frame with its SGR codes. */
	raw: () => string;
	lines: () => string[];
	press: (...keys: string[]) => Promise<void>;
	waitFor: (predicate: (frame: string) => boolean, what?: string) => Promise<string>;
	exited: () => boolean;
	unmount: () => void;
}

export async function waitUntil(check: () => boolean, what = 'condition', timeoutMs = 3000): Promise<void> {
	const start = Date.now();
	while (!check()) {
		if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
		await new Promise(resolve => setImmediate(resolve));
	}
}

export async function renderView(story: Story, options: {columns?: number; rows?: number; color?: boolean} = {}): Promise<View> {
	const stdout = new FakeStdout(options.columns ?? 120, options.rows ?? 40);
	const stdin = new FakeStdin();
	let exited = false;
	const instance = render(<App story={story} color={options.color ?? false} />, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		stderr: new FakeStdout(80, 24) as unknown as NodeJS.WriteStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	instance.waitUntilExit().then(() => (exited = true), () => (exited = true));
	const view: View = {
		stdout,
		stdin,
		raw: () => stdout.lastFrame(),
		frame: () => stripAnsi(stdout.lastFrame()),
		lines: () => stripAnsi(stdout.lastFrame()).split('\n'),
		press: async (...keys) => {
			for (const key of keys) {
				const before = stdout.frames.length;
				stdin.write(key);
				// A lone Esc is delivered on the next tick; let Ink flush it and render.
				await waitUntil(() => stdout.frames.length > before || exited, `a frame after ${JSON.stringify(key)}`, 300).catch(() => undefined);
			}
		},
		waitFor: async (predicate, what = 'frame') => {
			try {
				await waitUntil(() => predicate(view.frame()), what);
			} catch (error) {
				throw new Error(`${(error as Error).message}; last frame:\n${view.frame()}`);
			}
			return view.frame();
		},
		exited: () => exited,
		unmount: () => {
			instance.unmount();
			instance.cleanup();
		},
	};
	await view.waitFor(frame => frame.length > 0, 'first frame');
	return view;
}

/**
 * The characters of a raw frame with the SGR attributes in effect at each (attribute group -> code).
 * Ink re-encodes styles (one code per attribute), so tests compare the attributes in effect rather
 * than exact bytes.
 */
export function styledChars(raw: string): Array<{char: string; styles: Map<string, string>}> {
	const active = new Map<string, string>(); // attribute group -> code
	const group = (code: number): string => {
		if (code === 1 || code === 2) return code === 1 ? 'bold' : 'dim';
		if (code === 4) return 'underline';
		if (code === 7) return 'inverse';
		if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) return 'fg';
		if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) return 'bg';
		return String(code);
	};
	const chars: Array<{char: string; styles: Map<string, string>}> = [];
	for (let i = 0; i < raw.length; i++) {
		const match = /^\x1b\[([0-9;]*)m/.exec(raw.slice(i, i + 24));
		if (match) {
			for (const part of (match[1] || '0').split(';')) {
				const code = Number(part);
				if (code === 0) active.clear();
				else if (code === 22) (active.delete('bold'), active.delete('dim'));
				else if (code === 24) active.delete('underline');
				else if (code === 27) active.delete('inverse');
				else if (code === 39) active.delete('fg');
				else if (code === 49) active.delete('bg');
				else active.set(group(code), String(code));
			}
			i += match[0].length - 1;
			continue;
		}
		chars.push({char: raw[i]!, styles: new Map(active)});
	}
	return chars;
}

/** SGR parameters active at the first character of the `occurrence`-th `text` in a raw frame. */
export function stylesAt(raw: string, text: string, occurrence = 0): Set<string> | undefined {
	const chars = styledChars(raw);
	const plain = chars.map(c => c.char).join('');
	let index = -1;
	for (let n = 0; n <= occurrence; n++) {
		index = plain.indexOf(text, index + 1);
		if (index < 0) return undefined;
	}
	return new Set(chars[index]!.styles.values());
}
