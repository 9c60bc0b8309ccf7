// Mentions stage: people, organisations, places, numbers and dates in every kept unit, with exact
// offsets and keys that match across sources. Rule-based and linear in text size:
//   1. tokenise every unit once;
//   2. per unit, read dates, then quantities, then capitalised spans, classifying each span with
//      small general lexicons (titles, given names, organisation heads, a world gazetteer) and cues
//      ("X said", "in X", "state of X");
//   3. story-wide: link surnames and partial names to the full name seen anywhere in the story,
//      settle spans that were only candidates, and resolve relative dates against the story's latest
//      explicit month.
import type {DateValue, Mention, MentionKind, NumberValue, Source, Unit} from '../model.ts';
import {adjacent, tokenize, type Token} from './tokens.ts';
import {readFigure, numberKey, ORDINALS} from './numbers.ts';
import {readDate, resolveRelative, dateKey, relativeKey, weekdayMismatch, type Reference, type Relative} from './dates.ts';
import {canonicalAlias, listedAlias} from './aliases.ts';
import {fold} from './fold.ts';
import {AP_STATES, COUNTRY_NAMES, DEMONYMS, MAX_PLACE_WORDS, PLACES, POSTAL_STATES} from './places.ts';
import {
	APPOSITION_ORGS, APPOSITION_PLACES, COMMON_CAPS, COMPANY_HEADS, FACILITY_MODIFIERS, FACILITY_NOUNS, GIVEN_NAMES, HONORIFICS, LABELS, LOWER_PLACE_HEADS, OFFICE_WORDS, PERSON_ROLES, PLACE_HEADS, PLAIN_ACRONYMS,
	TITLE_MODIFIERS, LOWER_ORG_HEADS, MONTHS, NAME_PARTICLES, NOUN_STOP, ORG_HEADS, PLACE_ELEMENTS, SPEECH_VERBS, TITLES, WEEKDAYS,
} from './lexicon.ts';

type ItemKind = MentionKind | 'candidate';

interface Item {
	source: string;
	unit: string;
	start: number;
	end: number;
	kind: ItemKind;
	key: string;
	name?: string[]; // folded name words (people and candidates), nickname left out
	nickname?: string;
	number?: NumberValue;
	date?: DateValue;
	relative?: Relative;
	speech?: boolean; // "X said", "said X"
	placeCue?: boolean; // "in X", "state of X"
	orgCue?: 'facility' | 'apposition' | 'sector'; // "the X Y copper mine", "X, a mining company", "Pinebrook Health": never a person
	placeName?: boolean; // "Santa X", "Sierra X", "Mount X" with no person cue
	notPerson?: boolean; // "the Ford plant": one word before a facility noun, its owner or its town, not a person
	atStart?: boolean; // first word of its sentence
	brands?: string[]; // a company's name without its head ("brightwell" in "Brightwell Coatings"), and shorter prefixes
	bare?: string; // an organisation's key without its leading country ("chemical safety board" in "U.S. Chemical Safety Board")
	initials?: string[]; // an organisation's initials: all significant words, then without a leading place ("osha", "epa")
	shortOnly?: boolean; // initials hold only the variant without the leading place
	lead?: string; // the key of an organisation's leading place ("ohio" in "Ohio Environmental Protection Agency")
	acronym?: string; // an all-caps organisation of 2-6 letters ("OSHA")
	placeBefore?: Item; // the place right before an acronym ("Ohio" in "Ohio EPA")
	merged?: boolean; // left out of the output: a place folded into the organisation after it ("Ohio EPA"), a word of a longer name
	andOf?: {org: Item; start: number; key: string}; // "Biden" in "Biden and Secret Service": the organisation, its start and key without it
}

const NUMBER_WORDS = new Set(
	('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
		'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen ' +
		'dozens scores hundreds thousands millions billions several tens a an about around approximately roughly nearly ' +
		'almost some over under more fewer less at up as close just upwards estimated').split(' '),
);
const ORDINAL_OPENERS = new Set(['the', 'a', 'its', 'his', 'her', 'their', 'this', "'s", 'our']);
const PLACE_CUES = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside']);
const PLACE_OF = new Set(['state', 'city', 'town', 'province', 'region', 'municipality', 'capital', 'port', 'county', 'village', 'border']);
const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);
const OF_JOINERS = new Set(['of', 'for']);

function isWord(t: Token | undefined): t is Token {
	return !!t && t.kind === 'word';
}

/** A capitalised word that is part of the lexicons (so never treated as a plain sentence opener). */
function isLexical(low: string): boolean {
	return PLACES.has(low) || GIVEN_NAMES.has(low) || ORG_HEADS.has(low) || DEMONYMS.has(low) || TITLES.has(low);
}

interface UnitContext {
	source: string;
	unit: string;
	tokens: Token[];
	titleCase: boolean;
	lowerSeen: Set<string>;
	items: Item[];
}

/** A heading or shouted line where nearly every word is capitalised: case says little there. */
function isTitleCase(tokens: Token[]): boolean {
	let caps = 0;
	let words = 0;
	for (const t of tokens) {
		if (t.kind !== 'word' || t.text.length < 4) continue;
		words++;
		if (t.cap) caps++;
	}
	return words >= 3 && caps / words >= 0.7;
}

/** Is token i the first word of its sentence (only punctuation, e.g. a quote, before it)? */
function atSentenceStart(tokens: Token[], i: number): boolean {
	for (let k = i - 1; k >= 0; k--) {
		const t = tokens[k];
		if (t.kind !== 'punct') return false;
		if (t.text === ':' || t.text === '.' || t.text === '—' || t.text === '–') return true;
	}
	return true;
}

/** A capitalised word that does not start or continue a name here. */
function isWeak(ctx: UnitContext, i: number): boolean {
	const t = ctx.tokens[i];
	if (t.upper) return false;
	// "Who is investigating?": a question word, not the World Health Organization (that one is "WHO").
	if (COMMON_CAPS.has(t.low) && !PLACES.has(t.low)) return true;
	if (isLexical(t.low)) return false;
	const weak = ctx.titleCase ? ctx.lowerSeen.has(t.low) || NOUN_STOP.has(t.low) : atSentenceStart(ctx.tokens, i) && ctx.lowerSeen.has(t.low);
	// "New Mexico's Supreme Court", "— New Jersey", "• North Carolina": an everyday word that opens a
	// gazetteer name with the words after it is part of that name, wherever the sentence starts.
	return weak && !gazetteerNameAt(ctx.tokens, i);
}

/** Does a gazetteer place of 2+ words start at token i ("New Mexico", "Gulf of Mexico"), ending on a capitalised word? */
function gazetteerNameAt(tokens: Token[], i: number): boolean {
	let folded = tokens[i].low;
	for (let j = i + 1; j < tokens.length && j < i + MAX_PLACE_WORDS; j++) {
		const t = tokens[j];
		if (!isWord(t)) return false;
		folded += ` ${t.low}`;
		if (t.cap && PLACES.has(folded)) return true;
	}
	return false;
}

/** Does a date start at token j (so a capitalised span must stop before it)? */
function dateStartsAt(tokens: Token[], j: number): boolean {
	const t = tokens[j];
	if (!(t.low in MONTHS) && !(t.low in WEEKDAYS)) return false;
	return readDate(tokens, j, 0) !== undefined;
}

interface Span {
	words: number[]; // token indices of name words in order (nickname words included)
	nickname: Set<number>;
	end: number; // token index after the span
}

/**
 * Longest run of capitalised words read as one name. Real names, places and organisations are far
 * shorter; a longer run (a shouted line, a list of places, nicknames chained without end) is cut into
 * pieces of this size, so the work per piece stays bounded (name parts, leading places, joiners).
 */
export const MAX_SPAN_WORDS = 32;

/** Words after which "of"/"for" continue a name: "Department of", "Secretary of", "University of", "Gulf of". */
const JOIN_HEADS = new Set(['university', 'bank', 'republic', 'gulf', 'sea', 'state', 'states', 'kingdom', 'isle', 'bay', 'museum',
	'school', 'church', 'house', 'chamber', 'city', 'port', 'district', 'province']);
/** Organisation heads whose official names may hold "and": "Occupational Safety and Health Administration". */
const AND_HEADS = new Set(`administration agency agencies department bureau board commission committee council service services
	institute institution office authority center centre centers centres division foundation association fund ministry
	organization organisation society program programme corps federation league alliance coalition directorate`.split(/\s+/));
