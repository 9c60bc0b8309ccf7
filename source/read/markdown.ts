// Markdown to plain text: what a reader sees, not the markup. Headings become their own lines (their
// start offsets recorded), a paragraph's soft-wrapped lines are joined with a space so the splitter
// sees whole sentences, list items and quotes become lines of their own, links keep their text,
// emphasis and code marks go, images and fenced code blocks are dropped.
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

/** Inline markup to plain text: links keep their text, images and tags go, emphasis/code marks go. */
export function stripInline(line: string): string {
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

/** Splits Markdown into blocks (paragraphs, headings, list items, quote lines, table rows). */
function toBlocks(markdown: string): {blocks: Block[]; frontTitle?: string} {
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
	const flush = () => {
		if (paragraph.length) blocks.push({text: paragraph.join(' '), heading: false});
		paragraph = [];
		paragraphKind = 'plain';
	};
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i]!;
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
	return {blocks, frontTitle};
}

export function markdownToText(markdown: string): MarkdownText {
	const {blocks, frontTitle} = toBlocks(markdown);
	const parts: string[] = [];
	const headings: number[] = [];
	let title = frontTitle ?? '';
	let offset = 0;
	for (const block of blocks) {
		const text = stripInline(block.text).replace(/[ \t]+/g, ' ').trim();
		if (!text) continue;
		if (parts.length) offset += 2; // the blank line between blocks
		if (block.heading) {
			headings.push(offset);
			if (!title) title = text;
		}
		parts.push(text);
		offset += text.length;
	}
	return {text: parts.join('\n\n'), title, headings};
}
