// HTML to article text. The page is parsed (linkedom), never executed: no script runs and no
// resource is fetched. Site chrome is removed, Mozilla's Readability picks the article body, and the
// body is written out as plain text: the headline first, then one paragraph per block with a blank
// line between, headings on lines of their own (their start offsets recorded for the classifier).
// Both libraries are loaded on first use only, so runs without HTML inputs do not pay for them.
import {MAX_HTML_DEPTH, MAX_HTML_WORK, MAX_READER_DEPTH} from './limits.ts';
import {scanNesting} from './html-nesting.ts';
import {hiddenRules, matchesHidden, type HiddenRules} from './css-hidden.ts';

export interface HtmlArticle {
	text: string;
	title: string;
	headings: number[];
	meta: {siteName?: string; byline?: string; published?: string};
}

// Minimal DOM shapes used here (linkedom implements them); keeps this file free of the DOM lib types.
interface DomNode {
	nodeType: number;
	nodeName: string;
	childNodes: ArrayLike<DomNode>;
	textContent: string | null;
	parentNode: DomNode | null;
}
interface DomElement extends DomNode {
	attributes: ArrayLike<{name: string; value: string}>;
	getAttribute(name: string): string | null;
	removeAttribute(name: string): void;
	nextElementSibling: DomElement | null;
	querySelectorAll(selector: string): ArrayLike<DomElement>;
	querySelector(selector: string): DomElement | null;
	remove(): void;
	contains(other: DomNode): boolean;
}
interface DomDocument {
	documentElement: DomElement;
	body: DomElement | null;
	title: string;
	querySelectorAll(selector: string): ArrayLike<DomElement>;
	querySelector(selector: string): DomElement | null;
	createElement(tag: string): DomElement & {innerHTML: string};
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Elements that never hold article prose. */
const DROP_TAGS = new Set([
	'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
	'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'SOURCE', 'TRACK', 'MAP', 'BUTTON', 'INPUT', 'SELECT', 'OPTION', 'TEXTAREA', 'FORM',
	'NAV', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE', 'FIGCAPTION', 'DIALOG', 'MENU',
	// AMP's ad slots and recommendation embeds; their placeholder and fallback text ("Sorry, no ad available right now.") is no article text.
	'AMP-AD', 'AMP-EMBED', 'AMP-STICKY-AD', 'AMP-AUTO-ADS', 'AMP-AD-EXIT',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCK_TAGS = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
	'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'OL', 'P', 'PRE',
	'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Words in a class or id that mark site chrome rather than the article. */
const CHROME_WORDS = new Set([
	'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'sponsor', 'sponsored', 'promo', 'promoted',
	'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup',
	'related', 'recommended', 'recommendations', 'trending', 'popular', 'mostread', 'outbrain', 'taboola',
	'comment', 'comments', 'disqus', 'replies', 'share', 'sharing', 'social', 'sharebar', 'breadcrumb', 'breadcrumbs',
	'popup', 'modal', 'overlay', 'banner', 'sidebar', 'nav', 'navbar', 'navigation', 'menu', 'masthead', 'footer', 'toolbar',
	'tags', 'skip',
]);

/**
 * Words in a class or id that mark the article's own text as paid-for: Google's documented markup for paywalled content
 * (`<div class="paywall">`, `non-paywall` around the free part), "premium-body", "subscriber-only". What sits inside is
 * article text, so such an element is never removed for its class words, whatever other words it has ("paywall-overlay").
 * An overlay that only asks the reader to subscribe holds an appeal, which the classifier sets aside.
 */
const PAID_CONTENT_WORDS = new Set(['paywall', 'paywalled', 'nonpaywall', 'premium', 'subscriber', 'subscribers', 'metered', 'members']);

/** Class names that hide an element from sight while screen readers still read it. */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|a11y-hidden|hidden-visually)(?:\s|$)/i;

const CHROME_ROLES = new Set(['navigation', 'banner', 'complementary', 'contentinfo', 'dialog', 'alertdialog', 'search', 'menu', 'menubar']);

/** Nesting depth of the DOM the page will give, from the raw markup without building it (linear scan). */
export function estimateDepth(html: string): number {
	return scanNesting(html).depth;
}

function maxDomDepth(root: DomNode): number {
	let max = 0;
	const stack: Array<[DomNode, number]> = [[root, 1]];
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		if (depth > max) max = depth;
		const children = node.childNodes;
		for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === ELEMENT) stack.push([children[i]!, depth + 1]);
	}
	return max;
}

