// A small world gazetteer: countries (with demonyms and capitals), US states, Mexican states, major
// cities and regions. Names are folded; demonyms are kept apart because they are not place mentions.
import {canonicalAlias} from './aliases.ts';

// country|demonym[,demonym...]|capital
const COUNTRIES = `
afghanistan|afghan|kabul;albania|albanian|tirana;algeria|algerian|algiers;andorra|andorran|andorra la vella;
angola|angolan|luanda;argentina|argentine,argentinian|buenos aires;armenia|armenian|yerevan;australia|australian|canberra;
austria|austrian|vienna;azerbaijan|azerbaijani|baku;bahamas|bahamian|nassau;bahrain|bahraini|manama;
bangladesh|bangladeshi|dhaka;barbados|barbadian|bridgetown;belarus|belarusian|minsk;belgium|belgian|brussels;
belize|belizean|belmopan;benin|beninese|porto-novo;bhutan|bhutanese|thimphu;bolivia|bolivian|la paz,sucre;
bosnia|bosnian|sarajevo;botswana|botswanan|gaborone;brazil|brazilian|brasilia;brunei|bruneian|bandar seri begawan;
bulgaria|bulgarian|sofia;burkina faso|burkinabe|ouagadougou;burundi|burundian|gitega;cambodia|cambodian|phnom penh;
cameroon|cameroonian|yaounde;canada|canadian|ottawa;cape verde|cape verdean|praia;chad|chadian|n'djamena;
chile|chilean|santiago;china|chinese|beijing;colombia|colombian|bogota;comoros|comoran|moroni;
congo|congolese|brazzaville;dr congo||kinshasa;costa rica|costa rican|san jose;croatia|croatian|zagreb;cuba|cuban|havana;
cyprus|cypriot|nicosia;czechia|czech|prague;denmark|danish,dane|copenhagen;djibouti|djiboutian|djibouti;
dominican republic|dominican|santo domingo;ecuador|ecuadorian|quito;egypt|egyptian|cairo;el salvador|salvadoran,salvadorean|san salvador;
equatorial guinea|equatoguinean|malabo;eritrea|eritrean|asmara;estonia|estonian|tallinn;eswatini|swazi|mbabane;
ethiopia|ethiopian|addis ababa;fiji|fijian|suva;finland|finnish,finn|helsinki;france|french|paris;gabon|gabonese|libreville;
gambia|gambian|banjul;georgia|georgian|tbilisi;germany|german|berlin;ghana|ghanaian|accra;greece|greek|athens;
guatemala|guatemalan|guatemala city;guinea|guinean|conakry;guyana|guyanese|georgetown;haiti|haitian|port-au-prince;
honduras|honduran|tegucigalpa;hungary|hungarian|budapest;iceland|icelandic|reykjavik;india|indian|new delhi;
indonesia|indonesian|jakarta;iran|iranian|tehran;iraq|iraqi|baghdad;ireland|irish|dublin;israel|israeli|jerusalem;
italy|italian|rome;ivory coast|ivorian|yamoussoukro,abidjan;jamaica|jamaican|kingston;japan|japanese|tokyo;
jordan|jordanian|amman;kazakhstan|kazakh|astana;kenya|kenyan|nairobi;kosovo|kosovar|pristina;kuwait|kuwaiti|kuwait city;
kyrgyzstan|kyrgyz|bishkek;laos|lao,laotian|vientiane;latvia|latvian|riga;lebanon|lebanese|beirut;lesotho|basotho|maseru;
liberia|liberian|monrovia;libya|libyan|tripoli;liechtenstein|liechtensteiner|vaduz;lithuania|lithuanian|vilnius;
luxembourg|luxembourgish|luxembourg;madagascar|malagasy|antananarivo;malawi|malawian|lilongwe;malaysia|malaysian|kuala lumpur;
maldives|maldivian|male;mali|malian|bamako;malta|maltese|valletta;mauritania|mauritanian|nouakchott;mauritius|mauritian|port louis;
mexico|mexican|mexico city;moldova|moldovan|chisinau;monaco|monegasque|monaco;mongolia|mongolian|ulaanbaatar;
montenegro|montenegrin|podgorica;morocco|moroccan|rabat;mozambique|mozambican|maputo;myanmar|burmese|naypyidaw;
namibia|namibian|windhoek;nepal|nepali,nepalese|kathmandu;netherlands|dutch|amsterdam,the hague;new zealand|new zealander,kiwi|wellington;
nicaragua|nicaraguan|managua;niger|nigerien|niamey;nigeria|nigerian|abuja;north korea|north korean|pyongyang;
north macedonia|macedonian|skopje;norway|norwegian|oslo;oman|omani|muscat;pakistan|pakistani|islamabad;
palestine|palestinian|ramallah;panama|panamanian|panama city;papua new guinea|papua new guinean|port moresby;
paraguay|paraguayan|asuncion;peru|peruvian|lima;philippines|filipino,philippine|manila;poland|polish,pole|warsaw;
portugal|portuguese|lisbon;qatar|qatari|doha;romania|romanian|bucharest;russia|russian|moscow;rwanda|rwandan|kigali;
saudi arabia|saudi|riyadh;senegal|senegalese|dakar;serbia|serbian,serb|belgrade;sierra leone|sierra leonean|freetown;
singapore|singaporean|singapore;slovakia|slovak|bratislava;slovenia|slovenian,slovene|ljubljana;somalia|somali|mogadishu;
south africa|south african|pretoria,cape town;south korea|south korean|seoul;south sudan|south sudanese|juba;
spain|spanish,spaniard|madrid;sri lanka|sri lankan|colombo;sudan|sudanese|khartoum;suriname|surinamese|paramaribo;
sweden|swedish,swede|stockholm;switzerland|swiss|bern;syria|syrian|damascus;taiwan|taiwanese|taipei;
tajikistan|tajik|dushanbe;tanzania|tanzanian|dodoma;thailand|thai|bangkok;togo|togolese|lome;
trinidad and tobago|trinidadian|port of spain;tunisia|tunisian|tunis;turkey|turkish,turk|ankara;
turkmenistan|turkmen|ashgabat;uganda|ugandan|kampala;ukraine|ukrainian|kyiv,kiev;uae|emirati|abu dhabi;
uk|british,briton,english,scottish,welsh|london;us|american|washington,washington dc;uruguay|uruguayan|montevideo;
uzbekistan|uzbek|tashkent;venezuela|venezuelan|caracas;vietnam|vietnamese|hanoi;yemen|yemeni|sanaa;
zambia|zambian|lusaka;zimbabwe|zimbabwean|harare;vatican||vatican city;england||;scotland||edinburgh;wales||cardiff;
puerto rico|puerto rican|san juan;greenland|greenlandic|nuuk;hong kong||;palestinian territories||;gaza||;west bank||
`;

