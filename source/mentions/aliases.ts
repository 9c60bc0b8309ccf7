// World aliases for places and organisations: every spelling -> one key. Keys and spellings are folded.
const GROUPS: Array<[string, string]> = [
	['us', 'us|usa|u s|u s a|united states|united states of america|america|the us|the usa|the united states|the states'],
	['uk', 'uk|u k|united kingdom|britain|great britain|the uk|the united kingdom|gb'],
	['un', 'un|united nations|the un|the united nations'],
	['eu', 'eu|european union|the eu|the european union'],
	['nato', 'nato|north atlantic treaty organization|north atlantic treaty organisation|otan'],
	['uae', 'uae|united arab emirates|emirates'],
	['russia', 'russia|russian federation'],
	['china', 'china|prc|peoples republic of china|people\'s republic of china|mainland china'],
	['taiwan', 'taiwan|republic of china|roc'],
	['south korea', 'south korea|republic of korea|rok'],
	['north korea', 'north korea|dprk|democratic people\'s republic of korea'],
	['dr congo', 'dr congo|drc|democratic republic of the congo|democratic republic of congo|congo-kinshasa'],
	['czechia', 'czechia|czech republic'],
	['ivory coast', 'ivory coast|cote d\'ivoire|cote divoire'],
	['myanmar', 'myanmar|burma'],
	['netherlands', 'netherlands|the netherlands|holland'],
	['turkey', 'turkey|turkiye'],
	['iran', 'iran|persia|islamic republic of iran'],
	['vatican', 'vatican|vatican city|holy see'],
	['mexico', 'mexico|united mexican states|mejico'],
	['mexico city', 'mexico city|cdmx|ciudad de mexico'],
	['new york', 'new york|nyc|new york city'],
	['los angeles', 'los angeles|la'],
	['washington dc', 'washington dc|washington d c|district of columbia|dc|d c'],
	['ussr', 'ussr|soviet union|the soviet union'],
	['fbi', 'fbi|federal bureau of investigation'],
	['cia', 'cia|central intelligence agency'],
	['dea', 'dea|drug enforcement administration|drug enforcement agency|us drug enforcement administration'],
	['department of justice', 'doj|department of justice|justice department|us justice department|us department of justice'],
	['department of homeland security', 'dhs|department of homeland security|homeland security department'],
	['department of state', 'department of state|state department|us state department'],
	['department of defense', 'dod|department of defense|defense department|pentagon|the pentagon|department of war|war department'],
	['department of the treasury', 'treasury department|department of the treasury|us treasury|the treasury'],
	['ice', 'ice|immigration and customs enforcement|us immigration and customs enforcement'],
	['cbp', 'cbp|customs and border protection|us customs and border protection'],
	['atf', 'atf|bureau of alcohol tobacco firearms and explosives'],
	['who', 'who|world health organization|world health organisation'],
	['imf', 'imf|international monetary fund'],
	['wto', 'wto|world trade organization|world trade organisation'],
	['icc', 'icc|international criminal court'],
	['icj', 'icj|international court of justice'],
	['opec', 'opec|organization of the petroleum exporting countries'],
	['interpol', 'interpol|international criminal police organization'],
	['ap', 'ap|associated press|the associated press'],
	['reuters', 'reuters|thomson reuters'],
	['red cross', 'red cross|the red cross|american red cross|international committee of the red cross|icrc'],
	['red crescent', 'red crescent|red crescent society'],
	['amnesty international', 'amnesty international|amnesty'],
	['human rights watch', 'human rights watch|hrw'],
	['doctors without borders', 'doctors without borders|medecins sans frontieres|msf'],
	['house of representatives', 'house of representatives|us house of representatives|us house'],
	['house of commons', 'house of commons'],
	['house of lords', 'house of lords'],
	['afp', 'afp|agence france-presse|agence france presse'],
	['white house', 'white house|the white house'],
	['supreme court', 'supreme court|us supreme court|the supreme court'],
	['congress', 'congress|us congress'],
];

const ALIASES = new Map<string, string>();
for (const [key, spellings] of GROUPS) for (const s of spellings.split('|')) ALIASES.set(s, key);

/** The key of a name spelled exactly as in the alias table ("immigration and customs enforcement" -> "ice"), no rewriting. */
export function listedAlias(folded: string): string | undefined {
	return ALIASES.get(folded) ?? (folded.startsWith('the ') ? ALIASES.get(folded.slice(4)) : undefined);
}

/** "Justice Department" -> "department of justice"; "Interior Ministry" -> "ministry of interior". */
const HEAD_FIRST = /^(.+?) (department|ministry|secretariat)$/;

/** The canonical key for a folded place or organisation name, when it has a known alias. */
export function canonicalAlias(folded: string): string | undefined {
	const direct = ALIASES.get(folded);
	if (direct) return direct;
	const bare = folded.startsWith('the ') ? folded.slice(4) : folded;
	const hit = ALIASES.get(bare);
	if (hit) return hit;
	const m = HEAD_FIRST.exec(bare);
	if (m && !m[1].includes(' of ')) return `${m[2]} of ${m[1].replace(/^(?:us|uk|the) /, '')}`;
	const of = /^(department|ministry|secretariat) of (?:the )?(.+)$/.exec(bare);
	if (of && bare !== folded) return `${of[1]} of ${of[2]}`;
	return undefined;
}