function words(value: string | null): string[] {
	return (value ?? '').toLowerCase().split(/[\s_-]+/).filter(Boolean);
}

/**
 * Hidden by its own markup: the hidden attribute, aria-hidden, an inline display:none / visibility:hidden, or a
 * screen-reader-only class (whole class names, as words() splits "sr-only" into "sr" and "only").
 */
function hiddenByMarkup(element: DomElement): boolean {
	if (element.getAttribute('aria-hidden') === 'true' || element.getAttribute('hidden') !== null) return true;
	if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '')) return true;
	return SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '');
}

function isChrome(element: DomElement): boolean {
	if (CHROME_ROLES.has((element.getAttribute('role') ?? '').toLowerCase())) return true;
	if (hiddenByMarkup(element)) return true;
	const tokens = [...words(element.getAttribute('class')), ...words(element.getAttribute('id'))];
	return tokens.some(token => CHROME_WORDS.has(token)) && !tokens.some(token => PAID_CONTENT_WORDS.has(token));
}

/**
 * Text length (as textContent would give it) of every element under root, in one pass from the
 * leaves up, so asking it of nested elements does not re-read their subtrees.
 */
function textLengths(root: DomNode): Map<DomNode, number> {
	const lengths = new Map<DomNode, number>();
	const stack: Array<[DomNode, boolean]> = [[root, false]];
	while (stack.length) {
		const [node, done] = stack.pop()!;
		const children = node.childNodes;
		if (!done) {
			stack.push([node, true]);
			for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === ELEMENT) stack.push([children[i]!, false]);
			continue;
		}
		let length = 0;
		for (let i = 0; i < children.length; i++) {
			const child = children[i]!;
			if (child.nodeType === ELEMENT) length += lengths.get(child) ?? 0;
			else if (child.nodeType === TEXT || child.nodeType === CDATA) length += (child.textContent ?? '').length;
		}
		lengths.set(node, length);
	}
	return lengths;
}

/** The display and visibility rules of the page's own <style> blocks that apply on a screen (see css-hidden.ts). */
function pageStyleRules(document: DomDocument): HiddenRules {
	const sheets = Array.from(document.querySelectorAll('style')).map(style => ({text: style.textContent ?? '', media: style.getAttribute('media')}));
	return hiddenRules(sheets);
}

function hiddenByStyle(element: DomElement, rules: HiddenRules): boolean {
	return matchesHidden(rules, element.nodeName, element.getAttribute('id'), element.getAttribute('class'), element.getAttribute('style'));
}

/** True when the element or one of its ancestors is hidden: attribute, inline style, page style rule, screen-reader class. */
function hiddenFromSight(element: DomElement, rules: HiddenRules): boolean {
	for (let node: DomNode | null = element; node && node.nodeType === ELEMENT; node = node.parentNode) {
		if (hiddenByMarkup(node as DomElement) || hiddenByStyle(node as DomElement, rules)) return true;
	}
	return false;
}

/**
 * The headline the reader sees: the first visible h1 inside the article or main element, else the page's only h1, when
 * it reads like a headline (3 to 40 words, not the site's name). Sites often give og:title and JSON-LD another,
 * search-friendly headline; the text opens with the one on the page, and the others are only fallbacks.
 */
function visibleHeadline(document: DomDocument, rules: HiddenRules, siteName: string | undefined): string | undefined {
	const inArticle = Array.from(document.querySelectorAll('article h1, main h1, [role="main"] h1, [itemprop="articleBody"] h1')).slice(0, 20);
	const all = document.querySelectorAll('h1');
	const h1 = inArticle.find(element => !hiddenFromSight(element, rules)) ?? (all.length === 1 && !hiddenFromSight(all[0]!, rules) ? all[0] : undefined);
	const text = (h1?.textContent ?? '').replace(/\s+/g, ' ').trim();
	const count = text ? text.split(' ').length : 0;
	if (count < 3 || count > 40) return undefined;
	if (siteName && normalise(text) === normalise(siteName)) return undefined;
	return text;
}

