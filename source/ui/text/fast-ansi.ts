// Faster stand-ins for the three @alcalzone/ansi-tokenize functions Ink's output runs on every
// character of every frame (tokenize, styledCharsFromTokens, styledCharsToString). The originals
// segment each line into graphemes, copy the style list for every character, and compare two
// style lists with three Sets for every pair of neighbouring characters: on a full 120×40 frame
// that is 25-45 ms before the first frame. These give the same results with less work:
// - tokenize: text made of one-cell characters (NARROW) and SGR codes is walked one UTF-16 unit
//   at a time (each SGR code tokenized once by the original, then reused);
// - styledCharsFromTokens: characters between two codes share one style list (never mutated);
// - styledCharsToString: neighbours with the same style list (or both unstyled) need no codes,
//   and the codes between two different lists are remembered.
// Anything else goes to the original. scripts/build.mjs swaps these in for Ink's import;
// test/fast-text.test.ts checks that the output is identical.
import type * as AnsiTokenize from '@alcalzone/ansi-tokenize';
import {NARROW, SGR} from './narrow.ts';

type Api = Pick<typeof AnsiTokenize, 'tokenize' | 'styledCharsFromTokens' | 'styledCharsToString' | 'diffAnsiCodes' | 'ansiCodesToString' | 'reduceAnsiCodesIncremental'>;
type Token = ReturnType<Api['tokenize']>[number];
type AnsiCode = Parameters<Api['ansiCodesToString']>[0][number];
type StyledChar = Parameters<Api['styledCharsToString']>[0][number];

export interface FastAnsi {
	tokenize: Api['tokenize'];
	styledCharsFromTokens: Api['styledCharsFromTokens'];
	styledCharsToString: Api['styledCharsToString'];
}

export function fastAnsi(real: Api): FastAnsi {
	const sgrTokens = new Map<string, Token[]>();
	const transitions = new Map<string, string>();

	const tokenize: Api['tokenize'] = (text, endChar) => {
		const plain = text.includes('\x1b') ? text.replace(SGR, '') : text;
		if (endChar !== undefined || !NARROW.test(plain)) return real.tokenize(text, endChar);
		const out: Token[] = [];
		for (let i = 0; i < text.length; i++) {
			if (text.charCodeAt(i) !== 27) {
				out.push({type: 'char', value: text[i]!, fullWidth: false});
				continue;
			}
			// With SGR codes removed the text has no ESC left, so every ESC starts one: it ends at the next 'm'.
			const end = text.indexOf('m', i);
			const code = text.slice(i, end + 1);
			let tokens = sgrTokens.get(code);
			if (!tokens) {
				tokens = real.tokenize(code);
				if (sgrTokens.size > 1000) sgrTokens.clear();
				sgrTokens.set(code, tokens);
			}
			for (const token of tokens) out.push(token);
			i = end;
		}
		return out;
	};

	const styledCharsFromTokens: Api['styledCharsFromTokens'] = tokens => {
		let codes: AnsiCode[] = [];
		const out: StyledChar[] = [];
		for (const token of tokens) {
			// reduceAnsiCodesIncremental returns a new list, so sharing the previous one is safe.
			if (token.type === 'ansi') codes = real.reduceAnsiCodesIncremental(codes, [token]);
			else if (token.type === 'char') out.push({type: 'char', value: token.value, fullWidth: token.fullWidth, styles: codes});
		}
		return out;
	};

	const key = (codes: readonly AnsiCode[]) => codes.map(code => `${code.code}\u0000${code.endCode}`).join('\u0001');
	const codesBetween = (from: AnsiCode[], to: AnsiCode[]): string => {
		if (from === to || (from.length === 0 && to.length === 0)) return '';
		const id = `${key(from)}\u0002${key(to)}`;
		let codes = transitions.get(id);
		if (codes === undefined) {
			codes = real.ansiCodesToString(real.diffAnsiCodes(from, to));
			if (transitions.size > 5000) transitions.clear();
			transitions.set(id, codes);
		}
		return codes;
	};

	const styledCharsToString: Api['styledCharsToString'] = chars => {
		let out = '';
		for (let i = 0; i < chars.length; i++) {
			const char = chars[i]!;
			out += i === 0 ? real.ansiCodesToString(char.styles) : codesBetween(chars[i - 1]!.styles, char.styles);
			out += char.value;
			if (i === chars.length - 1 && char.styles.length > 0) out += codesBetween(char.styles, []);
		}
		return out;
	};

	return {tokenize, styledCharsFromTokens, styledCharsToString};
}