const US_STATES = `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma oregon
pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont virginia washington_state
west_virginia wisconsin wyoming`;

const MEXICAN_STATES = `aguascalientes baja_california baja_california_sur campeche chiapas chihuahua coahuila colima durango
guanajuato guerrero hidalgo jalisco michoacan morelos nayarit nuevo_leon oaxaca puebla queretaro quintana_roo
san_luis_potosi sinaloa sonora tabasco tamaulipas tlaxcala veracruz yucatan zacatecas`;

// States and provinces of other federations, by their full names ("Victoria" is left out: a given name too).
const PROVINCES = `new_south_wales queensland tasmania south_australia western_australia northern_territory ontario quebec
british_columbia alberta manitoba saskatchewan nova_scotia new_brunswick newfoundland prince_edward_island yukon
northern_ireland`;

const CITIES = `new_york los_angeles chicago houston phoenix philadelphia san_antonio san_diego dallas san_jose austin
jacksonville fort_worth columbus charlotte san_francisco indianapolis seattle denver boston el_paso nashville detroit
oklahoma_city portland las_vegas memphis louisville baltimore milwaukee albuquerque tucson fresno sacramento
atlanta miami oakland minneapolis tulsa cleveland new_orleans tampa pittsburgh cincinnati st_louis orlando
brownsville laredo mcallen nogales yuma
tijuana ciudad_juarez juarez guadalajara monterrey culiacan acapulco cancun mazatlan hermosillo mexicali matamoros
reynosa nuevo_laredo chihuahua_city puebla_city leon merida morelia veracruz_city toluca queretaro_city
toronto montreal vancouver calgary
sao_paulo rio_de_janeiro medellin cali cartagena guayaquil
manchester birmingham liverpool glasgow barcelona valencia seville milan naples turin munich hamburg frankfurt
cologne marseille lyon istanbul st_petersburg geneva zurich rotterdam antwerp
mumbai bombay kolkata chennai bangalore bengaluru karachi lahore shanghai guangzhou shenzhen hong_kong osaka
kyoto dubai jeddah tel_aviv ho_chi_minh_city sydney melbourne brisbane perth auckland lagos johannesburg durban
casablanca alexandria`;

