// How deeply an HTML page nests, and how much work its element stack costs the DOM builder, measured
// from the raw markup in one linear pass before anything is parsed.
//
// The DOM builder (linkedom, on htmlparser2) keeps its open elements in an array with the newest first,
// so every open tag, end tag and end-tag lookup moves or searches the whole stack: a page nested
// 100,000 deep takes seconds to build, and a page that keeps 5,000 elements open while sending a
// million stray end tags takes as long. This scan follows the same rules as that parser — which
// characters open and close a tag, quoted attribute values, comments, declarations, the raw-text
// elements (script, style, title, textarea, xmp), void elements, self-closing tags only inside SVG or
// MathML, the end tags implied by an open tag ("<p>" closes an open "p"), and an end tag closing
// everything above its element — so the depth it reports is the depth the DOM will have, and `work`
// counts the stack entries the builder will touch. Each character is read a bounded number of times.

/** htmlparser2's void elements: never pushed on the stack. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose content is raw text up to their own end tag (htmlparser2's special tags). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
const TABLE_SECTION = new Set(['thead', 'tbody']);

/** Open tags that first close some open elements on top of the stack (htmlparser2's openImpliesClose). */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
	['tr', new Set(['tr', 'th', 'td'])],
	['th', new Set(['th'])],
	['td', new Set(['thead', 'th', 'td'])],
	['body', new Set(['head', 'link', 'script'])],
	['li', new Set(['li'])],
	['option', new Set(['option'])],
	['optgroup', new Set(['optgroup', 'option'])],
	['dd', DD_DT],
	['dt', DD_DT],
	['rt', RT_RP],
	['rp', RT_RP],
	['tbody', TABLE_SECTION],
	['tfoot', TABLE_SECTION],
	...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(tag => [tag, FORM] as [string, Set<string>]),
	...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption',
		'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(tag => [tag, P] as [string, Set<string>]),
]);

const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

export interface Nesting {
	/** Deepest the element stack gets (the DOM's depth below the document). */
	depth: number;
	/** Stack entries moved or searched while building: what the parser's time grows with. */
	work: number;
	/** True when the scan stopped early because `limits` were passed. */
	stopped: boolean;
}

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

