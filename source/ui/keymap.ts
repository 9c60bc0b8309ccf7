// The one keymap: every binding of the view, per layer, and the help text generated from it.
// Layers form a priority stack: the search line, then overlays (help, detail), then the view.
import type {Key} from 'ink';

export type Action =
	| {type: 'move'; delta: number}
	| {type: 'page'; delta: number; half?: boolean}
	| {type: 'home'}
	| {type: 'end'}
	| {type: 'focus'; delta: number}
	| {type: 'detail'}
	| {type: 'escape'}
	| {type: 'tab'}
	| {type: 'filter'}
	| {type: 'fold'}
	| {type: 'asides'}
	| {type: 'diff'}
	| {type: 'help'}
	| {type: 'quit'}
	| {type: 'searchOpen'}
	| {type: 'searchType'; text: string}
	| {type: 'searchBackspace'}
	| {type: 'searchSubmit'}
	| {type: 'searchNext'; delta: number}
	| {type: 'searchFilter'}
	| {type: 'resize'};

export type Layer = 'search' | 'help' | 'detail' | 'view';

export interface Binding {
	keys: string; // as shown in help
	does: string;
	match: (input: string, key: Key) => boolean;
	action: Action;
	layers: readonly Layer[];
}

const VIEW: readonly Layer[] = ['view'];
const SCROLLABLE: readonly Layer[] = ['view', 'help', 'detail'];
const ANY: readonly Layer[] = ['view', 'help', 'detail'];

const ch = (...chars: string[]) => (input: string, key: Key) => !key.ctrl && !key.meta && chars.includes(input);
const ctrl = (letter: string) => (input: string, key: Key) => key.ctrl && input === letter;

export const BINDINGS: Binding[] = [
	{keys: '↓ j', does: 'next row (article mode: next sentence); a row taller than the screen first scrolls down a line at a time to its end', match: (i, k) => k.downArrow || ch('j')(i, k), action: {type: 'move', delta: 1}, layers: SCROLLABLE},
	{keys: '↑ k', does: 'previous row; a row taller than the screen first scrolls up a line at a time to its start', match: (i, k) => k.upArrow || ch('k')(i, k), action: {type: 'move', delta: -1}, layers: SCROLLABLE},
	{keys: 'PgDn', does: 'page down; pages through the rest of a row taller than the screen first', match: (_, k) => k.pageDown, action: {type: 'page', delta: 1}, layers: SCROLLABLE},
	{keys: 'PgUp', does: 'page up; pages back to the start of a row taller than the screen first', match: (_, k) => k.pageUp, action: {type: 'page', delta: -1}, layers: SCROLLABLE},
	{keys: 'Ctrl-d', does: 'half page down (through a tall row first, like PgDn)', match: ctrl('d'), action: {type: 'page', delta: 1, half: true}, layers: SCROLLABLE},
	{keys: 'Ctrl-u', does: 'half page up (through a tall row first, like PgUp)', match: ctrl('u'), action: {type: 'page', delta: -1, half: true}, layers: SCROLLABLE},
	{keys: 'g Home', does: 'first row, from its first line', match: (i, k) => k.home || ch('g')(i, k), action: {type: 'home'}, layers: SCROLLABLE},
	{keys: 'G End', does: 'last row, from its first line', match: (i, k) => k.end || ch('G')(i, k), action: {type: 'end'}, layers: SCROLLABLE},
	{keys: '→ l', does: 'focus next column (the view pages sideways)', match: (i, k) => k.rightArrow || ch('l')(i, k), action: {type: 'focus', delta: 1}, layers: VIEW},
	{keys: '← h', does: 'focus previous column', match: (i, k) => k.leftArrow || ch('h')(i, k), action: {type: 'focus', delta: -1}, layers: VIEW},
	{keys: 'Enter', does: 'detail of the current row (sentences, conflicts, notes, mentions, positions)', match: (_, k) => k.return, action: {type: 'detail'}, layers: VIEW},
	{keys: 'Tab', does: 'article mode: each source in its own order, counterparts in sync; Tab returns', match: (_, k) => k.tab, action: {type: 'tab'}, layers: VIEW},
	{keys: 'f', does: 'filter: all / conflicts / single source / omitted by the focused source', match: ch('f'), action: {type: 'filter'}, layers: VIEW},
	{keys: 'z', does: 'fold each run of ✓ rows into one line, and back: rows two or more sources carry without a conflict, however many leave the claim out', match: ch('z'), action: {type: 'fold'}, layers: VIEW},
	{keys: 'b', does: 'show / hide headings and boilerplate (set-aside text), dimmed', match: ch('b'), action: {type: 'asides'}, layers: VIEW},
	{keys: 'd', does: 'highlight wording only some of a row\'s sources have: on / off', match: ch('d'), action: {type: 'diff'}, layers: VIEW},
	{keys: '/', does: 'search names, figures and words', match: ch('/'), action: {type: 'searchOpen'}, layers: VIEW},
	{keys: 'n', does: 'next match', match: ch('n'), action: {type: 'searchNext', delta: 1}, layers: VIEW},
	{keys: 'N', does: 'previous match', match: ch('N'), action: {type: 'searchNext', delta: -1}, layers: VIEW},
	{keys: '&', does: 'only rows with a match, and back', match: ch('&'), action: {type: 'searchFilter'}, layers: VIEW},
	{keys: 'Esc', does: 'close the detail pane, help or search line; again clears the search', match: (_, k) => k.escape, action: {type: 'escape'}, layers: ANY},
	{keys: '?', does: 'this help, and back', match: ch('?'), action: {type: 'help'}, layers: ANY},
	{keys: 'q Ctrl-C', does: 'quit', match: (i, k) => ch('q')(i, k) || ctrl('c')(i, k), action: {type: 'quit'}, layers: ANY},
];