/** Removes scripts, styles, embedded objects and site chrome, keeping anything that holds the article. */
function removeChrome(document: DomDocument, styleRules = pageStyleRules(document)): void {
	const root = document.body ?? document.documentElement;
	// The article and everything holding it are never removed, whatever their classes say ("article has-comments").
	const holders = new Set<DomNode>();
	for (const kept of Array.from(root.querySelectorAll('article, [itemprop="articleBody"], main, h1'))) {
		for (let node: DomNode | null = kept; node && !holders.has(node); node = node.parentNode) holders.add(node);
	}
	const all = Array.from(root.querySelectorAll('*'));
	// Elements come in document order, so nothing inside an element has been removed when it is judged:
	// lengths taken up front are the lengths at that moment.
	const lengths = textLengths(root);
	const bodyText = lengths.get(root) || 1;
	for (const element of all) {
		if (!element.parentNode) continue; // already removed with an ancestor
		const tag = element.nodeName.toUpperCase();
		if (DROP_TAGS.has(tag)) {
			element.remove();
			continue;
		}
		const chromeTag = tag === 'ASIDE' || tag === 'FOOTER';
		if (!chromeTag && !isChrome(element) && !hiddenByStyle(element, styleRules)) continue;
		if (holders.has(element)) continue;
		if ((lengths.get(element) ?? 0) > bodyText * 0.5) continue;
		element.remove();
	}
}

/** A paragraph of prose: a <p> of at least 10 words ending a sentence. */
function isProse(element: DomElement | null): boolean {
	if (!element || element.nodeName.toUpperCase() !== 'P') return false;
	const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
	return text.split(' ').length >= 10 && /[.!?]["”’)]?$/.test(text);
}

/**
 * Keeps the article's subheadings through Readability, which drops a heading whose class or id looks like chrome to it,
 * by substring: "subheader" holds "header", "story-meta-heading" holds "meta". A heading (h2-h6, not inside a link) that
 * is inside the article element or the article body, or that is followed by a paragraph of prose (body text spread over
 * several containers), loses its class and id before Readability runs. Headings of related-link lists, rails and teasers
 * outside the article are followed by links or lists, not prose, and keep theirs. Runs after chrome removal.
 */
function keepArticleHeadings(document: DomDocument): void {
	for (const heading of Array.from(document.querySelectorAll('h2, h3, h4, h5, h6')).slice(0, 2_000)) {
		if (heading.getAttribute('class') === null && heading.getAttribute('id') === null) continue;
		let inLink = false;
		let inArticle = false;
		for (let up = heading.parentNode; up && up.nodeType === ELEMENT; up = up.parentNode) {
			const tag = up.nodeName.toUpperCase();
			if (tag === 'A') inLink = true;
			if (tag === 'ARTICLE' || (up as DomElement).getAttribute('itemprop') === 'articleBody') inArticle = true;
		}
		if (inLink || !(inArticle || isProse(heading.nextElementSibling))) continue;
		heading.removeAttribute('class');
		heading.removeAttribute('id');
	}
}

interface JsonLdArticle {
	headline?: string;
	publisher?: string;
	author?: string;
	published?: string;
}

function nameOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() || undefined;
	if (Array.isArray(value)) {
		const names = value.map(nameOf).filter((n): n is string => Boolean(n));
		return names.length ? names.join(', ') : undefined;
	}
	if (value && typeof value === 'object' && typeof (value as {name?: unknown}).name === 'string') return ((value as {name: string}).name).trim() || undefined;
	return undefined;
}

