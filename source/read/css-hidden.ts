// Elements a page hides with its own stylesheet: `<style>.hidden{display:none}</style>` then
// `<p class="hidden">…</p>`. Only the page's own <style> blocks are read (no external CSS, nothing is
// fetched), and only simple selectors are understood: `.x`, `#x`, `tag.x`, `tag#x`, `.x.y` and lists of
// them (`a, .b`). A rule with combinators, attributes or pseudo-classes (`.nav .x`, `.x:hover`) is left
// alone. The cascade is followed only as far as it can be without guessing, and a doubt keeps the text:
// - rules inside `@media print` (or speech) are ignored; `@media screen` / `@media all` apply;
// - rules inside any other condition (a width query, @supports, @container) never hide, but one
//   that shows an element again (`@media (min-width: 768px) { .md\:block { display: block } }`, as in
//   Tailwind's `class="hidden md:block"`) keeps it: whether it shows depends on the screen;
// - for one selector the last rule wins (`!important` beats a later plain rule), so `.x{display:none}`
//   later undone by `.x{display:block}` hides nothing;
// - an element matched both by a hiding selector and by another that shows it (`class="hidden shown"`),
//   or with an inline style that shows it, is kept unless the hiding rule alone is `!important`.
//
// Hostile pages (megabytes of CSS, thousands of rules) are bounded: the scan is linear in the style text
// and reads at most MAX_STYLE_CHARS characters of it; at most MAX_STYLE_SELECTORS selectors are tracked,
// of which at most MAX_COMPOUND_SELECTORS compound ones (tag.x, .x.y), the only kind matched one by one,
// so judging an element costs a lookup per class it carries plus at most that many checks.

/** Characters of <style> text read per page; what lies past it is ignored (a rule cut off there is dropped). */
export const MAX_STYLE_CHARS = 500_000;
/** Distinct simple selectors whose display or visibility is tracked per page. */
export const MAX_STYLE_SELECTORS = 5_000;
/** Of those, how many may be compound (tag.x, .x.y, tag#x): each is checked against every element carrying its first class or id. */
export const MAX_COMPOUND_SELECTORS = 128;
/** How deep conditional blocks (@media inside @supports …) are followed. */
const MAX_BLOCK_NESTING = 3;

interface Compound {
	tag?: string; // lower case
	id?: string;
	classes: string[];
}

// Strength of a declaration: a plain rule, an inline style attribute, an !important rule.
const PLAIN = 1;
const INLINE = 2;
const IMPORTANT = 3;

/** One property's value for one selector: hides or shows, and how strongly. */
interface Setting {
	hides: boolean;
	strength: number;
}

interface SelectorState {
	selector: Compound;
	display?: Setting;
	visibility?: Setting;
	/** Shown again under some condition (a width query, @supports …): never hidden then. */
	maybeShown?: {display?: boolean; visibility?: boolean};
}

export interface HiddenRules {
	/** Selectors of one class, by class; of one id, by id. */
	byClass: Map<string, SelectorState>;
	byId: Map<string, SelectorState>;
	/** Compound selectors, each filed once under `#id`, else `.firstClass`. */
	compounds: Map<string, SelectorState[]>;
	/** False when no tracked selector hides anything (the page needs no checking). */
	hides: boolean;
}

// A CSS identifier character, or an escape (`\:` in Tailwind's `md\:block`, `\31 0` for a digit).
const NAME = String.raw`(?:[\w\-\u00A0-\uFFFF]|\\[0-9A-Fa-f]{1,6}[ \t\n]?|\\[^0-9A-Fa-f\n\r\f])+`;
const SIMPLE_SELECTOR = new RegExp(String.raw`^([A-Za-z][A-Za-z0-9-]*)?((?:[.#]${NAME})+)$`);
const PART = new RegExp(String.raw`([.#])(${NAME})`, 'g');

function unescape(name: string): string {
	return name.replace(/\\([0-9A-Fa-f]{1,6})[ \t\n]?|\\(.)/g, (_, hex: string | undefined, char: string | undefined) => {
		if (hex === undefined) return char!;
		const code = Number.parseInt(hex, 16);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
	});
}

/** A compound of tag, classes and at most one id, or undefined for anything else. */
export function parseSimpleSelector(text: string): Compound | undefined {
	const match = SIMPLE_SELECTOR.exec(text.trim());
	if (!match) return undefined;
	const selector: Compound = {classes: []};
	if (match[1]) selector.tag = match[1].toLowerCase();
	for (const [, kind, raw] of match[2]!.matchAll(PART)) {
		const name = unescape(raw!);
		if (kind === '#') {
			if (selector.id !== undefined && selector.id !== name) return undefined; // #a#b matches nothing
			selector.id = name;
		} else if (!selector.classes.includes(name)) selector.classes.push(name);
	}
	return selector;
}

