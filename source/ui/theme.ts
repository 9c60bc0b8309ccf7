// Style names used by the view, resolved to SGR escape codes. Two themes: colour, and no-colour
// (NO_COLOR, or a terminal without colours) which keeps only attributes such as bold and inverse;
// glyphs in the gutter and headers carry every status either way.
import {EMOJI_SELECTOR} from '../text/terminal.ts';
import type {Seg} from './text/wrap.ts';

export type StyleName =
	| 'dim'
	| 'bold'
	| 'title'
	| 'header'
	| 'focusHeader'
	| 'agree'
	| 'conflict'
	| 'single'
	| 'aside'
	| 'placeholder'
	| 'selected'
	| 'conflictValue'
	| 'note'
	| 'noteMark'
	| 'diff'
	| 'match'
	| 'currentMatch'
	| 'cursorUnit'
	| 'counterpart'
	| 'rule'
	| 'status'
	| 'warn'
	| 'key';

export interface Theme {
	color: boolean;
	codes: Record<StyleName, string>;
}

const sgr = (...codes: number[]) => `\x1b[${codes.join(';')}m`;
const RESET = '\x1b[0m';

const COLOR_CODES: Record<StyleName, string> = {
	dim: sgr(2),
	bold: sgr(1),
	title: sgr(1, 36),
	header: sgr(1),
	focusHeader: sgr(1, 7, 36),
	agree: sgr(32),
	conflict: sgr(1, 31),
	single: sgr(33),
	aside: sgr(2),
	placeholder: sgr(2),
	selected: sgr(1, 36),
	conflictValue: sgr(1, 97, 41),
	note: sgr(4, 35),
	noteMark: sgr(1, 35),
	diff: sgr(4, 33),
	match: sgr(30, 43),
	currentMatch: sgr(1, 30, 46),
	cursorUnit: sgr(1, 36),
	counterpart: sgr(35),
	rule: sgr(2),
	status: sgr(7),
	warn: sgr(1, 33),
	key: sgr(1, 36),
};

// Attributes only (no SGR 30-49 / 90-107 colours), as NO_COLOR asks.
const MONO_CODES: Record<StyleName, string> = {
	dim: sgr(2),
	bold: sgr(1),
	title: sgr(1),
	header: sgr(1),
	focusHeader: sgr(1, 7),
	agree: '',
	conflict: sgr(1),
	single: '',
	aside: sgr(2),
	placeholder: sgr(2),
	selected: sgr(1),
	conflictValue: sgr(1, 7),
	note: sgr(4),
	noteMark: sgr(1),
	diff: sgr(4),
	match: sgr(4, 1),
	currentMatch: sgr(7, 1, 4),
	cursorUnit: sgr(1),
	counterpart: sgr(4),
	rule: sgr(2),
	status: sgr(7),
	warn: sgr(1),
	key: sgr(1),
};

export function makeTheme(color: boolean): Theme {
	return {color, codes: color ? COLOR_CODES : MONO_CODES};
}

/** True when colours should be used: NO_COLOR (any non-empty value) turns them off. */
export function wantsColor(env: NodeJS.ProcessEnv, stdout: {hasColors?: () => boolean; isTTY?: boolean}): boolean {
	if (env.NO_COLOR) return false;
	if (env.FORCE_COLOR && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
	return typeof stdout.hasColors === 'function' ? stdout.hasColors() : Boolean(stdout.isTTY);
}

/** One screen line as a string with SGR codes; every styled run is closed with a reset. */
export function paint(segs: readonly Seg[], theme: Theme): string {
	let out = '';
	for (const seg of segs) {
		if (!seg.text) continue;
		const open = seg.style ? seg.style.map(name => theme.codes[name as StyleName] ?? '').join('') : '';
		out += open ? open + seg.text + RESET : seg.text;
	}
	// Widths were counted without emoji variation selectors (see cellWidth): leave them out here too.
	return out.includes('\uFE0F') ? out.replace(EMOJI_SELECTOR, '') : out;
}
