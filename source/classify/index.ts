// Classify stage: mark each unit as a claim, a heading (title, subheading) or boilerplate (page furniture,
// captions, credits, bylines, appeals, related links, fragments). Decisions use general signals only:
// the line a unit is on and its neighbours, length, terminal punctuation, finite verbs, position,
// repetition within the source and lexical cue lists. Offsets, text and ids are never changed.
// Linear in the number of units: every rule looks at one line and its immediate neighbours.
import type {Source, Unit} from '../model.ts';
import {linesOf, type Line} from './lines.ts';
import {
	appealVerdicts,
	boilerplate,
	callToActionVerdicts,
	captionKey,
	captionLine,
	captionVerdicts,
	furnitureVerdict,
	hasTrailingCredit,
	heading,
	type Verdict,
} from './rules.ts';
import {
	endsOnFunctionWord,
	endsSentence,
	endsWithInitialism,
	hasFiniteVerb,
	isDescriptive,
	isPersonName,
	isStandaloneQuestion,
	isTitleCase,
	mastheadKind,
	startsLowerCase,
	wordsOf,
} from './features.ts';
import {AUTHOR_BIO, GENRE_LABEL, OUTLET_SELF_DESCRIPTION} from './lexicon.ts';

export type {Verdict} from './rules.ts';

/** Verdicts for one source's lines: verdicts[i][k] is for unit k of line i (undefined = not decided yet). */
type Verdicts = Array<Array<Verdict | undefined>>;

const isDecided = (verdicts: Verdicts, i: number) => verdicts[i]!.some(Boolean);

function setLine(verdicts: Verdicts, i: number, verdict: Verdict): void {
	verdicts[i] = verdicts[i]!.map(() => verdict);
}

/** Units whose line the markup declared a heading (HTML h1-h6 or Markdown "#"). */
function declaredHeading(source: Source | undefined, line: Line, declared: Set<number>): boolean {
	if (declared.has(line.start) || declared.has(line.units[0]!.start)) return true;
	return source?.format === 'markdown' && /^#{1,6}\s+\S/.test(line.text);
}

/** Pass 1: what a line says about itself (furniture, credits, captions, bylines, appeals, declared headings). */
function judgeLinesAlone(source: Source | undefined, lines: Line[], verdicts: Verdicts): void {
	const declared = new Set(source?.headings ?? []);
	let seenHeading = false;
	lines.forEach((line, i) => {
		if (declaredHeading(source, line, declared)) {
			setLine(verdicts, i, heading(seenHeading ? 'subheading' : 'title'));
			seenHeading = true;
			return;
		}
		const furniture = furnitureVerdict(line);
		if (furniture) return setLine(verdicts, i, furniture);
		const caption = captionVerdicts(line) ?? appealVerdicts(line);
		if (caption) verdicts[i] = caption;
		const calls = callToActionVerdicts(line);
		if (calls) verdicts[i] = verdicts[i]!.map((verdict, k) => verdict ?? calls[k]);
	});
}

/** Verdicts that address the reader on behalf of the outlet or the writer: appeals, calls to action, contact lines. */
const READER_NOTES = new Set(['donation appeal', 'subscription appeal', 'newsletter', 'site promotion', 'call to action', 'news-tip appeal', 'author contact', 'contact']);

/**
 * Notes about the writer ("<Name> covers water for the Sentinel.") and the outlet ("Policy Desk is a nonprofit newsroom.").
 * The same sentences are news about a reporter or a newsroom, so each needs more evidence: it sits in the footer (the line
 * above is boilerplate, and so is every line below) or next to a reader note (on its line or an adjacent one); a writer's
 * note may instead name the writer of the byline. The last sentence of a story about an editor stays a claim.
 */
