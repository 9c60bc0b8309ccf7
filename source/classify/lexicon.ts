// Word lists and patterns for the classifier. General English and web-page vocabulary only:
// nothing here names a particular article, outlet's story or person.

/** Common verbs (base forms) from news writing; inflected forms are generated below. */
const VERB_BASES = (
	'say tell add announce report confirm deny claim state warn urge call ask agree accept reject refuse approve vote ' +
	'pass sign launch start begin end open close hold meet talk discuss plan want need seek try help move push press ' +
	'pull turn send hand transfer extradite deport expel arrest detain charge accuse sentence convict kill die attack ' +
	'strike hit bomb fire shoot raid seize capture free release rescue escape flee leave arrive return visit travel fly ' +
	'land cross enter reach remain stay continue follow lead win lose beat rise fall drop jump soar surge plunge climb ' +
	'grow cut raise lower increase decrease reduce boost expand face defend threaten vow pledge promise order ban block ' +
	'halt stop suspend resume allow permit force require demand insist argue suggest believe think expect hope fear ' +
	'show reveal find discover learn know see look appear seem become make take give get put set keep bring build ' +
	'create cause change decide choose join form name elect appoint resign quit hire pay cost buy sell spend earn owe ' +
	'offer provide receive include involve affect mark signal point cite describe explain question investigate probe ' +
	'examine review prosecute sue acquit testify plead appeal rule overturn uphold back support oppose criticise ' +
	'criticize condemn praise welcome slam blast hail target aim focus address tackle combat fight battle curb crack ' +
	'prepare deploy withdraw mull weigh consider unveil publish post tweet write speak respond reply react step stand ' +
	'sit lie run walk happen occur emerge erupt spread collapse crash injure wound hurt damage destroy burn flood shut ' +
	'reopen prioritize prioritise underscore highlight reaffirm endorse characterize secure conduct unfold intensify ' +
	'entertain rumor assure spark trigger fuel prompt drive remark insist eye slash hike fuel lift ease rule count mean'
).split(' ');

const IRREGULAR_FINITE = (
	'said told took gave got made went came saw found kept held met left led sent spent built brought bought thought ' +
	'fought sought caught taught won lost began became ran rose fell grew knew flew drew threw wrote spoke broke chose ' +
	'froze stole drove rode struck stood understood sat hit cut put set shut quit let cost hurt spread beat fled paid ' +
	'laid stuck swore wore tore bore shook withdrew overtook undertook forgave hung slid swept wept slept dealt meant ' +
	'felt heard sold shot lit fed bled goes does says has is are was were am have had do did will would shall should ' +
	'can could may might must isn\'t aren\'t wasn\'t weren\'t hasn\'t haven\'t hadn\'t doesn\'t don\'t didn\'t won\'t ' +
	'wouldn\'t can\'t couldn\'t shouldn\'t mustn\'t'
).split(' ');

function thirdPerson(base: string): string {
	if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
	if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
	return `${base}s`;
}

function pastTense(base: string): string {
	if (base.endsWith('e')) return `${base}d`;
	if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
	return `${base}ed`;
}

/** Word forms that make a clause finite (3rd person present, past, auxiliaries, modals). */
export const FINITE_VERBS = new Set<string>([
	...IRREGULAR_FINITE,
	...VERB_BASES.map(thirdPerson),
	...VERB_BASES.map(pastTense),
]);

const IRREGULAR_PAST =
	'said told took gave got made went came saw found kept held met left led sent spent built brought bought thought fought ' +
	'sought caught taught won lost began became ran rose fell grew knew flew drew threw wrote spoke broke chose froze stole ' +
	'drove rode struck stood understood sat fled paid laid stuck swore wore tore bore shook withdrew overtook undertook forgave ' +
	'hung slid swept wept slept dealt meant felt heard sold shot lit fed bled was were had did';

/** Past-tense finite forms (regular forms of the verbs above and common irregular ones): a caption is rarely in the past. */
export const PAST_FINITE = new Set<string>([...IRREGULAR_PAST.split(' '), ...VERB_BASES.map(pastTense)]);

/** Words a headline or sentence does not end on unless it was cut off. */
export const FUNCTION_WORDS = new Set(
	(
		'a an the and or but nor of to in on at for with by from as into onto over under about after before than that ' +
		'which who whom whose this these those its their his her our your my is are was were be been being has have had ' +
		'will would can could should may might must shall if while because although though since until unless whether ' +
		'amid among between against toward towards via per underscores underlines shows highlights says said'
	).split(' '),
);

/** Short words that stay lower case in Title Case. */
export const TITLE_SMALL_WORDS = new Set(
	'a an the and or but nor of to in on at for with by from as vs via amid over into onto per up off out'.split(' '),
);