const AND_JOINERS = new Set(['and', '&']);
/** Possessors that open institutions' names: "King's College", "Children's Hospital", "Women's Health Center". */
const POSSESSIVE_NAMES = new Set(['king', 'queen', 'prince', 'princess', 'children', 'women', 'men', 'people', 'veterans', 'workers', 'farmers', 'teachers']);
/** Abbreviations whose dot stays inside a name: "St. Brendan", "Mt. Hood", "Ft. Worth". */
const NAME_ABBREVIATIONS = new Set(['st', 'ste', 'mt', 'ft', 'pt']);

function joinsOf(t: Token): boolean {
	return ORG_HEADS.has(t.low) || TITLES.has(t.low) || JOIN_HEADS.has(t.low);
}

/** A government-style head (not a company, not an acronym) that may end a name with an inner "and". */
function isAndHead(t: Token): boolean {
	return AND_HEADS.has(t.low) && !t.upper;
}

/**
 * The capitalised words a joiner at j-1 would attach (inner and/of/for kept out), at most 6 words:
 * looking ahead is bounded, so reading a span stays linear.
 */
function peekRun(ctx: UnitContext, k: number): number[] {
	const {tokens} = ctx;
	const out: number[] = [];
	for (let j = k; j < tokens.length && j < k + 10 && out.length < 6; j++) {
		const t = tokens[j];
		if (isWord(t) && t.cap && !isWeak(ctx, j) && !dateStartsAt(tokens, j)) {
			out.push(j);
			continue;
		}
		const next = tokens[j + 1];
		if (out.length && (AND_JOINERS.has(t.low) || OF_JOINERS.has(t.low)) && isWord(next) && next.cap) continue;
		break;
	}
	return out;
}

/**
 * Does "and" (or "&") continue the name read so far into the capitalised words after it? Official names
 * do ("Food and Drug Administration", "Department of Health and Human Services"); two names side by
 * side do not ("Ford and General Motors", "Texas and Ohio Department of Health", "Trump and Justice Department").
 */
function andJoins(ctx: UnitContext, words: number[], ofTail: boolean, peek: number[]): boolean {
	const {tokens} = ctx;
	if (!peek.length) return false;
	const before = foldedOf(tokens, wordsBetween(tokens, words[0], words[words.length - 1]));
	const after = foldedOf(tokens, peek);
	// A known name spelled with "and": "U.S. Immigration and Customs Enforcement".
	for (let n = peek.length; n >= 1; n--) {
		const whole = `${before} and ${foldedOf(tokens, wordsBetween(tokens, peek[0], peek[n - 1]))}`;
		if (listedAlias(whole) || listedAlias(whole.replace(/^\S+ /, ''))) return true;
	}
	if (words.some(w => tokens[w].upper) || peek.some(w => tokens[w].upper)) return false;
	// "Gujarat Alkalies and Chemicals Ltd": a company suffix ends the name.
	if (!words.some(w => ORG_HEADS.has(tokens[w].low)) && CORPORATE_SUFFIXES.has(tokens[peek[peek.length - 1]].low) &&
		!PLACES.has(before) && !GIVEN_NAMES.has(tokens[words[0]].low)) return true;
	const p0 = tokens[peek[0]].low;
	if (PLACES.has(p0) || DEMONYMS.has(p0) || GIVEN_NAMES.has(p0)) return false;
	// A name of its own after "and" ("Justice Department") is a second organisation.
	if (canonicalAlias(after)) return false;
	const headSoFar = words.some(w => ORG_HEADS.has(tokens[w].low));
	if (!headSoFar) {
		// "Occupational Safety and Health Administration": no head yet, a government-style head after.
		const w0 = tokens[words[0]].low;
		if (PLACES.has(before) || DEMONYMS.has(before) || PLACES.has(w0) || GIVEN_NAMES.has(w0)) return false;
		if (words.some(w => TITLES.has(tokens[w].low) && !TITLE_MODIFIERS.has(tokens[w].low))) return false;
		const h = peek.findIndex(w => ORG_HEADS.has(tokens[w].low));
		return h >= 0 && isAndHead(tokens[peek[h]]);
	}
	// "Department of Health and Human Services", "Centers for Disease Control and Prevention": inside the
	// "of" part of a government-style name, unless what follows is a department of its own.
	if (!ofTail) return false;
	const lastHead = [...words].reverse().find(w => ORG_HEADS.has(tokens[w].low));
	if (lastHead === undefined || !isAndHead(tokens[lastHead])) return false;
	return !peek.some(w => /^(?:department|ministry|secretariat)$/.test(tokens[w].low));
}

/** Read a run of capitalised words from i, with name particles, "of"/"and" joiners and quoted nicknames. */
function readSpan(ctx: UnitContext, i: number): Span {
	const {tokens} = ctx;
	const words: number[] = [];
	const nickname = new Set<number>();
	let j = i;
	let ofTail = false; // an "of"/"for" joined after a head: "Department of Health ..."
	const lastJoins = () => joinsOf(tokens[words[words.length - 1]]);
	while (j < tokens.length && words.length < MAX_SPAN_WORDS) {
		const t = tokens[j];
		if (isWord(t) && t.cap) {
			if (words.length && (isWeak(ctx, j) || dateStartsAt(tokens, j))) break;
			if (!words.length && dateStartsAt(tokens, j)) break;
			words.push(j);
			j++;
			// "Mr." / "Gen." / "J." / "St.": the dot belongs to the name span.
			if (tokens[j]?.text === '.' && tokens[j].start === t.end && (TITLES.has(t.low) || NAME_ABBREVIATIONS.has(t.low) || t.text.length === 1) && isWord(tokens[j + 1]) && tokens[j + 1].cap) j++;
			continue;
		}
		const next = tokens[j + 1];
		if (!words.length) break;
		if (isWord(t) && !t.cap && isWord(next) && next.cap && !isWeak(ctx, j + 1)) {
			if (NAME_PARTICLES.has(t.low)) {
				j++;
				continue;
			}
			// "Department of Justice", but not "Ray Dunleavy of the ...": the word before "of" must be a head.
			if (OF_JOINERS.has(t.low) && lastJoins()) {
				ofTail = true;
				j++;
				continue;
			}
		}
		// "Department of the Treasury"
		if (isWord(t) && OF_JOINERS.has(t.low) && next?.low === 'the' && isWord(tokens[j + 2]) && tokens[j + 2].cap && lastJoins()) {
			ofTail = true;
			j += 2;
			continue;
		}
		// "King's College Hospital", "St. Jude Children's Research Hospital": a possessive inside an institution's name.
		if (t.low === "'s" && POSSESSIVE_NAMES.has(tokens[words[words.length - 1]].low) && isWord(next) && next.cap && !isWeak(ctx, j + 1) &&
			peekRun(ctx, j + 1).some(w => ORG_HEADS.has(tokens[w].low) && !tokens[w].upper)) {
			j++;
			continue;
		}
		// "Occupational Safety and Health Administration", "Procter & Gamble"
		if (AND_JOINERS.has(t.low) && isWord(next) && next.cap && !isWeak(ctx, j + 1) && (t.text === '&' || andJoins(ctx, words, ofTail, peekRun(ctx, j + 1)))) {
			j++;
			continue;
		}
		// Joaquín "El Chapo" Guzmán
		if (OPEN_QUOTES.has(t.text) && isWord(next) && next.cap) {
			let k = j + 1;
			const inner: number[] = [];
			while (isWord(tokens[k]) && tokens[k].cap && inner.length < 4) inner.push(k++);
			if (CLOSE_QUOTES.has(tokens[k]?.text ?? '') && isWord(tokens[k + 1]) && tokens[k + 1].cap) {
				for (const w of inner) {
					words.push(w);
					nickname.add(w);
				}
				j = k + 1;
				continue;
			}
		}
		break;
	}
	// Trailing joiners never end a span.
	return {words, nickname, end: Math.max(j, i + 1)};
}

function emit(ctx: UnitContext, first: number, last: number, kind: ItemKind, key: string, extra: Partial<Item> = {}): void {
	const {tokens} = ctx;
	ctx.items.push({source: ctx.source, unit: ctx.unit, start: tokens[first].start, end: tokens[last].end, kind, key, ...extra});
}

