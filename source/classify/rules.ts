// Rules that judge one line (paragraph) by its own text: page furniture, credits, bylines, appeals.
// Each returns a verdict per unit of the line, or undefined when the rule does not apply.
import type {UnitKind} from '../model.ts';
import type {Line} from './lines.ts';
import {
	ADVERT_LINE,
	ANY_APPEAL_CUE,
	APPEAL_CUES,
	APPEAL_IMPERATIVE,
	APPEAL_WEAK_CUE,
	BYLINE_CUE,
	CAPTION_LABEL,
	CONTRIBUTOR_NOTE,
	CORRECTED_NOTE,
	EARLIER_VERSION_NOTE,
	CORRECTION_APOLOGY,
	LABELLED_CORRECTION,
	COPYRIGHT_NOTICE,
	CHROME_WORDS,
	MEDIA_LABEL,
	PRINT_EDITION_NOTE,
	REPORTING_CREDIT,
	FEEDBACK_PROMPT,
	REFERENCE_ENTRY,
	CREDIT_LINE,
	LINK_ONLY_PREFIX,
	LINK_PREFIX,
	READ_MORE_LINE,
	SIGNPOST,
	SIGNPOST_ITEM,
	SOURCE_LIST,
	STAFF_ROLE,
	AGENCY_CREDIT,
	KNOWN_AGENCY,
	SLASH_PHOTO_CREDIT,
	AUTHOR_CONTACT,
	CONTACT_POINT,
	IMPERATIVE_US,
	CREDIT_PREFIX_WORDS,
	DATE_WORDS,
	FOLLOW_OUTLET_FOR,
	LABELLED_PHOTO_CREDIT,
	LIVE_GREETING,
	PAREN_PHOTO_CREDIT,
	PROMO_OBJECT,
	READER_IMPERATIVE,
	STAY_TUNED,
	STORY_NOTE,
	TIP_QUESTION,
	TITLE_SMALL_WORDS,
	WIRE_CREDIT,
} from './lexicon.ts';
import {endsSentence, hasDomainToken, hasFiniteVerb, hasLetters, hasListedFiniteVerb, isDateOnly, isPersonName, stripDecoration, wordsOf} from './features.ts';

export interface Verdict {
	kind: UnitKind;
	reason: string;
}

export const boilerplate = (reason: string): Verdict => ({kind: 'boilerplate', reason});
export const heading = (reason: string): Verdict => ({kind: 'heading', reason});