function keyOf(selector: Compound): string {
	return `${selector.tag ?? ''}#${selector.id ?? ''}.${[...selector.classes].sort().join('.')}`;
}

interface Declared {
	display?: Setting;
	visibility?: Setting;
}

/** What a declaration block (or a style attribute) says about display and visibility. */
function readDeclarations(body: string, plain = PLAIN): Declared {
	const found: Declared = {};
	for (const declaration of body.split(';')) {
		const colon = declaration.indexOf(':');
		if (colon < 0) continue;
		const property = declaration.slice(0, colon).trim().toLowerCase();
		if (property !== 'display' && property !== 'visibility') continue;
		let value = declaration.slice(colon + 1).trim().toLowerCase();
		const important = /!\s*important$/.test(value);
		if (important) value = value.replace(/!\s*important$/, '').trim();
		if (!value) continue;
		const hides = property === 'display' ? value === 'none' : value === 'hidden' || value === 'collapse';
		found[property] = {hides, strength: important ? IMPORTANT : plain};
	}
	return found;
}

/** How a block's rules apply when the page is read on a screen. */
type Context = 'applies' | 'conditional' | 'ignored';

function mediaContext(media: string): Context {
	const queries = media.split(',').map(query => query.trim().toLowerCase());
	if (queries.every(query => /^(?:only\s+)?(?:print|speech)\b/.test(query))) return 'ignored';
	if (queries.some(query => /^(?:(?:only\s+)?(?:all|screen))?$/.test(query))) return 'applies';
	return 'conditional';
}

function blockContext(head: string): Context | undefined {
	const media = /^@media\b([\s\S]*)$/i.exec(head);
	if (media) return mediaContext(media[1]!);
	// A layer changes only which rules win, and ties keep the text anyway: its rules apply.
	if (/^@layer\b/i.test(head)) return 'applies';
	if (/^@(?:supports|container|document|scope)\b/i.test(head)) return 'conditional';
	return undefined; // @font-face, @keyframes, @page …: no element rules inside
}

/**
 * Calls onRule for each style rule of css (selector text, declaration block, context), in order, walking
 * into conditional blocks. Comments and strings are skipped; the scan visits each character once per
 * level of nesting (at most MAX_BLOCK_NESTING + 1 times).
 */
function scanRules(css: string, context: Context, depth: number, onRule: (selectors: string, body: string, context: Context) => void): void {
	const n = css.length;
	// The index after a comment or string starting at j (j itself if neither starts there).
	const skip = (j: number): number => {
		const c = css[j];
		if (c === '/' && css[j + 1] === '*') {
			const end = css.indexOf('*/', j + 2);
			return end < 0 ? n : end + 2;
		}
		if (c === '"' || c === "'") {
			let k = j + 1;
			while (k < n && css[k] !== c && css[k] !== '\n') k += css[k] === '\\' ? 2 : 1;
			return Math.min(n, k + 1);
		}
		return j;
	};
	let i = 0;
	while (i < n) {
		// The prelude, without comments: up to "{" (a block follows) or ";" (a statement such as @import).
		let prelude = '';
		let copied = i;
		let j = i;
		while (j < n && css[j] !== '{' && css[j] !== ';' && css[j] !== '}') {
			const after = skip(j);
			if (after === j) j++;
			else {
				if (css[j] === '/') {
					prelude += css.slice(copied, j) + ' ';
					copied = after;
				}
				j = after;
			}
		}
		if (j >= n) return;
		prelude += css.slice(copied, j);
		if (css[j] !== '{') {
			i = j + 1; // a statement, or a stray "}"
			continue;
		}
		// The block, without comments: to the matching "}".
		let body = '';
		copied = j + 1;
		let open = 1;
		for (j = copied; j < n; ) {
			const after = skip(j);
			if (after !== j) {
				if (css[j] === '/') {
					body += css.slice(copied, j);
					copied = after;
				}
				j = after;
				continue;
			}
			if (css[j] === '{') open++;
			else if (css[j] === '}' && --open === 0) break;
			j++;
		}
		if (open > 0) return; // cut off: an unfinished rule is dropped
		body += css.slice(copied, j);
		i = j + 1;
		const head = prelude.trim();
		if (head.startsWith('@')) {
			const inner = blockContext(head);
			if (inner === undefined || inner === 'ignored' || depth >= MAX_BLOCK_NESTING) continue;
			scanRules(body, context === 'conditional' || inner === 'conditional' ? 'conditional' : 'applies', depth + 1, onRule);
			continue;
		}
		if (!body.includes('{')) onRule(head, body, context); // a rule with nested rules (CSS nesting) is left alone
	}
}

