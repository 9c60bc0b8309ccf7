// Text folding shared by mentions and search: one spelling per name, whatever the outlet typed.

// Letters NFKD does not decompose into base + mark.
const SPECIAL_LETTERS: Record<string, string> = {
	ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};
const SPECIAL_RE = /[ßæœøłđðþıħ]/g;
const MARKS_RE = /[\u0300-\u036f]/g;
const QUOTE_RE = /[\u2018\u2019\u201a\u201b\u2032\u02bc`´]/g;
const DQUOTE_RE = /[\u201c\u201d\u201e\u201f\u2033«»]/g;
const DASH_RE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SPACE_RE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;
// Dots inside acronyms: "u.s." -> "us", "u.s" -> "us".
const ACRONYM_RE = /(^|[^\p{L}\p{N}])((?:\p{L}\.){1,}\p{L}\.?)(?=$|[^\p{L}\p{N}])/gu;
// Possessive 's and the bare plural possessive "cartels'".
const POSSESSIVE_RE = /(\p{L})'s(?=$|[^\p{L}\p{N}])|(\p{L}s)'(?=$|[^\p{L}\p{N}])/gu;
const ASCII_RE = /^[\x20-\x7e]*$/;

/** Lower-case, strip diacritics, normalise quotes and dashes, drop possessives and acronym dots, collapse spaces. */
export function fold(text: string): string {
	let s = text.toLowerCase();
	if (!ASCII_RE.test(s)) {
		s = s.normalize('NFKD').replace(MARKS_RE, '').replace(SPECIAL_RE, c => SPECIAL_LETTERS[c] ?? c);
		s = s.replace(QUOTE_RE, "'").replace(DQUOTE_RE, '"').replace(DASH_RE, '-').replace(SPACE_RE, ' ');
	} else if (s.includes('`')) {
		s = s.replace(QUOTE_RE, "'");
	}
	if (s.includes("'")) s = s.replace(POSSESSIVE_RE, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
	if (s.includes('.')) s = s.replace(ACRONYM_RE, (_m, pre: string, acr: string) => pre + acr.replace(/\./g, ''));
	return s.replace(/\s+/g, ' ').trim();
}

/** Fold for a single word token (fast path for plain ASCII words). */
export function foldWord(word: string): string {
	return ASCII_RE.test(word) ? word.toLowerCase() : fold(word);
}
