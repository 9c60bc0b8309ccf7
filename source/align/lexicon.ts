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
	// Forms the stemmer leaves apart from their base ("died" → "di", "sued" → "su", "fled" stays "fled").
	died: 'die', dies: 'die', dying: 'die', sued: 'sue', suing: 'sue', fled: 'flee', shot: 'shoot', stole: 'steal',
	stolen: 'steal', bought: 'buy', upheld: 'uphold', withdrew: 'withdraw', withdrawn: 'withdraw', forbade: 'forbid',
	forbidden: 'forbid', overthrew: 'overthrow', overthrown: 'overthrow', blew: 'blow', blown: 'blow',
	// Stemmed, these would meet 'national' ('National Security Law').
	nationality: 'citizenship', nationalities: 'citizenship',
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
	['decrease', 'drop', 'reduction', 'reduce', 'decline', 'fall', 'cut', 'lower', 'plunge', 'slump', 'shrink', 'slash', 'tumble', 'slide', 'dip'],
	['increase', 'rise', 'growth', 'grow', 'surge', 'jump', 'climb', 'boost', 'intensify', 'step', 'ramp', 'heighten', 'strengthen', 'reinforce', 'hike', 'soar', 'spike', 'skyrocket', 'gain'],
	['threat', 'threaten', 'warn', 'warning', 'menace'],
	['attack', 'strike', 'raid', 'assault', 'bomb', 'bombing', 'hit', 'offensive'],
	['military', 'army', 'armed', 'troop', 'soldier', 'force'],
	['intervention', 'intervene', 'incursion', 'invasion', 'invade', 'deployment', 'deploy'],
	['aircraft', 'plane', 'airplane', 'jet', 'aeroplane'],
	['kill', 'killing', 'murder', 'slay', 'slaying', 'homicide', 'assassinate', 'assassination'],
	['talk', 'call', 'speak', 'discuss', 'discussion', 'conversation', 'meeting', 'meet', 'dialogue', 'negotiation', 'negotiate', 'summit'],
	['cooperation', 'cooperate', 'collaborate', 'collaboration', 'partner', 'partnership', 'coordination'],
	['government', 'administration', 'authority', 'authorities', 'official', 'officials', 'management', 'executive', 'cabinet', 'leadership'],
	['seizure', 'seize', 'confiscate', 'confiscation', 'capture', 'interception', 'intercept', 'haul'],
	['minister', 'secretary', 'chief', 'head'],
	['president', 'leader', 'premier'],
	['prosecute', 'prosecution', 'prosecutor', 'charge', 'trial', 'court', 'judicial', 'justice', 'indict', 'indictment', 'case', 'judge', 'tribunal'],
	['penalty', 'punishment', 'sentence', 'execution'],
	// Dead, died and fatalities meet; killing stays apart (merging the two hurt alignment on a labelled story).
	['death', 'die', 'dead', 'fatal', 'fatality', 'deadly', 'lethal', 'perish'],
	['agreement', 'agree', 'deal', 'commitment', 'assurance', 'accord', 'pact', 'treaty', 'understanding', 'guarantee'],
	['reject', 'refuse', 'oppose', 'opposition', 'deny', 'dismiss', 'rebuff', 'decline', 'block', 'veto'],
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

	// General news vocabulary beyond the sets above. Rules: near-synonyms in news usage only; no co-hyponyms (weekdays,
	// months, directions, storm kinds that are different facts); no word whose dominant sense is another one ("measure",
	// "back" as an adverb, "officer" whose stem is "office's", "responder" whose stem is "respond's"); a word already in
	// a set above stays there (first set wins, also for stems).

	// Courts and law.
	['overturn', 'overrule', 'void', 'vacate', 'invalidate', 'annul', 'annulment', 'nullify', 'quash', 'reverse', 'reversal', 'revoke', 'revocation', 'rescind', 'repeal', 'abolish', 'cancel', 'cancellation', 'scrap'],
	['uphold', 'affirm'],
	['ruling', 'rule', 'verdict', 'judgment', 'judgement'],
	['regulation', 'regulate', 'regulator', 'rules'],
	['appeal', 'appellate'],
	['lawsuit', 'sue', 'suit', 'litigation', 'litigate'],
	['convict', 'conviction', 'guilty'],
	['acquit', 'acquittal', 'exonerate', 'exoneration'],
	['dissent', 'disagree', 'disagreement'],
	['jury', 'juror'],
	['lawyer', 'attorney', 'counsel', 'barrister'],
	['testify', 'testimony'],
	['prison', 'jail', 'imprison', 'imprisonment', 'incarcerate', 'incarceration'],

	// Crime and police.
	['arrest', 'detain', 'detention', 'apprehend', 'custody', 'nab'],
	['investigation', 'investigate', 'investigator', 'probe', 'inquiry', 'enquiry', 'inquest'],
	['police', 'policeman', 'policewoman', 'cop', 'trooper', 'constable'],
	['theft', 'steal', 'rob', 'robbery', 'heist'],
	['fraud', 'scam', 'swindle', 'fraudulent'],
	['kidnap', 'kidnapping', 'abduct', 'abduction'],
	['shoot', 'shooting', 'gunfire'],
	['gunman', 'gunmen', 'shooter', 'assailant'],
	['gun', 'firearm'],
	['victim', 'casualty'],
	['witness', 'eyewitness', 'onlooker', 'bystander'],
	['escape', 'breakout', 'jailbreak'],
	['release', 'freed', 'liberate', 'liberation'],

	// Votes and legislatures (the body before its acts: "legislators" and "legislation" share the stem "legisl").
	['vote', 'voting', 'ballot', 'referendum', 'plebiscite'],
	['poll', 'survey'],
	['approve', 'approval', 'pass', 'passage', 'adopt', 'adoption', 'ratify', 'ratification', 'greenlight', 'authorize', 'authorized', 'authorise', 'authorised', 'authorization', 'authorisation', 'endorse', 'endorsement', 'support', 'supporter', 'favor', 'favour'],
	['legislature', 'legislative', 'legislator', 'parliament', 'parliamentarian', 'congress', 'lawmaker', 'mp'],
	['legislation', 'bill', 'law', 'ordinance', 'statute'],
	['election', 'electoral'],
	['candidate', 'nominee', 'contender'],
	['win', 'winner', 'victory', 'triumph', 'defeat'],
	['resign', 'resignation', 'quit'],
	['oust', 'ouster', 'sack', 'depose', 'topple', 'overthrow'],
	['appoint', 'appointment', 'nominate', 'nomination'],

	// Politics and diplomacy.
	['pledge', 'promise', 'vow'],
	['criticize', 'criticise', 'criticism', 'condemn', 'condemnation', 'denounce', 'slam', 'decry', 'rebuke', 'lambast', 'lambaste', 'censure'],
	['praise', 'laud', 'commend', 'applaud', 'acclaim'],
	['acknowledge', 'concede', 'admit'],
	['envoy', 'ambassador', 'emissary', 'diplomat'],
	['spokesperson', 'spokesman', 'spokeswoman', 'spokesmen', 'spokeswomen'],
	['sanction', 'embargo'],
	['tariff', 'levy'],
	['tension', 'friction'],
	['dispute', 'feud', 'spat', 'quarrel'],
	['clash', 'skirmish', 'confrontation'],
	['retaliate', 'retaliation', 'retaliatory', 'reprisal'],
	['war', 'warfare', 'conflict'],
	['ceasefire', 'truce', 'armistice'],
	['withdraw', 'withdrawal', 'pullout', 'retreat'],
	['visit', 'trip'],
	['protest', 'protester', 'protestor', 'demonstration', 'demonstrator'],
	['proposal', 'propose', 'proposition'],
	['ban', 'prohibit', 'prohibition', 'outlaw', 'forbid'],
	['allow', 'permit', 'permission'],
	['requirement', 'require', 'mandatory', 'compulsory'],
	['suspend', 'suspension', 'halt', 'pause'],
	['postpone', 'postponement', 'delay', 'defer'],
	['resume', 'resumption', 'restart'],
	['aid', 'assistance', 'assist', 'relief'],

	// Economy and business.
	['company', 'firm', 'corporation', 'business', 'enterprise'],
	['revenue', 'sale', 'turnover'],
	['profit', 'earnings', 'earn'],
	['layoff', 'redundancy'],
	['worker', 'employee', 'staff', 'staffer', 'workforce', 'personnel'],
	['price', 'pricing', 'cost'],
	['wage', 'salary'],
	['recession', 'downturn'],
	['bankruptcy', 'bankrupt', 'insolvency', 'insolvent'],
	['unemployment', 'jobless', 'joblessness'],
	['economy', 'economic'],
	['acquisition', 'acquire', 'takeover', 'buyout', 'purchase', 'buy'],
	['shareholder', 'stockholder'],
	['forecast', 'outlook', 'predict', 'prediction'],
	['hire', 'recruit', 'recruitment'],
	['chairman', 'chairwoman', 'chairperson', 'chair'],
	['factory', 'plant', 'facility'],
	['walkout', 'stoppage'],
	['shortage', 'scarcity'],

	// Disasters and accidents.
	['explosion', 'explode', 'blast', 'detonation', 'detonate'],
	['fire', 'blaze', 'inferno', 'flame', 'wildfire', 'burn'],
	['injure', 'injury', 'hurt', 'wound'],
	['evacuate', 'evacuation', 'evacuee', 'flee', 'displace'],
	['hospital', 'hospitalize', 'hospitalise', 'clinic'],
	['firefighter', 'fireman', 'rescuer'],
	['earthquake', 'quake', 'tremor', 'temblor'],
	['flood', 'flooding', 'deluge', 'inundate', 'inundation'],
	['storm', 'hurricane', 'typhoon', 'cyclone'],
	['crash', 'collision', 'collide', 'wreck', 'accident'],
	['landslide', 'mudslide', 'landslip'],
	['destroy', 'destruction', 'devastate', 'devastation', 'raze'],
	['blackout', 'outage'],
	['missing', 'unaccounted'],

	// Environment and health.
	['pollution', 'pollute', 'pollutant', 'contamination', 'contaminate', 'contaminant'],
	['groundwater', 'aquifer'],
	['emission', 'emit'],
	['spill', 'leak'],
	['toxic', 'toxin', 'poison', 'poisonous'],
	['vaccine', 'vaccination', 'vaccinate', 'jab', 'inoculation', 'immunization', 'immunisation'],
	['disease', 'illness', 'sickness', 'ailment'],
	['outbreak', 'epidemic'],
	['doctor', 'physician'],
	['child', 'kid', 'youngster'],
	['student', 'pupil'],
	['vehicle', 'car', 'automobile'],
	['truck', 'lorry'],
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
	// A fire, a riot or an epidemic that broke out, ignited or erupted started; the verb forms only ("ignition sources" and
	// "a single spark" are no start).
	[/\bbr(?:eak|eaks|oke|oken|eaking) out\b|\b(?:ignited|sparked|erupted)\b/g, 'start'],
	// A company's head, not a minister or the government: keep "chief" and "executive" out of those sets.
	[/\bchief executive(?: officer)?s?\b|\bceos?\b/g, 'ceo'],

	// Courts. "set aside" overturns only a legal act ("set aside funds" is budgeting).
	[/\bstr(?:ike|ikes|iking|uck|icken) (?:\w+ ){0,3}?down\b/g, 'overturn'],
	[/\bthr(?:ow|ows|owing|ew|own) (?:\w+ ){0,3}?out\b/g, 'overturn'],
	[/\bset(?:s|ting)? aside(?= (?:(?:the|a|an|his|her|their|its|that|this|lower|court|jury|trial) )*(?:ruling|verdict|conviction|decision|judge?ments?|sentences?|orders?|elections?|results?|laws?|rules?|awards?|convictions|rulings|decisions)\b)/g, 'overturn'],
	[/\b(ruling|verdict|conviction|decision|judge?ment|sentence|order|award|result|election)(s?) (was|were|has been|had been|have been|is|are) set aside\b/g, '$1$2 $3 overturn'],
	[/\brul(?:e|es|ed|ing) (?:(?:it|that|this|them|him|her|any|anything) )?out\b/g, 'reject'],
	[/\bruling (party|coalition|class|elite|junta|family|bloc)\b/g, 'governing $1'],
	[/\b(?:plead(?:s|ed|ing)?|pled) not guilty\b/g, 'plead innocent'],
	[/\bnot guilty\b/g, 'acquit'],
	[/\bclear(?:ed|s|ing)?(?= of (?:all |the |any )?(?:charges?|wrongdoing|murder|manslaughter|counts?)\b)/g, 'acquit'],
	// The death penalty is its own term (as well as a penalty), so it does not meet every death.
	[/\bsentenc(e|ed|es|ing) (?:\w+ ){0,2}?to death\b/g, 'sentenc$1 deathpenalty'],
	[/\bdeath penalty\b|\bdeath row\b/g, 'deathpenalty penalty'],
	[/\bput (?:\w+ ){0,2}?to death\b/g, 'execution'],
	[/\battorneys? general\b/g, 'attorneygeneral'],
	[/\b(?:district|state|us\.?|crown|public) (?:attorneys?|prosecutors?)\b/g, 'prosecutor'],
	[/\bclinical trials?\b/g, 'clinicaltrial'],
	[/\bin charge of\b/g, 'head of'],
	[/\bbehind bars\b/g, 'prison'],

	// Police.
	[/\blaw enforcement(?: officers?| officials?| agents?| agenc(?:y|ies))?\b|\bpolice officers?\b/g, 'police'],
	[/\b(?:take|takes|took|taken|taking) (?:\w+ ){0,3}?into custody\b/g, 'arrest'],
	[/\blook(?:s|ed|ing)? into\b/g, 'investigate'],
	[/\bopen(?:s|ed|ing)? fire\b|\bgun(?:s|ned|ning)? down\b/g, 'shoot'],

	// Votes, politics.
	[/\bturn(?:s|ed|ing)? (?:\w+ ){0,3}?down\b/g, 'reject'],
	[/\bvot(?:e|es|ed|ing) (?:\w+ ){0,3}?down\b|\bvot(?:e|es|ed|ing) against\b/g, 'vote reject'],
	[/\bvot(?:e|es|ed|ing) (?:in favou?r of|for)\b/g, 'vote approve'],
	[/\b(?:go|goes|went|gone|going|head(?:s|ed|ing)?) to the polls\b|\bpolling (?:stations?|places?|booths?|day)\b/g, 'vote'],
	[/\bcall(?:s|ed|ing)? (?:\w+ ){0,3}?off\b/g, 'cancel'],
	[/\bcall(?:s|ed|ing)? for\b/g, 'demand'],
	[/\bcall(?:s|ed|ing)? on\b(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the phone)\b)/g, 'urge'],
	[/\bstep(?:s|ped|ping)? (?:down|aside)\b/g, 'resign'],
	[/\bback(?:ed|ing|ers?)\b(?! (?:down|off|away|out|up|into|onto)\b)/g, 'support'],
	[/\b(to|will|would|did|not|also|unanimously|overwhelmingly) backs?(?= (?:the|a|an|his|her|their|its|this|that|these|those)\b)/g, '$1 support'],
	[/\b(?:came|come|comes|coming) under fire\b/g, 'criticize'],
	[/\bcease[- ]?fires?\b/g, 'ceasefire'],
	[/\bpull(?:s|ed|ing)? (?:\w+ ){0,3}?out\b/g, 'withdraw'],
	[/\bimport (?:tax(?:es)?|dut(?:y|ies))\b|\bdut(?:y|ies) on imports\b/g, 'tariff'],

	// Deaths, disasters. A quake or storm that "hit" or "struck" a town is no attack: the verb says nothing more.
	[/\b((?:earth)?quakes?|tremors?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|floods?|floodwaters?|tsunamis?|wildfires?|blazes?|heat ?waves?|droughts?|disasters?|lightning|avalanches?|landslides?|mudslides?) (?:that |which |has |have |had )?(?:struck|strike|strikes|striking|hit|hits|hitting|slammed|slams|slamming)\b/g, '$1'],
	[/\b(?:hit|struck|slammed) by (?=(?:a |an |the )?(?:\w+ ){0,2}?(?:(?:earth)?quakes?|tremors?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|floods?|tsunamis?|wildfires?|heat ?waves?|droughts?|avalanches?|landslides?|mudslides?)\b)/g, ''],
	[/\bslam(?:s|med|ming)? into\b/g, 'crash into'],
	[/\bpass(?:es|ed|ing)? away\b/g, 'die'],
	[/\b(?:lost|lose|loses|losing) (?:their|his|her|its|our|\w+) lives?\b/g, 'die'],
	[/\bclaim(?:s|ed|ing)? (?:\S+ ){0,3}?lives\b/g, 'kill'],
	[/\bfire[- ]?fight(?:ers?|ing)\b|\b(?:fire|rescue|emergency) (?:crews?|teams?|workers?|services|personnel|brigades?|departments?|trucks?|engines?)\b|\b(?:first|emergency) responders?\b/g, 'firefighter'],
	[/\b(?:blew|blown|blow|blows|blowing) (?:\w+ ){0,2}?up\b/g, 'explode'],
	[/\bmedical (?:center|centre)s?\b/g, 'hospital'],
	[/\badmitted to (?:the |a )?hospital\b/g, 'hospitalize'],
	[/\bcav(?:e|es|ed|ing) in\b/g, 'collapse'],
	[/\bheat ?waves?\b/g, 'heatwave'],
	[/\bclimate change\b|\bglobal warming\b/g, 'climatechange'],
	[/\bpower (?:cuts?|outages?|failures?)\b/g, 'blackout'],

	// Jobs.
	[/\bjobs? (?:cuts?|losses)\b/g, 'layoff'],
	[/\bcut(?:s|ting)?(?= (?:\S+ ){0,3}?(?:jobs|positions|workers|staff|employees)\b)/g, 'layoff'],
	[/\b(?:laid|lay|lays|laying) (?:\S+ ){0,3}?off\b/g, 'layoff'],
	[/\b(?:go|goes|went|gone|going) on strike\b|\bon strike\b|\bgeneral strike\b|\bstrik(?:e|es|ing) workers\b/g, 'walkout'],
];

export const SYNONYM_WORDS = SYNONYM_SETS.flat();

const SYNONYM_OF = new Map<string, string>();
for (const set of SYNONYM_SETS) for (const word of set) if (!SYNONYM_OF.has(word)) SYNONYM_OF.set(word, set[0]!);

export function synonymOf(word: string): string | undefined {
	return SYNONYM_OF.get(word);
}