/** The first Article-like object in the page's JSON-LD blocks, if any. */
function readJsonLd(document: DomDocument): JsonLdArticle {
	const found: JsonLdArticle = {};
	for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
		const raw = script.textContent ?? '';
		if (raw.length > 200_000) continue;
		let data: unknown;
		try {
			data = JSON.parse(raw);
		} catch {
			continue;
		}
		const queue: unknown[] = [data];
		for (let seen = 0; queue.length && seen < 200; seen++) {
			const item = queue.shift();
			if (Array.isArray(item)) {
				queue.push(...item);
				continue;
			}
			if (!item || typeof item !== 'object') continue;
			const object = item as Record<string, unknown>;
			if (Array.isArray(object['@graph'])) queue.push(...object['@graph']);
			const types = ([] as unknown[]).concat(object['@type'] ?? []).map(String);
			if (!types.some(type => /Article|NewsArticle|Report|BlogPosting|WebPage/i.test(type))) {
				continue;
			}
			found.headline ??= nameOf(object.headline);
			found.publisher ??= nameOf(object.publisher);
			found.author ??= nameOf(object.author);
			found.published ??= typeof object.datePublished === 'string' ? object.datePublished : undefined;
		}
	}
	return found;
}

function metaContent(document: DomDocument, selectors: string[]): string | undefined {
	for (const selector of selectors) {
		const value = document.querySelector(selector)?.getAttribute('content')?.trim();
		if (value) return value;
	}
	return undefined;
}

interface PageMeta {
	title?: string;
	siteName?: string;
	byline?: string;
	published?: string;
}

/** A character reference with its semicolon: "&#8220;", "&#x2019;", "&amp;", "&Aacute;". */
const ENTITY = /&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;

/**
 * Metadata strings with their character references decoded. JSON-LD is JSON, not HTML, so the parser leaves
 * "&#8220;Forty minutes&#8221;" as it is, and WordPress and others write headlines that way; a meta attribute can carry
 * an escaped reference ("&amp;#8217;") too. Only complete references are decoded (each through the DOM parser, so every
 * name HTML knows is covered); a bare "&" or "AT&T" stays as it is, and no markup is read.
 */
function decodeEntities(document: DomDocument, value: string | undefined): string | undefined {
	if (value === undefined || !value.includes('&')) return value;
	const cell = document.createElement('div');
	const decoded = value.replace(ENTITY, reference => {
		cell.innerHTML = reference;
		return cell.textContent || reference;
	});
	return decoded.replace(/\s+/g, ' ').trim() || undefined;
}

function readMeta(document: DomDocument): PageMeta {
	const jsonLd = readJsonLd(document);
	const time = document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
	const decode = (value: string | undefined) => decodeEntities(document, value);
	return {
		title: decode(jsonLd.headline ?? metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]'])),
		siteName: decode(metaContent(document, ['meta[property="og:site_name"]']) ?? jsonLd.publisher ?? metaContent(document, ['meta[name="application-name"]'])),
		byline: decode(jsonLd.author ?? metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]'])),
		published:
			jsonLd.published ??
			metaContent(document, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="DC.date.issued"]', 'meta[itemprop="datePublished"]']) ??
			(time || undefined),
	};
}

interface Paragraph {
	text: string;
	heading: boolean;
}

/** A class naming an article's standfirst: "standfirst", "dek", "article__standfirst", "story-dek", "sub-headline". */
const DECK_CLASS = /(?:^|[-_])(?:standfirst|dek|deck|strapline|sub-?headline|subhead|sub-?title|summary)$/i;

/** A data attribute's value naming the standfirst, where class names are generated ("dcr-17ey4"): data-gu-name="standfirst". */
const DECK_DATA = /^(?:[\w-]*[-_])?(?:standfirst|dek|deck|strapline)$/i;

function namesDeck(element: DomElement): boolean {
	if ((element.getAttribute('class') ?? '').split(/\s+/).some(name => DECK_CLASS.test(name))) return true;
	if (element.getAttribute('itemprop') === 'description') return true;
	const attributes = element.attributes;
	for (let i = 0; i < attributes.length; i++) {
		const {name, value} = attributes[i]!;
		if (name.startsWith('data-') && DECK_DATA.test(value.trim())) return true;
	}
	return false;
}

/**
 * The article's standfirst, when the page marks one (by class, a data attribute, or itemprop="description" on the page
 * body) and it reads like one: 6 to 60 words. Looked for among the first 10,000 elements, outside navigation.
 */
