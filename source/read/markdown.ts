// Markdown to plain text: what a reader sees, not the markup. Headings become their own lines (their
// start offsets recorded), a paragraph's soft-wrapped lines are joined with a space so the splitter
// sees whole sentences, list items and quotes become lines of their own, links keep their text,
// emphasis and code marks go, images and fenced code blocks are dropped. Footnote markers go and the
// footnotes follow the text as paragraphs "[1] ...", numbered in the order they are first referred to.
// Every pattern has bounded repetition so a pathological line cannot make it quadratic.

export interface MarkdownText {
	text: string;
	title: string;
	headings: number[];
}

interface Block {
	text: string;
	heading: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const QUOTE = /^[ \t]{0,3}(?:>[ \t]?)+/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]{1,500}\]:[ \t]*\S/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\s]{1,200})\]:[ \t]*(.*)$/;
/** A footnote marker with the spaces before it: "died.[^toll]", "said [^1]" (matched from the run's start, so linear). */
const FOOTNOTE_MARKER = /(?<![ \t])[ \t]*\[\^([^\]\s]{1,200})\]/g;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
/** Longest HTML comment removed (longer ones stay as text). */
const MAX_COMMENT = 100_000;

/**
 * Removes HTML comments ("<!-- ... -->", at most MAX_COMMENT characters inside), as the pattern
 * /<!--[\s\S]{0,MAX_COMMENT}?-->/g would, but in linear time: the pattern retried its bounded scan at
 * every "<!--", so a page of unclosed "<!--" cost its length times MAX_COMMENT.
 */
export function removeHtmlComments(text: string): string {
	let out = '';
	let from = 0;
	let search = 0;
	let close = -1; // nearest "-->" after the last comment start looked at
	for (;;) {
		const open = text.indexOf('<!--', search);
		if (open === -1) break;
		if (close < open + 4) close = text.indexOf('-->', open + 4);
		if (close === -1) break; // no comment closes after here
		if (close - (open + 4) > MAX_COMMENT) {
			search = open + 1;
			continue;
		}
		out += text.slice(from, open);
		from = search = close + 3;
	}
	return from === 0 ? text : out + text.slice(from);
}