function judgeWriterNotes(lines: Line[], verdicts: Verdicts): void {
	const boilerplateLine = (i: number) => verdicts[i]!.every(verdict => verdict?.kind === 'boilerplate');
	let tail = lines.length;
	while (tail > 0 && boilerplateLine(tail - 1)) tail--;
	let bylineWords: Set<string> | undefined;
	const bylineNames = () =>
		(bylineWords ??= new Set(lines.filter((_, i) => verdicts[i]![0]?.reason === 'byline').flatMap(line => line.words.map(word => word.toLowerCase()))));
	const noteNear = (i: number) => [i - 1, i, i + 1].some(j => verdicts[j]?.some(verdict => verdict && READER_NOTES.has(verdict.reason)));
	// The writer a bio just named: the sentences right after it that go on about them are the bio too, on its line and,
	// for the bio that ends the text, on the last line.
	let writer: string[] | undefined;
	lines.forEach((line, i) => {
		if (line.words.length > 60) return void (writer = undefined);
		line.units.forEach((unit, k) => {
			if (verdicts[i]![k]) return void (writer = undefined);
			if (writer && continuesBio(unit.text, writer)) return void (verdicts[i]![k] = boilerplate('author bio'));
			writer = undefined;
			const evidence = (i >= tail - 1 && i > 0 && boilerplateLine(i - 1)) || noteNear(i);
			if (OUTLET_SELF_DESCRIPTION.test(unit.text)) {
				if (evidence) verdicts[i]![k] = boilerplate('outlet description');
				return;
			}
			const bio = AUTHOR_BIO.exec(unit.text);
			if (bio && (evidence || wordsOf(bio[1]!).every(word => bylineNames().has(word.toLowerCase())))) {
				verdicts[i]![k] = boilerplate('author bio');
				writer = wordsOf(bio[1]!);
			}
		});
		if (i + 1 < tail - 1) writer = undefined;
	});
}

/**
 * A sentence that goes on about the writer a bio just named: it opens with a pronoun or one of the writer's names, maybe
 * after a time phrase ("She previously reported on commodities.", "Before that, Montes covered energy."). Quoted or
 * reported sentences are not the outlet's note.
 */