/** Indices of the word tokens from a to b inclusive (joiners and particles included, punctuation not). */
function wordsBetween(tokens: Token[], a: number, b: number, skip?: Set<number>): number[] {
	const out: number[] = [];
	for (let k = a; k <= b; k++) if (tokens[k].kind === 'word' && !skip?.has(k)) out.push(k);
	return out;
}

/** Folded words joined by spaces; hyphens inside names count as spaces ("Beltrán-Leyva" = "Beltrán Leyva"). */
function foldedOf(tokens: Token[], words: number[]): string {
	return words.map(w => tokens[w].low.replace(/-/g, ' ')).join(' ');
}

function placeKey(folded: string): string {
	return PLACES.get(folded) ?? canonicalAlias(folded) ?? folded;
}

function orgKey(tokens: Token[], words: number[]): string {
	let folded = foldedOf(tokens, words).replace(/^the /, '');
	const alias = canonicalAlias(folded);
	if (alias) return alias;
	// "U.S. DEA", "Mexican Navy": a leading place/demonym stays in the key unless the rest is a known alias.
	for (let n = Math.min(MAX_PLACE_WORDS, words.length - 1); n >= 1; n--) {
		const head = foldedOf(tokens, words.slice(0, n));
		// "NM Supreme Court", "N.Y. State Department"? only a state abbreviation before a known name counts.
		if (PLACES.has(head) || DEMONYMS.has(head) || (n === 1 && stateAbbreviation(tokens, words[0]))) {
			const rest = canonicalAlias(foldedOf(tokens, words.slice(n)));
			if (rest) return rest;
			break;
		}
	}
	// "Sinaloa Cartel" and "Sinaloa cartels" are one organisation.
	folded = folded.replace(/ cartels$/, ' cartel');
	// "Ford Motor Co." and "Ford Motor", "Acme Corp" and "Acme Corp.": the legal suffix is left out.
	return folded.replace(CORPORATE_SUFFIX_END, '');
}

/** Index of the first word after the longest gazetteer place at the start of words (0 when none). */
function leadingPlace(tokens: Token[], words: number[]): number {
	for (let n = Math.min(MAX_PLACE_WORDS, words.length); n >= 1; n--) {
		if (PLACES.has(foldedOf(tokens, words.slice(0, n)))) return n;
	}
	return 0;
}

/** Number of title words at the start ("Attorney General", "Secretary of State", "Mr."). */
function leadingTitle(tokens: Token[], words: number[], roles = false): number {
	let n = 0;
	while (n < words.length - 1 && (TITLES.has(tokens[words[n]].low) || (roles && PERSON_ROLES.has(tokens[words[n]].low)))) n++;
	return n;
}

/** "Energy Secretary Ed Miliband": a title inside the piece; what follows it is the name. Returns words to skip. */
function innerTitle(tokens: Token[], words: number[]): number {
	if (GIVEN_NAMES.has(tokens[words[0]].low)) return 0;
	for (let k = words.length - 2; k >= 1; k--) {
		const low = tokens[words[k]].low;
		if (TITLES.has(low) && !TITLE_MODIFIERS.has(low) && !TITLES.has(tokens[words[k + 1]].low)) return k + 1;
	}
	return 0;
}

function hasSpeechCue(tokens: Token[], before: number, after: number): boolean {
	const next = tokens[after];
	if (isWord(next) && SPEECH_VERBS.has(next.low)) return true;
	// "said Acme Power chief executive Jo Bloggs": the capitalised words before a title are an employer.
	if (isWord(next) && !next.cap && TITLES.has(next.low)) return false;
	// "X, 54, said" is too rare to chase; "said X" and "according to X" are common.
	const prev = tokens[before];
	if (isWord(prev) && SPEECH_VERBS.has(prev.low) && (prev.low === 'said' || prev.low === 'says' || prev.low === 'added' || prev.low === 'told')) return true;
	return prev?.low === 'to' && tokens[before - 1]?.low === 'according';
}

const APPOSITION_WORDS = new Set(['who', 'whose', 'alias', 'aka', 'nicknamed', 'known', 'a', 'an', 'the', 'former', 'himself', 'herself']);
/** Words that end the noun phrase of an apposition: "a farming village | in the southwest". */
const APPOSITION_STOPS = new Set(`in of on at for with from by near outside inside to into over under about against between since behind
	across along around beyond than who whose whom which that where when while and or but nor as like`.split(/\s+/));

/** A role noun that names what a person is: "president", "spokeswoman", "sister", "resident" (capitalised only as a sentence's first word). */
function isRole(t: Token | undefined, tokens?: Token[], at?: number): boolean {
	if (!isWord(t) || (t.cap && (!tokens || at === undefined || !atSentenceStart(tokens, at)))) return false;
	return PERSON_ROLES.has(t.low) || (TITLES.has(t.low) && !TITLE_MODIFIERS.has(t.low));
}

/**
 * The head noun of the phrase from token k: its last word before a preposition, a relative word or
 * punctuation ("village" in "a farming village in the southwest"); a past participle after the head ends
 * it too ("company" in "a mining company headquartered in Denver"), and a possessive starts it over
 * ("president" in "the acequia association's president").
 */
function phraseHead(tokens: Token[], k: number): Token | undefined {
	let head: Token | undefined;
	for (let j = k; j < tokens.length && j < k + 8; j++) {
		const t = tokens[j];
		if (t.low === "'s") {
			head = undefined;
			continue;
		}
		if (!isWord(t) || APPOSITION_STOPS.has(t.low)) break;
		if (head !== undefined && t.low.endsWith('ed') && !t.low.includes('-')) break;
		head = t;
	}
	return head;
}

/**
 * "X, who ...", "X, alias ...", "X, the former ...", "X, president of ...": a person in apposition (2+ words,
 * or "who"/"alias"). An apposition headed by a place, facility or organisation noun says what else the
 * name is: "Santa Inés, a farming village" (place), "Sierra Alta, a proposed copper mine", "Halvorsen
 * Minerals, a mining company" (organisation).
 */
function appositionCue(tokens: Token[], after: number, words: number): 'role' | 'person' | 'place' | 'organisation' | undefined {
	if (tokens[after]?.text !== ',') return undefined;
	const next = tokens[after + 1];
	if (!isWord(next) || next.cap) return undefined;
	if (isRole(next)) return words >= 2 ? 'person' : undefined;
	if (!APPOSITION_WORDS.has(next.low)) return undefined;
	if (next.low === 'a' || next.low === 'an' || next.low === 'the' || next.low === 'former') {
		// "in Port Galen, a hospital spokesman tells WPGN 6": the phrase is the subject of the next clause, not an apposition.
		for (let j = after + 2; j < tokens.length && j < after + 8 && isWord(tokens[j]) && !APPOSITION_STOPS.has(tokens[j]!.low); j++) {
			if (SPEECH_VERBS.has(tokens[j]!.low)) return undefined;
		}
		const head = phraseHead(tokens, next.low === 'former' ? after + 1 : after + 2);
		if (head && APPOSITION_PLACES.has(head.low)) return 'place';
		if (head && (APPOSITION_ORGS.has(head.low) || FACILITY_NOUNS.has(head.low))) return 'organisation';
		// "Dana Ruiz, a nurse in the village": a role heads the phrase, even at a sentence start.
		if (words >= 2 && isRole(head)) return 'role';
	}
	return words >= 2 || next.low === 'who' || next.low === 'alias' || next.low === 'aka' ? 'person' : undefined;
}

/**
 * "the Sierra Alta copper mine", "the Keystone pipeline", "the Ford plant": a facility noun right after
 * the name, after at most two modifiers ("open-pit copper mine", "nuclear power plant"). Not a verb:
 * "Smith and Jones project that ..." has a clause after it.
 */
function facilityAfter(tokens: Token[], after: number): boolean {
	for (let j = after; j < after + 3; j++) {
		const t = tokens[j];
		if (!isWord(t) || t.cap) return false;
		if (FACILITY_NOUNS.has(t.low)) {
			const next = tokens[j + 1];
			return !(isWord(next) && /^(?:that|a|an|the|their|his|her|its|our|to)$/.test(next.low));
		}
		if (!FACILITY_MODIFIERS.has(t.low) && !t.low.includes('-')) return false;
	}
	return false;
}

/** "Marcus Webb, 52, a supervisor": an age in commas right after a name. */
function hasAgeCue(tokens: Token[], after: number): boolean {
	const age = tokens[after + 1];
	if (tokens[after]?.text !== ',' || age?.kind !== 'num' || age.text.length > 3) return false;
	const value = Number(age.text);
	const close = tokens[after + 2]?.text;
	return value >= 1 && value <= 120 && (close === ',' || close === ')' || close === '.' || close === ';');
}

