// Small general lexicons (no story-specific names): function words, titles, given names,
// organisation heads, months and weekdays. Places live in places.ts.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Words that end a counted-noun run after a figure ("37 of the", "seven were"). */
export const NOUN_STOP = set(`
	a an the of in on at to from for with by as than into onto over under about after before since until during
	and or but nor so yet if then that which who whom whose what when where why how this these those there here
	is are was were be been being am has have had do does did will would shall should can could may might must
	it its they them their he him his she her we us our you your i me my not no more most less least each per
	such other another some any all both either neither every only also just still even very too again ago
	said says say told tells added according including while although though because whereas
	percent pct cent per
	january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday
	last next this year years month months week weeks day days
	within without across through throughout toward towards against among amid amidst beyond via upon aboard
	along around behind below beneath beside besides near off out up down inside outside others
`);

/** Honorifics and titles that precede a person's name; kept out of the name span. Folded, may be multi-word. */
export const TITLES = set(`
	mr mrs ms miss mx dr prof sir dame lord lady rev fr sr sra srta don dona herr frau mme mlle
	president vice-president vp premier chancellor minister secretary senator sen rep representative congressman
	congresswoman governor gov mayor judge justice chief director commissioner ambassador attorney general gen
	col lt capt sgt maj adm admiral colonel lieutenant captain sergeant major commander officer detective inspector
	sheriff marshal superintendent councilman councilwoman councillor councilor councilmember alderman alderwoman
	selectman assemblyman assemblywoman prosecutor spokesman spokeswoman spokesperson king queen prince princess emperor pope cardinal bishop
	archbishop rabbi imam sheikh ayatollah pastor father sister brother dean professor chairman chairwoman chair
	executive ceo cfo cto founder leader boss kingpin drug-lord lord druglord trafficker deputy undersecretary
	assistant acting former late prime foreign interior defense defence security justice finance health
	state homeland public head envoy czar tsar attorney-general secretary-general director-general
	mrs. mr. ms. dr.
`);

/** Title words that only modify another title ("Security" in "Security Secretary"); never a title alone mid-name. */
export const TITLE_MODIFIERS = set(`
	assistant acting former late prime foreign interior defense defence security justice finance health state
	homeland public head deputy general attorney vice
`);

/** Capitalised words that open sentences or headlines but are never names by themselves. */
export const COMMON_CAPS = set(`
	a an the this that these those there here it its they their he his she her we our you your i my
	in on at to from for with by as of into after before since until during while when where why how what who
	which whose if but and or nor so yet also still however meanwhile moreover furthermore instead although though
	because despite amid among between about above below under over according earlier later last next today
	yesterday tomorrow now then thus hence no not yes some many most all both each every other such more
	read watch listen see subscribe share follow click sign support donate advertisement ad photo video image
	breaking update updated published posted exclusive opinion analysis editorial live
	mexican american mexicans americans
`);

/** Verbs of saying: "X said", "said X". */
export const SPEECH_VERBS = set(`
	said says told tells added adds stated states noted notes explained explains wrote writes announced announces
	confirmed confirms argued argues insisted insists warned warns declared declares claimed claims asked asks
	replied replies tweeted posted acknowledged acknowledges denied denies stressed stresses emphasized emphasised
	recalled recalls admitted admits urged urges
`);

/** Head words that make a capitalised span an organisation ("Justice Department", "Sinaloa Cartel"). */
export const ORG_HEADS = set(`
	department ministry ministries agency agencies administration cartel cartels gang guard party court courts government
	news inc incorporated corp corporation co company ltd llc plc group bureau office council commission committee
	force forces army navy marines police service services university college institute institution association
	union bank times post journal press network foundation senate congress parliament assembly organization
	organisation front movement coalition alliance authority board reuters tribune herald gazette daily
	television tv radio channel broadcasting federation league fund church ministerio secretaria
	prosecutor's prosecutors patrol command cabinet intelligence unit squad brigade guards commandos
	fbi cia dea atf nsa ice cbp dhs doj dod un nato eu who imf opec interpol afp ap upi bbc cnn
	division center centre centers centres hospital clinic school schools academy church cathedral mosque synagogue
	museum library society program programme corps directorate chamber trust club utilities plastics paints metals textiles
	electronics logistics
	industries coatings chemicals pharmaceuticals technologies systems motors airlines airways bancorp holdings
	partners enterprises manufacturing foods brands laboratories minerals mining resources petroleum materials
`);

/**
 * Heads that end a company name ("Brightwell Coatings", "Acme Holdings", "Ford Motor Co."). The words
 * before them are the brand, which the story may use alone ("Brightwell said").
 */