function continuesBio(text: string, writer: string[]): boolean {
	if (/["“”«»]|\b(?:said|says|told|according to)\b/i.test(text) || wordsOf(text).length > 40) return false;
	const subject = /^(?:(?:before (?:that|joining [^,]{1,40})|previously|earlier|prior to (?:that|joining [^,]{1,40})|since \d{4}|in \d{4}),\s*)?([\p{L}'’-]+)/iu.exec(text.trim())?.[1];
	if (!subject) return false;
	return /^(?:she|he|they)$/i.test(subject) || writer.some(name => name.length > 2 && name === subject);
}

/** Pass 2: what a line's neighbours and the rest of the source say about it. */
function judgeLinesInContext(lines: Line[], verdicts: Verdicts): void {
	judgeWriterNotes(lines, verdicts);
	const reasonOf = (i: number) => verdicts[i]?.[0]?.reason;
	// A caption repeated in the source (once with its credit glued on) is a caption every time;
	// any other repeated line is kept once.
	const byKey = new Map<string, number[]>();
	lines.forEach((line, i) => {
		const key = captionKey(line);
		if (key.length < 12 || line.words.length < 3) return;
		const group = byKey.get(key);
		if (group) group.push(i);
		else byKey.set(key, [i]);
	});
	for (const group of byKey.values()) {
		if (group.length < 2) continue;
		const credited = group.some(i => hasTrailingCredit(lines[i]!.text));
		const captionLike = group.every(i => endsSentence(lines[i]!.text) && !hasFiniteVerb(lines[i]!.words));
		group.forEach((i, n) => {
			if (isDecided(verdicts, i) && reasonOf(i) !== 'caption') return;
			if (credited || captionLike) verdicts[i] = captionLine(lines[i]!);
			else if (n > 0) setLine(verdicts, i, boilerplate('duplicate line'));
		});
	}
	lines.forEach((line, i) => {
		if (isDecided(verdicts, i)) return;
		const prev = reasonOf(i - 1);
		const next = reasonOf(i + 1);
		// A bare name ("Jane Doe", "Jane Doe in Madrid") next to "Published by" or a dateline is the byline's name.
		const bylineNear = [prev, next].some(reason => reason === 'byline' || reason === 'dateline');
		if (bylineNear && isPersonName(line.plain.replace(/\s+in\s+\p{Lu}[\p{L} ]*$/u, ''))) {
			return setLine(verdicts, i, boilerplate('byline'));
		}
		// Short tag lines under "Related Topics" / "Explore more on these topics" are links too.
		if ((prev === 'read more' || (prev === 'related link' && lines[i - 1]!.words.length <= 5)) && line.words.length <= 5 && !endsSentence(line.text)) {
			return setLine(verdicts, i, boilerplate('related link'));
		}
		// A sentence that only leads into the list right below it ("The questions investigators will ask:") states no fact
		// of its own; a figure ("listed three reasons:"), a quote or a speaker would make it news, and a verbless one ("Key
		// facts:") is a subheading (pass 3).
		const below = lines[i + 1];
		const lead = line.units[line.units.length - 1]!;
		const k = line.units.length - 1;
		if (below && below.no === line.no + 1 && LIST_ITEM.test(below.text) && !verdicts[i]![k] && /:\s*$/.test(lead.text)) {
			const words = wordsOf(lead.text);
			if (words.length <= 10 && !/[\d"“”]|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)\b/i.test(lead.text) && hasFiniteVerb(words) && !/\b(?:said|says|told)\b/i.test(lead.text)) verdicts[i]![k] = boilerplate('list lead-in');
		}
		// The short line right above a stand-alone credit ("Photo: Getty Images") is its caption; one a blank line away
		// is its caption when it describes a picture ("Smoke rises over ...") rather than reports ("Police arrested ...").
		const nextLine = lines[i + 1];
		if (next === 'photo credit' && nextLine && line.words.length <= 25 && line.units.length <= 2) {
			const adjacent = nextLine.no === line.no + 1;
			if (adjacent || (nextLine.no === line.no + 2 && isDescriptive(line.text))) setLine(verdicts, i, boilerplate('caption'));
		}
	});
}

/** A headline: short, not a full sentence (no end punctuation, or only an initialism's period). */
function isTitleLike(line: Line): boolean {
	if (startsLowerCase(line.plain) || line.words.length === 0 || line.words.length > 20) return false;
	if (!endsSentence(line.text)) return !line.text.trimEnd().endsWith(':');
	return endsWithInitialism(line.text) && line.words.length <= 14;
}

/** List items ("- 37 suspects were sent", "2. The vote") are body text even without a period. */
const LIST_ITEM = /^\s*(?:[-*+•·–]|\d+[.)])\s+/;

/** A table row with a figure, cells set apart by " | " as the readers write them ("Marren | 47 | 112"): data, not a heading. */
const TABLE_ROW = /^(?=.*\d)[^|]*\S \| \S/;

const SENTENCE_SIGNS = /[,;"“”]|\b(?:said|says|told|according to)\b/i;

/** A headline-shaped line: a title-like line, or a short question standing alone. */
function isHeadlineShaped(line: Line): boolean {
	return isTitleLike(line) || isStandaloneQuestion(line.text, line.units.length);
}

/** A line that reads as body text: a finished sentence, several sentences, or a list item. */
function isBodyLine(line: Line): boolean {
	if (isStandaloneQuestion(line.text, line.units.length)) return false;
	return endsSentence(line.text) || line.units.length > 1 || LIST_ITEM.test(line.text);
}

/**
 * The header: the lines above the first body line. Among its undecided lines, outlet names and section labels ("The Valley
 * Ledger", "LOCAL NEWS", "Metro Desk | Analysis") go when a real headline is there too; the first remaining headline-shaped
 * line is the title, even with a figure, a colon or a "BREAKING:"/"Explainer:" label; a headline-shaped line between the
 * title and a byline or dateline is a deck (subheading). Returns the title's line index, or -1.
 */
function judgeHeader(lines: Line[], verdicts: Verdicts, content: number[]): number {
	const reasonOf = (i: number) => verdicts[i]?.[0]?.reason;
	// A genre-labelled headline ("Analysis: ...") was taken for a related link by pass 1; in the header it may be the title.
	const labelled = (i: number) => reasonOf(i) === 'related link' && GENRE_LABEL.test(lines[i]!.plain) && isTitleLike(lines[i]!);
	const candidates: number[] = [];
	let bodyStart = lines.length;
	for (let i = 0; i < lines.length; i++) {
		if (isDecided(verdicts, i)) {
			if (labelled(i)) candidates.push(i);
			continue;
		}
		// A list item is body text, however short ("• About 2,500 people evacuated").
		if (!isHeadlineShaped(lines[i]!) || LIST_ITEM.test(lines[i]!.text)) {
			bodyStart = i;
			break;
		}
		candidates.push(i);
	}
	const mastheads = candidates.filter(i => !isDecided(verdicts, i) && mastheadKind(lines[i]!.text));
	const isMasthead = new Set(mastheads);
	const rest = candidates.filter(i => !isMasthead.has(i));
	if (rest.length === 0) {
		// No headline besides the masthead-like lines: the first content line is the title, as before.
		const first = content[0]!;
		if (content.length > 1 && isHeadlineShaped(lines[first]!)) {
			setLine(verdicts, first, heading('title'));
			return first;
		}
		return -1;
	}
	const title = rest[0]!;
	// A lone headline-shaped line with nothing after it is not a title; a labelled one needs a body too.
	if (content.filter(i => i !== title).length === 0) return -1;
	for (const i of mastheads) setLine(verdicts, i, boilerplate(mastheadKind(lines[i]!.text)!));
	setLine(verdicts, title, heading('title'));
	// The last furniture line of the header. The loop below only turns undecided lines into headings, so it
	// stays the same throughout (found once: scanning below every line made a long header cost its square).
	let lastFurniture = -1;
	for (let j = bodyStart - 1; j >= 0 && lastFurniture < 0; j--) if (verdicts[j]![0]?.kind === 'boilerplate') lastFurniture = j;
	for (const i of rest.slice(1)) {
		if (isDecided(verdicts, i) || !isTitleLike(lines[i]!)) continue;
		// A deck sits between the title and the byline/dateline; a line right above the body is a standfirst (kept).
		if (lastFurniture > i) setLine(verdicts, i, heading('subheading'));
	}
	return title;
}

/** Standing-alone questions followed by a body paragraph open Q&A sections: "What happened?" then the answer. */
function judgeQuestions(lines: Line[], verdicts: Verdicts, content: number[]): void {
	for (let c = 0; c < content.length - 1; c++) {
		const line = lines[content[c]!]!;
		if (isDecided(verdicts, content[c]!) || !isStandaloneQuestion(line.text, line.units.length)) continue;
		if (isBodyLine(lines[content[c + 1]!]!)) setLine(verdicts, content[c]!, heading('subheading'));
	}
}

/** Pass 3: position and shape among the lines still undecided: title, subheadings, related links, a cut-off end. */
function judgeStructure(lines: Line[], verdicts: Verdicts): void {
	const content = lines.map((_, i) => i).filter(i => !isDecided(verdicts, i));
	if (content.length === 0) return;
	const nearAdvert = (i: number) => [i - 1, i + 1].some(j => verdicts[j]?.[0]?.reason === 'advertisement');
	const title = judgeHeader(lines, verdicts, content);
	judgeQuestions(lines, verdicts, content);
	let titleCaseSubheadings = lines.some((line, j) => verdicts[j]?.[0]?.reason === 'subheading' && isTitleCase(line.words));
	const standfirst = content.find(i => i > title);
	const last = content[content.length - 1]!;
	for (let c = 0; c < content.length - 1; c++) {
		const i = content[c]!;
		const line = lines[i]!;
		if (isDecided(verdicts, i)) continue;
		if (endsSentence(line.text) || line.units.length > 1 || startsLowerCase(line.plain) || LIST_ITEM.test(line.text) || TABLE_ROW.test(line.text)) continue;
		const words = line.words.length;
		const verb = hasFiniteVerb(line.words);
		const colon = line.text.trimEnd().endsWith(':');
		const titleCase = words <= 12 && isTitleCase(line.words);
		// An article whose subheadings are in Title Case: a short Title Case line is one more of them, not a link
		// ("Residents Told to Stay Indoors" after an advert), though a verb or "told" would make it look like a sentence.
		if (titleCase && titleCaseSubheadings && words <= 8 && !colon && !/[,;"“”]/.test(line.text)) {
			setLine(verdicts, i, heading('subheading'));
			continue;
		}
		// Commas, quotes and reporting verbs belong to body sentences that merely lost their period.
		if (verb && SENTENCE_SIGNS.test(line.text)) continue;
		if (colon) {
			if (words <= 5 && !verb) setLine(verdicts, i, heading('subheading'));
			continue;
		}
		// A headline between "Ad" slots, or a headline-like clause in the body, links to another story.
		// The line right under the title is a standfirst, which may lack its period: keep it.
		if (verb && ((nearAdvert(i) && words >= 4) || (!(title >= 0 && i === standfirst) && words >= 7 && words <= 20))) {
			setLine(verdicts, i, boilerplate('related link'));
		} else if (words <= 6 || (!verb && words <= 12)) {
			setLine(verdicts, i, heading('subheading'));
			if (titleCase) titleCaseSubheadings = true;
		}
	}
	judgeLastLine(lines[last]!, verdicts, last);
}

/** The end of the text: a sentence cut off mid-way, or a stray heading with nothing under it. */
function judgeLastLine(line: Line, verdicts: Verdicts, i: number): void {
	const k = line.units.length - 1;
	const unit = line.units[k]!;
	if (verdicts[i]![k] || endsSentence(unit.text) || unit.text.trimEnd().endsWith(':')) return;
	const words = wordsOf(unit.text).length;
	if (k > 0) {
		// A sentence start after a finished sentence on the same line, with no end: the text was cut.
		if (words <= 12 || endsOnFunctionWord(unit.text)) verdicts[i]![k] = boilerplate('truncated fragment');
		return;
	}
	if (LIST_ITEM.test(line.text) || SENTENCE_SIGNS.test(unit.text)) return;
	if (words <= 8) {
		const fragment = hasFiniteVerb(wordsOf(unit.text)) || endsOnFunctionWord(unit.text) || startsLowerCase(unit.text);
		verdicts[i]![k] = boilerplate(fragment ? 'truncated fragment' : 'trailing heading');
	} else if (endsOnFunctionWord(unit.text)) {
		verdicts[i]![k] = boilerplate('truncated fragment');
	}
}

/** Classifies one source's units (in index order). Returns a verdict per unit; undefined = claim. */
export function classifySourceUnits(source: Source | undefined, units: Unit[]): Array<Verdict | undefined> {
	const lines = linesOf(source?.text, units);
	const verdicts: Verdicts = lines.map(line => line.units.map(() => undefined));
	judgeLinesAlone(source, lines, verdicts);
	judgeLinesInContext(lines, verdicts);
	judgeStructure(lines, verdicts);
	return verdicts.flat();
}

export function classifyUnits(sources: Source[], units: Unit[]): Unit[] {
	const sourceById = new Map(sources.map(source => [source.id, source]));
	const bySource = new Map<string, Unit[]>();
	for (const unit of units) {
		const list = bySource.get(unit.source);
		if (list) list.push(unit);
		else bySource.set(unit.source, [unit]);
	}
	const verdictById = new Map<string, Verdict | undefined>();
	for (const [id, list] of bySource) {
		const ordered = [...list].sort((a, b) => a.index - b.index);
		const verdicts = classifySourceUnits(sourceById.get(id), ordered);
		ordered.forEach((unit, k) => verdictById.set(unit.id, verdicts[k]));
	}
	return units.map(unit => {
		const verdict = verdictById.get(unit.id);
		const {reason: _reason, ...rest} = unit;
		return verdict ? {...rest, kind: verdict.kind, reason: verdict.reason} : {...rest, kind: 'claim' as const};
	});
}