function hasPlaceCue(tokens: Token[], before: number): boolean {
	const prev = tokens[before];
	if (!isWord(prev) || prev.cap) return false;
	if (PLACE_CUES.has(prev.low)) return true;
	return prev.low === 'of' && PLACE_OF.has(tokens[before - 1]?.low ?? '');
}

/**
 * A title with no name: "State Fire Marshal", "Police Chief". The words after the leading titles end in a
 * title and are all titles or everyday words, and no honorific says a surname follows ("Mr. King").
 */
function isTitlePhrase(ctx: UnitContext, leading: number[], rest: number[]): boolean {
	const {tokens} = ctx;
	if (!rest.length || !TITLES.has(tokens[rest[rest.length - 1]].low)) return false;
	if (leading.some(w => HONORIFICS.has(tokens[w].low)) || GIVEN_NAMES.has(tokens[rest[0]].low)) return false;
	return rest.every(w => TITLES.has(tokens[w].low) || OFFICE_WORDS.has(tokens[w].low) || ctx.lowerSeen.has(tokens[w].low));
}

/** Last words of company names that name a business sector; unlike ORG_HEADS they do not join longer official names. */
const SECTOR_TAILS = new Set(['health', 'healthcare', 'energy', 'capital', 'media', 'labs', 'pharma', 'insurance', 'financial', 'solutions', 'software', 'telecom', 'ventures', 'logistics', 'entertainment']);

const CORPORATE_SUFFIXES = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'lp', 'llp', 'gmbh', 'ag', 'sa']);
const CORPORATE_SUFFIX_END = new RegExp(`(?<=\\S) (?:${[...CORPORATE_SUFFIXES].join('|')})$`);
const INITIALS_SKIP = new Set(['and', 'of', 'for', 'the', 'on', 'in', 'at', 'to', 'de', 'del', 'la', 'le', 'des', 'du']);

/** Story-wide links of an organisation: its brand (a company), its key without a national prefix, its initials. */
function orgExtra(tokens: Token[], words: number[], key: string): Partial<Item> {
	const extra: Partial<Item> = {};
	// Company: the words before a company head (and any "Inc.", "Co.") are the brand: "Brightwell" in "Brightwell Coatings".
	let end = words.length;
	while (end > 1 && CORPORATE_SUFFIXES.has(tokens[words[end - 1]].low)) end--;
	const suffixed = end < words.length;
	let brandEnd = end;
	while (brandEnd > 1 && COMPANY_HEADS.has(tokens[words[brandEnd - 1]].low)) brandEnd--;
	if ((suffixed || brandEnd < end) && brandEnd >= 1 && brandEnd < words.length) {
		const all = wordsBetween(tokens, words[0], words[words.length - 1]);
		const joined = all.length !== words.length; // "Bank of America": not a brand + head
		const brand = words.slice(0, brandEnd);
		if (!joined && brand.every(w => !tokens[w].upper || tokens[w].text.length > 1)) {
			const brands: string[] = [];
			for (let n = 1; n <= Math.min(brand.length, 3); n++) {
				const prefix = foldedOf(tokens, brand.slice(0, n));
				if (n === 1 && (PLACES.has(prefix) || DEMONYMS.has(prefix) || GIVEN_NAMES.has(prefix) || TITLES.has(prefix) || COMMON_CAPS.has(prefix) || ORG_HEADS.has(prefix))) break;
				brands.push(prefix);
			}
			if (brands.length) extra.brands = brands;
		}
	}
	// A national prefix: "U.S. Chemical Safety Board" is the story's "Chemical Safety Board".
	const place = leadingPlace(tokens, words);
	const placeOrDemonym = place || (DEMONYMS.has(tokens[words[0]].low) ? 1 : 0);
	if (placeOrDemonym > 0 && placeOrDemonym < words.length) {
		const head = foldedOf(tokens, words.slice(0, placeOrDemonym));
		if (COUNTRY_NAMES.has(head) || DEMONYMS.has(head)) {
			const bare = orgKey(tokens, words.slice(placeOrDemonym));
			if (bare !== key) extra.bare = bare;
		}
	}
	// Initials of the significant words ("Occupational Safety and Health Administration" -> osha), and
	// without a leading place ("Ohio Environmental Protection Agency" -> epa).
	const significant = wordsBetween(tokens, words[0], words[words.length - 1]).filter(w => !INITIALS_SKIP.has(tokens[w].low));
	const initialsOf = (list: number[]) => list.map(w => tokens[w].low.split('-').map(p => p[0]).join('')).join('');
	const initials: string[] = [];
	const full = initialsOf(significant);
	if (significant.length >= 2 && full.length <= 6) initials.push(full);
	if (placeOrDemonym > 0) {
		const rest = significant.filter(w => w > words[placeOrDemonym - 1]);
		const short = initialsOf(rest);
		if (rest.length >= 2 && short.length <= 6 && short !== full) {
			if (!initials.length) extra.shortOnly = true;
			initials.push(short);
			const lead = foldedOf(tokens, words.slice(0, placeOrDemonym));
			extra.lead = DEMONYMS.get(lead) ?? placeKey(lead);
		}
	}
	if (initials.length) extra.initials = initials;
	return extra;
}

/** An all-caps organisation-like word of 2-6 letters: not a place, a label, a title or a plain abbreviation. */
function isAcronym(t: Token): boolean {
	return t.upper && /^[a-z]{2,6}$/.test(t.low) && !PLACES.has(t.low) && !LABELS.has(t.low) && !PLAIN_ACRONYMS.has(t.low) && !TITLES.has(t.low);
}

const DASHES = new Set(['—', '–', '-']);

/**
 * The state a US state abbreviation at token i names: AP style with its dot ("Calif.", "N.M.") or a
 * postal code in capitals ("NM", outside shouted lines). Callers check that a state is expected there.
 */
function stateAbbreviation(tokens: Token[], i: number, titleCase = false): string | undefined {
	const t = tokens[i];
	if (!isWord(t) || !t.cap) return undefined;
	const next = tokens[i + 1];
	if (t.text.endsWith('.') || (next?.text === '.' && adjacent(t, next))) return AP_STATES.get(t.low);
	if (t.upper && t.text.length === 2 && !titleCase) return POSTAL_STATES.get(t.low);
	return undefined;
}

/** "Fresno, Calif.", "SANTA FE, N.M.": the state abbreviation after a capitalised place and a comma. */
function stateAfterPlace(ctx: UnitContext, i: number): string | undefined {
	const {tokens} = ctx;
	const city = tokens[i - 2];
	if (tokens[i - 1]?.text !== ',' || !isWord(city) || !city.cap || COMMON_CAPS.has(city.low)) return undefined;
	// A mixed-case word opening its sentence is no city ("Thanks, Del."); a dateline's city is in capitals.
	let k = i - 2;
	while (isWord(tokens[k - 1]) && tokens[k - 1].cap) k--;
	if (!city.upper && atSentenceStart(tokens, k)) return undefined;
	return stateAbbreviation(tokens, i, ctx.titleCase);
}

/**
 * A dateline opens a unit with a place in capitals, then a dash, an agency in brackets, or a comma and
 * a state, a state abbreviation or a date: "FRANKFORT, Ky. (AP) —", "SPRINGDALE —", "NEW DELHI, March 4".
 */
function isDateline(ctx: UnitContext, words: number[], followedBy: number): boolean {
	const {tokens} = ctx;
	if (!words.every(w => tokens[w].upper || (tokens[w].cap && tokens[w].text.length === 1))) return false;
	for (let k = 0; k < words[0]; k++) if (tokens[k].kind !== 'punct') return false;
	const folded = foldedOf(tokens, words);
	if (canonicalAlias(folded) || ORG_HEADS.has(folded) || LABELS.has(folded) || words.some(w => TITLES.has(tokens[w].low))) return false;
	const after = tokens[followedBy];
	const next = tokens[followedBy + 1];
	if (!after) return false;
	if (DASHES.has(after.text) || after.text === '(') return true;
	if (after.text !== ',' || !isWord(next) || !next.cap) return false;
	// "SANTA FE, N.M. (AP)", "AUSTIN, TX —": the dots of "N.M." are inside its token.
	if (stateAbbreviation(tokens, followedBy + 1, ctx.titleCase)) return true;
	return PLACES.has(next.low) || next.low in MONTHS || (tokens[followedBy + 2]?.text === '.' && next.text.length <= 5);
}

