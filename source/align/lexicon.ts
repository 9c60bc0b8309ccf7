// General English news vocabulary for alignment: stopwords, reporting verbs, irregular verb forms and
// synonym sets, so that paraphrases ("handed over" / "transferred" / "extradited" / "sent") meet on one term.
// Nothing here is specific to any one story.

export const STOPWORDS = new Set(
	(
		'a an the and or but nor so yet for of to in on at by from with without into onto upon over under about above below ' +
		'after before during since until while as than then that this these those there here it its itself he him his she her ' +
		'hers they them their theirs we us our ours you your yours i me my mine who whom whose which what when where why how ' +
		'is are was were be been being am do does did done doing have has had having will would shall should can could may ' +
		'might must not no nor only also just even still again already very too more most much many such some any each every ' +
		'both all other others another same own one ones via per among amid amidst against between through throughout within ' +
		'across around toward towards out off up down if because though although whether either neither just like unlike ' +
		'including include includes included well really quite rather around almost nearly about just one-time its ' +
		'mr mrs ms dr said says say saying told tell tells telling stated state states statement added add adds adding ' +
		'announced announce announces announcement according reported report reports reportedly noted note notes ' +
		'mentioned explained claimed described describing confirmed confirm' 
	).split(/\s+/),
);

/** Irregular forms reduced to a base form before stemming. */
export const IRREGULAR: Record<string, string> = {
	sent: 'send', spoke: 'speak', spoken: 'speak', told: 'tell', flew: 'fly', flown: 'fly', took: 'take', taken: 'take',
	led: 'lead', held: 'hold', met: 'meet', made: 'make', gave: 'give', given: 'give', went: 'go', gone: 'go', came: 'come',
	saw: 'see', seen: 'see', brought: 'bring', thought: 'think', caught: 'catch', sought: 'seek', left: 'leave',
	kept: 'keep', fought: 'fight', struck: 'strike', stricken: 'strike', began: 'begin', begun: 'begin', won: 'win',
	lost: 'lose', paid: 'pay', built: 'build', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', drove: 'drive',
	driven: 'drive', wrote: 'write', written: 'write', chose: 'choose', chosen: 'choose', grew: 'grow', grown: 'grow',
	knew: 'know', known: 'know', shown: 'show', became: 'become', bore: 'bear', borne: 'bear', stood: 'stand', ran: 'run',
	felt: 'feel', heard: 'hear', meant: 'mean', found: 'find', dealt: 'deal', laid: 'lay', hit: 'hit', killed: 'kill',
	children: 'child', people: 'person', men: 'man', women: 'woman',
};

/**
 * Synonym sets: every member maps to the set's first word. Members are matched after folding and
 * irregular-form reduction, and again after stemming, so list base forms.
 */