function findDeck(document: DomDocument): string | undefined {
	const candidates = Array.from(document.querySelectorAll('body *')).slice(0, 10_000);
	for (const element of candidates) {
		if (!namesDeck(element)) continue;
		if (element.nodeName === 'META') continue;
		let inChrome = false;
		for (let up = element.parentNode; up && !inChrome; up = up.parentNode) inChrome = /^(?:NAV|ASIDE|FOOTER)$/.test(up.nodeName);
		if (inChrome) continue;
		const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
		const words = text.split(' ').length;
		if (words >= 6 && words <= 60) return text;
	}
	return undefined;
}

/** Inline tags that style part of a run of text: a word can be split across them ("<b>Wash</b>ington", "<em>un</em><b>likely</b>"). */
const FORMATTING_TAGS = new Set([
	'B', 'I', 'EM', 'STRONG', 'U', 'S', 'SMALL', 'MARK', 'SUB', 'SUP', 'ABBR', 'CODE', 'KBD', 'VAR', 'Q', 'DFN', 'FONT', 'INS', 'DEL',
	'BDI', 'BDO', 'SAMP', 'TT', 'BIG', 'STRIKE', 'RUBY', 'RB', 'RT', 'RP', 'NOBR',
]);

const COMMENT = 8;

/** True when the element's text has a space between two words: a phrase, not a piece of a word. Reads at most 40 nodes. */
function isPhrase(element: DomNode): boolean {
	let text = '';
	const stack: DomNode[] = [element];
	for (let seen = 0; stack.length; seen++) {
		if (seen > 40 || text.length > 200) return true; // that long, it is no fragment of one word
		const node = stack.pop()!;
		if (node.nodeType === TEXT || node.nodeType === CDATA) text += node.textContent ?? '';
		else if (node.nodeType === ELEMENT) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
	}
	return /\S\s+\S/.test(text);
}

/**
 * Whether two sibling elements with no text between them are separate items on screen, so that the last letter or digit
 * of one and the first of the other must not run together. Pages set dates, times, bylines and datelines as adjacent
 * elements and separate them with CSS (display:block, margins, a separator drawn by ::before), which is not read here:
 * "November 24, 2026" + "6:12 AM UTC" would give "20266:12", "Corran Falls, Oregon" + "NWN" "OregonNWN".
 * The rule: a <time> is always an item of its own; two pieces of inline formatting (b, i, em, strong, ...) are not,
 * since a word can be split across them; any other pair (span, a, cite, custom elements) is when either of the two
 * holds a phrase (a space between words), so a word split across spans ("<span>Port</span><span>land</span>", letters
 * set one span each) stays whole. Blocks end their paragraph anyway. A space goes in only where a letter or digit follows
 * a letter, digit or closing punctuation (see flush); "said:" + "“Yes" and "(" + "10:00" are left as the markup has them.
 */
function separateItems(a: DomNode, b: DomNode): boolean {
	const tagA = a.nodeName.toUpperCase();
	const tagB = b.nodeName.toUpperCase();
	if (BLOCK_TAGS.has(tagA) || BLOCK_TAGS.has(tagB) || tagA === 'BR' || tagB === 'BR' || DROP_TAGS.has(tagB)) return false;
	if (tagA === 'TIME' || tagB === 'TIME') return true;
	if (FORMATTING_TAGS.has(tagA) && FORMATTING_TAGS.has(tagB)) return false;
	return isPhrase(a) || isPhrase(b);
}

const TABLE_CELLS = new Set(['TD', 'TH']);

/**
 * A table row laid out as data: its cells hold only inline content (no paragraphs, lists or nested tables, which
 * layout tables put in their cells). Reads at most 300 nodes.
 */
function isDataRow(row: DomNode): boolean {
	const stack: DomNode[] = [];
	for (let i = 0; i < row.childNodes.length; i++) stack.push(row.childNodes[i]!);
	for (let seen = 0; stack.length; seen++) {
		const node = stack.pop()!;
		if (seen > 300) return false;
		if (node.nodeType !== ELEMENT) continue;
		const tag = node.nodeName.toUpperCase();
		if (!TABLE_CELLS.has(tag) && BLOCK_TAGS.has(tag)) return false;
		for (let i = 0; i < node.childNodes.length; i++) stack.push(node.childNodes[i]!);
	}
	return true;
}