/** A <style> block: its text and its media attribute (none: all media). */
export interface StyleSheet {
	text: string;
	media?: string | null;
}

/** The display and visibility rules of a page's style sheets (its <style> blocks, in order). */
export function hiddenRules(sheets: StyleSheet[]): HiddenRules {
	const rules: HiddenRules = {byClass: new Map(), byId: new Map(), compounds: new Map(), hides: false};
	const states = new Map<string, SelectorState>();
	let compounds = 0;
	const stateOf = (selector: Compound): SelectorState | undefined => {
		const key = keyOf(selector);
		const known = states.get(key);
		if (known) return known;
		if (states.size >= MAX_STYLE_SELECTORS) return undefined;
		const single = !selector.tag && selector.classes.length + (selector.id === undefined ? 0 : 1) === 1;
		if (!single && compounds >= MAX_COMPOUND_SELECTORS) return undefined;
		const state: SelectorState = {selector};
		states.set(key, state);
		if (single && selector.id !== undefined) rules.byId.set(selector.id, state);
		else if (single) rules.byClass.set(selector.classes[0]!, state);
		else {
			compounds++;
			const file = selector.id !== undefined ? `#${selector.id}` : `.${selector.classes[0]}`;
			const list = rules.compounds.get(file);
			if (list) list.push(state);
			else rules.compounds.set(file, [state]);
		}
		return state;
	};
	let budget = MAX_STYLE_CHARS;
	for (const sheet of sheets) {
		if (budget <= 0) break;
		const media = sheet.media?.trim() ? mediaContext(sheet.media) : 'applies';
		if (media === 'ignored') continue;
		const css = sheet.text.length > budget ? sheet.text.slice(0, budget) : sheet.text;
		budget -= css.length;
		scanRules(css, media, 0, (selectors, body, context) => {
			const declared = readDeclarations(body);
			if (!declared.display && !declared.visibility) return;
			if (context === 'conditional' && !(declared.display && !declared.display.hides) && !(declared.visibility && !declared.visibility.hides)) return;
			for (const text of selectors.split(',')) {
				const selector = parseSimpleSelector(text);
				const state = selector && stateOf(selector);
				if (!state) continue;
				for (const property of ['display', 'visibility'] as const) {
					const setting = declared[property];
					if (!setting) continue;
					if (context === 'conditional') {
						if (!setting.hides) (state.maybeShown ??= {})[property] = true;
					} else if (!state[property] || setting.strength >= state[property]!.strength) state[property] = setting;
				}
			}
		});
	}
	for (const state of states.values()) if (state.display?.hides || state.visibility?.hides) rules.hides = true;
	return rules;
}

/** True when the page's rules hide an element with this tag, id, class and style attribute. */
export function matchesHidden(rules: HiddenRules, tag: string, id: string | null, classAttribute: string | null, style: string | null): boolean {
	if (!rules.hides) return false;
	const classes = new Set(classAttribute ? classAttribute.split(/[ \t\n\r\f]+/).filter(Boolean) : []);
	const matched: SelectorState[] = [];
	if (id) {
		const state = rules.byId.get(id);
		if (state) matched.push(state);
	}
	for (const name of classes) {
		const state = rules.byClass.get(name);
		if (state) matched.push(state);
	}
	if (rules.compounds.size > 0) {
		const lowerTag = tag.toLowerCase();
		const fits = ({selector}: SelectorState) =>
			(!selector.tag || selector.tag === lowerTag) && (selector.id === undefined || selector.id === id) && selector.classes.every(name => classes.has(name));
		for (const file of [...(id ? [`#${id}`] : []), ...[...classes].map(name => `.${name}`)]) {
			for (const state of rules.compounds.get(file) ?? []) if (fits(state)) matched.push(state);
		}
	}
	if (matched.length === 0) return false;
	const inline = style ? readDeclarations(style, INLINE) : {};
	return (['display', 'visibility'] as const).some(property => {
		let hide = 0;
		let show = inline[property] && !inline[property]!.hides ? inline[property]!.strength : 0;
		for (const state of matched) {
			if (state.maybeShown?.[property]) return false; // shown on some screens: keep it
			const setting = state[property];
			if (setting?.hides) hide = Math.max(hide, setting.strength);
			else if (setting) show = Math.max(show, setting.strength);
		}
		return hide > 0 && show < hide;
	});
}