export const COMPANY_HEADS = set(`
	inc incorporated corp corporation co company ltd llc plc lp llp gmbh ag group holdings industries coatings
	chemicals pharmaceuticals technologies systems motors airlines airways bank bancorp partners enterprises
	manufacturing foods brands laboratories utilities plastics paints metals textiles electronics logistics
	minerals mining resources petroleum materials
`);

/** All-caps labels that open a line or a story ("BREAKING:", "UPDATE, 7:30 a.m.:"): never names. */
export const LABELS = set(`
	breaking update updated updates live exclusive watch analysis opinion editorial developing urgent alert
	correction clarification factbox explainer video photo photos gallery read listen more new just sponsored
	advertisement ad editor note warning
`);

/** All-caps words that are not organisations: titles, time zones, everyday abbreviations. */
export const PLAIN_ACRONYMS = set(`
	ceo cfo coo cto cmo vp svp evp md mp pm am tv gdp covid dna rna hiv aids ev evs suv atm ok usb pdf faq diy ai id
	ip pc edt est pdt pst cdt cst mdt mst akst hst gmt utc bst cet cest ist jst aest rip aka asap fyi nb ps vs etc
	mph kph kmh km kg lb lbs mg ml hr ft sq mw gw kw kwh
`);

/** Last words of place names that are not in the gazetteer ("Foundry Road", "Mill Creek", "Hamlin County"). */
export const PLACE_HEADS = set(`
	road street avenue boulevard lane drive highway freeway parkway expressway turnpike creek river lake bay island
	islands mountain mountains valley canyon county township parish borough neighborhood neighbourhood harbor harbour
	beach heights springs falls hills square plaza
`);

/** Lower-case nouns after a name that make it a place: "the Millbrook neighborhood", "Hamlin county". */
export const LOWER_PLACE_HEADS = set('neighborhood neighbourhood district suburb township village county borough area region province zone');

/** Lower-case words before a name that make it a person: "his sister, Renee Webb", "resident Gloria Pitts". */
export const PERSON_ROLES = set(`
	wife husband son daughter mother father sister brother cousin uncle aunt niece nephew grandmother grandfather
	grandson granddaughter widow widower fiance fiancee girlfriend boyfriend neighbor neighbour friend colleague
	coworker co-worker resident victim survivor witness employee supervisor manager owner lawyer analyst economist
	expert researcher scientist doctor nurse teacher student coach
`);

/** Everyday nouns that combine with a title into a title phrase with no name: "Fire Marshal", "Police Chief". */
export const OFFICE_WORDS = set('fire police battalion county city state district school board medical health court fleet tax staff press');

/** Honorifics: with one, a title-like word after them is a surname ("Mr. King"). */
export const HONORIFICS = set('mr mrs ms miss mx dr prof sir dame lord lady rev fr sr sra srta don dona herr frau mme mlle');

/** Lower-case heads that attach to a preceding capitalised name: "Sinaloa cartel", "Trump administration". */
export const LOWER_ORG_HEADS = set('cartel cartels gang government administration army navy police party');

/** Joiners allowed inside a multi-word name. */
export const NAME_PARTICLES = set('de del della der di da das do dos du la le van von bin ben al el ibn y zu ter');
/** Joiners allowed inside organisation or place names ("Department of Justice", "Gulf of Mexico"). */
export const ORG_JOINERS = set('of for on and');

