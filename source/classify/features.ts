// Small text measurements the classifier rules are built from. Pure functions of one string.
import {DATE_WORDS, DOMAIN_TOKEN, FINITE_VERBS, FUNCTION_WORDS, TITLE_SMALL_WORDS} from './lexicon.ts';

/** Markdown/list decoration around a line: "## ", "> ", "* ", "- ", "**...**", "_..._". */
export function stripDecoration(text: string): string {
	return text
		.replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+•·]\s+|\d+[.)]\s+(?=\p{Lu}))*/u, '')
		.replace(/^[*_~]+|[*_~]+$/g, '')
		.trim();
}

/** Words: runs of letters/digits with inner apostrophes, dots or hyphens. */
export function wordsOf(text: string): string[] {
	return text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}’'.\-]*[\p{L}\p{N}])?/gu) ?? [];
}

export function hasLetters(text: string): boolean {
	return /\p{L}/u.test(text);
}

const CLOSING = /[\s"'”’»)\]*_]+$/u;

/** Ends with sentence punctuation (closing quotes, brackets and emphasis marks ignored). */
export function endsSentence(text: string): boolean {
	return /[.!?…]$/.test(text.replace(CLOSING, ''));
}

/** Ends with a period that belongs to an initialism ("to the U.S."), not to a sentence. */
export function endsWithInitialism(text: string): boolean {
	return /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u.test(text.replace(CLOSING, ''));
}

export function startsLowerCase(text: string): boolean {
	const first = /[\p{L}\p{N}]/u.exec(text)?.[0];
	return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

/** Whether any word is a finite verb form (3rd person present, past, auxiliary or modal). */
export function hasFiniteVerb(words: string[]): boolean {
	for (const word of words) {
		const lower = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
		if (FINITE_VERBS.has(lower)) return true;
		// An unknown lower-case "-ed" word is almost always a past tense or participle.
		if (lower === word && lower.length >= 5 && lower.endsWith('ed')) return true;
	}
	return false;
}

/** Most content words capitalised ("Recent Extraditions and Notable Cases"). */
export function isTitleCase(words: string[]): boolean {
	let content = 0;
	let capitalised = 0;
	for (const word of words) {
		if (TITLE_SMALL_WORDS.has(word.toLowerCase())) continue;
		if (!/^\p{L}/u.test(word)) continue;
		content++;
		if (/^\p{Lu}/u.test(word)) capitalised++;
	}
	return content >= 2 && capitalised / content >= 0.75;
}

/** A person's name on its own: 2-4 capitalised words, name particles allowed, nothing else. */
export function isPersonName(text: string): boolean {
	const words = text.trim().split(/\s+/);
	if (words.length < 2 || words.length > 5) return false;
	let names = 0;
	for (const word of words) {
		if (/^(?:de|da|del|della|di|van|von|der|den|le|la|bin|al|ibn|y|dos|das)$/.test(word)) continue;
		if (!/^\p{Lu}[\p{Ll}’'\-]+(?:-\p{Lu}[\p{Ll}]+)?$|^\p{Lu}\.$/u.test(word)) return false;
		names++;
	}
	return names >= 2 && !hasFiniteVerb(words);
}

/** A line that is only a date and/or time, maybe with a label ("Published: Jan. 21, 2026 10:04 GMT", "date 2026-01-21"). */
export function isDateOnly(text: string): boolean {
	if (!/\d/.test(text)) return false;
	const rest = text
		.toLowerCase()
		.replace(/\d{1,4}(?:[-/.:]\d{1,4})*(?:st|nd|rd|th|h)?/g, ' ')
		.replace(/[,.:|/–—\-()]/g, ' ')
		.split(/\s+/)
		.filter(word => word && !DATE_WORDS.has(word));
	return rest.length === 0;
}

/** Whether the text is short and carries a domain-name token ("Site media US Site.us"). */
export function hasDomainToken(text: string): boolean {
	return text.split(/\s+/).some(token => DOMAIN_TOKEN.test(token.replace(/[,;:|]+$/, '')));
}

/** Last word of the text, lower-cased, without punctuation. */
export function lastWord(text: string): string {
	const words = wordsOf(text);
	return (words[words.length - 1] ?? '').toLowerCase();
}

/** A fragment that stops mid-clause: it ends on an article, preposition, conjunction or transitive verb. */
export function endsOnFunctionWord(text: string): boolean {
	return FUNCTION_WORDS.has(lastWord(text));
}
