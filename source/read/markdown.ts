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
	level?: number; // a heading's level, 1-6
	table?: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const QUOTE = /^[ \t]{0,3}(?:>[ \t]?)+/;
const LINK_DEFINITION = /^ {0,3}\[([^\]]{1,500})\]:[ \t]*\S/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]\s]{1,200})\]:[ \t]*(.*)$/;
/** A footnote marker with the spaces before it: "died.[^toll]", "said [^1]" (matched from the run's start, so linear). */
const FOOTNOTE_MARKER = /(?<![ \t])[ \t]*\[\^([^\]\s]{1,200})\]/g;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
/** Template tags (Hugo shortcodes "{{< x >}}" "{{% x %}}", Liquid/Jinja "{% x %}" "{{ x }}" "{# x #}") and their closers. */
const TEMPLATE_CLOSE: Record<string, string> = {'{{': '}}', '{%': '%}', '{#': '#}'};
/** Most lines one template tag may span (a shortcode's parameters, one a line). */
const MAX_TEMPLATE_LINES = 20;
/** Template blocks whose content is not prose (code, comments): the opening tag's name and a pattern for its end. */
const TEMPLATE_BLOCKS: {open: RegExp; end: (name: string) => RegExp}[] = [
	{open: /^\{%-?\s*(highlight|comment)\b/, end: name => new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`)},
	{open: /^\{\{[<%]\s*(highlight)\b/, end: name => new RegExp(`\\{\\{[<%]\\s*/\\s*${name}\\s*[>%]\\}\\}`)},
];
/**
 * Raw HTML elements whose text is not article prose, dropped with it as the HTML reader drops them: captions
 * (with their credits), scripts, styles, embeds, form controls. Only on lines of raw HTML (starting with a tag).
 */
const DROP_ELEMENT_OPEN = /<(figcaption|script|style|noscript|template|iframe|object|svg|math|video|audio|button|select|textarea|nav)\b[^<>]{0,1000}>/i;
/** Elements whose HTML block runs to their end tag across blank lines (CommonMark's first kind); others end at a blank line. */
const RAW_TEXT_ELEMENT = /^(?:script|style|textarea)$/i;
/** Most lines searched for an element's end tag. */
const MAX_ELEMENT_LINES = 200;
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

/**
 * Named character references decoded in Markdown: the HTML 4 set (Latin-1, symbols, Greek, dashes and quotes) and
 * the HTML5 names a writer is likely to use (punctuation, fractions, spaces), as "name:code point in base 36".
 * Names not listed stay as written.
 */
const ENTITY_TABLE =
	'nbsp:4g iexcl:4h cent:4i pound:4j curren:4k yen:4l brvbar:4m sect:4n uml:4o copy:4p ordf:4q laquo:4r not:4s shy:4t ' +
	'reg:4u macr:4v deg:4w plusmn:4x sup2:4y sup3:4z acute:50 micro:51 para:52 middot:53 cedil:54 sup1:55 ordm:56 raquo:57 ' +
	'frac14:58 frac12:59 frac34:5a iquest:5b Agrave:5c Aacute:5d Acirc:5e Atilde:5f Auml:5g Aring:5h AElig:5i Ccedil:5j ' +
	'Egrave:5k Eacute:5l Ecirc:5m Euml:5n Igrave:5o Iacute:5p Icirc:5q Iuml:5r ETH:5s Ntilde:5t Ograve:5u Oacute:5v Ocirc:5w ' +
	'Otilde:5x Ouml:5y times:5z Oslash:60 Ugrave:61 Uacute:62 Ucirc:63 Uuml:64 Yacute:65 THORN:66 szlig:67 agrave:68 ' +
	'aacute:69 acirc:6a atilde:6b auml:6c aring:6d aelig:6e ccedil:6f egrave:6g eacute:6h ecirc:6i euml:6j igrave:6k ' +
	'iacute:6l icirc:6m iuml:6n eth:6o ntilde:6p ograve:6q oacute:6r ocirc:6s otilde:6t ouml:6u divide:6v oslash:6w ugrave:6x ' +
	'uacute:6y ucirc:6z uuml:70 yacute:71 thorn:72 yuml:73 fnof:b6 Alpha:pd Beta:pe Gamma:pf Delta:pg Epsilon:ph Zeta:pi ' +
	'Eta:pj Theta:pk Iota:pl Kappa:pm Lambda:pn Mu:po Nu:pp Xi:pq Omicron:pr Pi:ps Rho:pt Sigma:pv Tau:pw Upsilon:px Phi:py ' +
	'Chi:pz Psi:q0 Omega:q1 alpha:q9 beta:qa gamma:qb delta:qc epsilon:qd zeta:qe eta:qf theta:qg iota:qh kappa:qi lambda:qj ' +
	'mu:qk nu:ql xi:qm omicron:qn pi:qo rho:qp sigmaf:qq sigma:qr tau:qs upsilon:qt phi:qu chi:qv psi:qw omega:qx thetasym:r5 ' +
	'upsih:r6 piv:ra bull:6ci hellip:6cm prime:6cy Prime:6cz oline:6da frasl:6dg weierp:6jc image:6j5 real:6jg trade:6jm ' +
	'alefsym:6k5 larr:6mo uarr:6mp rarr:6mq darr:6mr harr:6ms crarr:6np lArr:6og uArr:6oh rArr:6oi dArr:6oj hArr:6ok ' +
	'forall:6ps part:6pu exist:6pv empty:6px nabla:6pz isin:6q0 notin:6q1 ni:6q3 prod:6q7 sum:6q9 minus:6qa lowast:6qf ' +
	'radic:6qi prop:6ql infin:6qm ang:6qo and:6qv or:6qw cap:6qx cup:6qy int:6qz there4:6r8 sim:6rg cong:6rp asymp:6rs ne:6sg ' +
	'equiv:6sh le:6sk ge:6sl sub:6te sup:6tf nsub:6tg sube:6ti supe:6tj oplus:6tx otimes:6tz perp:6ud sdot:6v9 lceil:6x4 ' +
	'rceil:6x5 lfloor:6x6 rfloor:6x7 lang:7vs rang:7vt loz:7gq spades:7kw clubs:7kz hearts:7l1 diams:7l2 quot:y amp:12 lt:1o ' +
	'gt:1q apos:13 OElig:9e oelig:9f Scaron:9s scaron:9t Yuml:ag circ:jq tilde:kc ensp:6bm emsp:6bn thinsp:6bt zwnj:6bw ' +
	'zwj:6bx lrm:6by rlm:6bz ndash:6c3 mdash:6c4 lsquo:6c8 rsquo:6c9 sbquo:6ca ldquo:6cc rdquo:6cd bdquo:6ce dagger:6cg ' +
	'Dagger:6ch permil:6cw lsaquo:6d5 rsaquo:6d6 euro:6gc AMP:12 LT:1o GT:1q QUOT:y COPY:4p REG:4u TRADE:6jm excl:x quest:1r ' +
	'num:z dollar:10 percnt:11 lpar:14 rpar:15 ast:16 midast:16 plus:17 comma:18 period:1a sol:1b bsol:2k colon:1m semi:1n ' +
	'equals:1p commat:1s lsqb:2j rsqb:2l lbrack:2j rbrack:2l lowbar:2n grave:2o lcub:3f rcub:3h lbrace:3f rbrace:3h verbar:3g ' +
	'vert:3g Hat:2m hyphen:6c0 dash:6c0 mldr:6cm nldr:6cl horbar:6c5 bullet:6ci centerdot:53 half:59 frac13:6kz frac23:6l0 ' +
	'frac15:6l1 frac25:6l2 frac35:6l3 frac45:6l4 frac16:6l5 frac56:6l6 frac18:6l7 frac38:6l8 frac58:6l9 frac78:6la check:7pv ' +
	'cross:7pz star:7ie starf:7id phone:7im female:7k0 male:7k2 numero:6ja hairsp:6bu puncsp:6bs numsp:6br emsp13:6bo ' +
	'emsp14:6bp NoBreak:6e8 ZeroWidthSpace:6bv lsquor:6ca rsquor:6c9 ldquor:6ce rdquor:6cd approx:6rs pm:4x ohm:q1 angst:5h ' +
	'caret:6dd';
let entities: Map<string, string> | undefined;

/** Code points 0x80-0x9F as HTML reads them in a numeric reference: the windows-1252 characters ("&#150;" is "–"). */
const WINDOWS_1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** The text of an entity ("mdash", "#8217", "#x2019"), or undefined for an unknown name. */
function decodeEntity(body: string): string | undefined {
	if (body[0] === '#') {
		const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
		if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
		if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80];
		return String.fromCodePoint(code);
	}
	entities ??= new Map(ENTITY_TABLE.split(' ').map(entry => {
		const [name, code] = entry.split(':');
		return [name!, String.fromCodePoint(Number.parseInt(code!, 36))];
	}));
	return entities.get(body);
}

/** Private-use marks around a code span's text while the rest of the line is stripped (removed from input first). */
const CODE_OPEN = '\uE000';
const CODE_CLOSE = '\uE001';

/**
 * When line `i` (with the lines after it, for a tag spanning several) holds nothing but template tags, the
 * index of its last line, else -1. Text outside the tags, or a tag left open, makes it prose.
 */
function templateTagsEnd(lines: string[], i: number): number {
	let line = i;
	let at = 0;
	for (let tags = 0; ; tags++) {
		const text = lines[line]!;
		while (text[at] === ' ' || text[at] === '\t') at++;
		if (at >= text.length) return tags ? line : -1;
		const close = TEMPLATE_CLOSE[text.slice(at, at + 2)];
		if (!close) return -1;
		let end = text.indexOf(close, at + 2);
		while (end === -1 && line + 1 < lines.length && line + 1 - i < MAX_TEMPLATE_LINES && lines[line + 1]!.trim() !== '') {
			end = lines[++line]!.indexOf(close);
		}
		if (end === -1) return -1;
		at = end + close.length;
	}
}

/**
 * Line `i` of raw HTML without the non-prose elements it opens (DROP_ELEMENT_OPEN), each up to its end tag, which
 * may be on a later line: the text left and the index of the last line used. An element left open stays as written.
 */
function dropHtmlElements(lines: string[], i: number): {text: string; last: number} {
	let source = lines[i]!; // the line being read (a later one once an element ends there)
	let last = i;
	let out = '';
	let kept = 0; // where the text not yet copied to `out` starts in `source`
	const open = new RegExp(DROP_ELEMENT_OPEN.source, 'gi');
	const unclosed = new Set<string>(); // names with no end tag after here: later ones of the name stay too
	for (let found = open.exec(source); found; found = open.exec(source)) {
		const name = found[1]!.toLowerCase();
		const start = found.index;
		let resume = open.lastIndex; // where reading goes on once the element is gone
		if (!found[0].endsWith('/>')) {
			if (unclosed.has(name)) continue;
			const close = new RegExp(`</${name}\\s*>`, 'gi');
			close.lastIndex = resume;
			let end = close.exec(source);
			let line = last;
			const rawText = RAW_TEXT_ELEMENT.test(name);
			while (!end && line + 1 < lines.length && line + 1 - i <= MAX_ELEMENT_LINES && (rawText || lines[line + 1]!.trim() !== '')) {
				close.lastIndex = 0;
				end = close.exec(lines[++line]!);
			}
			if (!end) {
				unclosed.add(name); // never closed: its text stays
				continue;
			}
			out += source.slice(kept, start) + ' ';
			if (line !== last) {
				source = lines[line]!;
				last = line;
			}
			resume = close.lastIndex;
		} else out += source.slice(kept, start) + ' ';
		kept = open.lastIndex = resume;
	}
	return {text: out + source.slice(kept), last};
}

/** How a reference label is matched: case-insensitive, runs of whitespace as one space. */
function labelKey(label: string): string {
	return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Link labels and footnotes defined in a document, and the number each footnote gets when first referred to. */
export interface References {
	links: ReadonlySet<string>; // label keys
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
 * Given the document's references, a reference link ("[text][ref]", "[text][]", "[text]") is read as one only
 * when its label is defined, so bracketed prose ("[sic]") stays; without them, full and collapsed ones always are.
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
	const isLink = (label: string) => !refs || refs.links.has(labelKey(label));
	return line
		.replace(/[\uE000\uE001]/g, '')
		.replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '') // images
		.replace(/!\[([^\]]{0,500})\]\[([^\]]{0,500})\]/g, (m, alt: string, ref: string) => (isLink(ref || alt) ? '' : m))
		.replace(/\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1') // [text](url "title")
		.replace(/\[([^\]]{1,500})\]\[([^\]]{0,500})\]/g, (m, text: string, ref: string) => (isLink(ref || text) ? text : m)) // [text][ref], [text][]
		.replace(/(!?)\[([^[\]]{1,500})\](?![[(])/g, (m, image: string, text: string) => (refs?.links.has(labelKey(text)) ? (image ? '' : text) : m)) // [text]
		.replace(/<((?:https?|mailto):[^>\s]{1,2000})>/g, '$1') // autolinks
		.replace(/<br(?:\s[^<>]{0,1000})?\/?>/gi, '\n') // a line break
		.replace(/<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,1000})?\/?>/g, '') // inline HTML tags
		.replace(/(`{1,3})([^`]{1,1000}?)\1/g, `${CODE_OPEN}$2${CODE_CLOSE}`) // code spans
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
		// Last, in one pass: code span text as written, backslash escapes, then entities (so "&#42;" is a star, not emphasis).
		.replace(
			/\uE000([^\uE001]*)\uE001|\\([!-/:-@[-`{-~])|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g,
			(m, code: string | undefined, escaped: string | undefined, entity: string | undefined) =>
				code ?? escaped ?? decodeEntity(entity!) ?? m,
		);
}

/**
 * Splits Markdown into blocks (paragraphs, headings, list items, quote lines, table rows) and footnotes
 * (label key -> paragraphs, in definition order). A footnote runs on over its following lines, and over
 * later paragraphs indented by four spaces or a tab.
 */
function toBlocks(markdown: string): {blocks: Block[]; links: Set<string>; footnotes: Map<string, string[]>; frontTitle?: string} {
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
	let quoteDepth = 0; // '>' marks before the quote paragraph being read
	let fence: string | undefined;
	const blockEndMissing = new Map<string, number>(); // template block end pattern -> a line after which it never comes
	const links = new Set<string>();
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
		let raw = lines[i]!;
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
		if (/^[ \t]*<[A-Za-z]/.test(raw)) {
			// A line of raw HTML: captions, scripts and the like go with their text.
			const html = dropHtmlElements(lines, i);
			if (html.text !== raw) {
				i = html.last;
				if (!html.text.trim()) continue;
				raw = html.text;
			}
		}
		if (/^[ \t]*\{[{%#]/.test(raw)) {
			// Template tags on their own lines are instructions to a site generator, not text: they go, and a
			// highlight or comment block goes up to its end tag (when it has one).
			const end = templateTagsEnd(lines, i);
			if (end !== -1) {
				flush();
				i = end;
				const tag = raw.trim();
				for (const block of TEMPLATE_BLOCKS) {
					const name = block.open.exec(tag)?.[1];
					if (!name) continue;
					const close = block.end(name);
					if ((blockEndMissing.get(close.source) ?? Infinity) <= i) continue;
					let j = i + 1;
					while (j < lines.length && !close.test(lines[j]!)) j++;
					if (j < lines.length) i = j;
					else blockEndMissing.set(close.source, i); // no end tag after here: later openers need not look again
				}
				continue;
			}
		}
		if (raw.trim() === '') {
			flush();
			if (footnote) footnoteGap = true;
			continue;
		}
		const atx = ATX.exec(raw);
		if (atx) {
			flush();
			if (atx[2]?.trim()) blocks.push({text: atx[2].trim(), heading: true, level: atx[1]!.length});
			continue;
		}
		const setext = paragraph.length === 1 && !footnote ? SETEXT.exec(raw) : null;
		if (setext && !LIST_ITEM.test(paragraph[0]!)) {
			blocks.push({text: paragraph[0]!, heading: true, level: setext[1]![0] === '=' ? 1 : 2});
			paragraph = [];
			continue;
		}
		const definition = LINK_DEFINITION.exec(raw);
		if (definition) links.add(labelKey(definition[1]!));
		if (RULE.test(raw) || definition || TABLE_SEPARATOR.test(raw)) {
			flush();
			continue;
		}
		let line = raw;
		let ownLine = false;
		const quote = QUOTE.exec(line);
		if (quote) {
			line = line.slice(quote[0].length);
			// A quote starts its own paragraph; its lines join each other until an empty quote line or a change of nesting.
			const depth = quote[0].split('>').length - 1;
			if (paragraphKind !== 'quote' || depth !== quoteDepth || !line.trim()) flush();
			quoteDepth = depth;
			if (!line.trim()) continue;
			paragraphKind = 'quote';
		}
		const item = LIST_ITEM.exec(line);
		let marker = '';
		if (item) {
			line = line.slice(item[0].length);
			ownLine = true;
			// The item keeps a marker, as the HTML reader writes one, so that a short item stays a list item, not a heading.
			const ordered = /\d+[.)]/.exec(item[0]);
			marker = ordered ? `${ordered[0].replace(')', '.')} ` : '• ';
		}
		if (/^\s*\|.*\|\s*$/.test(line)) {
			// A table row is a line of its own, its cells separated by " | " as the HTML reader writes them.
			flush();
			const row = line.trim().replace(/^\||\|$/g, '').split('|').map(cell => cell.trim()).join(' | ');
			if (footnote) footnote.push(row);
			else blocks.push({text: row, heading: false, table: true});
			continue;
		}
		line = line.trim();
		if (ownLine) {
			flush();
			paragraphKind = 'item';
			if (line) paragraph.push(marker + line);
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
	return {blocks, links, footnotes, frontTitle};
}

export function markdownToText(markdown: string): MarkdownText {
	const {blocks, links, footnotes, frontTitle} = toBlocks(markdown);
	const refs: References = {links, footnotes: new Map([...footnotes.keys()].map(key => [key, 0])), next: 0};
	const parts: string[] = [];
	const headings: number[] = [];
	// The title a reader sees: the first level-1 heading, else the front matter's title, else the first heading.
	let topTitle = '';
	let firstHeading = '';
	let offset = 0;
	const add = (text: string, heading: boolean, level?: number) => {
		if (!text) return;
		if (parts.length) offset += 2; // the blank line between blocks
		if (heading) {
			headings.push(offset);
			firstHeading ||= text;
			if (level === 1) topTitle ||= text;
		}
		parts.push(text);
		offset += text.length;
	};
	for (const block of blocks) {
		const text = stripInline(block.text, refs);
		// A heading or table row stays one line: a <br> in it reads as a space.
		add(clean(block.heading || block.table ? text.replace(/\n/g, ' ') : text), block.heading, block.level);
	}
	// Footnotes as a rendered page lists them: at the end, numbered in the order they are first referred to,
	// then those never referred to (kept: their text is the article's too).
	for (const key of footnotes.keys()) if (!refs.footnotes.get(key)) footnoteNumber(refs, key);
	const byNumber = [...refs.footnotes].sort((a, b) => a[1] - b[1]);
	for (const [key, n] of byNumber) {
		const paragraphs = footnotes.get(key)!.map(paragraph => clean(stripInline(paragraph, refs))).filter(Boolean);
		paragraphs.forEach((text, i) => add(i === 0 ? `[${n}] ${text}` : text, false));
	}
	return {text: parts.join('\n\n'), title: topTitle || frontTitle || firstHeading, headings};
}

/** Runs of spaces and tabs as one space, line breaks (from <br>) single and without spaces around them, none at either end. */
function clean(text: string): string {
	return text.replace(/[ \t]+/g, ' ').replace(/ ?\n[ \n]*/g, '\n').trim();
}