/** News and photo agencies and image libraries that appear in photo credits. */
const AGENCIES =
	'AFP|AP|Reuters|Getty Images|Getty|EPA(?:-EFE)?|EFE|Xinhua|ANSA|DPA|dpa|PA(?: Wire| Media)?|Bloomberg|AAP|Shutterstock|' +
	'Alamy|Sipa(?: USA)?|NurPhoto|Anadolu(?: Agency)?|UPI|Pool|File|Handout|TASS|Kyodo|Yonhap|PTI|IANS|ABACA|Zuma(?: Press)?|' +
	'Wikimedia Commons|iStock|Cuartoscuro';

/** One of the agencies above, the whole text. */
export const KNOWN_AGENCY = new RegExp(`^(?:${AGENCIES})$`);

/** An agency credit attached to the end of a line: "/ AFP", "( AP )", "(AP Photo/Jane Doe)", "operation.AFP.". */
export const AGENCY_CREDIT = new RegExp(
	`(?:\\(\\s*(?:${AGENCIES})(?:\\s*(?:Photo|Images?)\\b[^)]*|\\s*/[^)]*)?\\s*\\)|/\\s*(?:${AGENCIES})|` +
		`(?<=[.,;:!?])\\s*(?:${AGENCIES})\\.?)\\s*\\.?$`,
);

/**
 * A wire photo credit, agency then photographer after a slash, closing a caption or standing alone: "REUTERS/Jane Doe",
 * "AP Photo/John Roe", "Getty Images/Ann Lee", "ATLAS WIRE/Marta Llorente", "REUTERS/Jane Doe/File Photo". Group 1 = what
 * precedes it (the line start or a sentence end), group 2 = the agency, group 3 = the photographer (checked to be a name).
 */
export const SLASH_PHOTO_CREDIT = new RegExp(
	`(^|[.!?]["”’)]?\\s+)\\(?((?:${AGENCIES})(?:\\s+(?:Photos?|Images|Pictures))?|(?:\\p{Lu}[\\p{L}\\d&.'’-]*\\s+){1,3}(?:Photos?|Images|Pictures)|` +
		`\\p{Lu}[\\p{Lu}\\d&.'’-]*(?:\\s+[\\p{Lu}\\d][\\p{Lu}\\d&.'’-]*){0,2})\\s*/\\s*([^/()]{3,50}?)(?:\\s*/\\s*(?:File(?:\\s+Photo)?|Pool|Handout))?\\s*\\)?\\s*\\.?$`,
	'u',
);

/**
 * A bracketed photo credit that names no known agency but says what it is (the whole bracket): "(NLW Photo/Dan Whitcomb)",
 * "(Ledger photo / Sam Ochoa)", "(Photo: Jane Doe)", "(Photo by Jane Doe)", "(File photo courtesy of the city)",
 * "(Courtesy of City Hall)", and a photo credited to the outlet alone, "(KDZN 8 photo)", "(Sentinel photo)" (group 4 = the
 * words before "photo").
 */
export const PAREN_PHOTO_CREDIT =
	/^\(\s*((?:[\p{L}\d&.'’-]+\s+){0,3})(?:photo(?:graph)?s?|images?|pictures?|video|illustration|graphic)\s*(?:[/:|]\s*|(by|courtesy(?:\s+of)?)\s+)([^()]{1,80})\)$|^\(\s*courtesy(?:\s+of)?\s[^()]{1,60}\)$|^\(\s*((?:[\p{L}\d&.'’-]+\s+){1,3})photo(?:graph)?s?\s*\)$/iu;

/** Lower-case words that may stand before "photo" in a credit ("(File photo / ...)", "(Staff photo: ...)"). */
export const CREDIT_PREFIX_WORDS = new Set(['file', 'staff', 'submitted', 'contributed', 'handout', 'pool', 'provided']);

