// Width-aware wrapping of styled text. Widths are terminal cells (string-width), never `.length`,
// so CJK, emoji and accented text keep columns aligned. A word made of several styled pieces
// ("37" highlighted, "," not) is kept together.
import {cellWidth} from '../../text/terminal.ts';
import {NARROW} from './narrow.ts';

/** A run of text with style names (resolved to SGR codes by the theme at render time). */
export interface Seg {
	text: string;
	style?: readonly string[];
}

export interface WrappedLine {
	segs: Seg[];
	width: number;
}

// Created on first use: an Intl.Segmenter costs a few ms to set up, and most text never needs one.
let graphemes: Intl.Segmenter | undefined;
const segmenter = () => (graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'}));
const wideCache = new Map<string, number>();

/**
 * Cell width by the rule of every terminal output (cellWidth: emoji variation selectors not counted), with a
 * fast path for text made only of one-cell characters (most news text and all rules).
 */
export function widthOf(text: string): number {
	if (NARROW.test(text)) return text.length;
	let width = wideCache.get(text);
	if (width === undefined) {
		width = cellWidth(text);
		if (wideCache.size > 50000) wideCache.clear();
		wideCache.set(text, width);
	}
	return width;
}

interface Word {
	pieces: Seg[];
	width: number;
}

/** Splits styled text into words and single-space separators (runs of whitespace collapse to one space). */
function wordsOf(segs: readonly Seg[]): Array<Word | null> {
	const out: Array<Word | null> = [];
	let word: Word | undefined;
	for (const seg of segs) {
		for (const part of seg.text.split(/(\s+)/)) {
			if (part === '') continue;
			if (/^\s+$/.test(part)) {
				if (word) out.push(word);
				word = undefined;
				if (out.length > 0 && out[out.length - 1] !== null) out.push(null);
				continue;
			}
			word ??= {pieces: [], width: 0};
			word.pieces.push({text: part, style: seg.style});
			word.width += widthOf(part);
		}
	}
	if (word) out.push(word);
	if (out[out.length - 1] === null) out.pop();
	return out;
}

function pushPiece(line: WrappedLine, piece: Seg, width: number): void {
	const last = line.segs[line.segs.length - 1];
	if (last && last.style === piece.style) last.text += piece.text;
	else line.segs.push({text: piece.text, style: piece.style});
	line.width += width;
}

/**
 * Greedy word wrap to `width` cells. Words longer than a line are broken between graphemes;
 * a grapheme wider than the line (a wide character in a 1-cell column) is replaced by '…'.
 */
export function wrapSegs(segs: readonly Seg[], width: number): WrappedLine[] {
	const lines: WrappedLine[] = [];
	if (width <= 0) return [{segs: [], width: 0}];
	let line: WrappedLine = {segs: [], width: 0};
	const newLine = () => {
		lines.push(line);
		line = {segs: [], width: 0};
	};
	let pendingSpace: Seg | undefined;
	for (const token of wordsOf(segs)) {
		if (token === null) {
			pendingSpace = {text: ' '};
			continue;
		}
		const space = pendingSpace && line.width > 0 ? 1 : 0;
		if (line.width + space + token.width <= width) {
			if (space) pushPiece(line, pendingSpace!, 1);
			for (const piece of token.pieces) pushPiece(line, piece, widthOf(piece.text));
		} else if (token.width <= width) {
			newLine();
			for (const piece of token.pieces) pushPiece(line, piece, widthOf(piece.text));
		} else {
			// Too long for any line: fill the current line, then break by grapheme.
			if (space && line.width + 1 < width) pushPiece(line, pendingSpace!, 1);
			else if (line.width > 0) newLine();
			for (const piece of token.pieces) {
				for (const {segment} of segmenter().segment(piece.text)) {
					let text = segment;
					let w = widthOf(text);
					if (w > width) {
						text = '…';
						w = 1;
					}
					if (line.width + w > width) newLine();
					pushPiece(line, {text, style: piece.style}, w);
				}
			}
		}
		pendingSpace = undefined;
	}
	lines.push(line);
	return lines;
}

/** Cuts styled text to at most `width` cells on one line, ending with '…' when cut. */
export function truncateSegs(segs: readonly Seg[], width: number): WrappedLine {
	const line: WrappedLine = {segs: [], width: 0};
	if (width <= 0) return line;
	const total = segs.reduce((sum, seg) => sum + widthOf(seg.text), 0);
	if (total <= width) {
		for (const seg of segs) if (seg.text) pushPiece(line, seg, widthOf(seg.text));
		return line;
	}
	for (const seg of segs) {
		for (const {segment} of segmenter().segment(seg.text)) {
			const w = widthOf(segment);
			if (line.width + w > width - 1) {
				pushPiece(line, {text: '…', style: seg.style}, 1);
				return line;
			}
			pushPiece(line, {text: segment, style: seg.style}, w);
		}
	}
	return line;
}

/** Pads a line with spaces (unstyled unless `style` given) to exactly `width` cells. */
export function padLine(line: WrappedLine, width: number, style?: readonly string[]): Seg[] {
	const pad = width - line.width;
	return pad > 0 ? [...line.segs, {text: ' '.repeat(pad), style}] : line.segs;
}