const SYNONYM_SETS: string[][] = [
	['transfer', 'handover', 'hand', 'extradite', 'extradition', 'send', 'deliver', 'delivery', 'rendition', 'render', 'surrender', 'expel', 'expulsion', 'deport', 'deportation', 'repatriate', 'ship', 'transport', 'fly', 'flight', 'remove', 'removal'],
	['suspect', 'suspected', 'alleged', 'allegedly', 'accused', 'purported'],
	['member', 'operative', 'figure', 'individual', 'inmate', 'prisoner', 'detainee', 'criminal', 'trafficker', 'person', 'capo', 'kingpin'],
	['gang', 'cartel', 'group', 'organization', 'organisation', 'network', 'syndicate', 'clan'],
	['total', 'overall', 'cumulative', 'tally', 'altogether'],
	['decrease', 'drop', 'reduction', 'reduce', 'decline', 'fall', 'cut', 'lower', 'plunge', 'slump', 'shrink'],
	['increase', 'rise', 'growth', 'grow', 'surge', 'jump', 'climb', 'boost', 'intensify', 'step', 'ramp', 'heighten', 'strengthen', 'reinforce'],
	['threat', 'threaten', 'warn', 'warning', 'menace'],
	['attack', 'strike', 'raid', 'assault', 'bomb', 'bombing', 'hit', 'offensive'],
	['military', 'army', 'armed', 'troop', 'soldier', 'force'],
	['intervention', 'intervene', 'incursion', 'invasion', 'invade', 'deployment', 'deploy'],
	['aircraft', 'plane', 'airplane', 'jet', 'aeroplane'],
	['kill', 'killing', 'murder', 'slay', 'slaying', 'homicide', 'assassinate', 'assassination'],
	['talk', 'call', 'speak', 'discuss', 'discussion', 'conversation', 'meeting', 'meet', 'dialogue', 'negotiation', 'negotiate'],
	['cooperation', 'cooperate', 'collaborate', 'collaboration', 'partner', 'partnership', 'coordination'],
	['government', 'administration', 'authority', 'authorities', 'official', 'officials', 'management', 'executive', 'cabinet', 'leadership'],
	['seizure', 'seize', 'confiscate', 'confiscation', 'capture', 'interception', 'intercept', 'haul'],
	['minister', 'secretary', 'chief', 'head'],
	['president', 'leader', 'premier'],
	['prosecute', 'prosecution', 'prosecutor', 'charge', 'trial', 'court', 'judicial', 'justice', 'indict', 'indictment', 'case'],
	['penalty', 'punishment', 'sentence', 'execution'],
	['death', 'capital', 'die', 'dead'],
	['agreement', 'deal', 'commitment', 'assurance', 'accord', 'pact', 'treaty', 'understanding', 'guarantee'],
	['reject', 'rule', 'refuse', 'oppose', 'opposition', 'deny', 'dismiss', 'rebuff', 'decline'],
	['pressure', 'press', 'demand', 'push', 'urge'],
	['drug', 'narcotic', 'narco'],
	['sovereignty', 'sovereign', 'independence'],
	['border', 'frontier'],
	['week', 'weekly'],
	['third', '3rd'],
	['second', '2nd'],
	['first', '1st'],
	['wanted', 'sought', 'seek'],
	['leader', 'boss', 'head', 'chief', 'lord'],
	['operation', 'operate', 'action', 'mission', 'campaign', 'effort', 'initiative', 'program', 'programme'],
	['security', 'safety'],
	['policy', 'strategy', 'approach', 'plan'],
	['success', 'successful', 'effective', 'effectiveness', 'proof', 'evidence', 'result', 'achievement'],
];

/** Multi-word expressions rewritten to one token before tokenising (applied to folded text). */
export const PHRASES: Array<[RegExp, string]> = [
	[/\bhand(?:s|ed|ing)? (?:\w+ ){0,6}?over\b/g, 'transfer'],
	[/\bturn(?:s|ed|ing)? (?:\w+ ){0,4}?over\b/g, 'transfer'],
	[/\bcapital punishment\b/g, 'death penalty'],
	[/\bdeath sentences?\b/g, 'death penalty'],
	[/\bnot on the table\b/g, 'reject'],
	[/\bruled? out\b|\bruling out\b/g, 'reject'],
	[/\bsocial media\b/g, 'socialmedia'],
	[/\bdrug lords?\b/g, 'kingpin'],
	[/\bstep(?:s|ped|ping)? up\b/g, 'increase'],
	[/\bcrack(?:s|ed|ing)? down\b/g, 'crackdown'],
	// A company's head, not a minister or the government: keep "chief" and "executive" out of those sets.
	[/\bchief executive(?: officer)?s?\b|\bceos?\b/g, 'ceo'],
];

export const SYNONYM_WORDS = SYNONYM_SETS.flat();

const SYNONYM_OF = new Map<string, string>();
for (const set of SYNONYM_SETS) for (const word of set) if (!SYNONYM_OF.has(word)) SYNONYM_OF.set(word, set[0]!);

export function synonymOf(word: string): string | undefined {
	return SYNONYM_OF.get(word);
}