/** "```", "```html", "“`html", "~~~": fences left over from a Markdown or chat export. */
const CODE_FENCE = /^(?:[“”"‘’']?`{1,3}|`{3}|~{3,})\s*[\w+-]*\s*$|^`{3}|`{3}$/u;

/** Tag fragments, attribute leftovers and entities: `">`, `<div class="x">`, `/>`, `&nbsp;`, `{{ x }}`. */
const MARKUP = /<\/?[a-z][\w-]*(?:\s[^>]*)?>?|\/>|^["']?\s*>|&[a-z]+;|&#\d+;|\{\{|\}\}|^\s*[{}[\]]\s*$/i;

/** Line-level page furniture judged from the line's text alone. One verdict for all its units. */
export function furnitureVerdict(line: Line): Verdict | undefined {
	const {plain, text, words} = line;
	if (words.length <= 60 && COPYRIGHT_NOTICE.test(plain)) return boilerplate('copyright notice');
	if (words.length <= 60 && PRINT_EDITION_NOTE.test(plain)) return boilerplate('print edition note');
	// Every other piece of furniture is a short line; long paragraphs skip the pattern tests.
	if (words.length > 25) return undefined;
	if (CODE_FENCE.test(text.trim())) return boilerplate('code fence');
	if (!hasLetters(plain)) return boilerplate('markup residue');
	if (words.length <= 4 && MARKUP.test(text)) return boilerplate('markup residue');
	// A lone lower-case token ("tracking", "undefined") is an identifier left by page extraction, never a sentence.
	if (/^[a-z][\w-]*$/.test(plain)) return boilerplate('markup residue');
	if (ADVERT_LINE.test(plain)) return boilerplate('advertisement');
	// "More on Mexico:" links; "More in Mexico were killed" is a sentence.
	if (READ_MORE_LINE.test(plain) && !(/^more\b/i.test(plain) && hasFiniteVerb(words))) return boilerplate('read more');
	// A link's headline may end like a sentence, or be a question, after a prefix that only introduces links.
	if (LINK_PREFIX.test(plain) && (!endsSentence(plain) || (words.length <= 20 && LINK_ONLY_PREFIX.test(plain)))) return boilerplate('related link');
	if (CAPTION_LABEL.test(plain)) return boilerplate('caption');
	if (words.length <= 12 && (CREDIT_LINE.test(plain) || creditStart(plain) === 0)) return boilerplate('photo credit');
	if (CONTRIBUTOR_NOTE.test(plain)) return boilerplate('byline');
	if (words.length <= 40 && REPORTING_CREDIT.test(plain)) return boilerplate('byline');
	if (words.length <= 4 && MEDIA_LABEL.test(plain)) return boilerplate('media label');
	if (isSourceList(plain)) return boilerplate('source attribution');
	if ((words.length <= 40 && REFERENCE_ENTRY.test(plain)) || /^(?:sources?|references?|citations?|footnotes?)\s*:?$/i.test(plain)) return boilerplate('source attribution');
	if (words.length <= 24 && isDateOnly(plain)) return boilerplate('dateline');
	if (isBylineLine(plain, words) || (words.length <= 40 && isWireCredit(plain))) return boilerplate('byline');
	if (words.length <= 8 && isChromeLine(plain)) return boilerplate('share links');
	if (words.length <= 6 && hasDomainToken(plain) && !hasFiniteVerb(words)) return boilerplate('masthead');
	return undefined;
}

/** A button's icon left by extraction in front of its label: "[f] Share", "[x] Post", "[✉] Email". */
const ICON_TOKEN = /\[[^\]\s]{1,3}\]/gu;

/** A short line made only of share buttons and page chrome: "Share this article", "[f] Share  [x] Post  [✉] Email". */
function isChromeLine(plain: string): boolean {
	const words = wordsOf(plain.includes('[') ? plain.replace(ICON_TOKEN, ' ') : plain);
	return words.length > 0 && words.every(word => CHROME_WORDS.has(word.toLowerCase()));
}

/**
 * "Sources: Meridian News Service, Valley Sentinel", "Source: U.S. Census Bureau", "With files from The Canadian Press": the
 * label, then only names (capitalised, at most 6 words each, no verb). "Sources: the mayor will resign" and "Sources said ..."
 * are news.
 */
function isSourceList(plain: string): boolean {
	const match = SOURCE_LIST.exec(plain);
	if (!match) return false;
	if (/^sources?\s/i.test(plain) && !/^sources?\s*:/i.test(plain)) return false; // "Source close to the talks ..." is no label
	const parts = match[1]!.replace(/[.;]\s*$/, '').split(/\s*(?:[,;&]|\band\b)\s*/).filter(Boolean);
	return parts.length > 0 && parts.every(part => {
		const words = wordsOf(part);
		return words.length >= 1 && words.length <= 6 && /^[\p{Lu}\d]/u.test(part) && !hasFiniteVerb(words);
	});
}

/**
 * A wire story's credit line: "Reporting by Jane Doe in London; Additional reporting by John Roe; Editing by Ann Lee",
 * "Writing by Jane Doe", "Compiled by Jane Doe and John Roe". Every part between semicolons is a role and "by", then only
 * names (each maybe "in <Place>"). "Reporting by the ministry showed ..." and "Editing by hand takes time" are news.
 * Wire copy often sets the whole line in parentheses or brackets: "(Reporting by Jane Doe; Editing by John Roe)".
 */
function isWireCredit(plain: string): boolean {
	if (!/\bby\s/i.test(plain)) return false;
	const enclosed = /^\s*(?:\(([^()]*)\)|\[([^[\]]*)\])\s*\.?\s*$/.exec(plain);
	return (enclosed ? (enclosed[1] ?? enclosed[2]!) : plain)
		.replace(/[.;]\s*$/, '')
		.split(/\s*[;|]\s*/)
		.every(part => {
			const names = WIRE_CREDIT.exec(part)?.[1];
			if (names === undefined) return false;
			return names
				.split(/\s*(?:,|&|\band\b)\s*/)
				.every(name => isPersonName(name.replace(/\s+in\s+\p{Lu}[\p{L}.'’ -]*$/u, '')));
		});
}

/** "Published by", "By Jane Doe and John Roe, Reuters", "Author: ...", "Jane Doe, Staff Writer". */
export function isBylineLine(plain: string, words: string[]): boolean {
	// A reading time closing the line ("| 4 min read") is page furniture too, and no part of the name.
	const reading = READING_TIME_END.exec(plain);
	if (reading) {
		plain = plain.slice(0, reading.index);
		words = wordsOf(plain);
	}
	// An initialism or a time ("4:10 p.m.") may end a byline with a period.
	if (words.length > 12 || endsSentence(plain.replace(/\b(?:\p{Lu}\.)+$/u, '').replace(/\b[ap]\.m\.$/i, ''))) return false;
	const parts = plain.split(/\s*(?:[,|·•]|\band\b)\s*/u).filter(Boolean);
	const head = parts[0] ?? '';
	if (/^by\s/i.test(plain)) {
		// Wire bylines set the name in capitals: "By LISA MASCARO".
		const name = head.replace(/^by\s+/i, '');
		if (isPersonName(name)) return true;
		const lower = name.toLowerCase();
		// Not "By THE NUMBERS" or "By MONDAY NIGHT".
		if (/\p{Ll}/u.test(name) || wordsOf(lower).some(word => DATE_WORDS.has(word) || TITLE_SMALL_WORDS.has(word))) return false;
		return isPersonName(lower.replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()));
	}
	if (BYLINE_CUE.test(plain)) {
		// The name part only: "Written by Brandon Keel | Updated May 22, 2026" has its verb in the next part.
		const after = plain.replace(/^.*?\bby\b|^[^:]*:/i, '').split(/\s+[|·•]\s+/)[0]!;
		return !hasFiniteVerb(wordsOf(after));
	}
	return isPersonName(head) && parts.slice(1).some(part => STAFF_ROLE.test(part));
}

/** "| 4 min read", "· 6-minute read" closing a byline or date line. */
const READING_TIME_END = /\s*[|·•]\s*\d{1,3}[\s-]*min(?:ute)?s?\.?\s+read\s*$/i;

/** A caption with its credit on the same line: "A sentence.  © NAME / AGENCY", "... operation.AFP.", "... ( AP )". */
export function captionVerdicts(line: Line): Verdict[] | undefined {
	if (line.units.length > 3 || line.words.length > 60) return undefined;
	if (!hasTrailingCredit(line.text)) return undefined;
	return captionLine(line);
}

/** A line known to be a caption: its credit units are "photo credit", the rest "caption". */
export function captionLine(line: Line): Verdict[] {
	return line.units.map(unit => {
		const rest = withoutCredit(unit.text);
		return hasLetters(rest) && !CREDIT_LINE.test(unit.text) ? boilerplate('caption') : boilerplate('photo credit');
	});
}

/**
 * Where a credit attached to the end of the text starts ("©  NAME / AGENCY", "( AP )", ".AFP."), or -1.
 * Only the tail is searched: credits close a line, and long paragraphs stay cheap.
 */
export function creditStart(text: string): number {
	const copyright = text.indexOf('©');
	if (copyright >= 0 && text.length - copyright <= 100) return copyright;
	const tail = Math.max(0, text.length - 80);
	const match = AGENCY_CREDIT.exec(text.slice(tail));
	if (match) return tail + match.index;
	const slash = slashCreditStart(text);
	return slash >= 0 ? slash : photoCreditStart(text);
}

/**
 * Where a wire credit "AGENCY/Photographer" closing the text starts ("... June 11. ATLAS WIRE/Marta Llorente",
 * "REUTERS/Jane Doe", "AP Photo/John Roe"), or -1. The part after the slash is a person's name; an agency in capitals that
 * is no known agency nor "... Photo" has four letters or more, so "US/China Relations" and "a 50/50 Split" are no credits.
 */
function slashCreditStart(text: string): number {
	const slash = text.lastIndexOf('/');
	if (slash < 0 || text.length - slash > 60) return -1;
	const offset = Math.max(0, text.length - 120);
	const match = SLASH_PHOTO_CREDIT.exec(text.slice(offset));
	if (!match || (offset > 0 && match.index === 0 && match[1] === '')) return -1;
	const agency = match[2]!;
	const name = match[3]!.trim();
	if (!isPersonName(name)) return -1;
	const capitals = !/\p{Ll}/u.test(agency) && !KNOWN_AGENCY.test(agency);
	if (capitals && (agency.match(/\p{Lu}/gu)?.length ?? 0) < 4) return -1;
	return offset + match.index + match[1]!.length;
}

/**
 * A bracketed credit: "(Valley Herald photo / Ann Lee)", "(Photo by Jane Doe)", "(Courtesy of the family)", "(KDZN 8 photo)".
 * The words before "photo" are a name ("Herald") or a credit word ("file", "staff"), and "by" is followed by a name:
 * "(see the photos by the harbour)" and "(family photo)" are not credits.
 */
function isParenCredit(text: string): boolean {
	const match = PAREN_PHOTO_CREDIT.exec(text);
	if (!match) return false;
	const creditWords = (words: string) => wordsOf(words).every(word => /^[\p{Lu}\d]/u.test(word) || CREDIT_PREFIX_WORDS.has(word.toLowerCase()));
	if (match[4] !== undefined) return creditWords(match[4]); // "(KDZN 8 photo)"
	if (match[3] === undefined) return true; // "(Courtesy of ...)"
	if (!creditWords(match[1] ?? '')) return false;
	return match[2]?.toLowerCase() !== 'by' || /^\p{Lu}/u.test(match[3]);
}

/**
 * Where a credit that names no agency but says what it is starts: "(Ledger photo / Jane Doe)", "(Photo: Jane Doe)",
 * "(Courtesy of the family)", or ". Photograph: Jane Doe/AP" after a sentence. -1 if none. Found from the end of the
 * text without scanning it: the last "(" before a closing ")", or the last ":" of the tail.
 */
function photoCreditStart(text: string): number {
	let end = text.length;
	while (end > 0 && /\s/.test(text[end - 1]!)) end--;
	if (text[end - 1] === '.') end--;
	if (text[end - 1] === ')') {
		const open = text.lastIndexOf('(', end - 1);
		return open >= 0 && end - open <= 120 && isParenCredit(text.slice(open, end)) ? open : -1;
	}
	const colon = text.lastIndexOf(':', end - 1);
	if (colon < 0 || end - colon > 62) return -1;
	const label = LABELLED_PHOTO_CREDIT.exec(text.slice(Math.max(0, colon - 16), colon + 1));
	return label ? Math.max(0, colon - 16) + label.index + label[0].length - label[1]!.length : -1;
}

export function hasTrailingCredit(text: string): boolean {
	return creditStart(text) >= 0;
}

export function withoutCredit(text: string): string {
	const start = creditStart(text);
	return start >= 0 ? text.slice(0, start) : text;
}

/** The line's words without any credit, lower-cased, for spotting repeated captions. */
export function captionKey(line: Line): string {
	const words = hasTrailingCredit(line.text) ? wordsOf(withoutCredit(line.plain)) : line.words;
	return words.join(' ').toLowerCase();
}

const FIRST_OR_SECOND_PERSON = /\b(?:you|your|we|our|us)\b/i;

/** Quoted or reported speech: an appeal quoted in a news story ("“We need your support,” she said") is news. */
const REPORTED = /["“”«»]|\b(?:said|says|told|tells|according to)\b/i;

function appealReason(text: string): string | undefined {
	for (const cue of APPEAL_CUES) if (cue.pattern.test(text)) return cue.reason;
	return undefined;
}

function strongCues(text: string): number {
	let count = 0;
	for (const cue of APPEAL_CUES) if (cue.pattern.test(text)) count++;
	return count;
}

/**
 * Appeals for money, subscriptions or sign-ups. A whole paragraph goes when its cue density is high
 * (an appeal is several sentences, only some of which carry cue words); otherwise only a sentence
 * that is itself an appeal ("Subscribe to our newsletter.") goes.
 */
export function appealVerdicts(line: Line): Array<Verdict | undefined> | undefined {
	if (!ANY_APPEAL_CUE.test(line.text)) return undefined;
	// Reported speech does not count: a quoted appeal inside a news paragraph is part of the news.
	const strong = line.units.map(unit => (REPORTED.test(unit.text) ? 0 : strongCues(unit.text)));
	const total = strong.reduce((a, b) => a + b, 0);
	if (total === 0) return undefined;
	// Appeals address the reader ("your support", "we need"); news about subscriptions does not.
	if (!FIRST_OR_SECOND_PERSON.test(line.text) && !APPEAL_IMPERATIVE.test(line.plain) && !line.units.some(unit => APPEAL_IMPERATIVE.test(unit.text))) return undefined;
	const reason = appealReason(line.text)!;
	const cued = line.units.filter((unit, i) => strong[i]! > 0 || (!REPORTED.test(unit.text) && APPEAL_WEAK_CUE.test(unit.text))).length;
	if (line.units.length === 1) {
		return line.words.length <= 40 && !REPORTED.test(line.text) && (total >= 2 || APPEAL_WEAK_CUE.test(line.text) || APPEAL_IMPERATIVE.test(line.plain))
			? [boilerplate(reason)]
			: undefined;
	}
	if (total >= 2 && cued / line.units.length >= 0.5) return line.units.map(() => boilerplate(reason));
	const single = line.units.map((unit, i) =>
		!REPORTED.test(unit.text) && (strong[i]! >= 2 || (strong[i]! >= 1 && APPEAL_IMPERATIVE.test(unit.text))) ? boilerplate(appealReason(unit.text)!) : undefined,
	);
	// A short question or slogan that leads into the appeal on its line ("Want all of The Daily Meridian? Subscribe.",
	// "Local news matters. Support reporting like this ...") is its hook; a figure says it is news.
	single.forEach((verdict, i) => {
		const unit = line.units[i]!;
		const words = wordsOf(unit.text).length;
		const hook = /\?\s*$/.test(unit.text) ? words <= 8 : words <= 4 && !/\d/.test(unit.text);
		if (!verdict && single[i + 1] && hook && !REPORTED.test(unit.text)) single[i] = single[i + 1];
	});
	return single.some(Boolean) ? single : undefined;
}

/** Characters that may start or end Markdown/list decoration. */
const DECORATION_EDGE = /[\s#>*+•·_~\d-]/;

/** Literal hints that a sentence may be a note about the story (update, keep you posted, this is a developing story). */
const mayBeStoryNote = (text: string) =>
	text.includes('pdat') || text.includes('eep ') || text.includes('ring you') || /^this (?:is|remains) an? /i.test(text);

/**
 * Whether what follows "This story has been corrected/updated" gives the corrected fact: a figure, a clause ("that ...") or a
 * finite verb ("to show that the rate is 5.25%", "to correct the rate to 5.25%"). A date, "since it was first published" or
 * a short noun phrase ("to correct the spelling of a name", "with comment from the ministry") does not.
 */
function correctionStatesFact(rest: string): boolean {
	const tail = rest
		.replace(/[.!]\s*$/, '')
		.replace(/^,?\s*(?:on|at)\s+(?:\p{Lu}[\p{L}.]*\s*\d{0,2},?\s*(?:\d{4})?|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)\s*/u, ' ')
		.replace(/\bsince (?:it was |its )?(?:first |original )?publi(?:shed|cation)\b/i, ' ');
	const words = wordsOf(tail);
	return /\d/.test(tail) || /\b(?:that|which|who|whose)\b/i.test(tail) || words.length > 12 || hasFiniteVerb(words);
}

/** Why one sentence is a call to action or a note about the coverage, or undefined when it is not. */
export function callToAction(text: string): string | undefined {
	// Decoration ("- ", "**") is rare: strip it only when the text starts or ends with one of its characters.
	const plain = DECORATION_EDGE.test(text[0] ?? '') || DECORATION_EDGE.test(text[text.length - 1] ?? '') ? stripDecoration(text) : text;
	// Anchored patterns first: most sentences fail them at their first word.
	const tip = TIP_QUESTION.exec(plain);
	let reason: string | undefined;
	let corrected: RegExpExecArray | null;
	if (tip) {
		// "Have a news tip?" asks the reader; "Have any photos been released?" asks about the news.
		if (!hasFiniteVerb(wordsOf(tip[1] ?? ''))) reason = 'news-tip appeal';
	} else if (STAY_TUNED.test(plain) || IMPERATIVE_US.test(plain) || (/follow/i.test(plain) && FOLLOW_OUTLET_FOR.test(plain))) {
		reason = 'call to action';
	} else if (AUTHOR_CONTACT.test(plain) && CONTACT_POINT.test(plain)) {
		reason = 'author contact';
	} else if (READER_IMPERATIVE.test(plain) && PROMO_OBJECT.test(plain)) {
		// An imperative sentence has no finite verb of its own: "Share prices of app makers fell" is news.
		if (!hasListedFiniteVerb(wordsOf(plain).slice(1))) reason = /\btips?\b|story ideas?/i.test(plain) ? 'news-tip appeal' : /@/.test(plain) ? 'contact' : 'call to action';
	} else if (CORRECTION_APOLOGY.test(plain)) {
		reason = 'correction note';
	} else if ((corrected = CORRECTED_NOTE.exec(plain))) {
		// "This story has been updated to reflect that the rate is 5.25%" states the fact: it stays, whatever STORY_NOTE says.
		if (correctionStatesFact(corrected[2]!)) return undefined;
		reason = /^(?:updated|changed|edited)$/i.test(corrected[1]!) && !/\bto (?:correct|fix|clarify|amend)\b/i.test(corrected[2]!) ? 'story update note' : 'correction note';
	} else if ((corrected = EARLIER_VERSION_NOTE.exec(plain))) {
		// "... gave the wrong date" states no fact; "... reported the vote as 4-1" does, and stays.
		if (correctionStatesFact(corrected[1]!.replace(/^\s*(?:gave|had|used|listed|included|contained|misstated|misspelled|misidentified|gave an incorrect|incorrectly (?:gave|stated|said|reported))\b/i, ''))) return undefined;
		reason = 'correction note';
	} else if ((corrected = LABELLED_CORRECTION.exec(plain))) {
		if (correctionStatesFact(corrected[1]!)) return undefined;
		reason = 'correction note';
	} else if (mayBeStoryNote(plain) && STORY_NOTE.test(plain)) {
		reason = 'story update note';
	} else if (LIVE_GREETING.test(plain)) {
		reason = 'live-blog greeting';
	} else if (FEEDBACK_PROMPT.test(plain.trim())) {
		reason = 'feedback prompt';
	}
	if (!reason) return isSignpost(plain) ? 'signpost' : undefined;
	if (REPORTED.test(plain) || wordsOf(plain).length > 30) return undefined;
	return reason;
}

/**
 * "Here is what the decision says and why it matters beyond one mine.": announces what follows and states no fact. Its own
 * "says" may be inside the announcement; quoted ones and those attributed at the end ("Here is what happened, police said.")
 * report someone's words and stay news.
 */
function isSignpost(plain: string): boolean {
	if (!SIGNPOST.test(plain) || wordsOf(plain).length > 25) return false;
	if (/["“”«»]|\baccording to\b|,[^,]*\b(?:said|says|told)\b[^,]*$/i.test(plain)) return false;
	// A time phrase may lead in ("Two days after the break-in, here is what we know."), but no fact: no figure, no verb.
	const lead = /^([^,.;:!?]{3,80}),\s+(?=here\b)/i.exec(plain);
	if (lead && (/\d/.test(lead[1]!) || hasFiniteVerb(wordsOf(lead[1]!)))) return false;
	const body = lead ? plain.slice(lead[0].length) : plain;
	// After a comma, only what a table of contents lists: "..., why, and what it could mean for households."
	const [, ...items] = body.replace(/\.\s*$/, '').split(',');
	return items.every(item => SIGNPOST_ITEM.test(item.trim().replace(/^(?:and|or)\s+/i, '')));
}

/**
 * Calls to action addressed to the reader ("Download the ... app for alerts.", "Stay tuned for updates.", "Have a news tip?",
 * "Reach her at jdoe@example.com.")
 * and notes about the coverage ("We will update this story.", "Here is what we know."), one sentence at a time: the other sentences of the line keep
 * their verdicts. Quoted or reported sentences are news ("“Stay tuned,” the mayor said").
 */
export function callToActionVerdicts(line: Line): Array<Verdict | undefined> | undefined {
	if (line.words.length > 120) return undefined;
	let any = false;
	const verdicts = line.units.map(unit => {
		const reason = callToAction(unit.text);
		if (reason) any = true;
		return reason ? boilerplate(reason) : undefined;
	});
	return any ? verdicts : undefined;
}