const AREA_ADJECTIVES = new Set(['industrial', 'residential', 'business', 'commercial', 'historic', 'financial', 'rural', 'suburban', 'school']);

/** "the Millbrook neighborhood", "the Eastside industrial district": a lower-case area noun right after a name. */
function lowerPlaceHead(tokens: Token[], after: number): boolean {
	let t = tokens[after];
	if (isWord(t) && !t.cap && AREA_ADJECTIVES.has(t.low)) t = tokens[after + 1];
	return isWord(t) && !t.cap && LOWER_PLACE_HEADS.has(t.low);
}

/** "D-Ohio", "R-Texas" after a lawmaker's name: the state is a place. */
const PARTY_STATE = /^[dri]-(.+)$/;

/** Classify one capitalised piece (token indices of its words) and emit what it holds. */
function classifyPiece(ctx: UnitContext, words: number[], nickname: Set<number>, followedBy: number, placeBefore?: Item): void {
	const {tokens} = ctx;
	if (!words.length) return;
	const first = words[0];
	const last = words[words.length - 1];
	const folded = foldedOf(tokens, wordsBetween(tokens, first, last, nickname));
	const after = tokens[followedBy];
	// "Fresno, Calif.", "SANTA FE, N.M. (AP) —": the state of the place before the comma.
	const state = stateAfterPlace(ctx, first);
	if (state) {
		emit(ctx, first, first, 'place', state);
		if (words.length > 1) classifyPiece(ctx, words.slice(1), nickname, followedBy);
		return;
	}
	// "Denver-based Halvorsen Minerals": where the company is based is a place, not part of its name.
	const based = /^(.+)-based$/.exec(tokens[first].text);
	if (based && !tokens[first].upper) {
		const placeText = based[1];
		const key = placeKey(fold(placeText));
		ctx.items.push({source: ctx.source, unit: ctx.unit, start: tokens[first].start, end: tokens[first].start + placeText.length, kind: 'place', key});
		if (words.length > 1) classifyPiece(ctx, words.slice(1), nickname, followedBy);
		return;
	}
	// "Procter & Gamble", "Cascade Ridge Power & Water": names joined by "&" are a firm's, never a person's.
	if (words.length >= 2 && tokens.slice(first, last + 1).some(t => t.text === '&')) {
		emit(ctx, first, last, 'organisation', canonicalAlias(folded) ?? folded, orgExtra(tokens, words, folded));
		return;
	}
	// "the 1872 Mining Act", "the Clean Water Act": a law, whatever head words it holds.
	if (words.length >= 2 && tokens[last].low === 'act' && !tokens[last].upper) return;
	// Only titles ("Secretary of Security"): the name, if any, follows after a comma.
	if (words.every(w => TITLES.has(tokens[w].low)) && !(words.length > 1 && HONORIFICS.has(tokens[first].low))) return;
	// The agency credit of a dateline, "(AP) —", "(Reuters) -", names who wrote the story, not who is in it.
	if (tokens[first - 1]?.text === '(' && after?.text === ')' && DASHES.has(tokens[followedBy + 1]?.text ?? '')) return;
	// A dateline: "FRANKFORT, Ky. (AP) —", "SPRINGDALE —", "NEW DELHI, March 4 (Reuters) -".
	if (isDateline(ctx, words, followedBy)) {
		emit(ctx, first, last, 'place', placeKey(folded));
		return;
	}
	// "Us", "It" capitalised at a sentence start are not the United States or a company.
	if (words.length === 1 && !tokens[first].upper && NOUN_STOP.has(tokens[first].low) && !(tokens[first].low in MONTHS)) return;

	// "Sinaloa cartel", "Mexican government": a lower-case organisation head right after the name.
	if (isWord(after) && !after.cap && LOWER_ORG_HEADS.has(after.low) && !GIVEN_NAMES.has(tokens[first].low) &&
		(/^cartels?$/.test(after.low) || after.low === 'gang' || PLACES.has(folded) || DEMONYMS.has(folded))) {
		emit(ctx, first, followedBy, 'organisation', orgKey(tokens, wordsBetween(tokens, first, followedBy)));
		return;
	}
	if (PLACES.has(folded)) {
		// A one-word place may turn out to be a surname of the story ("Lima", "Jordan"): keep its cue.
		const cue = hasPlaceCue(tokens, first - 1) || /^(?:to|from|into|of)$/.test(tokens[first - 1]?.low ?? '');
		emit(ctx, first, last, 'place', placeKey(folded), words.length === 1 ? {name: [folded], placeCue: cue} : {});
		return;
	}
	const alias = canonicalAlias(folded);
	if (alias && words.length > 1) {
		emit(ctx, first, last, 'organisation', alias, orgExtra(tokens, words, alias));
		return;
	}
	// An organisation: a head word ("Department", "Cartel", "Guard") with at least one other word, or a known alias.
	const headAt = words.findIndex(w => ORG_HEADS.has(tokens[w].low) && !tokens[w].upper);
	if (headAt >= 0 && words.length > 1) {
		// "U.S. State Department" stays whole; a title before the organisation is not part of it.
		const titled = leadingTitle(tokens, words);
		const from = titled > 0 && titled < headAt && !TITLES.has(tokens[words[headAt - 1]].low) ? titled : 0;
		// "Police Chief Sam Ortiz", "Acme Corp Chief Executive Jane Roe": the employer, a title, then a person.
		let named = words.length;
		while (named > 0 && !TITLES.has(tokens[words[named - 1]].low)) named--;
		let office = named;
		while (office > 0 && TITLES.has(tokens[words[office - 1]].low)) office--;
		// A real office among the titles ("Chief", "President"), not only a modifier ("Trust for Public Land").
		const hasOffice = words.slice(office, named).some(w => !TITLE_MODIFIERS.has(tokens[w].low));
		// The organisation before the title, when it has two words or more.
		const emitEmployer = () => {
			if (office - from < 2) return;
			const employer = words.slice(from, office);
			const key = orgKey(tokens, wordsBetween(tokens, employer[0], employer[employer.length - 1]));
			emit(ctx, employer[0], employer[employer.length - 1], 'organisation', key, orgExtra(tokens, employer, key));
		};
		if (hasOffice && named > 0 && named < words.length && office > headAt && office > from &&
			!words.slice(named).some(w => ORG_HEADS.has(tokens[w].low) || PLACE_HEADS.has(tokens[w].low))) {
			emitEmployer();
			const person = words.slice(named);
			const name = wordsBetween(tokens, person[0], last, nickname).flatMap(w => tokens[w].low.split('-'));
			emit(ctx, person[0], last, 'person', name.join(' '), {name});
			return;
		}
		// "Acme Corp President": a title after the organisation is not part of it.
		// ("Division of State Fire Marshal" keeps its title: after "of" it names the office.)
		if (hasOffice && named === words.length && office > headAt && office > from && wordsBetween(tokens, words[headAt], words[office]).length === office - headAt + 1) {
			emitEmployer();
			return;
		}
		const key = orgKey(tokens, wordsBetween(tokens, words[from], last));
		emit(ctx, words[from], last, 'organisation', key, orgExtra(tokens, words.slice(from), key));
		// "Biden and Secret Service" read as one name: if "Biden" turns out to be a person of the story,
		// linking splits them (see linkOrganisations).
		if (!from && headAt >= 1 && words[1] === words[0] + 2 && tokens[words[0] + 1].low === 'and') {
			const org = ctx.items[ctx.items.length - 1];
			const low = tokens[words[0]].low;
			const restKey = orgKey(tokens, wordsBetween(tokens, words[1], last));
			ctx.items.push({source: ctx.source, unit: ctx.unit, start: tokens[words[0]].start, end: tokens[words[0]].end, kind: 'candidate',
				key: low, name: [low], andOf: {org, start: tokens[words[1]].start, key: restKey}, merged: true});
		}
		return;
	}
	if (words.length === 1) {
		const t = tokens[first];
		if (t.upper && t.text.replace(/\./g, '').length >= 2 && !/^[IVXLC]+$/.test(t.text)) {
			// "BREAKING:", "UPDATE", "CEO", "EDT": labels, titles and abbreviations are not organisations;
			// nor is the party and state of a lawmaker ("D-N.Y.").
			if (/^[dri]-[a-z]{1,2}$/.test(t.low) || LABELS.has(t.low) || PLAIN_ACRONYMS.has(t.low) || (TITLES.has(t.low) && !ORG_HEADS.has(t.low))) return;
			const key = canonicalAlias(t.low) ?? t.low;
			if (PLACES.has(t.low) || PLACES.has(key)) emit(ctx, first, last, 'place', placeKey(t.low));
			else if (!ctx.titleCase || ORG_HEADS.has(t.low) || alias) {
				const extra: Partial<Item> = /^[a-z]{2,6}$/.test(t.low) ? {acronym: t.low} : {};
				if (placeBefore && extra.acronym) extra.placeBefore = placeBefore;
				emit(ctx, first, last, 'organisation', key, extra);
			}
			return;
		}
		// "D-Ohio": the state of a lawmaker.
		const party = PARTY_STATE.exec(t.low);
		if (party && PLACES.has(party[1]) && t.text[1] === '-') {
			ctx.items.push({source: ctx.source, unit: ctx.unit, start: t.start + 2, end: t.end, kind: 'place', key: placeKey(party[1])});
			return;
		}
		// A short alias that is also a word ("Ice", "Who") names the organisation only in capitals.
		if (alias && t.low.length > 3) {
			emit(ctx, first, last, 'organisation', alias);
			return;
		}
		if (ORG_HEADS.has(t.low) || TITLES.has(t.low) || DEMONYMS.has(t.low)) return;
	}
	// "Foundry Road", "Mill Creek", "Ohio River": a place by its last word (not "Mayor Tom Lane").
	if (words.length >= 2 && PLACE_HEADS.has(tokens[last].low) && !GIVEN_NAMES.has(tokens[first].low) && !nickname.size &&
		!leadingTitle(tokens, words, true) && !innerTitle(tokens, words)) {
		emit(ctx, first, last, 'place', placeKey(folded));
		return;
	}
	// "NHS England", "CNN International": a name led by an acronym (no title in it) is an organisation.
	if (words.length >= 2 && isAcronym(tokens[first]) && !leadingTitle(tokens, words) && !innerTitle(tokens, words)) {
		emit(ctx, first, last, 'organisation', canonicalAlias(folded) ?? folded, orgExtra(tokens, words, folded));
		return;
	}
	// A leading place or demonym: "U.S. President Donald Trump", "Mexican Security Minister ...".
	const placeWords = leadingPlace(tokens, words);
	if (placeWords > 0 && placeWords < words.length) {
		emit(ctx, first, words[placeWords - 1], 'place', placeKey(foldedOf(tokens, words.slice(0, placeWords))));
		classifyPiece(ctx, words.slice(placeWords), nickname, followedBy, ctx.items[ctx.items.length - 1]);
		return;
	}
	if (DEMONYMS.has(tokens[first].low) && words.length > 1) {
		classifyPiece(ctx, words.slice(1), nickname, followedBy);
		return;
	}
	// Titles: "President Claudia Sheinbaum" -> person "Claudia Sheinbaum".
	// "Public Works Director Amy Chen": after the leading titles, a title inside the rest ends an office name.
	const leading = leadingTitle(tokens, words, true);
	const titled = leading + innerTitle(tokens, words.slice(leading));
	// "FBI Director Kash Patel": an acronym before the title is the employer.
	if (!leading && titled >= 2 && isAcronym(tokens[first])) emit(ctx, first, first, 'organisation', canonicalAlias(tokens[first].low) ?? tokens[first].low, {acronym: tokens[first].low});
	const rest = titled ? words.slice(titled) : words;
	const restFirst = rest[0];
	const prev = tokens[restFirst - 1];
	// "State Fire Marshal", "Fire Chief": a title alone is not a person.
	if (isTitlePhrase(ctx, words.slice(0, titled), rest)) return;
	const name = wordsBetween(tokens, restFirst, last, nickname).flatMap(w => tokens[w].low.split('-'));
	// "chief executive Anne Lasker", "his sister, Renee Webb": a role just before the name.
	const before = tokens[first - 1];
	const lowerTitle = !titled && ((isWord(before) && !before.cap && TITLES.has(before.low)) ||
		(name.length >= 2 && (isRole(before, tokens, first - 1) || (before?.text === ',' && isRole(tokens[first - 2])))));
	const nick = foldedOf(tokens, rest.filter(w => nickname.has(w))) || undefined;
	const apposition = appositionCue(tokens, followedBy, name.length);
	// "the Sierra Alta copper mine", "Sierra Alta, a proposed copper mine", "Halvorsen Minerals, a mining
	// company": a facility or an organisation, not a person, whatever its first word (a title still makes one).
	// One word before a facility noun is as often its owner ("the Ford plant") or its town ("the Dunmore
	// mill"): other cues settle it.
	const facility = !nickname.size && facilityAfter(tokens, followedBy);
	const orgCue = nickname.size ? undefined : apposition === 'organisation' ? 'apposition' as const :
		name.length >= 2 && facility ? 'facility' as const :
		// "Pinebrook Health", "Harrow Capital": a name ending in a business sector is a company, unless it opens with a given name.
		name.length >= 2 && SECTOR_TAILS.has(name[name.length - 1]!) && !GIVEN_NAMES.has(name[0]!) ? 'sector' as const : undefined;
	const person = titled > 0 || lowerTitle || (name.length >= 2 && GIVEN_NAMES.has(name[0]) && !orgCue) ||
		(name.length >= 2 && (hasAgeCue(tokens, followedBy) || (tokens[followedBy]?.text === ',' && isRole(tokens[followedBy + 1])))) ||
		// After a sector-named company, the phrase describes the company ("Pinebrook Health, a nonprofit medical provider").
		(orgCue !== 'sector' && (apposition === 'role' || (apposition === 'person' && !atSentenceStart(tokens, first))));
	const extra: Partial<Item> = {name, nickname: nick};
	if (person) {
		emit(ctx, restFirst, last, 'person', name.join(' '), extra);
		return;
	}
	const speech = hasSpeechCue(tokens, first - 1, followedBy);
	emit(ctx, restFirst, last, 'candidate', name.join(' '), {
		...extra,
		speech,
		placeCue: hasPlaceCue(tokens, first - 1) || (prev?.low === 'of' && PLACE_OF.has(tokens[restFirst - 2]?.low ?? '')) ||
			lowerPlaceHead(tokens, followedBy) || (after?.text === ',' && stateAfterPlace(ctx, followedBy + 1) !== undefined) ||
			apposition === 'place',
		...(orgCue ? {orgCue} : facility ? {notPerson: true} : {}),
		// "Santa Inés", "Sierra Alta", "Mount Hood": a place-name element opens the name and nobody speaks.
		...(!speech && name.length >= 2 && PLACE_ELEMENTS.has(name[0]) ? {placeName: true} : {}),
		atStart: atSentenceStart(tokens, first),
	});
}