function isAlpha(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const GT = 62;
const SLASH = 47;

const rawTextEnd = new Map([...RAW_TEXT].map(tag => [tag, new RegExp(`</${tag}[\\t\\n\\f\\r >]`, 'gi')]));

/**
 * Scans `html` as the DOM builder will; stops as soon as the depth passes `limits.depth` or the work
 * passes `limits.work`.
 */
export function scanNesting(html: string, limits: {depth?: number; work?: number} = {}): Nesting {
	const maxDepth = limits.depth ?? Infinity;
	const maxWork = limits.work ?? Infinity;
	const stack: string[] = []; // top at the end
	const counts = new Map<string, number>(); // open elements by name, for the end-tag lookup
	const foreign: boolean[] = [false]; // top at the end: inside SVG/MathML?
	let depth = 0;
	let work = 0;
	const over = () => depth > maxDepth || work > maxWork;

	const push = (name: string) => {
		work += stack.length + 1;
		stack.push(name);
		counts.set(name, (counts.get(name) ?? 0) + 1);
		if (stack.length > depth) depth = stack.length;
	};
	const pop = () => {
		work += stack.length;
		const name = stack.pop()!;
		const left = counts.get(name)! - 1;
		if (left) counts.set(name, left);
		else counts.delete(name);
	};
	const openTag = (name: string) => {
		const implied = IMPLIES_CLOSE.get(name);
		if (implied) while (stack.length && implied.has(stack[stack.length - 1]!)) pop();
		if (VOID.has(name)) {
			depth = Math.max(depth, stack.length + 1); // an element of its own, never a parent
			return;
		}
		push(name);
		if (FOREIGN.has(name)) foreign.push(true);
		else if (INTEGRATION.has(name)) foreign.push(false);
	};
	const closeTag = (name: string) => {
		if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
		if (VOID.has(name)) {
			if (name === 'br') depth = Math.max(depth, stack.length + 1); // "</br>" is a br
			return;
		}
		if (counts.has(name)) {
			// The parser searches from the top and closes everything above the element too.
			while (stack.length) {
				const top = stack[stack.length - 1]!;
				pop();
				if (top === name) break;
			}
		} else {
			work += stack.length; // a search through the whole stack that finds nothing
			if (name === 'p') {
				push('p'); // "</p>" with no open p: an empty p
				pop();
			}
		}
	};

	const n = html.length;
	let i = 0;
	while (i < n && !over()) {
		const lt = html.indexOf('<', i);
		if (lt === -1) break;
		const next = html.charCodeAt(lt + 1);
		if (next === 33 /* ! */) {
			// Comments, CDATA, doctype and other declarations: no elements.
			let end: number;
			if (html.startsWith('<!--', lt)) {
				end = html.indexOf('-->', lt + 2); // "<!-->" is an empty comment, as the parser reads it
				if (end !== -1) end += 2;
			} else if (html.startsWith('<![CDATA[', lt)) {
				end = html.indexOf(']]>', lt + 9);
				if (end !== -1) end += 2;
			} else end = html.indexOf('>', lt + 2);
			if (end === -1) break;
			i = end + 1;
			continue;
		}
		if (next === 63 /* ? */) {
			const end = html.indexOf('>', lt + 2);
			if (end === -1) break;
			i = end + 1;
			continue;
		}
		if (next === SLASH) {
			// End tag: "</" + name up to whitespace or ">", then anything up to ">".
			let j = lt + 2;
			while (j < n && isSpace(html.charCodeAt(j))) j++;
			if (j >= n) break;
			if (html.charCodeAt(j) === GT) {
				i = j + 1;
				continue;
			}
			if (!isAlpha(html.charCodeAt(j))) {
				// "</3>": a bogus comment up to ">".
				const end = html.indexOf('>', j);
				if (end === -1) break;
				i = end + 1;
				continue;
			}
			const start = j;
			while (j < n && html.charCodeAt(j) !== GT && !isSpace(html.charCodeAt(j))) j++;
			if (j >= n) break; // unfinished end tag at the very end: the parser drops it
			closeTag(html.slice(start, j).toLowerCase());
			const end = html.charCodeAt(j) === GT ? j : html.indexOf('>', j);
			if (end === -1) break;
			i = end + 1;
			continue;
		}
		if (!isAlpha(next)) {
			i = lt + 1; // "<" that starts no tag is text
			continue;
		}
		// Start tag: name up to whitespace, "/" or ">"; then attributes, quoted values skipped whole.
		let j = lt + 1;
		while (j < n) {
			const code = html.charCodeAt(j);
			if (isSpace(code) || code === SLASH || code === GT) break;
			j++;
		}
		const name = html.slice(lt + 1, j).toLowerCase();
		let selfClosing = false;
		let closed = false;
		while (j < n) {
			const code = html.charCodeAt(j);
			if (code === GT) {
				closed = true;
				break;
			}
			if (code === SLASH) {
				// "/" then ">" (whitespace allowed between) closes the tag as self-closing.
				let k = j + 1;
				while (k < n && isSpace(html.charCodeAt(k))) k++;
				if (html.charCodeAt(k) === GT) {
					j = k;
					selfClosing = closed = true;
					break;
				}
				j = k;
				continue;
			}
			if (isSpace(code)) {
				j++;
				continue;
			}
			// An attribute name: its first character whatever it is (even "=" or a quote), then up to
			// "=", whitespace, "/" or ">".
			j++;
			while (j < n) {
				const c = html.charCodeAt(j);
				if (c === 61 /* = */ || isSpace(c) || c === SLASH || c === GT) break;
				j++;
			}
			let k = j;
			while (k < n && isSpace(html.charCodeAt(k))) k++;
			if (html.charCodeAt(k) !== 61) continue; // no value
			k++;
			while (k < n && isSpace(html.charCodeAt(k))) k++;
			const quote = html.charCodeAt(k);
			if (quote === 34 || quote === 39) {
				const end = html.indexOf(quote === 34 ? '"' : "'", k + 1);
				j = end === -1 ? n : end + 1;
			} else {
				// Unquoted: up to whitespace or ">" (a "/" inside belongs to the value).
				while (k < n && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== GT) k++;
				j = k;
			}
		}
		if (!closed) break; // a tag still open at the end of the page: the parser drops it
		openTag(name);
		if (selfClosing && foreign[foreign.length - 1] && stack[stack.length - 1] === name) pop();
		i = j + 1;
		if (!selfClosing && RAW_TEXT.has(name)) {
			// Raw text up to the element's own end tag; without one, the rest of the page is its text.
			const end = rawTextEnd.get(name)!;
			end.lastIndex = i;
			const found = end.exec(html);
			if (!found) break;
			i = found.index;
		}
	}
	return {depth, work, stopped: over()};
}