/**
 * A list item whose text is all (at least 80%) link text, a <time> aside: a link to another page ("Read next" lists
 * Readability keeps), not an item of information. It gets no bullet, so the classifier can still tell a related headline by its shape.
 * Reads at most 300 nodes.
 */
function isLinkItem(item: DomNode): boolean {
	let all = 0;
	let linked = 0;
	const stack: Array<[DomNode, boolean]> = [[item, false]];
	for (let seen = 0; stack.length; seen++) {
		if (seen > 300) return false;
		const [node, inLink] = stack.pop()!;
		if (node.nodeType === TEXT || node.nodeType === CDATA) {
			const length = (node.textContent ?? '').replace(/\s+/g, '').length;
			all += length;
			if (inLink) linked += length;
		} else if (node.nodeType === ELEMENT && !DROP_TAGS.has(node.nodeName.toUpperCase()) && node.nodeName.toUpperCase() !== 'TIME') {
			const link = inLink || node.nodeName.toUpperCase() === 'A';
			for (let i = 0; i < node.childNodes.length; i++) stack.push([node.childNodes[i]!, link]);
		}
	}
	return all > 0 && linked >= all * 0.8;
}

/** True when the row has a data cell (<td>): a header row of <th> cells only is a label line, not an item. */
function hasDataCell(row: DomNode): boolean {
	for (let i = 0; i < row.childNodes.length; i++) if (row.childNodes[i]!.nodeName.toUpperCase() === 'TD') return true;
	return false;
}