/** Common given names across languages (lower-case, diacritics folded). */
export const GIVEN_NAMES = set(`
	james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
	donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
	nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
	jack dennis jerry tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith
	roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce
	willie gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley
	mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
	kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
	amy shirley angela helen anna brenda pamela pam nicole emma samantha katherine christine debra rachel catherine
	carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn
	judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
	madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany
	natalie isabella charlotte rose alexis kayla kamala hillary marco rubio kristi tulsi hakeem nancy chuck mitch
	jose luis carlos jorge manuel francisco antonio jesus javier miguel pedro alejandro fernando ricardo rafael
	roberto eduardo sergio andres raul enrique mario oscar arturo alberto hector gustavo salvador ramon rodrigo
	ignacio joaquin ismael ovidio omar marcelo andres felipe vicente emilio guillermo hugo ivan julio cesar adrian
	alfredo alfonso armando ernesto gerardo gilberto jaime octavio ruben santiago diego pablo martin tomas victor
	agustin nicolas lorenzo mateo gael leonardo emiliano sebastian ximena valentina camila lucia sofia daniela
	mariana gabriela guadalupe lupita rosa carmen josefina margarita veronica claudia adriana alejandra leticia
	beatriz patricia norma silvia elena isabel luz estela irma yolanda consuelo dolores pilar rocio marisol
	xochitl ana luisa fernanda paola karla monica araceli griselda rosario marcela ofelia
	jean pierre jacques michel francois emmanuel nicolas philippe alain bernard christophe olivier laurent
	thierry marine sophie camille manon chloe lea celine nathalie isabelle sylvie brigitte segolene
	hans klaus jurgen wolfgang helmut gerhard friedrich karl heinz dieter uwe angela olaf frank-walter ursula
	annalena markus stefan andreas matthias thomas
	giuseppe giovanni francesco mario luigi paolo matteo giorgia silvio sergio mattia alessandro lorenzo
	vladimir dmitry sergei sergey alexei alexey nikolai ivan mikhail boris yuri igor oleg andrei volodymyr
	viktor petro yulia olena natalia svetlana tatiana olga irina anastasia maria
	mohammed muhammad mohammad ahmed ahmad ali hassan hussein omar khalid abdul abdullah ibrahim yusuf mustafa
	mahmoud recep benjamin yair naftali isaac moshe david ehud ariel golda bashar hosni anwar abdel
	xi li wang zhang liu chen yang huang zhao wu zhou narendra rahul indira sonia shinzo fumio yoshihide kim
	moon yoon lee park shigeru
	jair luiz inacio lula dilma javier cristina mauricio nicolas hugo evo gustavo gabriel dina daniel
	keir rishi boris theresa liz tony gordon david justin stephen pierre jacinda scott anthony chris
	joe kamala barack michelle hunter melania ivanka jared jd mike pete kash tom marco ron nikki vivek
	elon jeff mark bill steve warren tim sundar satya
	jane kate katie jim jimmy bob dave dan danny ben sam alex nick matt jon liz beth jen jenny sue tina ted ken
	rob josh andy tony greg doug phil ray rick mike chris kim amy lucy ellen joanne kathy cathy debbie becky
`);

export const MONTHS: Record<string, number> = {
	january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
	november: 11, december: 12,
	jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
	enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10,
	noviembre: 11, diciembre: 12,
};
export const FULL_MONTHS = set('january february march april may june july august september october november december');

export const WEEKDAYS: Record<string, number> = {
	sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
/** Weekday abbreviations, read only right next to a full date ("Tue., Jan. 21, 2026"), never on their own. */
export const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
	sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * First words of place names ("Santa Inés", "Sierra Alta", "Mount Hood", "St. Cloud", "Puerto Peñasco"):
 * a name of 2+ words opening with one is a place unless a person cue says otherwise ("Santa Ana said").
 * Left out: "Glen" and "Rio" ("Glen Powell", "Rio Tinto" are a person and a company far more often) and
 * "Los"/"Las"/"El"/"La", which open as many gangs and bands as places ("Los Zetas", "La Familia").
 */
export const PLACE_ELEMENTS = set(`
	santa santo san sierra lake mount mt fort ft port saint st ste cape bay point isla puerto punta
	ciudad cerro laguna lago bahia
`);

/** Nouns of named works and sites: "the Sierra Alta copper mine", "the Keystone pipeline", "the Ford plant". */
export const FACILITY_NOUNS = set('mine mines plant project pipeline dam refinery factory smelter reactor facility mill');

/** Lower-case words between a name and its facility noun: "copper mine", "open-pit gold mine", "nuclear power plant". */
export const FACILITY_MODIFIERS = set(`
	copper gold silver coal iron nickel zinc lead uranium lithium potash rare-earth oil gas natural nuclear power solar
	wind hydroelectric hydro water wastewater treatment processing chemical steel paper pulp cement auto car battery
	chip assembly bottling meatpacking textile mining underground open-pit proposed planned new old former
`);

/** Heads of an apposition that say a name is a place: "Santa Inés, a farming village in ...". */
export const APPOSITION_PLACES = set(`
	village town city hamlet county state province region district neighborhood neighbourhood suburb municipality
	capital island valley area settlement port borough township parish country nation community
`);

/** Heads of an apposition that say a name is an organisation: "Halvorsen Minerals, a mining company". */
export const APPOSITION_ORGS = set(`
	company firm group organization organisation agency nonprofit non-profit corporation business developer
	manufacturer producer operator miner retailer utility charity coalition alliance association union network
	outlet newspaper publisher startup start-up subsidiary conglomerate bank insurer automaker airline chain cooperative
`);