const DATE_OPENERS = new Set(['last', 'this', 'next', 'earlier', 'later']);

/** Cheap filter before readDate: dates start with a digit, a month, a weekday or last/this/next. */
function mayStartDate(t: Token): boolean {
	return t.kind === 'num' || (t.kind === 'word' && (t.low in MONTHS || t.low in WEEKDAYS || DATE_OPENERS.has(t.low)));
}

function scanUnit(ctx: UnitContext): void {
	const {tokens} = ctx;
	let i = 0;
	let free = 0; // first token not yet inside a mention: a date may reach back to it ("earlier this month")
	while (i < tokens.length) {
		const t = tokens[i];
		const date = mayStartDate(t) ? readDate(tokens, i, free) : undefined;
		if (date) {
			// A full date written with a weekday it does not fall on keeps the written weekday and the real one.
			const mismatch = weekdayMismatch(tokens, date);
			const extra: Partial<Item> = {date: mismatch ? {...date.date, weekdayMismatch: mismatch} : date.date};
			if (date.relative) extra.relative = date.relative;
			emit(ctx, date.first, date.last, 'date', dateKey(date.date), extra);
			i = free = date.last + 1;
			continue;
		}
		if (t.kind === 'num' || (t.kind === 'word' && (NUMBER_WORDS.has(t.low) || t.low in ORDINALS || t.low.includes('-'))) || t.text === '$' || t.text === '€' || t.text === '£') {
			const q = readFigure(tokens, i);
			if (q && acceptQuantity(tokens, q.first, q.next, q.wordsOnly, q.value, q.ordinal)) {
				emit(ctx, q.first, q.last, 'number', numberKey(q.value), {number: q.value});
				i = free = q.next;
				continue;
			}
		}
		if (t.kind === 'word' && t.cap) {
			if (isWeak(ctx, i)) {
				i++;
				continue;
			}
			const span = readSpan(ctx, i);
			classifyPiece(ctx, span.words, span.nickname, span.end);
			i = free = span.end;
			continue;
		}
		i++;
	}
}