/** Walks an element (iteratively: pages can nest deeply) and collects its paragraphs. */
export function collectParagraphs(root: DomNode): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	let buffer = '';
	let headingText = false;
	// List items and table rows are items of their own: "• " (or "3. " in an ordered list) opens the first paragraph
	// of each, so the classifier reads a short item ("About 2,500 people evacuated") as a list item, not a subheading.
	// A data table's row is one line, its cells separated by " | ": "• Linwood | 610 | Linwood Fairgrounds"; a header
	// row of <th> cells has no bullet, nor has a bulleted item that is all link (see isLinkItem). Nested lists are not
	// indented.
	let itemPrefix = '';
	let dataRow = false;
	const listCounters = new Map<DomNode, number>();
	const flush = () => {
		// Between separate items (see separateItems), a letter, digit or closing punctuation before and a letter or digit
		// after get a space ("2026 6:12", "U.S. 11:48 AM"); other markers go.
		if (buffer.includes('\uE001')) buffer = buffer.replace(/([\p{L}\p{N}.,;:!?)\]”’])\uE001+(?=[\p{L}\p{N}])/gu, '$1 ').replace(/\uE001/g, '');
		// <br><br> separates paragraphs (as sloppy markup often does); a single <br> ends a line only
		// after sentence-final punctuation, else it is just a space, so no sentence is cut in two.
		for (const part of buffer.split(/[ \t\n\r\f]*(?:\uE000[ \t\n\r\f]*){2,}/)) {
			const text = part
				.replace(/[ \t\n\r\f]+/g, ' ')
				.replace(/([.!?:;"”’)])[ ]?\uE000[ ]?/g, '$1\n')
				.replace(/[ ]?\uE000[ ]?/g, ' ')
				.replace(/^[ \uE002]+|[ \uE002]+$/g, '')
				.replace(/ ?(?:\uE002 ?)+/g, ' | ')
				.trim();
			if (!text) continue;
			paragraphs.push({text: itemPrefix + text, heading: headingText});
			itemPrefix = '';
		}
		buffer = '';
		headingText = false;
	};
	// Each entry is a node to visit, a marker to close a block after its children, or one between separate items.
	const stack: Array<DomNode | {close: string} | {between: true}> = [root];
	while (stack.length) {
		const item = stack.pop()!;
		if ('between' in item) {
			buffer += '\uE001'; // resolved in flush
			continue;
		}
		if ('close' in item) {
			if (HEADING_TAGS.has(item.close)) headingText = true;
			if (BLOCK_TAGS.has(item.close)) flush();
			if (item.close === 'LI' || item.close === 'TR') itemPrefix = ''; // an empty item leaves no bullet behind
			continue;
		}
		if (item.nodeType === TEXT) {
			buffer += (item.textContent ?? '').replace(/[\uE000-\uE002]/g, '');
			continue;
		}
		if (item.nodeType !== ELEMENT) continue;
		const tag = item.nodeName.toUpperCase();
		if (DROP_TAGS.has(tag)) continue;
		if (TABLE_CELLS.has(tag)) buffer += dataRow ? '\uE002' : ' '; // a cell separator, resolved in flush
		if (tag === 'BR') {
			buffer += '\uE000'; // a line-break marker, resolved in flush
			continue;
		}
		if (BLOCK_TAGS.has(tag)) flush();
		if (tag === 'LI') {
			const list = item.parentNode;
			if (list && list.nodeName.toUpperCase() === 'OL') {
				const element = item as DomElement;
				const own = Number.parseInt(element.getAttribute('value') ?? '', 10);
				const start = Number.parseInt((list as DomElement).getAttribute('start') ?? '', 10);
				const number = Number.isSafeInteger(own) ? own : (listCounters.get(list) ?? (Number.isSafeInteger(start) ? start : 1) - 1) + 1;
				listCounters.set(list, number);
				itemPrefix = `${number}. `;
			} else itemPrefix = isLinkItem(item) ? '' : '• ';
		}
		if (tag === 'TR') {
			dataRow = isDataRow(item);
			itemPrefix = dataRow && hasDataCell(item) ? '• ' : '';
		}
		stack.push({close: tag});
		const children = item.childNodes;
		for (let i = children.length - 1; i >= 0; i--) {
			const child = children[i]!;
			stack.push(child);
			if (child.nodeType !== ELEMENT) continue;
			let before = i - 1;
			while (before >= 0 && children[before]!.nodeType === COMMENT) before--;
			if (before >= 0 && children[before]!.nodeType === ELEMENT && separateItems(children[before]!, child)) stack.push({between: true});
		}
	}
	flush();
	return paragraphs;
}

function normalise(text: string): string {
	return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Lays paragraphs out as text: blank line between paragraphs, heading start offsets recorded. */
function layout(title: string, paragraphs: Paragraph[]): {text: string; headings: number[]} {
	const blocks = title ? [{text: title, heading: true}, ...paragraphs] : paragraphs;
	// The article body often repeats the headline as its first heading.
	if (title && paragraphs[0] && normalise(paragraphs[0].text) === normalise(title)) blocks.splice(1, 1);
	const headings: number[] = [];
	let text = '';
	for (const block of blocks) {
		if (text) text += '\n\n';
		if (block.heading) headings.push(text.length);
		text += block.text;
	}
	return {text, headings};
}

type Parse = (html: string) => {document: DomDocument};
type ReadabilityClass = new (document: DomDocument, options: object) => {
	parse(): null | {title?: string | null; content?: DomNode | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null};
};

let libraries: Promise<{parse: Parse; Readability: ReadabilityClass}> | undefined;

function loadLibraries() {
	libraries ??= Promise.all([import('linkedom'), import('@mozilla/readability')]).then(([linkedom, readability]) => {
		// Readability is a CommonJS module: Node's loader gives its exports as named exports, the esbuild bundle only as
		// `default`. Without this the shipped CLI silently fell back to the plain page walk for every HTML page.
		const cjs = readability as unknown as {Readability?: unknown; default?: {Readability?: unknown}};
		const Readability = cjs.Readability ?? cjs.default?.Readability;
		if (typeof Readability !== 'function') throw new Error('@mozilla/readability did not load');
		return {parse: linkedom.parseHTML as unknown as Parse, Readability: Readability as ReadabilityClass};
	});
	return libraries;
}

export class HtmlError extends Error {}

function cleanTitle(title: string | undefined, siteName: string | undefined): string {
	let clean = (title ?? '').replace(/\s+/g, ' ').trim();
	// "Headline | Site" / "Headline - Site": drop the site part when it names the site.
	if (siteName) {
		const suffix = new RegExp(`\\s*[|\\-–—:·]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
		clean = clean.replace(suffix, '');
	}
	return clean;
}

/** Extracts the article from an HTML page. Throws HtmlError for a page it refuses (too deeply nested). */
export async function extractHtml(html: string): Promise<HtmlArticle> {
	// Refused before parsing: the DOM builder's time grows with depth times the tags it meets there.
	const nesting = scanNesting(html, {depth: MAX_HTML_DEPTH, work: MAX_HTML_WORK});
	if (nesting.depth > MAX_HTML_DEPTH) throw new HtmlError(`HTML is nested more than ${MAX_HTML_DEPTH.toLocaleString('en-US')} levels deep; not a readable page`);
	if (nesting.work > MAX_HTML_WORK) throw new HtmlError(`HTML holds too many tags inside deeply nested elements to parse in reasonable time; not a readable page`);
	const {parse, Readability} = await loadLibraries();
	// The DOM builder needs a whole document; saved fragments get one.
	if (!/<(?:html|body)[\s>]/i.test(html.slice(0, 100_000))) html = `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
	const {document} = parse(html);
	const meta = readMeta(document);
	const h1Text = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
	// Read before removeChrome drops the <style> elements.
	const styleRules = pageStyleRules(document);
	const headline = visibleHeadline(document, styleRules, meta.siteName);
	removeChrome(document, styleRules);
	// Readability keeps the body and drops the article's header, where the standfirst (deck) sits: keep it by hand.
	const deck = findDeck(document);
	const root = document.body ?? document.documentElement;
	let paragraphs: Paragraph[] | undefined;
	let article: ReturnType<InstanceType<ReadabilityClass>['parse']> = null;
	if (maxDomDepth(root) <= MAX_READER_DEPTH) {
		keepArticleHeadings(document);
		try {
			article = new Readability(document, {serializer: (node: DomNode) => node, charThreshold: 200}).parse();
		} catch {
			article = null; // fall back to the cleaned page below
		}
		if (article?.content) paragraphs = collectParagraphs(article.content);
	}
	if (!paragraphs?.length) {
		const {document: fresh} = parse(html);
		removeChrome(fresh);
		paragraphs = collectParagraphs(fresh.body ?? fresh.documentElement);
	}
	const siteName = meta.siteName ?? article?.siteName ?? undefined;
	const title = cleanTitle(headline || meta.title || article?.title || h1Text || document.title, siteName);
	// The text opens with the title; the body often repeats it a little way down, below short labels that sit above the
	// headline on the page (a kicker, "Supported by", a section name): those go with the repeat.
	const titleAt = paragraphs.slice(0, 5).findIndex(p => normalise(p.text) === normalise(title));
	if (titleAt >= 0) {
		const labelsAbove = paragraphs.slice(0, titleAt).every(p => p.text.split(/\s+/).length <= 6);
		if (labelsAbove) paragraphs.splice(0, titleAt + 1);
		else paragraphs.splice(titleAt, 1);
	}
	if (deck && !paragraphs.some(p => normalise(p.text).includes(normalise(deck)))) {
		const afterTitle = paragraphs[0] && normalise(paragraphs[0].text) === normalise(h1Text ?? '') ? 1 : 0;
		paragraphs.splice(afterTitle, 0, {text: deck, heading: false});
	}
	const {text, headings} = layout(title, paragraphs);
	const byline = meta.byline ?? article?.byline ?? undefined;
	const published = meta.published ?? article?.publishedTime ?? undefined;
	return {
		text,
		title,
		headings,
		meta: {
			...(siteName ? {siteName: siteName.trim()} : {}),
			...(byline ? {byline: byline.replace(/\s+/g, ' ').trim()} : {}),
			...(published ? {published} : {}),
		},
	};
}

/** True when text that came without a telling file name or content type is an HTML page. */
export function looksLikeHtml(text: string): boolean {
	const head = text.slice(0, 2000).replace(/^\uFEFF/, '');
	return /^\s*(?:<!--[\s\S]*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(head);
}
