// Small text measurements the classifier rules are built from. Pure functions of one string.
import {
	DATE_WORDS,
	DOMAIN_TOKEN,
	FINITE_VERBS,
	FUNCTION_WORDS,
	MASTHEAD_WORDS,
	PAST_FINITE,
	SECTION_WORDS,
	TIMESTAMP_LABEL,
	TITLE_SMALL_WORDS,
} from './lexicon.ts';

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

/** Whether any word is a known finite verb form (the list only, without guessing from an "-ed" ending). */
export function hasListedFiniteVerb(words: string[]): boolean {
	return words.some(word => FINITE_VERBS.has(word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '')));
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

/**
 * A line that is only a date and/or time, maybe with a label: "Published: Jan. 21, 2026 10:04 GMT", "date 2026-01-21",
 * "Updated March 10, 2026, 6:15 p.m.", "Last modified 2 hours ago", "Published Thursday, April 16 • Updated 8:40 p.m.",
 * and the markers of a story told in updates: "UPDATE 6:05 p.m.", "ORIGINAL STORY 1:12 p.m.". "Updated figures show ..."
 * and "UPDATE 9:15 a.m.: Officials now say ..." are not.
 */
export function isDateOnly(text: string): boolean {
	if (!/\d/.test(text)) return false;
	const rest = text
		.toLowerCase()
		.replace(TIMESTAMP_LABEL, ' ')
		.replace(/\b([ap])\.\s?m\b\.?/g, '$1m')
		.replace(/\d{1,4}(?:[-/.:]\d{1,4})*(?:st|nd|rd|th|h)?/g, ' ')
		.replace(/[,.:|/–—\-()•·]/g, ' ')
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

/**
 * Describes a picture rather than reporting: no past-tense verb before the first present-tense one ("Smoke rises from ...",
 * "Firefighters spray water on ..."), no quotes or reporting verbs. "Police arrested three men." is not.
 */
export function isDescriptive(text: string): boolean {
	if (/["“”«»]|\b(?:said|says|told|according to)\b/i.test(text)) return false;
	for (const word of wordsOf(text)) {
		const lower = word.toLowerCase().replace(/’/g, "'");
		if (PAST_FINITE.has(lower)) return false;
		if (FINITE_VERBS.has(lower)) return true;
	}
	return true;
}

const QUOTE_MARK = /["“”«»]|^['‘’]|['‘’]$/u;

/**
 * A question standing alone as a short line, as Q&A explainers title their sections ("What happened?", "Who is
 * investigating?"): one sentence, at most 14 words, not quoted, not a list item, not a continuation ("But why?").
 */
export function isStandaloneQuestion(text: string, unitCount: number): boolean {
	if (unitCount !== 1 || !text.includes('?')) return false;
	const plain = stripDecoration(text);
	const bare = plain.replace(CLOSING, '');
	if (!bare.endsWith('?') || QUOTE_MARK.test(bare.slice(0, -1))) return false;
	const words = wordsOf(plain);
	if (words.length === 0 || words.length > 14 || startsLowerCase(plain)) return false;
	// A bulleted question is a list item; a numbered one ("1. What happened?") may head a section.
	if (/^\s*[-*+•·–]\s+/.test(text)) return false;
	return !/^(?:and|but|or|yet|nor|still)\b/i.test(plain);
}

/**
 * The name of the outlet or a section label, as shown above a headline: "The Valley Ledger", "KXYZ 4 News" (masthead);
 * "Example News example.com" (masthead); "LOCAL NEWS", "Metro Desk | Analysis", "Home > World > Europe" (section label).
 * Short, no end punctuation, and verbless
 * except inside a capitalised name ("Twin Falls Times").
 */
export function mastheadKind(text: string): 'masthead' | 'section label' | undefined {
	const plain = stripDecoration(text);
	const words = wordsOf(plain);
	// A breadcrumb may end with an initialism ("News » U.S.").
	if (words.length === 0 || words.length > 10 || (endsSentence(plain) && !endsWithInitialism(plain)) || /:\s*$/.test(plain)) return undefined;
	if (words.length > 6 && !hasDomainToken(plain)) return undefined;
	const lower = words.map(word => word.toLowerCase());
	const verb = hasFiniteVerb(words);
	if (!verb && lower.every(word => SECTION_WORDS.has(word))) return 'section label';
	if (!verb && hasDomainToken(plain)) return 'masthead';
	// Breadcrumbs and "Desk | Section" lines: short parts between separators.
	const parts = plain.split(/\s+[|>›»/]\s+/);
	if (!verb && parts.length >= 2 && parts.every(part => wordsOf(part).length >= 1 && wordsOf(part).length <= 3)) return 'section label';
	const name = words.every(word => /^[\p{Lu}\p{N}]/u.test(word) || TITLE_SMALL_WORDS.has(word));
	if ((name || !verb) && MASTHEAD_WORDS.has(lower[lower.length - 1]!) && (words.length >= 2 || /^\p{Lu}+$/u.test(words[0]!))) return 'masthead';
	if (!verb && lower.every(word => SECTION_WORDS.has(word) || MASTHEAD_WORDS.has(word))) return 'masthead';
	// A short all-capitals label ("EXCLUSIVE", "WORLD NEWS").
	if (!verb && words.length <= 3 && /\p{Lu}{3,}/u.test(plain) && !/\p{Ll}/u.test(plain) && !/\d/.test(plain)) return 'section label';
	return undefined;
}