/** How a reference label is matched: case-insensitive, runs of whitespace as one space. */
function labelKey(label: string): string {
	return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Footnotes defined in a document, and the number each gets when first referred to. */
export interface References {
	footnotes: Map<string, number>; // label key -> number (0 until referred to)
	next: number;
}

/** A footnote's number, assigned on first reference. */
function footnoteNumber(refs: References, key: string): number {
	let n = refs.footnotes.get(key)!;
	if (!n) refs.footnotes.set(key, (n = ++refs.next));
	return n;
}

/**
 * Inline markup to plain text: links keep their text, images and tags go, emphasis/code marks go,
 * markers of defined footnotes go (with the spaces before them, so "died.[^1] Here" reads "died. Here").
 */
export function stripInline(line: string, refs?: References): string {
	if (refs?.footnotes.size) {
		line = line.replace(FOOTNOTE_MARKER, (m, label: string) => {
			const key = labelKey(label);
			if (!refs.footnotes.has(key)) return m; // undefined: shown as written
			footnoteNumber(refs, key);
			return '';
		});
	}
	return line
		.replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '') // images
		.replace(/!\[([^\]]{0,500})\]\[[^\]]{0,500}\]/g, '')
		.replace(/\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1') // [text](url "title")
		.replace(/\[([^\]]{1,500})\]\[[^\]]{0,500}\]/g, '$1') // [text][ref]
		.replace(/<((?:https?|mailto):[^>\s]{1,2000})>/g, '$1') // autolinks
		.replace(/<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,1000})?\/?>/g, '') // inline HTML tags
		.replace(/(`{1,3})([^`]{1,1000}?)\1/g, '$2') // code spans
		.replace(/(\*\*|__)(?=\S)([^\n]{1,1000}?\S)\1/g, (m, mark: string, inner: string, at: number, all: string) =>
			mark === '__' && (/\w/.test(all[at - 1] ?? '') || /\w/.test(all[at + m.length] ?? '')) ? m : inner,
		)
		.replace(/(\*|_)(?=[^\s*_])([^\n]{0,1000}?[^\s\\])\1/g, (m, mark: string, inner: string, at: number, all: string) => {
			const before = /\w/.test(all[at - 1] ?? '');
			const after = /\w/.test(all[at + m.length] ?? '');
			// snake_case stays; so does arithmetic like 2*3*4.
			return (mark === '_' ? before || after : before && after) ? m : inner;
		})
		.replace(/~~(?=\S)([^\n]{1,1000}?\S)~~/g, '$1')
		.replace(/\\([!-/:-@[-`{-~])/g, '$1'); // backslash escapes
}

/**
 * Splits Markdown into blocks (paragraphs, headings, list items, quote lines, table rows) and footnotes
 * (label key -> paragraphs, in definition order). A footnote runs on over its following lines, and over
 * later paragraphs indented by four spaces or a tab.
 */
function toBlocks(markdown: string): {blocks: Block[]; footnotes: Map<string, string[]>; frontTitle?: string} {
	let source = removeHtmlComments(markdown.replace(/\r\n?/g, '\n'));
	let frontTitle: string | undefined;
	const front = /^---\n([\s\S]{0,20000}?)\n(?:---|\.\.\.)\n/.exec(source);
	if (front) {
		const title = /^title:[ \t]*(.+)$/m.exec(front[1]!);
		if (title) frontTitle = title[1]!.trim().replace(/^(["'])(.*)\1$/, '$2');
		source = source.slice(front[0].length);
	}
	const lines = source.split('\n');
	const blocks: Block[] = [];
	let paragraph: string[] = [];
	let paragraphKind: 'plain' | 'quote' | 'item' = 'plain';
	let fence: string | undefined;
	const footnotes = new Map<string, string[]>();
	let footnote: string[] | undefined; // paragraphs of the footnote being read, if any
	let footnoteGap = false; // a blank line since the footnote's last line
	const flush = () => {
		if (paragraph.length) {
			const text = paragraph.join(' ');
			if (footnote) footnote.push(text);
			else blocks.push({text, heading: false});
		}
		paragraph = [];
		paragraphKind = 'plain';
	};
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i]!;
		if (footnote && raw.trim() !== '') {
			// After a blank line only an indented line continues the footnote; before one, any line but the start of a new block.
			const continues = footnoteGap
				? /^(?: {4}|\t)/.test(raw)
				: ![FOOTNOTE_DEFINITION, LINK_DEFINITION, ATX, FENCE, RULE].some(pattern => pattern.test(raw));
			if (!continues) {
				flush();
				footnote = undefined;
			}
			footnoteGap = false;
		}
		const note = fence ? null : FOOTNOTE_DEFINITION.exec(raw);
		if (note) {
			flush();
			const key = labelKey(note[1]!);
			if (!footnotes.has(key)) footnotes.set(key, []);
			footnote = footnotes.get(key)!;
			footnoteGap = false;
			if (note[2]!.trim()) paragraph.push(note[2]!.trim());
			continue;
		}
		if (fence) {
			// Code is not prose: drop the block up to its closing fence.
			if (raw.trimStart().startsWith(fence)) fence = undefined;
			continue;
		}
		const fenceOpen = FENCE.exec(raw);
		if (fenceOpen) {
			flush();
			fence = fenceOpen[1]![0]!.repeat(fenceOpen[1]!.length);
			continue;
		}
		if (raw.trim() === '') {
			flush();
			if (footnote) footnoteGap = true;
			continue;
		}
		const atx = ATX.exec(raw);
		if (atx) {
			flush();
			if (atx[2]?.trim()) blocks.push({text: atx[2].trim(), heading: true});
			continue;
		}
		if (paragraph.length === 1 && SETEXT.test(raw) && !LIST_ITEM.test(paragraph[0]!)) {
			blocks.push({text: paragraph[0]!, heading: true});
			paragraph = [];
			continue;
		}
		if (RULE.test(raw) || LINK_DEFINITION.test(raw) || TABLE_SEPARATOR.test(raw)) {
			flush();
			continue;
		}
		let line = raw;
		let ownLine = false;
		const quote = QUOTE.exec(line);
		if (quote) {
			line = line.slice(quote[0].length);
			// A quote starts its own paragraph; its lines join each other.
			if (paragraphKind !== 'quote') flush();
			paragraphKind = 'quote';
		}
		const item = LIST_ITEM.exec(line);
		if (item) {
			line = line.slice(item[0].length);
			ownLine = true;
		}
		if (/^\s*\|.*\|\s*$/.test(line)) {
			// A table row is a line of its own: cells separated by two spaces.
			flush();
			paragraph.push(line.trim().replace(/^\||\|$/g, '').split('|').map(cell => cell.trim()).join('  '));
			flush();
			continue;
		}
		line = line.trim();
		if (ownLine) {
			flush();
			paragraphKind = 'item';
			if (line) paragraph.push(line);
			continue;
		}
		if (!quote && paragraphKind === 'quote') flush();
		// A hard line break (two trailing spaces or a backslash) keeps the line end.
		if (/ {2,}$|\\$/.test(raw)) {
			paragraph.push(line.replace(/\\$/, ''));
			flush();
			continue;
		}
		paragraph.push(line);
	}
	flush();
	return {blocks, footnotes, frontTitle};
}

export function markdownToText(markdown: string): MarkdownText {
	const {blocks, footnotes, frontTitle} = toBlocks(markdown);
	const refs: References = {footnotes: new Map([...footnotes.keys()].map(key => [key, 0])), next: 0};
	const parts: string[] = [];
	const headings: number[] = [];
	let title = frontTitle ?? '';
	let offset = 0;
	const add = (text: string, heading: boolean) => {
		if (!text) return;
		if (parts.length) offset += 2; // the blank line between blocks
		if (heading) {
			headings.push(offset);
			if (!title) title = text;
		}
		parts.push(text);
		offset += text.length;
	};
	for (const block of blocks) add(clean(stripInline(block.text, refs)), block.heading);
	// Footnotes as a rendered page lists them: at the end, numbered in the order they are first referred to,
	// then those never referred to (kept: their text is the article's too).
	for (const key of footnotes.keys()) if (!refs.footnotes.get(key)) footnoteNumber(refs, key);
	const byNumber = [...refs.footnotes].sort((a, b) => a[1] - b[1]);
	for (const [key, n] of byNumber) {
		const paragraphs = footnotes.get(key)!.map(paragraph => clean(stripInline(paragraph, refs))).filter(Boolean);
		paragraphs.forEach((text, i) => add(i === 0 ? `[${n}] ${text}` : text, false));
	}
	return {text: parts.join('\n\n'), title, headings};
}

/** Runs of spaces and tabs as one space, no space at either end. */
function clean(text: string): string {
	return text.replace(/[ \t]+/g, ' ').trim();
}