/** Capitalised words after which a number is a label, not a count: "Route 9", "Local 1143", "Channel 4". */
const NUMBER_LABELS = new Set(('route highway interstate local flight gate pier station channel chapter article section room ' +
	'building terminal lot unit precinct district ward engine ladder truck phase stage level season episode volume version ' +
	'model type class category tier no number').split(' '));

function acceptQuantity(tokens: Token[], first: number, next: number, wordsOnly: boolean, value: NumberValue, ordinal?: boolean): boolean {
	const t = tokens[first];
	const prev = tokens[first - 1];
	const after = tokens[next];
	// Citation marks "[1]" and clock times "10:30", "9 a.m."
	if (prev?.text === '[' && after?.text === ']') return false;
	if (after?.text === ':' && adjacent(tokens[next - 1], after) && tokens[next + 1]?.kind === 'num') return false;
	if (after?.low === 'am' || after?.low === 'pm' || value.unit === 'am' || value.unit === 'pm') return false;
	// The minutes of a clock time ("9:40 p.m."): the hour was refused just before.
	if (prev?.text === ':' && tokens[first - 2]?.kind === 'num') return false;
	// "Route 9", "Local 1143", "WKCF 7 News": a number that is part of a name counts nothing (nor does the word after
	// a label's number: "Local 309 raises" gives no count of raises).
	if (isWord(prev) && prev.cap && t.kind === 'num' && !value.percent && !value.vague &&
		(NUMBER_LABELS.has(prev.low) || (!value.unit && prev.upper && !PLACES.has(prev.low) && isWord(after) && after.cap))) return false;
	// "one of them", "no one": a pronoun, not a figure.
	if (wordsOnly && value.value === 1 && !value.unit) return false;
	if (ordinal && t.kind === 'word' && !(prev && ORDINAL_OPENERS.has(prev.low))) return false;
	return true;
}

/** Reference month for relative dates: the latest explicit year+month anywhere in the story (publication dates included). */
function storyReference(allTokens: Token[][], sources: Source[]): Reference | undefined {
	let best: Reference | undefined;
	const consider = (year: number | undefined, month: number | undefined) => {
		if (year === undefined || month === undefined) return;
		if (!best || year > best.year || (year === best.year && (best.month ?? 0) < month)) best = {year, month};
	};
	for (const tokens of allTokens) {
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i];
			if (!mayStartDate(tokens[i])) continue;
			const d = readDate(tokens, i, i);
			if (d && !d.relative) consider(d.date.year, d.date.month);
			if (d) i = d.last;
		}
	}
	for (const s of sources) {
		const m = s.meta?.published && /^(\d{4})-(\d{2})/.exec(s.meta.published);
		if (m) consider(Number(m[1]), Number(m[2]));
	}
	return best;
}

/** Name linking: every partial name maps to the one full name (2+ words) of the story that contains it. */
function linkPeople(items: Item[]): void {
	const counts = new Map<string, {words: string[]; count: number}>();
	for (const it of items) {
		if (it.kind !== 'person' || !it.name || it.name.length < 2) continue;
		const key = it.name.join(' ');
		const entry = counts.get(key);
		if (entry) entry.count++;
		else counts.set(key, {words: it.name, count: 1});
	}
	// Longest names first: each shorter name joins the single group whose name contains it.
	const names = [...counts.values()].sort((a, b) => b.words.length - a.words.length || b.count - a.count);
	const groups: Array<{members: Array<{words: string[]; count: number}>; words: string[]}> = [];
	// small sits inside big in order: contiguous ("Garcia Harfuch"), or first and last words kept with
	// middle ones dropped ("Enrique Camarena" in "Enrique Kiki Camarena").
	const contains = (big: string[], small: string[]) => {
		const s = ` ${big.join(' ')} `;
		if (s.includes(` ${small.join(' ')} `)) return small.length >= 2 || small[0] !== big[0];
		if (small.length < 2 || small[0] !== big[0]) return false;
		let k = 0;
		for (const w of big) if (w === small[k]) k++;
		return k === small.length;
	};
	const groupOfName = new Map<string, number>();
	// Every word of a contained name is in the containing one, so the groups worth testing are those with
	// a member holding the name's rarest word: word -> group -> its members holding that word. Testing
	// every group instead made a story with thousands of different names cost their number squared.
	const byWord = new Map<string, Map<number, Array<{words: string[]; count: number}>>>();
	const join = (gi: number, n: {words: string[]; count: number}) => {
		groupOfName.set(n.words.join(' '), gi);
		for (const word of new Set(n.words)) {
			let inGroups = byWord.get(word);
			if (!inGroups) byWord.set(word, (inGroups = new Map()));
			const members = inGroups.get(gi);
			if (members) members.push(n);
			else inGroups.set(gi, [n]);
		}
	};
	for (const n of names) {
		let rarest: Map<number, Array<{words: string[]; count: number}>> | undefined;
		for (const word of n.words) {
			const inGroups = byWord.get(word);
			if (!inGroups) {
				rarest = undefined; // a word no group has: no group contains the name
				break;
			}
			if (!rarest || inGroups.size < rarest.size) rarest = inGroups;
		}
		const hits: number[] = [];
		if (rarest) for (const [gi, members] of rarest) if (members.some(m => contains(m.words, n.words))) hits.push(gi);
		if (hits.length === 1) {
			groups[hits[0]].members.push(n);
			join(hits[0], n);
		} else {
			groups.push({members: [n], words: n.words});
			join(groups.length - 1, n);
		}
	}
	// A group's key: its most frequent member (ties: the longer one).
	const groupKey = groups.map(g => {
		const best = [...g.members].sort((a, b) => b.count - a.count || b.words.length - a.words.length)[0];
		return best.words.join(' ');
	});
	// Every contiguous part of a full name that does not start with its given name (or is 2+ words).
	const partOf = new Map<string, Set<number>>();
	groups.forEach((g, gi) => {
		for (const m of g.members) {
			const w = m.words;
			for (let a = 0; a < w.length; a++) {
				for (let b = a + 1; b <= w.length; b++) {
					if (a === 0 && b - a < 2) continue;
					const part = w.slice(a, b);
					if (part.every(p => NAME_PARTICLES.has(p))) continue;
					const key = part.join(' ');
					let set = partOf.get(key);
					if (!set) partOf.set(key, (set = new Set()));
					set.add(gi);
				}
			}
		}
	});
	const nicknames = new Map<string, number>();
	for (const it of items) {
		if (it.kind === 'person' && it.nickname && it.name && groupOfName.has(it.name.join(' '))) nicknames.set(it.nickname, groupOfName.get(it.name.join(' '))!);
	}
	for (const it of items) {
		if (!it.name?.length) continue;
		const key = it.name.join(' ');
		if (it.kind === 'place') {
			// "Lima returned": a gazetteer word that is a surname in this story, outside a place context.
			const parts = partOf.get(key);
			if (it.placeCue || parts?.size !== 1) continue;
			const g = groups[[...parts][0]];
			if (g.members.some(m => m.words[0] === key)) continue;
			it.kind = 'person';
			it.key = groupKey[[...parts][0]];
			continue;
		}
		if ((it.kind !== 'person' && it.kind !== 'candidate') || it.notPerson) continue;
		const own = groupOfName.get(key);
		const parts = partOf.get(key);
		const gi = own ?? (parts?.size === 1 ? [...parts][0] : nicknames.get(key));
		if (gi !== undefined) {
			it.kind = 'person';
			it.key = groupKey[gi];
		}
	}
}

/** More organisations than this sharing an acronym's initials: the acronym stays unlinked. */
const MAX_ACRONYM_CANDIDATES = 16;

function addTo<V>(map: Map<string, Map<string, V>>, key: string, inner: string, value: V): Map<string, V> {
	let m = map.get(key);
	if (!m) map.set(key, (m = new Map()));
	if (!m.has(inner)) m.set(inner, value);
	return m;
}

