// The view's first frame, painted straight to the terminal as soon as the story is ready, without
// waiting for Ink and React to load and render (30-50 ms on the demo story). It is built by the
// same pure code the view renders with (view model, settle, buildFrame, theme), from the same
// initial state and terminal size, so when Ink draws its first frame over it nothing changes on
// screen. The view model is handed on to the view, with the cells it has already wrapped.
// No Ink or React here: this module loads alongside the inputs.
import type {Story} from '../model.ts';
import {buildFrame} from './frame.ts';
import {geometry} from './layout.ts';
import {initialState, settle} from './state.ts';
import {makeTheme, paint} from './theme.ts';
import {buildViewModel, type ViewModel} from './view-model.ts';

export {TerminalScreen} from './screen.ts';
export {wantsColor} from './theme.ts';

const HIDE_CURSOR = '\x1b[?25l';
const HOME = '\x1b[H';

export interface TerminalSize {
	columns?: number;
	rows?: number;
}

/**
 * The first frame as terminal output, to be written at the top of the alternate screen: every line
 * of it, then the cursor back home (hidden), where Ink starts writing its own first frame.
 * `size` as the view reads it (a pty with no size reports 0: 80×24 then, as in the view).
 */
export function firstFrame(story: Story, size: TerminalSize, color: boolean): {text: string; vm: ViewModel} {
	const vm = buildViewModel(story);
	const search = () => {
		throw new Error('no search before the view has started');
	};
	const env = {vm, geo: geometry(size.columns || 80, size.rows || 24, vm.sources.length), search};
	const state = settle(initialState(), env);
	const theme = makeTheme(color);
	const lines = buildFrame(state, env).map(line => paint(line, theme));
	return {text: HIDE_CURSOR + lines.join('\n') + HOME, vm};
}