/** Keys of the search line: typing edits the query, Enter jumps, Esc closes. */
function searchKey(input: string, key: Key): Action | undefined {
	if (key.ctrl && input === 'c') return {type: 'quit'};
	if (key.escape) return {type: 'escape'};
	if (key.return) return {type: 'searchSubmit'};
	if (key.backspace || key.delete) return {type: 'searchBackspace'};
	if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return undefined;
	// Pasted text arrives as one string; keep printable characters only.
	const text = [...input].filter(c => c >= ' ' && c !== '\x7f').join('');
	return text ? {type: 'searchType', text} : undefined;
}

const NO_KEY: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/** The key one character stands for, as Ink reports it when that character arrives alone. */
function keyOfChar(char: string): [string, Key] {
	const code = char.codePointAt(0)!;
	if (char === '\r' || char === '\n') return ['', {...NO_KEY, return: true}];
	if (char === '\t') return ['', {...NO_KEY, tab: true}];
	if (char === '\x7f') return ['', {...NO_KEY, delete: true}];
	if (char === '\b') return ['', {...NO_KEY, backspace: true}];
	if (char === '\x1b') return ['', {...NO_KEY, escape: true, meta: true}];
	if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), {...NO_KEY, ctrl: true}];
	return [char, {...NO_KEY, shift: /^[A-Z]$/.test(char)}];
}

/**
 * The keys in one piece of input. Ink splits escape sequences (arrows, PgDn) into separate events, but
 * hands over a run of other characters read together as one string: keys typed or repeated faster than
 * frames are drawn ("jjj", "j\r", "\x04\x04"), or pasted text. Each character is then its own key.
 */
export function splitKeys(input: string, key: Key): Array<[string, Key]> {
	const chars = [...input];
	const flagged = key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end || key.return || key.escape || key.tab || key.backspace || key.delete || key.ctrl || key.meta;
	if (chars.length <= 1 || flagged) return [[input, key]];
	return chars.map(keyOfChar);
}

export function resolveKey(layer: Layer, input: string, key: Key): Action | undefined {
	if (layer === 'search') return searchKey(input, key);
	for (const binding of BINDINGS) {
		if (binding.layers.includes(layer) && binding.match(input, key)) return binding.action;
	}
	return undefined;
}

export const SEARCH_HELP: Array<[string, string]> = [
	['type', 'results update as you type; accents, case and small typos are forgiven'],
	["'word ^pre !not", 'exact word, prefix, exclude'],
	['Backspace', 'delete the last character'],
	['Enter', 'jump to the first match and close the line; with no match, close it saying so (n/N say it again)'],
	['Esc', 'close the line (matches stay highlighted; an empty line gives the previous search back)'],
	['Ctrl-C', 'quit'],
];