/**
 * Organisation linking, story-wide and linear in the number of mentions: a name without its national
 * prefix joins the one prefixed name of the story ("Chemical Safety Board" = "U.S. Chemical Safety
 * Board"); an all-caps acronym joins the one organisation whose significant words it spells ("OSHA" =
 * "Occupational Safety and Health Administration", "EPA" = "Ohio Environmental Protection Agency");
 * a company's brand alone joins its company ("Brightwell" = "Brightwell Coatings"), as a surname joins
 * a person.
 */
function linkOrganisations(items: Item[]): void {
	// "Biden and Secret Service": the first word is a person of the story, so the organisation starts after "and".
	for (const it of items) {
		if (!it.andOf || it.kind !== 'person') continue;
		const {org, start, key} = it.andOf;
		org.start = start;
		org.key = key;
		delete org.initials;
		delete org.brands;
		it.merged = false;
	}
	const prefixed = new Map<string, Map<string, true>>();
	for (const it of items) if (it.kind === 'organisation' && it.bare) addTo(prefixed, it.bare, it.key, true);
	if (prefixed.size) {
		for (const it of items) {
			if (it.kind !== 'organisation' || it.bare) continue;
			const keys = prefixed.get(it.key);
			if (keys?.size === 1) it.key = keys.keys().next().value!;
		}
	}
	// initials -> organisation key -> how it matched (all words, or without a leading place) and that place.
	const byInitials = new Map<string, Map<string, {full: boolean; lead?: string}>>();
	let acronyms = false;
	for (const it of items) {
		if (it.kind !== 'organisation') continue;
		if (it.acronym) acronyms = true;
		if (!it.initials) continue;
		it.initials.forEach((letters, k) => {
			const full = k === 0 && !it.shortOnly;
			const entry = addTo(byInitials, letters, it.key, {full, lead: it.lead}).get(it.key)!;
			if (full) entry.full = true;
		});
	}
	if (acronyms && byInitials.size) {
		for (const it of items) {
			if (it.kind !== 'organisation' || !it.acronym) continue;
			const found = byInitials.get(it.acronym);
			// Many organisations with the same initials: the acronym names none of them for sure (and
			// sorting through them for every acronym would cost their number squared).
			if (!found || found.size > MAX_ACRONYM_CANDIDATES) continue;
			let keys = [...found.keys()];
			const before = it.placeBefore;
			if (keys.length > 1 && before) {
				const near = keys.filter(k => found.get(k)!.lead === before.key);
				if (near.length) keys = near;
			}
			if (keys.length > 1) keys = keys.filter(k => found.get(k)!.full);
			if (keys.length !== 1) continue;
			it.key = keys[0];
			// "Ohio EPA" for "Ohio Environmental Protection Agency": the place is part of the agency's name.
			if (before?.kind === 'place' && found.get(keys[0])!.lead === before.key) {
				it.start = before.start;
				before.merged = true;
			}
		}
	}
	// brand -> company key -> mentions; the brand alone takes its most mentioned company (ties: the first seen).
	const brands = new Map<string, Map<string, {count: number}>>();
	for (const it of items) {
		if (it.kind !== 'organisation' || !it.brands) continue;
		for (const b of it.brands) addTo(brands, b, it.key, {count: 0}).get(it.key)!.count++;
	}
	if (!brands.size) return;
	const company = new Map<string, string>();
	for (const [brand, companies] of brands) {
		let best = '';
		let most = 0;
		for (const [key, {count}] of companies) if (count > most) [best, most] = [key, count];
		company.set(brand, best);
	}
	for (const it of items) {
		if (it.kind !== 'candidate' || it.placeCue) continue;
		const key = company.get(it.key);
		if (key === undefined) continue;
		it.kind = 'organisation';
		it.key = key;
		delete it.name;
	}
}

/**
 * Settle candidates that linking did not claim, strongest evidence first: an organisation apposition of
 * its own ("X, a mining company"); more facility/organisation cues for the name in the story than place
 * mentions ("the X Y copper mine" against "in X Y"), unless this mention has a place cue of its own; any
 * place evidence ("in X", "state of X"); its own facility cue; a speech cue (person); a place-name element
 * ("Santa X", "Mount X": place). Ties between facility and place cues go to the place ("the Santa Fe plant").
 */
function settleCandidates(items: Item[], lowerSeen: Set<string>): void {
	const placeKeys = new Set<string>();
	const placeVotes = new Map<string, number>();
	const orgVotes = new Map<string, number>();
	const placeNames = new Set<string>();
	const vote = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
	const placeCued = (it: Item) => it.placeCue && it.name && it.name.length <= 3;
	for (const it of items) {
		if (it.merged) continue;
		if (it.kind === 'place') {
			placeKeys.add(it.key);
			vote(placeVotes, it.key);
		}
		if (it.kind !== 'candidate') continue;
		if (placeCued(it)) {
			placeKeys.add(it.key);
			vote(placeVotes, it.key);
		}
		if (it.orgCue) vote(orgVotes, it.key);
		if (it.placeName) placeNames.add(it.key);
	}
	// "Zorbakian said" mid-sentence names a speaker; at a sentence start ("Officials said") only when the
	// same capitalised word also occurs mid-sentence somewhere in the story.
	const speakers = new Set<string>();
	const midSentence = new Set<string>();
	for (const it of items) {
		if (it.kind !== 'candidate' || it.atStart || it.merged) continue;
		midSentence.add(it.key);
		if (it.speech) speakers.add(it.key);
	}
	const toOrganisation = (it: Item) => {
		it.kind = 'organisation';
		delete it.name;
	};
	for (const it of items) {
		if (it.kind !== 'candidate') continue;
		const orgs = orgVotes.get(it.key) ?? 0;
		if (it.orgCue === 'apposition' || (!placeCued(it) && orgs > (placeVotes.get(it.key) ?? 0))) {
			toOrganisation(it);
		} else if (placeKeys.has(it.key)) {
			it.kind = 'place';
			it.key = placeKey(it.key);
		} else if (it.orgCue) {
			toOrganisation(it);
		} else if (!it.notPerson && (speakers.has(it.key) || (it.speech && midSentence.has(it.key) && !lowerSeen.has(it.key)))) {
			it.kind = 'person';
		} else if (placeNames.has(it.key)) {
			it.kind = 'place';
			it.key = placeKey(it.key);
		}
	}
}

export function extractMentions(sources: Source[], units: Unit[]): Mention[] {
	const sourceOrder = new Map(sources.map((s, i) => [s.id, i]));
	const tokensByUnit = units.map(u => tokenize(u.text, u.start));
	const lowerSeen = new Set<string>();
	for (const tokens of tokensByUnit) for (const t of tokens) if (t.kind === 'word' && !t.cap) lowerSeen.add(t.low);

	const items: Item[] = [];
	units.forEach((unit, ui) => {
		if (unit.kind === 'boilerplate') return;
		const tokens = tokensByUnit[ui];
		scanUnit({source: unit.source, unit: unit.id, tokens, titleCase: isTitleCase(tokens), lowerSeen, items});
	});

	linkPeople(items);
	linkOrganisations(items);
	settleCandidates(items, lowerSeen);
	const reference = storyReference(tokensByUnit, sources);

	const mentions: Mention[] = [];
	const textOf = new Map(sources.map(s => [s.id, s.text]));
	const kept = items.filter(it => it.kind !== 'candidate' && it.key !== undefined && !it.merged);
	kept.sort((a, b) => (sourceOrder.get(a.source) ?? 0) - (sourceOrder.get(b.source) ?? 0) || a.start - b.start);
	const counters = new Map<string, number>();
	for (const it of kept) {
		let {key, date} = it;
		if (it.relative) {
			date = {...it.date, ...resolveRelative(it.relative, reference)};
			key = dateKey(date) || relativeKey(it.relative);
		}
		if (!key) continue;
		const n = (counters.get(it.source) ?? 0) + 1;
		counters.set(it.source, n);
		const mention: Mention = {
			id: `${it.source}.m${n}`, source: it.source, unit: it.unit, start: it.start, end: it.end,
			text: textOf.get(it.source)!.slice(it.start, it.end), kind: it.kind as MentionKind, key,
		};
		if (it.number) mention.number = it.number;
		if (date) mention.date = date;
		mentions.push(mention);
	}
	return mentions;
}