const REGIONS = `latin_america south_america north_america central_america europe asia africa middle_east
caribbean pacific atlantic indian_ocean arctic antarctica mediterranean gulf_of_mexico gulf_of_america
persian_gulf red_sea black_sea baltic balkans scandinavia southeast_asia east_asia west_africa sahel
rio_grande silicon_valley wall_street`;

export const PLACES = new Map<string, string>(); // folded name -> key
export const DEMONYMS = new Map<string, string>(); // folded demonym (and plural) -> country key
/** Folded names of countries (and their aliases): a national prefix, unlike a state or a city ("U.S. Chemical Safety Board"). */
export const COUNTRY_NAMES = new Set<string>();

function addPlace(name: string, key?: string): void {
	const n = name.trim().replace(/_/g, ' ');
	if (n) PLACES.set(n, key ?? canonicalAlias(n) ?? n);
}

for (const entry of COUNTRIES.split(';')) {
	const [country, demonyms = '', capitals = ''] = entry.trim().split('|');
	if (!country) continue;
	addPlace(country);
	COUNTRY_NAMES.add(country);
	for (const d of demonyms.split(',')) {
		if (!d) continue;
		DEMONYMS.set(d, country);
		DEMONYMS.set(d.endsWith('s') || d.endsWith('sh') || d.endsWith('ese') ? d : `${d}s`, country);
	}
	for (const c of capitals.split(',')) if (c) addPlace(c);
}
for (const list of [US_STATES, MEXICAN_STATES, PROVINCES, CITIES, REGIONS]) for (const w of list.split(/\s+/)) addPlace(w);
PLACES.set('washington state', 'washington state');
// Aliases of countries and cities (usa, united states, britain, cdmx...) are places too.
for (const alias of ['us', 'usa', 'united states', 'united states of america', 'america', 'uk', 'united kingdom',
	'britain', 'great britain', 'united arab emirates', 'burma', 'holland', 'czech republic', 'drc',
	'democratic republic of the congo', 'soviet union', 'ussr', 'nyc', 'cdmx', 'washington dc', 'persia', 'turkiye']) {
	PLACES.set(alias, canonicalAlias(alias) ?? alias);
}
for (const country of ['us', 'usa', 'united states', 'united states of america', 'america', 'uk', 'united kingdom', 'britain',
	'great britain', 'united arab emirates', 'burma', 'holland', 'czech republic', 'drc', 'democratic republic of the congo']) {
	COUNTRY_NAMES.add(country);
}
/** Longest place name in tokens, for multi-word lookups ("San Antonio", "United States of America"). */
export const MAX_PLACE_WORDS = 5;

/**
 * US state abbreviations -> state key. AP style ("Calif.", "N.M.", "W.Va.") is read only with its dot;
 * postal codes ("CA", "NM") only in capitals. Both are read only where a state is expected: after a
 * place and a comma ("Fresno, Calif.", "SANTA FE, N.M. (AP) —"), or before the name of a state body.
 */
export const AP_STATES = new Map<string, string>();
export const POSTAL_STATES = new Map<string, string>();
for (const entry of `alabama:ala:al alaska::ak arizona:ariz:az arkansas:ark:ar california:calif,cal:ca colorado:colo:co
	connecticut:conn:ct delaware:del:de florida:fla:fl georgia:ga:ga hawaii::hi idaho::id illinois:ill:il indiana:ind:in iowa::ia
	kansas:kan,kans:ks kentucky:ky:ky louisiana:la:la maine::me maryland:md:md massachusetts:mass:ma michigan:mich:mi
	minnesota:minn:mn mississippi:miss:ms missouri:mo:mo montana:mont:mt nebraska:neb,nebr:ne nevada:nev:nv
	new_hampshire:nh:nh new_jersey:nj:nj new_mexico:nm:nm new_york:ny:ny north_carolina:nc:nc north_dakota:nd:nd ohio::oh
	oklahoma:okla:ok oregon:ore,oreg:or pennsylvania:pa,penn:pa rhode_island:ri:ri south_carolina:sc:sc south_dakota:sd:sd
	tennessee:tenn:tn texas:tex:tx utah::ut vermont:vt:vt virginia:va:va washington_state:wash:wa west_virginia:wva:wv
	wisconsin:wis,wisc:wi wyoming:wyo:wy`.split(/\s+/)) {
	const [state, ap, postal] = entry.split(':');
	const key = PLACES.get(state.replace(/_/g, ' '))!;
	for (const a of ap.split(',')) if (a) AP_STATES.set(a, key);
	POSTAL_STATES.set(postal, key);
}