/** The label of an unbracketed credit after a sentence, up to its colon: ". Photograph: Jane Doe/AP" (group 1 = label). */
export const LABELLED_PHOTO_CREDIT = /(?:^|[.!?]["”’]?\s+)((?:photo(?:graph)?|image|picture|credit)s?\s*:)$/i;

/** A credit line on its own: "Photo: Getty Images", "Image: Reuters", "AFP via Getty Images", "© 2024 ...". */
export const CREDIT_LINE = new RegExp(
	`^(?:(?:photo(?:graph)?s?|images?|pictures?|credit|foto|video|illustration)\\s*(?:by|credit)?\\s*[:|/]|` +
		`(?:photo|image|picture)\\s+(?:by|credit|source)\\b|©|\\(?(?:${AGENCIES})(?:\\s+(?:photo|images?|via\\s+getty\\s+images))?\\)?\\.?\\s*$|` +
		`.*\\bvia (?:getty images|reuters|afp|ap)\\b)`,
	'i',
);

/** A caption introduced by a label: "Image caption, Firefighters tackled the blaze". */
export const CAPTION_LABEL = /^(?:image|photo|picture|video|media) caption\s*[,:]/i;

/** Copyright and editorial-policy notices. */
export const COPYRIGHT_NOTICE =
	/^(?:copyright\b|\(c\)\s*\d{4}|our standards\s*:)|\ball rights reserved\b|\bmay not be (?:published|reproduced|redistributed|copied)\b/i;

/** "Jane Doe contributed to this report." and "Additional reporting by ..." closing notes. */
export const CONTRIBUTOR_NOTE = /\bcontributed (?:reporting )?to this (?:report|story|article)\b|^additional reporting\b/i;

/** A name as bylines write it: two to four capitalised words ("Hannah Cole", "Ana María de la Cruz" is not needed here). */
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
/** A place as datelines write it: capitalised words, commas and abbreviations ("Corran Falls, Ore.", "Washington"). */
const CREDIT_PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*)*`;
const CREDIT_PART = String.raw`(?:reported from ${CREDIT_PLACE}|contributed (?:reporting|research)(?: from ${CREDIT_PLACE})?)`;

/**
 * A closing credit in prose: "Hannah Cole reported from Corran Falls, Ore., and Marcus Webb from Washington.", "Jane Roe
 * contributed reporting.", "Li Wei contributed research from Beijing." Names and places only: "Smith reported from the
 * scene that the bridge fell." is news.
 */
export const REPORTING_CREDIT = new RegExp(
	String.raw`^${CREDIT_NAME}(?:(?:,\s+|,?\s+and\s+)${CREDIT_NAME})*\s+${CREDIT_PART}(?:,?\s+and\s+${CREDIT_NAME}\s+(?:from ${CREDIT_PLACE}|${CREDIT_PART}))*\.$`,
	'u',
);

/** The print-edition note under an article: "A version of this article appears in print on Nov. 25, 2026, Section A, Page 14 ...". */
export const PRINT_EDITION_NOTE = /^an? (?:version|edition) of this (?:article|story|review|column|piece|report) (?:appears|appeared|will appear|ran) in print\b/i;

/** A media label left by extraction, standing alone: "Image", "Video", "Photo 3 of 12". */
export const MEDIA_LABEL = /^(?:image|photo|photograph|picture|video|audio|graphic|gallery|illustration|slideshow)(?:\s+\d+\s+of\s+\d+)?$/i;

/**
 * One credit of a wire story's credit line: "Reporting by Jane Doe in London", "Additional reporting by ...", "Writing by ...",
 * "Editing by ...", "Compiled by ...", "Graphics by ...". Group 1 = the names (checked to be names only).
 */
export const WIRE_CREDIT =
	/^(?:(?:additional|further|writing|reporting|editing)\s+(?:and\s+)?)?(?:reporting|writing|editing|compiled|compilation|research|graphics|photography|photos|video|production|fact-checking|translation|translated|design|illustrations?)(?:\s+(?:and|&)\s+(?:reporting|writing|editing|research|graphics|photography|production))?\s+by\s+(\S.*)$/i;

/**
 * A line crediting the outlets or documents a story was compiled from: "Sources: Meridian News Service, Valley Sentinel",
 * "Source: U.S. Census Bureau", "With files from The Canadian Press". Group 1 = the list (checked to be names only).
 */
export const SOURCE_LIST = /^(?:sources?|with (?:files|reporting) from|compiled from)\s*:?\s+(\S.*)$/i;

/** Advertising slots and page furniture. Whole-line matches only. */
export const ADVERT_LINE =
	/^(?:ads?|advert(?:isement)?s?|sponsored(?: content| post)?|promoted|paid (?:content|post)|story continues below(?: advertisement)?|skip advert(?:isement)?|continue reading(?: below)?(?: the main story)?|article continues below)$/i;

/** Share buttons, reading time and other page chrome, when a whole line is made of them. */
export const CHROME_WORDS = new Set(
	(
		'share this article story page on facebook twitter x post whatsapp linkedin email e-mail print copy link comments comment ' +
		'save bookmark listen to watch follow us tweet pin reddit telegram messenger gift min mins minute minutes read reuse ' +
		'content permalink'
	).split(' '),
);

/** "Read more", "More on Mexico:", "Related:", "See also" and friends: links to other pages. */
export const READ_MORE_LINE =
	/^(?:read (?:more|also|next|the full story)|also read|more (?:on|from|about|in|stories|news)\b.{0,40}|related(?: stories| articles| coverage| content| topics| reading)?|see also|recommended(?: for you| stories)?|most (?:read|popular|viewed)|trending(?: now)?|you (?:may|might) also like|top stories|latest (?:news|stories)|further reading|explore more(?: on (?:this|these) (?:topics?|stories|subjects?))?|more on (?:this|these) (?:topics?|stories?)|continue reading|click here.{0,60})\s*[:.»>›→-]?\s*$/i;

/**
 * The prefixes that only ever introduce a link ("Read more: Rate hikes are back. Is your country next?", "Related: What
 * is the policy rate?"): the headline after them may end like a sentence, or be cut into two. "More from <Outlet>: ..."
 * names the outlet's own pages.
 */
const LINK_ONLY_WORDS = String.raw`read (?:more|also|next)|also read|related|see also|you (?:may|might) also like|more from (?:the )?\p{Lu}[^:|]{0,40}|tags?|filed under`;
/** Prefixes that may also open a sentence of the story ("Watch: ...", "Analysis: ...", "More: ..."). */
const LINK_OR_SENTENCE_WORDS = 'more|watch|listen|opinion|analysis|explainer';
const LINK_SEPARATOR = String.raw`\s*[:|»›→-]\s*\S`;

/** A line introducing one linked headline: "Related: ...", "Read more: ...", "READ ALSO | ...", "You might also like: ...". */
export const LINK_PREFIX = new RegExp(`^(?:${LINK_ONLY_WORDS}|${LINK_OR_SENTENCE_WORDS})${LINK_SEPARATOR}`, 'iu');

/** The prefixes of LINK_PREFIX that only ever introduce a link (LINK_ONLY_WORDS). */
export const LINK_ONLY_PREFIX = new RegExp(`^(?:${LINK_ONLY_WORDS})${LINK_SEPARATOR}`, 'iu');

/** Phrases that only appear in appeals for money, sign-ups or subscriptions. */
export const APPEAL_CUES: Array<{pattern: RegExp; reason: string}> = [
	{pattern: /\bdonat(?:e|es|ed|ion|ions|ing)\b/i, reason: 'donation appeal'},
	{pattern: /\byour (?:support|contribution|gift|generosity)\b/i, reason: 'donation appeal'},
	{pattern: /\bsupport (?:us|now|our (?:work|journalism|reporting|newsroom)|independent journalism|quality journalism)\b/i, reason: 'donation appeal'},
	{pattern: /\bbecome an? (?:member|supporter|subscriber|patron)\b/i, reason: 'donation appeal'},
	// "Chip in $5 a month", "Chip in today": the imperative, not "neighbours chipped in".
	{pattern: /\bchip in (?:[$€£]\s?\d|today\b|now\b|what you can\b)/i, reason: 'donation appeal'},
	// Reader funding: "free to read because of readers like you", "Local journalism depends on readers like you", "is supported by readers".
	{
		pattern: /\b(?:because of|thanks to|(?:supported|funded|powered|made possible|paid for) by|(?:depends?|depending|relies|rely|relying|counts?|counting) on) (?:readers|members|supporters|listeners|viewers|donors|subscribers) like you\b|\b(?:is|are) (?:free (?:to read )?and )?(?:(?:entirely|fully|mostly|largely) )?(?:supported|funded) by (?:our )?readers\b/i,
		reason: 'donation appeal',
	},
	{pattern: /\b(?:is|are) (?:free and )?reader-(?:supported|funded|powered)\b|\b(?:is|are) free (?:to read )?and (?:reader|member|listener)-(?:supported|funded)\b/i, reason: 'donation appeal'},
	{pattern: /\bsubscri(?:be|bers?|bing|ption|ptions)\b/i, reason: 'subscription appeal'},
	{pattern: /\bpaywalls?\b/i, reason: 'subscription appeal'},
	// A paywall's gate: "Thank you for your patience while we verify access.", "log into your Times account", "Already a subscriber?".
	{pattern: /\bverify(?:ing)? (?:your )?access\b|\blog ?in(?:to)? (?:to )?your (?:[\w'’-]+ )?account\b|\balready (?:a |an )?(?:subscriber|member)\b|^(?:log|sign) ?in\.?$/i, reason: 'subscription appeal'},
	{pattern: /\b(?:unlimited|full|free|premium) (?:access|trial)\b/i, reason: 'subscription appeal'},
	{pattern: /\bnewsletters?\b/i, reason: 'newsletter'},
	{pattern: /\bsign(?:ing)? up\b|\bsign-up\b/i, reason: 'newsletter'},
	{pattern: /\b(?:log|sign) ?in to\b|\bcreate an account\b|\bregister (?:now|for free|here)\b/i, reason: 'subscription appeal'},
	{pattern: /\bread more\b/i, reason: 'read more'},
	{pattern: /\b(?:click|tap) here\b/i, reason: 'read more'},
	{pattern: /\bfollow us on\b|\bdownload (?:our|the) app\b/i, reason: 'site promotion'},
];

/** Any of the appeal cues, to skip the per-cue work on the (many) lines without one. */
export const ANY_APPEAL_CUE = new RegExp(APPEAL_CUES.map(cue => cue.pattern.source).join('|'), 'i');

/** Words that often accompany appeals but also occur in news: they only count next to the strong cues above. */
export const APPEAL_WEAK_CUE = /\b(?:we|our|us|you|your|journalism|journalists?|reporters?|newsroom|independent|readers?|free|afford)\b/i;

/**
 * Imperatives that open an appeal sentence inside an ordinary paragraph ("Subscribe to ..."), or a plea opening a clause
 * ("If this helped you, please consider a donation"); "Residents were asked to please consider ..." is no plea to the reader.
 */
export const APPEAL_IMPERATIVE =
	/^(?:subscribe|sign up|donate|support|join|register|become|get|click|tap|follow|download|log ?in|sign ?in|chip in)\b|(?:^|[,;:—–]\s*)please\s+(?:consider|donate|support|subscribe|give|join|become|help)\b/i;

/** Lines that announce a byline: "Published by", "By Jane Doe", "Written by", "Author: ...". */
export const BYLINE_CUE =
	/^(?:(?:published|posted|written|reported|edited|compiled|produced|updated|photographs?|words|story|text|reporting|additional reporting|editing)(?: and \w+)? by\b.*|by\s+\p{Lu}.*|(?:author|authors|byline|reporter|correspondent|contributor)s?\s*:.*)$/iu;

/**
 * A note about the writer: "<Name> covers water and the environment for the Sentinel", "<Name> is a staff reporter ...",
 * "<Name> is the Ledger's courts reporter". Group 1 = the name. Only set aside with more evidence (see index.ts): the same
 * sentence about a reporter in the news is a claim.
 */
export const AUTHOR_BIO =
	/^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)\s+(?:covers|reports on|writes about|is (?:an?|the) (?:[\p{L}'’-]+\s+){0,4}?(?:reporter|writer|correspondent|editor|journalist|columnist|photographer|photojournalist|producer|contributor|intern|fellow)s?\b)/u;

/**
 * An outlet describing itself: "Policy Desk is a nonprofit newsroom.", "The Ledger is an independent, reader-supported news
 * site ...", "Downeast Morning is free, but it isn't free to make." Only set aside next to an appeal or at the end of the
 * text (see index.ts).
 */
export const OUTLET_SELF_DESCRIPTION =
	/^(?:\p{Lu}[\p{L}\d&.'’-]*\s+){1,5}(?:is an? (?:[\p{L}-]+,?\s+){0,3}?(?:nonprofit|non-profit|not-for-profit|independent|nonpartisan|reader-supported|reader-funded|member-supported|listener-supported|viewer-supported|public-interest)\b[^.!?]{0,40}?\b(?:newsroom|news (?:organi[sz]ation|outlet|site|service|publication|startup)|media (?:organi[sz]ation|outlet|company)|publication|journalism (?:organi[sz]ation|project|outlet))\b|is free(?: to read)?,? (?:but|yet) (?:it )?(?:isn't|isn’t|is not|costs?)\b)/u;

/** Staff roles that mark a name line as a byline ("Jane Doe, Staff Writer"). */
export const STAFF_ROLE =
	/\b(?:staff (?:writer|reporter)|correspondent|contributing (?:writer|editor)|senior (?:writer|editor|reporter)|news editor|editor|reporter|columnist|freelance (?:writer|journalist))\b/i;

/** Month and weekday names and time-zone words, for date-only lines. */
export const DATE_WORDS = new Set(
	(
		'january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
		'sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun ' +
		'gmt utc bst cet cest et est edt ct cst cdt mt mst mdt pt pst pdt ist aest aedt jst hkt sgt am pm published updated posted ' +
		'date last first modified on at and ago hour hours hr hrs minute minutes min mins today yesterday'
	).split(' '),
);

/**
 * Labels that stamp a time on a part of a story told in updates, cut from a timestamp line before its words are checked:
 * "UPDATE 6:05 p.m.", "Update 2 — 9:40 a.m.", "ORIGINAL STORY 1:12 p.m.", "Original post: June 3", "First published ...".
 * Lower case (the line is lower-cased first).
 */
export const TIMESTAMP_LABEL = /^\s*(?:update[ds]?|original (?:story|post|article|report)|first (?:published|posted|reported))\b/;

/** A token that looks like a domain name: "example.com", "Voz.us", "www.site.org". */
export const DOMAIN_TOKEN = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|us|uk|co|news|info|io|es|mx|fr|de|it|tv|eu|ca|au|in|ar|br|cl|ru|cn|jp|nz|ie|ch|at|be|nl|online|media|press)\/?$/iu;

/** Words that end the name of a newspaper, station or site: "The Valley Ledger", "KXYZ 4 News", "Metro Wire". */
export const MASTHEAD_WORDS = new Set(
	(
		'news times post herald gazette journal tribune ledger chronicle courier daily press wire observer guardian telegraph ' +
		'examiner dispatch bulletin inquirer sentinel star sun mirror express record register standard today online media ' +
		'network tv radio channel desk newsroom weekly magazine'
	).split(' '),
);

/** Section and page labels shown above a headline: "LOCAL NEWS", "World | Europe", "Politics", "Analysis". */
export const SECTION_WORDS = new Set(
	(
		'news local national world international regional metro politics business economy markets money finance sport sports ' +
		'health science tech technology entertainment culture arts lifestyle travel opinion opinions analysis comment ' +
		'commentary editorial environment climate weather crime education breaking latest top stories home us uk europe ' +
		'asia africa americas middle east live exclusive investigation investigations features feature region nation ' +
		'state city community the and of & more'
	).split(' '),
);

/** Labels that open a headline of its own kind ("Explainer: ...", "Analysis: ...", "BREAKING: ..."). */
export const GENRE_LABEL =
	/^(?:opinion|analysis|explainer|factbox|fact ?check|exclusive|breaking(?: news)?|update[d]?|live|interview|review|editorial|commentary|profile|q ?& ?a|special report|just in|developing)\s*[:|–—-]\s*\S/i;

/**
 * Verbs that open a call to action addressed to the reader ("Download the ... app", "Follow our live coverage").
 * Not followed by a hyphen: "Follow-up inspections found ..." is news.
 */
export const READER_IMPERATIVE =
	/^(?:please\s+)?(?:download|install|get|subscribe|follow|join|sign up|register|watch|listen|stream|tune in|share|send|email|e-mail|contact|submit|upload|visit|click|tap|check out|read|bookmark|turn on|enable|find)(?![\w-])/i;

/**
 * What a call to action offers or asks for: an app, alerts, a newsletter, live coverage, the latest news, a feed, tips, a social
 * account or handle, an address.
 */
export const PROMO_OBJECT =
	/\b(?:apps?|alerts?|push notifications?|notifications?|newsletters?|updates|podcasts?|channel|live ?streams?|livestreams?|live coverage|full coverage|our coverage|(?:latest|breaking) news|(?:your|news) feeds?|news tips?|tips?|story ideas?|website|homepage|inbox|YouTube|Facebook|Instagram|TikTok|Twitter|WhatsApp|Telegram|LinkedIn|Threads|Bluesky)\b|\bon X(?![\w-])|[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)@\w{2,}/i;

/**
 * How to reach the writer, addressed to the reader: "Reach her at jdoe@example.com", "Contact him at 555-010-0199",
 * "Follow them on X", "Email the reporter: ...". Counts only with a contact point (see CONTACT_POINT).
 */
export const AUTHOR_CONTACT =
	/^(?:please\s+)?(?:reach|contact|email|e-mail|write to|message|follow)\s+(?:him|her|them|me|the (?:author|reporter|writer|columnist)s?)\b/i;

/** An e-mail address, a social handle, a phone number or a social network: where a contact line points. */
export const CONTACT_POINT =
	/[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)@\w{2,}|\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b|\b(?:on|via) (?:X|Twitter|Bluesky|Threads|Instagram|Facebook|LinkedIn|Mastodon|Signal|WhatsApp)\b/;

/** Imperatives aimed at the outlet itself: "Follow us", "Contact us", "Tell us", "Let us know", "Send us" ("Let us be clear" is not). */
export const IMPERATIVE_US =
	/^(?:please\s+)?(?:(?:follow|like|join|contact|tell|send|email|e-mail|write to|call|message|text)\s+us\b|let us know\b|(?:forward|share|send) (?:this|it)(?: (?:email|newsletter|story|article|post|page|edition))? (?:to|with) (?:a |your |any )?(?:friends?|neighbou?rs?|colleagues?|family|someone|anyone|others)\b)/i;

/**
 * Calls to stay with the coverage: "Stay tuned ...", "Stay in the loop ...", "Check back later ...", "Refresh this page ...",
 * "Stay with KDZN 8 for updates on this developing story." ("Stay with relatives for a week" is advice, not a call to stay
 * with the coverage).
 */
export const STAY_TUNED =
	/^(?:stay tuned|stay with us|stay in the loop\b|check back|keep (?:checking|it locked)|refresh (?:this|the) page|watch this space|stay with [^.!?]{1,40}? for (?:updates|the latest|more (?:updates|coverage|news|on this)|continuing coverage|live coverage|breaking news)\b)/i;

/**
 * "follow <outlet or us> for <news>" opening a clause anywhere in a sentence ("Don't miss a thing – follow NewsNest for breaking
 * stories as they happen."): a name (capitalised) or "us", then what the outlet offers. "Investors follow Treasury yields
 * for signals" and "follow the river for a mile" are not.
 */
export const FOLLOW_OUTLET_FOR =
	/(?:^|[–—:;,]\s*|\s-\s+)(?:[Pp]lease\s+)?[Ff]ollow\s+(?:us\s+|(?:\p{Lu}[\p{L}\d&.'’-]*\s+){1,4})(?:on\s+[^.!?]{1,30}?\s+)?for\s+(?:the latest\s*[.!]?$|(?:breaking|the latest|more|live|all the latest|continuing|real-time)\s+(?:\p{Ll}+\s+)?(?:news|stories|updates|headlines|coverage|alerts)\b|updates\b|news alerts\b)/u;

/**
 * A note about the story itself: "We will update this story", "This article will be updated", "This is a developing story",
 * "... will keep you posted".
 */
export const STORY_NOTE =
	/\b(?:will|'ll|’ll)\s+(?:continue to\s+)?(?:update|be updating|bring you more on)\s+(?:this\s+(?:story|article|post|page|live blog)|our coverage)\b|\bthis\s+(?:story|article|post|page)\s+(?:will|may|is going to|is being|has been)\s+(?:be\s+)?updated\b|^(?:this is|this remains) an? (?:developing|breaking)(?: news)? (?:story|situation)\b|\bkeep (?:you|viewers|readers|listeners) (?:posted|updated|informed)\b/i;

/**
 * A sentence that only announces what follows: "Here is what the decision says and why it matters.", "Here's what we know.",
 * "Here are the key takeaways." One clause ending with a period: "Here is why: the bank withdrew." and "Here is how it
 * started, with a spark in the kitchen." state facts. After commas only the items of a table of contents may follow (see
 * SIGNPOST_ITEM): "Here is what happened, why, and what it could mean for households."
 */
export const SIGNPOST =
	/^let(?:'s|’s| us) (?:dive|delve|dig|jump|get) (?:in|into|right in(?:to)?)\b[^:;,]*\.$|^(?:[^,.;:!?]{3,80},\s+)?here(?:'s|’s| is| are)\s+(?:what|how|why|where|everything|a look at|the (?:latest|key takeaways|takeaways|details|background)|(?:our|a|the) (?:quick |short |full |latest )?(?:rundown|round-?up|summary|overview|guide|breakdown|recap|explainer))\b[^:;]*\.$/i;

/**
 * What a signpost may list after a comma: a bare "why"/"how", "why it matters", "what it could mean for ...", "what comes
 * next", "what to expect". "..., and what is still unclear" says something is unknown; "..., according to police" and
 * "..., when the rule took effect" carry facts.
 */
export const SIGNPOST_ITEM =
	/^(?:why|how|what|who|when|where)$|^where to (?:send|find|get|go|watch|donate|read|submit|follow)\b|^what (?:we|they) (?:(?:still )?(?:don't|don’t|do not)(?: know)?|(?:still )?need to (?:know|find out))$|^why (?:it|this|that) (?:matters?|is important)\b|^what (?:it|this|that|they) (?:(?:could|might|may|will|would|does) )?means?\b|^what (?:comes|happens|could happen|might happen) next\b|^what to (?:know|expect|watch(?: for)?|look for)\b|^what (?:you|readers|borrowers|savers|investors|households) (?:need|should|can) (?:know|do|expect)\b|^with (?:the |all the |our )?(?:official )?(?:links?|resources|contacts?|maps?|numbers|details) (?:you|readers)\b/i;
/**
 * The outlet apologising for its own error, which the correction before it states: "We apologise for the error.", "We regret
 * the error.", "We apologize for any confusion this may have caused." Only "we", only the error itself: "The central bank
 * apologised for the error in its forecast." and "We apologise for the error in the forecast, the bank said." are news.
 */
export const CORRECTION_APOLOGY =
	/^we (?:sincerely |deeply |truly )?(?:apologi[sz]e|regret)(?: for)? (?:the|this|that|these|those|any|our) (?:errors?|mistakes?|inaccurac(?:y|ies)|confusion|oversight|omissions?|misstatements?)(?:,? (?:and|or) (?:for )?(?:any )?(?:confusion|inconvenience))?(?: (?:(?:it|this|that) (?:may have )?)?caused)?\s*[.!]?$/i;

/**
 * A note that the story was corrected or updated: "This story has been corrected.", "This article was updated to correct the
 * spelling of a name." Group 1 = the verb, group 2 = what follows it, which must state no fact (see rules.ts): "This story has
 * been corrected to show that the rate is 5.25%." gives the corrected fact.
 */
export const CORRECTED_NOTE =
	/^(?:this (?:story|article|report|post|piece|item|headline|graphic|caption|entry|video|page)|the (?:story|article|post|item|headline|graphic|caption|video) above) (?:has been|have been|was|were|is being) (corrected|amended|updated|clarified|changed|edited)\b(.*)$/i;

/**
 * A live blog greeting its readers: "Good afternoon and welcome to our live coverage of today's rate decision.", "Hello and
 * welcome back to the live blog.", "Welcome to our coverage of the election." The coverage word ends the phrase or is followed
 * by "of", "on", "from", "as" ...: "Welcome to the coverage gap" is not one.
 */
export const LIVE_GREETING =
	/^(?:good (?:morning|afternoon|evening)|hello|hi)(?:,?\s+(?:everyone|all|again|folks|there)|,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s*[.!]$|^(?:(?:good (?:morning|afternoon|evening|day)|hello|hi)(?:,?\s+(?:everyone|all|again))?[,!]?\s+(?:and\s+)?)?welcome (?:back\s+)?to (?:our|the|this) (?:[\p{L}'’-]+\s+){0,3}?(?:live (?:coverage|blog|updates|page|feed|reporting)|live-?blog|rolling coverage|continuing coverage|coverage|minute-by-minute coverage)(?=\s+(?:of|on|from|as|here|for|throughout|today|tonight)\b|\s*[.!,]|$)/iu;

/** A question asking the reader for tips or material: "Have a news tip?", "Got a story idea?", "Do you have photos of the fire?". */
export const TIP_QUESTION =
	/^(?:(?:do you\s+)?(?:have|got)\s+(?:a\s+|any\s+)?(?:news\s+)?(?:tips?|story ideas?|story tips?|photos?|videos?|pictures?|footage)|(?:do you\s+)?know something)\b([^.!?]{0,60})\?$/i;

/**
 * A page's feedback widget or a plea to like the piece: "Was this helpful?", "Did you find this article useful?", "Like this
 * digest?", "Enjoyed this story?", and its buttons "Yes · No". Whole sentences only.
 */
export const FEEDBACK_PROMPT =
	/^(?:(?:was|is) this (?:article |story |page |explainer |answer |information )?(?:helpful|useful)|did you find this (?:article |story |page |explainer |information )?(?:helpful|useful)|(?:did you )?(?:like|enjoy|enjoyed|liked|love|loved) this (?:digest|newsletter|story|article|post|briefing|piece|explainer|round-?up|read|page)|how (?:would you rate|useful was) this (?:article|story|page|explainer)|(?:did you )?(?:enjoy|enjoyed|like|liked|love|loved) (?:this|it)(?=\s*\?)|did (?:this|it) (?:article |story |page |explainer |piece |guide )?help(?: you)?(?: (?:understand|make sense of|follow) (?:the |this )?(?:story|news|issue|topic|article))?(?=\s*\?)|(?:yes|no)(?:\s*[·|/•]\s*(?:yes|no))+)\s*[?.!]?$/i;

/**
 * A line of a reference list: a citation number in brackets, then a source and a quoted title ("[1] Northline, "Headline,"
 * Oct. 6, 2026") or a bare address. "[1] Post offices will close early." is a sentence with a citation mark.
 */
export const REFERENCE_ENTRY = /^\[\d{1,3}\]\s+(?:\p{Lu}[^"“”]{0,80}?[,.:]\s*["“]|(?:https?:\/\/|www\.)\S+$)/u;

/**
 * A labelled correction of something the outlet got wrong before, saying only what was wrong: "Correction: Thursday's edition
 * of Downeast Morning gave the wrong date for the town meeting." Group 1 = what follows the wrong thing, checked for a
 * stated fact ("... misstated the toll; 12 people died" gives one).
 */
export const LABELLED_CORRECTION =
	/^(?:correction|clarification)\s*[:|-]\s*[^.]*?\b(?:gave|listed|used|misstated|misspelled|misidentified|misreported|misquoted|(?:incorrectly|erroneously|wrongly|mistakenly) \w+)\s+(?:the |an? )?(?:wrong|incorrect|inaccurate|erroneous)?\s*(.*)$/i;

/**
 * A correction note about an earlier version: "CORRECTION: An earlier version of this update gave the wrong date for the
 * letters." Group 1 = what follows the version, checked for a stated fact ("... reported the vote as 4-1" gives one).
 */
export const EARLIER_VERSION_NOTE =
	/^(?:(?:correction|clarification|editor'?s note)\s*[:|-]\s*)?an? (?:earlier|previous|prior) version of this (?:story|article|report|update|post|piece|item|page)\b(.*)$/i;
