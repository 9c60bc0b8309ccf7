import {test} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {splitSource} from '../source/split/index.ts';
import {classifyUnits} from '../source/classify/index.ts';
import type {Source, SourceFormat, Unit} from '../source/model.ts';
import {moduleUrl, runGuarded} from './helpers/guarded.ts';

const root = path.resolve(import.meta.dirname, '..');

function sourceOf(text: string, id = 's1', format: SourceFormat = 'text', headings?: number[]): Source {
	return {id, path: `${id}.txt`, label: id, title: '', text, format, ...(headings ? {headings} : {})};
}

function classify(text: string, format: SourceFormat = 'text', headings?: number[]): Unit[] {
	const source = sourceOf(text, 's1', format, headings);
	return classifyUnits([source], splitSource(source));
}

/** "kind reason: text" for every unit, for readable assertions. */
function verdicts(units: Unit[]): string[] {
	return units.map(u => (u.kind === 'claim' ? `claim: ${u.text}` : `${u.kind} ${u.reason}: ${u.text}`));
}

function edge(name: string, format: SourceFormat = 'text'): Unit[] {
	return classify(fs.readFileSync(path.join(root, 'fixtures/edge', name), 'utf8'), format);
}

const claims = (units: Unit[]) => units.filter(u => u.kind === 'claim').map(u => u.text);

// ---------------------------------------------------------------- the demo story

function demoUnits(): Map<string, Unit[]> {
	const dir = path.join(root, 'fixtures/demo');
	const files = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort();
	const sources = files.map((file, i) => sourceOf(fs.readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, ''), `s${i + 1}`));
	const units = classifyUnits(sources, sources.flatMap(s => splitSource(s)));
	return new Map(files.map((file, i) => [file, units.filter(u => u.source === `s${i + 1}`)]));
}

/** Junk read off the five demo articles by hand: [kind, start of the unit's text]. */
const DEMO_NON_CLAIMS: Record<string, Array<[Unit['kind'], string]>> = {
	'1-afp.txt': [
		['heading', 'Mexico hands over dozens more suspected cartel members to the US'],
		['boilerplate', 'Mexican President Claudia Sheinbaum recently ruled out a US troop deployment'], // caption + © credit
		['boilerplate', "Mexico Mexico's Claudia Sheinbaum defends vital trade deal"],
		['boilerplate', 'Ad'],
		['boilerplate', 'Mexico continues to transfer alleged drug traffickers to the US'],
		['boilerplate', 'More on Mexico:'],
	],
	'2-voz.txt': [
		['boilerplate', 'Voz media US Voz.us'],
		['heading', 'Mexico hands over 37 members of criminal organizations to the U.S.'],
		['boilerplate', 'Mexican National Guard agents in an operation.'],
		['boilerplate', 'Mexican National Guard agents in an operation.AFP.'],
		['boilerplate', 'Williams Perdomo'],
		['boilerplate', 'Published by'],
		['boilerplate', '">'],
		['heading', 'Renewed pressure from Trump'],
		['heading', "Trump's call with Sheinbaum"],
		['boilerplate', 'tracking'],
	],
	'3-explainer.txt': [
		['boilerplate', '“`html'],
		['heading', 'Mexico Extradites Suspected cartel Members to U.S. Amidst Security Discussions'],
		['heading', 'Escalating Security Cooperation'],
		['heading', 'Recent Extraditions and Notable Cases'],
		['heading', 'Mexico’s Security Strategy and results'],
		['heading', 'Trump’s Stance and Regional Implications'],
		['heading', 'Logistical Details of the Extradition'],
		['boilerplate', 'This logistical operation underscores'],
	],
	'4-rewrite.txt': [],
	'5-independent.txt': [
		['boilerplate', 'The move comes amid growing pressure from the Trump administration to tackle drug trafficking and criminal networks ( AP )'],
		// Line 1 (date + donation appeal) is checked as a whole below.
	],
};

/** Real claims that look like junk in some way (short, lower-case start, quotes, ledes, last lines). */
const DEMO_TRICKY_CLAIMS: Record<string, string[]> = {
	'1-afp.txt': [
		'Mexico City, Mexico - Mexico said Tuesday', // lede: one-sentence paragraph
		"It did not state the suspected criminals' nationalities.",
		'The announcement came just over a week after President Claudia Sheinbaum discussed security with Trump and told him', // quote
		'Among those handed over was Pedro Inzunza Noriega',
		'In February 2025, Mexico handed over another group of 29', // last claim before "More on"
	],
	'2-voz.txt': [
		"This is Mexico's third such rendition since 2025", // standfirst under the title
		'The Government of Mexico announced Tuesday',
		'"The action was executed in accordance with the National Security Law',
		'The official added that at the request of the U.S. Justice Department, "a commitment',
		'Sheinbaum has said her government has been successful', // last claim before "tracking"
	],
	'3-explainer.txt': [
		'Mexico has continued its increased cooperation',
		'According to Mexican Public Security Secretary Omar Garcia Harfuch',
		'This latest handover builds on previous actions taken by the Sheinbaum management.',
		'In February 2025, Mexico extradited 29 individuals',
		'the 37 suspects were transported to various locations', // lower-case start
		'Authorities have also reported the seizure of hundreds of tons of illicit drugs.',
	],
	'4-rewrite.txt': [
		'In a significant bilateral security operation', // lede without any title
		'U.S. Attorney General Pam Bondi stated formally that ‘these 37 cartel members',
		'The extradition program unfolds against a broader geopolitical backdrop',
	],
	'5-independent.txt': [
		'Mexico has sent 37 alleged drug cartel members to the United States', // lede right after the appeal
		'Mexican Security Minister Omar García Harfuch confirmed the transfers',
		'Turning his attention to Mexico shortly after the Venezuela attack, Trump said in an interview with Fox News: “We’ve',
		'In August, a second round saw 26 Mexican cartel figures sent to the U.S.',
		'Another transfer of prisoners to the U.S. had been rumored for weeks.',
		'Mexico has sought to assure the Trump administration',
	],
};

/** Sensible claim counts per demo article: a few sentences either way if the splitter changes. */
const DEMO_CLAIM_RANGE: Record<string, [number, number]> = {
	'1-afp.txt': [11, 14],
	'2-voz.txt': [15, 18],
	'3-explainer.txt': [16, 19],
	'4-rewrite.txt': [13, 14],
	'5-independent.txt': [15, 18],
};

test('demo story: every junk line is set aside, with the expected kind', () => {
	for (const [file, units] of demoUnits()) {
		for (const [kind, start] of DEMO_NON_CLAIMS[file]!) {
			const matching = units.filter(u => u.text.startsWith(start));
			assert.ok(matching.length > 0, `${file}: no unit starts with ${JSON.stringify(start)}`);
			for (const unit of matching) assert.equal(unit.kind, kind, `${file}: ${JSON.stringify(unit.text)} (${unit.reason})`);
		}
	}
	const appeal = demoUnits().get('5-independent.txt')!.filter(u => u.line === 1);
	assert.ok(appeal.length >= 2);
	for (const unit of appeal) assert.equal(unit.kind, 'boilerplate', `appeal sentence kept: ${unit.text}`);
	assert.ok(appeal.some(u => u.reason === 'donation appeal'));
});

test('demo story: nothing outside the junk list is set aside (no claim lost)', () => {
	for (const [file, units] of demoUnits()) {
		const junk = DEMO_NON_CLAIMS[file]!.map(([, start]) => start);
		for (const unit of units) {
			if (unit.kind === 'claim') continue;
			if (file === '5-independent.txt' && unit.line === 1) continue;
			assert.ok(junk.some(start => unit.text.startsWith(start)), `${file}: ${unit.kind} ${unit.reason}: ${JSON.stringify(unit.text)}`);
		}
	}
});

test('demo story: claims that resemble junk stay claims', () => {
	for (const [file, units] of demoUnits()) {
		for (const start of DEMO_TRICKY_CLAIMS[file]!) {
			const unit = units.find(u => u.text.startsWith(start));
			assert.ok(unit, `${file}: no unit starts with ${JSON.stringify(start)}`);
			assert.equal(unit.kind, 'claim', `${file}: ${JSON.stringify(unit.text)} was set aside as ${unit.reason}`);
		}
	}
});

test('demo story: claim counts per article are in a sensible range, titles found', () => {
	for (const [file, units] of demoUnits()) {
		const count = units.filter(u => u.kind === 'claim').length;
		const [low, high] = DEMO_CLAIM_RANGE[file]!;
		assert.ok(count >= low && count <= high, `${file}: ${count} claims, expected ${low}-${high}`);
		const titles = units.filter(u => u.reason === 'title');
		assert.equal(titles.length, file === '4-rewrite.txt' || file === '5-independent.txt' ? 0 : 1, file);
	}
});

// ---------------------------------------------------------------- synthetic articles (fixtures/edge)

test('an article without junk keeps every unit as a claim, lower-case start and short ones included', () => {
	const units = edge('classify-clean.txt');
	assert.equal(units.length, 7);
	assert.deepEqual(verdicts(units).filter(v => !v.startsWith('claim: ')), []);
});

test('an article of one-sentence paragraphs: only the unpunctuated first line becomes the title', () => {
	const units = edge('classify-single-sentences.txt');
	assert.deepEqual(
		units.map(u => u.kind),
		['heading', 'claim', 'claim', 'claim', 'claim', 'claim'],
	);
	assert.equal(units[0]!.reason, 'title');
});

test('subscription box, byline, dateline, "Photo: Getty Images" caption, advert and related link go; quoted appeal stays', () => {
	assert.deepEqual(verdicts(edge('classify-subscription.txt')), [
		'heading title: Flood Waters Force Thousands From Homes in River Valley',
		'boilerplate byline: By Jane Doe and Tom Roe',
		'boilerplate dateline: Published: March 3, 2024 10:15 GMT',
		'claim: Heavy rain pushed the river over its banks on Sunday, forcing about 4,000 residents to leave their homes, regional officials said.',
		'boilerplate caption: Firefighters battle the blaze near the highway.',
		'boilerplate photo credit: Photo: Getty Images',
		'claim: Emergency crews rescued 12 people from rooftops overnight.',
		'boilerplate advertisement: Advertisement',
		'boilerplate related link: Related: Storm season brings record rainfall to the northern provinces',
		'claim: “We need your support and your patience,” the mayor told residents at a shelter on Monday.',
		'claim: She said the city would reopen schools within a week.',
		'boilerplate newsletter: Get the morning briefing.',
		'boilerplate newsletter: Sign up for our free newsletter and never miss a story.',
		'boilerplate newsletter: We send it every weekday, and you can unsubscribe at any time.',
		"claim: Streaming subscriptions at the local utility's online service rose 4% during the outage, the company said.",
		'heading subheading: Damage estimates',
		'claim: Insurers put early losses at $120 million.',
	]);
});

test('Markdown: # headings, **By** byline, _Photo:_ credit and code fences', () => {
	assert.deepEqual(verdicts(edge('classify-markdown.txt', 'markdown')), [
		'heading title: # Port Strike Enters Second Week',
		'boilerplate byline: **By Ana Lima**',
		'boilerplate photo credit: _Photo: Reuters_',
		"claim: Dock workers at the country's largest port extended their strike on Monday, leaving hundreds of container ships waiting offshore.",
		'heading subheading: ## What the union wants',
		'claim: The union is seeking a 15% pay rise over two years.',
		'boilerplate code fence: ```html',
		'boilerplate markup residue: <div class="promo">',
		'boilerplate code fence: ```',
		'claim: Talks with employers are due to resume on Wednesday.',
	]);
});

test('wire story: AP Photo caption, separator, contributor note and copyright go; unpunctuated quote and list item stay', () => {
	assert.deepEqual(verdicts(edge('classify-wire.txt')), [
		'heading title: Lawmakers reach deal to avert shutdown',
		'claim: WASHINGTON (AP) — Congressional leaders reached an agreement Sunday on a stopgap spending bill that would keep the government open through mid-December.',
		'boilerplate caption: House Speaker Ann Miller speaks to reporters at the Capitol, Nov. 14, 2023.',
		'boilerplate photo credit: (AP Photo/J. Scott Doe)',
		'claim: The deal still needs votes in both chambers.',
		"claim: “We're not going to shut down the government,” Miller told reporters",
		'claim: • Both chambers must vote by Friday',
		'boilerplate markup residue: ___',
		'boilerplate byline: Associated Press writer Lisa Roe contributed to this report.',
		'boilerplate copyright notice: Copyright 2023 The Associated Press.',
		'boilerplate copyright notice: All rights reserved.',
		'boilerplate copyright notice: This material may not be published, broadcast, rewritten or redistributed without permission.',
	]);
});

test('labelled image source and caption, topic tags under "Related Topics"', () => {
	assert.deepEqual(edge('classify-topics.txt').map(u => u.reason ?? 'claim'), [
		'photo credit',
		'caption',
		'claim',
		'claim',
		'read more',
		'related link',
		'related link',
		'read more',
	]);
});

test('a sentence cut off at the end of the text is a truncated fragment', () => {
	const units = edge('classify-truncated.txt');
	const last = units[units.length - 1]!;
	assert.equal(last.text, 'The decision was');
	assert.equal(last.reason, 'truncated fragment');
	assert.equal(units[units.length - 2]!.kind, 'claim');
});

// ---------------------------------------------------------------- single rules, inline

test('a long last line that only lacks its period stays a claim', () => {
	const units = classify('Port Reopens\n\nThe port reopened on Monday after a week of repairs.\n\nShipping companies said traffic would return to normal levels by the end of the month');
	assert.equal(units[units.length - 1]!.kind, 'claim');
});

test('a one-sentence lede ending with a period is a claim, not a title', () => {
	const units = classify('Officials confirmed on Monday that the bridge will close for repairs.\n\nThe closure is expected to last three weeks.');
	assert.deepEqual(units.map(u => u.kind), ['claim', 'claim']);
});

test('a headline ending in an initialism is a title; a long sentence ending in one is not', () => {
	const short = classify('Canada sends 12 firefighters to the U.S.\n\nThe crews left on Sunday.');
	assert.equal(short[0]!.reason, 'title');
	const long = classify('Canada sent twelve experienced firefighters and four water bombers on Sunday to help contain the blazes in the U.S.\n\nThe crews left on Sunday.');
	assert.equal(long[0]!.kind, 'claim');
});

test('subheadings vs related-story headlines in the body', () => {
	const units = classify(
		[
			'Vaccine Drive Expands',
			'',
			'Clinics vaccinated 20,000 people on the first day.',
			'',
			'Ad',
			'',
			'Health ministry warns of rising cases among children in northern schools',
			'',
			'Ad',
			'',
			'Supply problems',
			'',
			'Two clinics ran out of doses by noon.',
			'',
			'Neighbouring country reports first cases of new variant after months of calm',
			'',
			'Officials expect more deliveries next week.',
		].join('\n'),
	);
	assert.deepEqual(verdicts(units), [
		'heading title: Vaccine Drive Expands',
		'claim: Clinics vaccinated 20,000 people on the first day.',
		'boilerplate advertisement: Ad',
		'boilerplate related link: Health ministry warns of rising cases among children in northern schools',
		'boilerplate advertisement: Ad',
		'heading subheading: Supply problems',
		'claim: Two clinics ran out of doses by noon.',
		'boilerplate related link: Neighbouring country reports first cases of new variant after months of calm',
		'claim: Officials expect more deliveries next week.',
	]);
});

test('a standfirst without a period right under the title stays a claim', () => {
	const units = classify('Rail Strike Called Off\nUnions said the deal meets their main demands on pay and hours\nTrains will run normally from Monday.');
	assert.deepEqual(units.map(u => u.kind), ['heading', 'claim', 'claim']);
});

test('a repeated caption with an agency glued on goes; a repeated sentence is kept once', () => {
	const units = classify(
		[
			'Protesters gather outside parliament.',
			'Protesters gather outside parliament.Reuters.',
			'Thousands marched through the capital on Saturday.',
			'Police said the march was peaceful.',
			'Police said the march was peaceful.',
		].join('\n\n'),
	);
	const captions = units.filter(u => u.line <= 3);
	assert.ok(captions.every(u => u.reason === 'caption' || u.reason === 'photo credit'), verdicts(captions).join('\n'));
	assert.ok(captions.filter(u => u.reason === 'caption').length >= 2);
	assert.deepEqual(verdicts(units.filter(u => u.line > 3)), [
		'claim: Thousands marched through the capital on Saturday.',
		'claim: Police said the march was peaceful.',
		'boilerplate duplicate line: Police said the march was peaceful.',
	]);
});

test('credits attached to a caption: ©, "/ AGENCY", "( AP )"; a dateline credit at the start is news', () => {
	const units = classify(
		[
			'WASHINGTON (AP) — The Senate passed the spending bill late on Friday.',
			'Senators leave the chamber after the vote.  © JOHN SMITH / AFP',
			'The bill now goes to the House ( AP )',
			'Lawmakers are expected to vote next week.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['claim', 'caption', 'caption', 'claim']);
});

test('a name line next to "Published by" is a byline; a sentence starting "By" is not', () => {
	const units = classify('Jane Doe\nPublished by\n\nBy Tuesday, the army had withdrawn from the town.\n\nResidents began returning home.');
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['byline', 'byline', 'claim', 'claim']);
});

test('a news paragraph about donations is not an appeal; a reader appeal is', () => {
	const news = classify(
		'The charity said donations rose 12% last year. Its director said subscriptions to the magazine fell.\n\nThe figures were published on Monday.',
	);
	assert.deepEqual(news.map(u => u.kind), ['claim', 'claim', 'claim']);
	const appeal = classify(
		'The bridge will reopen in May.\n\nOur reporting is free for everyone. Please donate today to support our journalism. Every gift counts. Thank you.',
	);
	assert.deepEqual(appeal.map(u => u.reason ?? u.kind), ['claim', 'donation appeal', 'donation appeal', 'donation appeal', 'donation appeal']);
});

test('a plea opening a clause ("If this helped you, please consider a donation") is an appeal; a reported or third-person one is not', () => {
	const appeal = classify('The shelter reopened on Monday. If this story helped you, please consider a tax-deductible donation today.');
	assert.deepEqual(appeal.map(u => u.reason ?? u.kind), ['claim', 'donation appeal']);
	const news = classify(
		[
			'The shelter reopened on Monday. Residents were asked to please consider a donation to the food bank.',
			'The flood hit on Friday. “Please consider a donation,” the director told volunteers.',
			'The season starts in May. The charity urged you to consider a tax-deductible donation before the year ends, its letter shows.',
		].join('\n\n'),
	);
	assert.deepEqual(verdicts(news).filter(v => !v.startsWith('claim: ')), []);
});

test('reader-funding appeals ("free to read because of readers like you", "supported by readers") are appeals; readers in the news are not', () => {
	const units = classify(
		[
			'The bank raised its rate on Thursday.',
			'The Signal is free to read because of readers like you. Become a member from 50 pesos a month.',
			'Our journalism is made possible by members like you.',
			'We are supported by readers. Please consider a donation today.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['claim', 'donation appeal', 'donation appeal', 'donation appeal', 'donation appeal', 'donation appeal']);
	const news = classify(
		[
			'Readers like you pay more for mortgages now.',
			'The museum was funded by readers of the Gazette in 1920.',
			'“We exist because of readers like you,” the editor said.',
			'Thanks to people like you, the shelter raised $2 million, its director wrote.',
			'The paper, funded by readers of the Gazette for decades, closed on Friday, our records show.',
		].join('\n\n'),
	);
	assert.deepEqual(verdicts(news).filter(v => !v.startsWith('claim: ')), []);
});

test('a note about the writer goes when it names the byline, sits in the footer or by a contact line; the same sentence in the news stays', () => {
	const units = classify(
		[
			'High court voids permit for copper mine',
			'By Marisol Quintana',
			'The court voided the permit on Thursday.',
			'Evan Smith is a reporter for the Ledger who was detained in March.',
			'He covers the cost of the repairs, the owner said.',
			'Marisol Quintana covers water and the environment for the Sentinel.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['title', 'byline', 'claim', 'claim', 'claim', 'author bio']);
	const footer = classify('The court voided the permit on Thursday.\n\n___\n\nTom Roe is a freelance journalist based in Lima.');
	assert.deepEqual(footer.map(u => u.reason ?? u.kind), ['claim', 'markup residue', 'author bio']);
	const contact = classify('The court voided the permit on Thursday.\n\nAna Lima writes about health. Email her at alima@example.org.\n\nThe company will appeal.');
	assert.deepEqual(contact.map(u => u.reason ?? u.kind), ['claim', 'author bio', 'author contact', 'claim']);
	// The last sentence of a story about an editor, with no footer above it, is news.
	const news = classify('The Ledger named a new editor on Monday.\n\nShe replaces Tom Roe, who retired.\n\nJane Doe is the Ledger’s executive editor.');
	assert.deepEqual(news.map(u => u.reason ?? u.kind), ['claim', 'claim', 'claim']);
});

test('a writer bio that goes on for more sentences about the writer is a bio throughout; other sentences after it are not', () => {
	const footer = classify(
		[
			'The bank raised its rate on Thursday.',
			'Sign up for our free newsletter.',
			'Valeria Montes is the Ledger’s markets correspondent, covering central banks. She previously reported on commodities from the trading-floor desk. Before that, Montes covered energy in Houston.',
		].join('\n\n'),
	);
	assert.deepEqual(footer.map(u => u.reason ?? u.kind), ['claim', 'newsletter', 'author bio', 'author bio', 'author bio']);
	const byline = classify(
		['Bank raises rates', 'By Priya Raman', 'The bank raised its rate on Thursday.', 'Priya Raman writes about money for the Signal.', 'She lives in San Aurelio.'].join('\n\n'),
	);
	assert.deepEqual(byline.map(u => u.reason ?? u.kind), ['title', 'byline', 'claim', 'author bio', 'author bio']);
	// No bio, no continuation: a reporter in the news, and sentences after a bio that are about something else or reported.
	const news = classify(
		[
			'The Ledger named a new editor on Monday.',
			'Evan Smith is a reporter for the Ledger who was detained in March. He was released on Friday.',
			'The paper thanked readers for their letters.',
			'Sign up for our free newsletter.',
			'Jane Doe covers courts for the Sentinel. She said the ruling would stand, her editor told staff. The court meets again in May.',
		].join('\n\n'),
	);
	assert.deepEqual(news.map(u => u.reason ?? u.kind), ['claim', 'claim', 'claim', 'claim', 'newsletter', 'author bio', 'claim', 'claim']);
});

test('an outlet describing itself next to an appeal or in the footer is boilerplate; a newsroom described in the news is not', () => {
	const units = classify(
		'The ruling sends the permit back to regulators.\n\nPolicy Desk is a nonprofit newsroom. If this explainer helped you, please consider a tax-deductible donation today.',
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['claim', 'outlet description', 'donation appeal']);
	const footer = classify('The ruling sends the permit back to regulators.\n\nAdvertisement\n\nThe Valley Ledger is an independent, reader-supported news site.');
	assert.deepEqual(footer.map(u => u.reason ?? u.kind), ['claim', 'advertisement', 'outlet description']);
	const news = classify(
		'The prize went to ProPublica on Monday.\n\nProPublica is a nonprofit newsroom based in New York.\n\nIts reporters won the prize for a series on water.',
	);
	assert.deepEqual(news.map(u => u.reason ?? u.kind), ['claim', 'claim', 'claim']);
});

test('page furniture: masthead, share links, read more, lone identifiers, markup', () => {
	const units = classify(
		[
			'Example News example.com',
			'Share this article',
			'Officials opened the new bridge on Monday.',
			'</div>',
			'null',
			'Read more',
			'More in the north were affected than in the south.',
			'The toll will be $2.',
			'More from Politics:',
		].join('\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), [
		'masthead',
		'share links',
		'claim',
		'markup residue',
		'markup residue',
		'read more',
		'claim',
		'claim',
		'read more',
	]);
});

test('"Sources:" lines listing outlets are source attributions; claims about or from sources stay claims', () => {
	const units = classify(
		[
			'Sources: Meridian News Service, Mimbres Valley Sentinel',
			'Source: U.S. Census Bureau',
			'With files from The Canadian Press and Reuters',
			'Sources said the mayor would resign on Friday.',
			'Sources: the mayor will resign on Friday, two officials said.',
			'Source: The mayor said she would resign.',
			'According to sources, the deal is near.',
			'Sources close to the talks said a deal was near.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), [
		'source attribution',
		'source attribution',
		'source attribution',
		'claim',
		'claim',
		'claim',
		'claim',
		'claim',
	]);
});

test('"You might also like: <headline>" is a related link, also as the last line', () => {
	const units = classify(
		'Mine Permit Voided\n\nThe court voided the permit on Thursday.\n\nYou might also like: 7 Small Towns Taking On Big Mining Companies Right Now',
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['title', 'claim', 'related link']);
	const news = classify('Mine Permit Voided\n\nThe court voided the permit on Thursday.\n\nYou might also like the new park, the mayor told residents.');
	assert.deepEqual(news.map(u => u.reason ?? u.kind), ['title', 'claim', 'claim']);
});

test('"Read more:" / "Related:" / "See also:" with a headline that ends like a sentence or asks a question is a related link, every piece of it', () => {
	const units = classify(
		[
			'The bank raised its rate on Thursday.',
			'Read more: Rate hikes are back. Is your country next?',
			'Read more: What is the policy rate, and who sets it?',
			'Related: Why the peso is rallying.',
			'See also: Five things to know about the vote!',
			'The next meeting is in July.',
		].join('\n\n'),
	);
	assert.deepEqual(verdicts(units), [
		'claim: The bank raised its rate on Thursday.',
		'boilerplate related link: Read more: Rate hikes are back.',
		'boilerplate related link: Is your country next?',
		'boilerplate related link: Read more: What is the policy rate, and who sets it?',
		'boilerplate related link: Related: Why the peso is rallying.',
		'boilerplate related link: See also: Five things to know about the vote!',
		'claim: The next meeting is in July.',
	]);
	// Labels that may open a sentence of the story keep it when it ends like one; so does a long paragraph after "Related:".
	const news = classify(
		[
			'More: the bank also cut its growth forecast to 1.4%.',
			'Analysis: the data show inflation rose in May.',
			'Watch: the governor said the committee was ready to act again.',
			'Related: the two fires were set on the same night, and investigators believe the same man lit both of them after a dispute with the owner.',
			'Read more about the plan on Monday, when the city publishes it.',
		].join('\n\n'),
	);
	assert.deepEqual(verdicts(news).filter(v => !v.startsWith('claim: ')), []);
});

test('share buttons with their icons ("[f] Share  [x] Post  [✉] Email") are share links; a sentence about posts is not', () => {
	const units = classify(
		[
			'[f] Share  [x] Post  [✉] Email',
			'Share | Post | Copy link',
			'The council voted 5-2 to close the library.',
			'[1] Post offices will close early on Friday.',
			'Share prices fell [x] percent.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['share links', 'share links', 'claim', 'claim', 'claim']);
});

test('lines the markup declared headings are headings', () => {
	const text = 'Budget Passes\nThe budget passed on Friday.\nWhat comes next.\nThe senate votes in May.';
	const units = classify(text, 'html', [0, text.indexOf('What comes next.')]);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['title', 'claim', 'subheading', 'claim']);
});

// ---------------------------------------------------------------- properties

const FRAGMENTS = [
	'Officials said 37 people were moved on Tuesday.',
	'the suspects were flown out.',
	'Ad',
	'Read more',
	'Photo: Getty Images',
	'© JANE DOE / AFP',
	'Published by',
	'Jane Doe',
	'```',
	'">',
	'Your support helps us. Donate now.',
	'A Title In Title Case',
	'More on Mexico:',
	'Prices fell',
	'U.S. President Trump said “we will act.” Mr. Smith left.',
	'',
	' ',
	'x',
	'...',
	'tracking',
];

test('property: classify keeps count, order, ids, offsets and text; kinds are allowed; reasons only on non-claims', () => {
	const article = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({maxLength: 40})), {maxLength: 14});
	fc.assert(
		fc.property(fc.array(article, {minLength: 1, maxLength: 3}), fc.constantFrom<SourceFormat>('text', 'markdown', 'html'), (articles, format) => {
			const sources = articles.map((lines, i) => sourceOf(lines.join('\n'), `s${i + 1}`, format));
			const split = sources.flatMap(s => splitSource(s));
			const before = structuredClone(split);
			const classified = classifyUnits(sources, split);
			assert.deepEqual(split, before, 'input units must not be mutated');
			assert.equal(classified.length, split.length);
			classified.forEach((unit, i) => {
				const original = split[i]!;
				for (const key of ['id', 'source', 'index', 'start', 'end', 'text', 'line', 'column'] as const) {
					assert.equal(unit[key], original[key], key);
				}
				assert.ok(['claim', 'heading', 'boilerplate'].includes(unit.kind));
				assert.equal(unit.reason === undefined, unit.kind === 'claim');
			});
			// Classification depends only on the text: running it again changes nothing.
			assert.deepEqual(classifyUnits(sources, classified), classified);
		}),
		{numRuns: 300},
	);
});

// ---------------------------------------------------------------- headers, Q&A subheadings, credits, timestamps, calls to action

test('Q&A explainer: a short question standing alone above a paragraph is a subheading', () => {
	const units = classify(
		[
			'Bridge Closure: What Drivers Need to Know',
			'',
			'The Elm Street bridge will close for six months from June.',
			'',
			'Why is the bridge closing?',
			'',
			'Inspectors found corroded steel in two of its supports last year.',
			'',
			'How Long Will Repairs Take?',
			'',
			'The city expects the work to last until December.',
		].join('\n'),
	);
	assert.deepEqual(verdicts(units), [
		'heading title: Bridge Closure: What Drivers Need to Know',
		'claim: The Elm Street bridge will close for six months from June.',
		'heading subheading: Why is the bridge closing?',
		'claim: Inspectors found corroded steel in two of its supports last year.',
		'heading subheading: How Long Will Repairs Take?',
		'claim: The city expects the work to last until December.',
	]);
});

test('questions that are part of the story stay claims: inside a paragraph, quoted, a continuation, the last line', () => {
	const units = classify(
		[
			'Council Delays Vote',
			'',
			'Why did the council wait? Members said the legal advice arrived late.',
			'',
			'"Where were the inspectors?" one resident asked at the meeting.',
			'',
			'But who will pay for the repairs?',
			'',
			'The council will meet again on Monday.',
			'',
			'Will the bridge reopen before winter?',
		].join('\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['title', 'claim', 'claim', 'claim', 'claim', 'claim', 'claim']);
});

test('a standalone question followed by another question is not a subheading; the last one before the answer is', () => {
	const units = classify('Storm Season Begins\n\nForecasters expect a busy year.\n\nIs my town at risk?\nWhat should I do?\n\nKeep a kit with water and a radio, officials advise.');
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['title', 'claim', 'claim', 'subheading', 'claim']);
});

test('numbered question subheads ("1. What happened?") head their sections; a bulleted question stays a list item', () => {
	const units = classify(
		[
			'Data Breach: 3 Things to Know',
			'',
			'Hackers took records of about 1.2 million patients, the hospital group said.',
			'',
			'1. What happened?',
			'',
			'Staff spotted the attack on Monday.',
			'',
			'2. Who is behind it?',
			'',
			'A ransomware group has claimed the attack.',
			'',
			'• Is my card affected?',
			'• No card details were taken, the group said.',
		].join('\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['title', 'claim', 'subheading', 'claim', 'subheading', 'claim', 'claim', 'claim']);
});

test('feedback widgets, "More from <Outlet>:" links, reference entries, reader-funding lines and fact-free correction notes go; facts stay', () => {
	const units = classify(
		[
			'Hospital Data Breach Hits 1.2 Million Patients',
			'',
			'Hackers stole records of about 1.2 million patients, the hospital group said on Tuesday.',
			'',
			'CORRECTION: An earlier version of this update gave the wrong date for the letters. Letters go out on Oct. 13.',
			'',
			'An earlier version of this story reported the vote as 4-1.',
			'',
			'Readers said they were worried.',
			'',
			'Local journalism like this depends on readers like you.',
			'',
			'Was this helpful? Yes · No',
			'',
			'Was this the right call? Analysts are divided.',
			'',
			'More from Briefly: Ransomware, explained in 90 seconds',
			'',
			'Like this digest? Get the top stories in your inbox every morning.',
			'',
			'Sources:',
			'[1] Northline, "Hackers stole patient records in ransomware attack," Oct. 6, 2026',
		].join('\n'),
	);
	assert.deepEqual(verdicts(units).filter(v => v.startsWith('claim')), [
		'claim: Hackers stole records of about 1.2 million patients, the hospital group said on Tuesday.',
		'claim: Letters go out on Oct. 13.',
		'claim: An earlier version of this story reported the vote as 4-1.',
		'claim: Readers said they were worried.',
		'claim: Was this the right call?',
		'claim: Analysts are divided.',
	]);
	const reasons = new Map(units.map(u => [u.text, u.reason]));
	assert.equal(reasons.get('Was this helpful?'), 'feedback prompt');
	assert.equal(reasons.get('Yes · No'), 'feedback prompt');
	// The question that leads into the newsletter plea on its line goes with it (as its hook, or as a feedback prompt).
	assert.ok(['feedback prompt', 'newsletter', 'call to action', 'subscription appeal'].includes(reasons.get('Like this digest?')!));
	assert.equal(classify('The mayor spoke.\n\nEnjoyed this? Subscribe to The Valley Weekly, it is free.').find(u => u.text === 'Enjoyed this?')?.kind, 'boilerplate');
	// A short slogan that leads into the appeal on its line is its hook too; a sentence with a figure is news.
	const slogan = classify('The mayor spoke.\n\nLocal news matters. Support reporting like this with a Valley Weekly subscription — just $1 for your first three months.');
	assert.equal(slogan.find(u => u.text === 'Local news matters.')?.kind, 'boilerplate');
	const figure = classify('The mayor spoke.\n\nFares rose 5%. Support reporting like this with a Valley Weekly subscription — just $1 for your first three months.');
	assert.equal(figure.find(u => u.text === 'Fares rose 5%.')?.kind, 'claim');
	assert.equal(classify('The mayor spoke.\n\nDid this help you understand the story?\nYes · No').find(u => u.text.startsWith('Did this help'))?.reason, 'feedback prompt');
	assert.equal(classify('The mayor spoke.\n\nDid the plan help the town?\n\nIt did, officials said.').find(u => u.text.startsWith('Did the plan'))?.kind !== 'boilerplate', true);
	assert.equal(reasons.get('More from Briefly: Ransomware, explained in 90 seconds'), 'related link');
	assert.equal(reasons.get('CORRECTION: An earlier version of this update gave the wrong date for the letters.'), 'correction note');
	assert.equal(reasons.get('Local journalism like this depends on readers like you.'), 'donation appeal');
	assert.equal(reasons.get('Sources:'), 'source attribution');
	assert.equal(reasons.get('[1] Northline, "Hackers stole patient records in ransomware attack," Oct. 6, 2026'), 'source attribution');
});

test('newsletter furniture: a dotted byline ending in a time, "Here is our rundown ...", reader-supported pleas, "Forward this to a neighbor", a greeting alone, "(KDMR 9 / Name)" credits', () => {
	const units = classify(
		[
			'Wildfire: What We Know',
			'',
			'By Corey Vance · Ridgeline Dispatch · Aug. 18, 2026, 4:10 p.m.',
			'',
			'The fire has burned 18,400 acres. Here is our rundown of the fire as of Tuesday afternoon, with the official links you will actually need.',
			'',
			'Smoke rises over Marren on Monday evening, seen from Route 31. (KDMR 9 / Jess Partida)',
			'',
			'Good morning.',
			'',
			'"Good morning," the sheriff said as he opened the briefing.',
			'',
			'Crews held the line overnight, officials said.',
			'',
			'Ridgeline Dispatch is free and reader-supported. Become a member to keep it that way.',
			'',
			'Forward this to a neighbor who needs it.',
			'',
			'Officials asked residents to share the evacuation map with neighbors.',
		].join('\n'),
	);
	assert.deepEqual(claims(units), [
		'The fire has burned 18,400 acres.',
		'"Good morning," the sheriff said as he opened the briefing.',
		'Crews held the line overnight, officials said.',
		'Officials asked residents to share the evacuation map with neighbors.',
	]);
});

test('table rows with a figure ("Marren | 47") are data, kept as claims; the header row is a heading', () => {
	const units = classify(['Storm Damage Tallied', '', 'The storm damaged homes in two towns, officials said.', '', 'Town | Homes damaged', '', 'Marren | 47', '', 'Pine Hollow | 112', '', 'Crews are still assessing damage.'].join('\n'));
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['title', 'claim', 'subheading', 'claim', 'claim', 'claim']);
});

test('short list items under a "Key facts" label are body text, not subheadings ("• About 2,500 people evacuated")', () => {
	const units = classify(
		[
			'LIVE UPDATES: Dam spillway fails; 2,500 evacuated',
			'',
			'Author: KCRN Staff Published: 6:05 AM PST November 23, 2026',
			'',
			'CORRAN FALLS, Ore. — A spillway gate failed early Monday. Officials say about 2,500 people have been evacuated. Follow our live updates below.',
			'',
			'Have a news tip or photos of the flooding? Email news@kcrn.com or text us.',
			'',
			'Key facts',
			'',
			'• Spillway gate failed at about 4:40 a.m. Monday',
			'',
			'• About 2,500 people evacuated from Corran Falls',
			'',
			'9:48 PM',
			'',
			'Crest expected Tuesday',
			'',
			'The river should crest in Linwood at about 2 p.m. Tuesday.',
		].join('\n'),
	);
	const reasonOf = (text: string) => units.find(u => u.text === text)?.reason ?? 'claim';
	assert.equal(reasonOf('• Spillway gate failed at about 4:40 a.m. Monday'), 'claim');
	assert.equal(reasonOf('• About 2,500 people evacuated from Corran Falls'), 'claim');
	assert.equal(reasonOf('Key facts'), 'subheading');
});

test('a big paper\'s page furniture: paywall gate, "Already a subscriber? Log in.", media labels, "X reported from Y", print-edition notes; news stays', () => {
	const units = classify(
		[
			'Spillway Gives Way at Oregon Dam, and Thousands Flee',
			'',
			'Thank you for your patience while we verify access. If you are in Reader mode please exit and log into your Times account, or subscribe for all of The Times.',
			'',
			'Already a subscriber? Log in.',
			'',
			'Want all of The Daily Meridian? Subscribe.',
			'',
			'Image',
			'',
			'A spillway gate at the Halvorsen Dam failed early Monday, officials said.',
			'',
			'Smith reported from the scene that the bridge had fallen.',
			'',
			'Customers could not log in to their accounts for hours, the bank said.',
			'',
			'The image showed smoke over the valley.',
			'',
			'Hannah Cole reported from Corran Falls, Ore., and Marcus Webb from Washington.',
			'',
			'Jane Roe contributed reporting.',
			'',
			'A version of this article appears in print on Nov. 25, 2026, Section A, Page 14 of the New York edition with the headline: Spillway Gives Way.',
		].join('\n'),
	);
	assert.deepEqual(claims(units), [
		'A spillway gate at the Halvorsen Dam failed early Monday, officials said.',
		'Smith reported from the scene that the bridge had fallen.',
		'Customers could not log in to their accounts for hours, the bank said.',
		'The image showed smoke over the valley.',
	]);
});

test('photo credits that name no agency: on the caption line, and standing alone under a descriptive caption', () => {
	const units = classify(
		[
			'Crews battled the fire for six hours, officials said.',
			'',
			'A firefighter sprays water on the roof of the warehouse on Tuesday. (Valley Herald photo / Ann Lee)',
			'',
			'The owner said the building was insured.',
			'',
			'Smoke drifts over the harbour at dawn.',
			'',
			'(Photo: Tom Roe)',
			'',
			'A family stands outside their home in 2019. (Courtesy of the Diaz family)',
			'',
			'Police arrested two men on Wednesday.',
			'',
			'(Photo by Jane Doe)',
			'',
			'The investigation continues.',
		].join('\n'),
	);
	assert.deepEqual(verdicts(units), [
		'claim: Crews battled the fire for six hours, officials said.',
		'boilerplate caption: A firefighter sprays water on the roof of the warehouse on Tuesday.',
		'boilerplate photo credit: (Valley Herald photo / Ann Lee)',
		'claim: The owner said the building was insured.',
		'boilerplate caption: Smoke drifts over the harbour at dawn.',
		'boilerplate photo credit: (Photo: Tom Roe)',
		'boilerplate caption: A family stands outside their home in 2019.',
		'boilerplate photo credit: (Courtesy of the Diaz family)',
		// A report in the past tense a blank line above a credit is news, not the picture's caption.
		'claim: Police arrested two men on Wednesday.',
		'boilerplate photo credit: (Photo by Jane Doe)',
		'claim: The investigation continues.',
	]);
});

test('a bracketed credit naming only the outlet ("(KDZN 8 photo)") is a credit, its caption a caption; "(family photo)" is not', () => {
	const units = classify(
		[
			'Crews cleared the road by noon, police said.',
			'',
			'Mine opponents rally outside the court in Santa Fe on Thursday. (KDZN 8 photo)',
			'',
			'The ruling came down shortly after 1 p.m.',
			'',
			'Volunteers fill sandbags near the river.',
			'(Staff photo)',
			'',
			'He showed reporters a picture of his son (family photo).',
			'',
			'The council posted the plans online (see photo).',
		].join('\n'),
	);
	assert.deepEqual(verdicts(units), [
		'claim: Crews cleared the road by noon, police said.',
		'boilerplate caption: Mine opponents rally outside the court in Santa Fe on Thursday.',
		'boilerplate photo credit: (KDZN 8 photo)',
		'claim: The ruling came down shortly after 1 p.m.',
		'boilerplate caption: Volunteers fill sandbags near the river.',
		'boilerplate photo credit: (Staff photo)',
		'claim: He showed reporters a picture of his son (family photo).',
		'claim: The council posted the plans online (see photo).',
	]);
});

test('a Guardian-style "Photograph: NAME" after a caption is a credit; brackets that are not credits stay in the claim', () => {
	const credited = classify('Rescuers search the rubble in the old town. Photograph: Maria Ruiz\n\nThe quake struck at 3 a.m.');
	assert.deepEqual(credited.map(u => u.reason ?? u.kind), ['caption', 'photo credit', 'claim']);
	const courtesy = classify('A boy holds his dog outside the shelter. (Photo courtesy of the Diaz family)\n\nThe shelter reopened on Monday.');
	assert.deepEqual(courtesy.map(u => u.reason ?? u.kind), ['caption', 'photo credit', 'claim']);
	const plain = classify(
		[
			'The museum bought the painting for $2 million (about £1.6 million).',
			'The council published the plan (see the photos by the harbour).',
			'The boat sank in minutes (photos by divers show a split hull).',
			'The mayor said images of the damage would be released.',
		].join('\n\n'),
	);
	assert.deepEqual(plain.map(u => u.kind), ['claim', 'claim', 'claim', 'claim']);
});

test('wire photo credits "AGENCY/Photographer" close a caption or stand under it; slashes in the news are no credits', () => {
	const units = classify(
		[
			'The bank raised its rate on Thursday.',
			'',
			'The governor addresses reporters at the bank in the capital, June 11, 2026. ATLAS WIRE/Marta Llorente',
			'',
			'The peso rose after the decision.',
			'',
			'Traders work on the floor of the exchange.',
			'REUTERS/Jane Doe/File Photo',
			'',
			'Shares fell in early trading.',
			'',
			'A man walks past the bank headquarters on Monday.',
			'AP Photo/John Roe',
			'',
			'The next meeting is in July.',
		].join('\n'),
	);
	assert.deepEqual(verdicts(units), [
		'claim: The bank raised its rate on Thursday.',
		'boilerplate caption: The governor addresses reporters at the bank in the capital, June 11, 2026.',
		'boilerplate photo credit: ATLAS WIRE/Marta Llorente',
		'claim: The peso rose after the decision.',
		'boilerplate caption: Traders work on the floor of the exchange.',
		'boilerplate photo credit: REUTERS/Jane Doe/File Photo',
		'claim: Shares fell in early trading.',
		'boilerplate caption: A man walks past the bank headquarters on Monday.',
		'boilerplate photo credit: AP Photo/John Roe',
		'claim: The next meeting is in July.',
	]);
	const news = classify(
		[
			'Officials said the photo shows the governor at the bank. He paid the fee via PayPal/Venmo.',
			'',
			'Trade talks resumed on Monday after a two-week pause.',
			'US/China Relations',
			'',
			'The vote was a 50/50 Split between the two parties.',
			'',
			'Police arrested two men on Wednesday. NATO/Russia Talks',
			'',
			'The mayor thanked the crews at the scene.',
		].join('\n'),
	);
	assert.deepEqual(verdicts(news).filter(v => !v.startsWith('claim: ') && !v.startsWith('heading ')), []);
	assert.ok(claims(news).includes('Trade talks resumed on Monday after a two-week pause.'));
});

test('wire credit lines ("Reporting by ...; Editing by ...", "Writing by", "Compiled by") are bylines; news about reporting is not', () => {
	const units = classify(
		[
			'The bank raised its rate on Thursday.',
			'Reporting by Daniel Okafor; Additional reporting by Inés Carvalho; Editing by Helen Marsh',
			'Reporting by Jane Doe in London and John Roe in San Aurelio; Writing by Ann Lee; Editing by Tom Roe and Mary Major',
			'Writing by Jane Doe; editing by John Roe.',
			'Compiled by Ann Lee and Tom Roe',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['claim', 'byline', 'byline', 'byline', 'byline']);
	const news = classify(
		[
			'Reporting by the ministry showed exports fell 3% in May.',
			'Editing by hand takes time, the printers said.',
			'Writing by candlelight, she finished the letter.',
			'Research by Jane Doe shows the rate will rise.',
			'Reporting by Jane Doe and John Roe revealed the payments; the firm denied them.',
		].join('\n\n'),
	);
	assert.deepEqual(verdicts(news).filter(v => !v.startsWith('claim: ')), []);
});

test('a wire credit line in parentheses or brackets is a byline; a parenthesised sentence about reporting is not', () => {
	const units = classify(
		[
			'The bank raised its rate on Thursday.',
			'(Reporting by Jan Novak; Editing by Eva Stern)',
			'[Reporting by Jane Doe in London; Writing by Ann Lee.]',
			'(Writing by Jane Doe).',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['claim', 'byline', 'byline', 'byline']);
	const news = classify(['(Reporting by the ministry showed exports fell 3% in May.)', '(Editing by hand takes time, the printers said.)'].join('\n\n'));
	assert.deepEqual(verdicts(news).filter(v => !v.startsWith('claim: ')), []);
});

test('timestamp lines are datelines; sentences starting "Updated" or "Published" are claims', () => {
	const units = classify(
		[
			'Updated June 2, 2025, 8:10 a.m.',
			'Published 9:02 AM EST, Mon January 6, 2025',
			'Last modified: 2 hours ago',
			'Posted at 6:00 AM, Jan 05, 2025 and last updated 7:12 AM, Jan 05, 2025',
			'Updated figures released on Monday show the deficit narrowed to $2 million.',
			'Published reports suggest the plan will cost more than expected.',
			'Updated 10:15 p.m.: Police reopened the road after the crash.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['dateline', 'dateline', 'dateline', 'dateline', 'claim', 'claim', 'claim']);
});

test('update markers and two-part timestamps are datelines; an update sentence or an original-story claim is not', () => {
	const units = classify(
		[
			'Published Thursday, April 16, 2026 • Updated 8:40 p.m.',
			'UPDATE 6:05 p.m.',
			'ORIGINAL STORY 1:12 p.m.',
			'Update 2 · 9:40 a.m. EDT',
			'UPDATE 6:05 p.m.: The company says it will appeal.',
			'Original story figures put the toll at 12.',
			'Updates 3 times a day are planned for the site.',
			'Published Thursday, the report found 40 wells were dry.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['dateline', 'dateline', 'dateline', 'dateline', 'claim', 'claim', 'claim', 'claim']);
});

test('calls to action and notes about the coverage are boilerplate, sentence by sentence', () => {
	const units = classify(
		[
			'Water Main Breaks Downtown',
			'',
			'A water main burst under Main Street on Sunday, flooding three blocks.',
			'',
			'Police said the road would reopen on Friday. This story will be updated.',
			'',
			'Download the Daily Courier app for breaking news alerts.',
			'',
			'Stay tuned to Courier Live for more updates on this developing story.',
			'',
			'Channel 9 has a reporter at the scene and will update this story.',
			'',
			'Got a story idea? Send tips to tips@example.org',
			'',
			'Let us know what you think in the comments.',
			'',
			'This is a developing story.',
		].join('\n'),
	);
	assert.deepEqual(verdicts(units), [
		'heading title: Water Main Breaks Downtown',
		'claim: A water main burst under Main Street on Sunday, flooding three blocks.',
		'claim: Police said the road would reopen on Friday.',
		'boilerplate story update note: This story will be updated.',
		'boilerplate call to action: Download the Daily Courier app for breaking news alerts.',
		'boilerplate call to action: Stay tuned to Courier Live for more updates on this developing story.',
		'boilerplate story update note: Channel 9 has a reporter at the scene and will update this story.',
		'boilerplate news-tip appeal: Got a story idea?',
		'boilerplate news-tip appeal: Send tips to tips@example.org',
		'boilerplate call to action: Let us know what you think in the comments.',
		'boilerplate story update note: This is a developing story.',
	]);
});

test('"Follow <outlet> for the latest news", "Stay with <outlet> for updates" and "Reach her at <address>" are calls to action', () => {
	const units = classify(
		[
			'Follow HeadlineHub for the latest breaking news, delivered straight to your feed.',
			'Stay with KDZN 8 for updates on this developing story.',
			'Jane Doe covers courts. Reach her at jdoe@example.com.',
			'Follow him on X @tomroe.',
			'Contact the reporter at 505-555-0142.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['call to action', 'call to action', 'author bio', 'author contact', 'author contact', 'author contact']);
	const news = classify(
		[
			'Stay with relatives for a week if the water rises, the county advised residents.',
			'Stay-at-home orders for the latest outbreak were lifted on Monday.',
			'Reach her at the clinic and you will wait an hour or more.',
			'Following the latest news from the court, the company cancelled its feed of drilling data.',
			'The company will update investors on X after the hearing.',
			'Contact with her at the embassy was cut off on Monday.',
		].join('\n\n'),
	);
	assert.deepEqual(verdicts(news).filter(v => !v.startsWith('claim: ')), []);
});

test('"Stay in the loop ..." and "follow <outlet> for breaking stories" inside a sentence are calls to action; following in the news is not', () => {
	const units = classify(
		[
			'The bank raised its rate on Thursday.',
			'Stay in the loop – follow NewsNest for breaking stories as they happen.',
			'Stay in the loop with our morning briefing.',
			'Don’t miss a thing – follow The Signal for the latest updates.',
			'For more, follow Capital Ledger for real-time market alerts.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['claim', 'call to action', 'call to action', 'call to action', 'call to action']);
	const news = classify(
		[
			'Residents who want to stay in the loop can attend the council meeting.',
			'“Stay in the loop,” the mayor told residents.',
			'Investors follow Treasury yields for signals of the next move.',
			'Officials urged residents to follow the county for updates.',
			'Traders, follow Fed guidance for the latest news, one analyst wrote in a note.',
			'Analysts follow Lusania for the latest signs of stress in emerging markets.',
			'Investors who sold, follow Lusania for the latest signs of stress, the note said.',
			'For now, follow Route 9 for the latest detour signs.',
		].join('\n\n'),
	);
	assert.deepEqual(verdicts(news).filter(v => !v.startsWith('claim: ')), []);
});

test('a signpost sentence ("Here is what the decision says and why it matters.") is set aside; a "Here is ..." sentence with a fact is not', () => {
	const units = classify(
		[
			'The court voided the permit on Thursday. Here is what the decision says and why it matters beyond one mine.',
			'Here’s what we know.',
			'Here is why: the bank withdrew its loan.',
			'Here is what happened, police said.',
			'Here is how the fire started, with a spark in the kitchen.',
			'Here, the river is 40 metres wide.',
			'Here are the three men charged in the case.',
			'Here is what the mayor told reporters: the plan is dead.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['claim', 'signpost', 'signpost', 'claim', 'claim', 'claim', 'claim', 'claim', 'claim']);
});

test('a signpost listing what follows after commas ("Here is what happened, why, and what it could mean.") is set aside; a comma before a fact is not', () => {
	const units = classify(
		[
			'The bank raised its rate to 5.25%. Here is what happened, why, and what it could mean for households.',
			'Here’s what the bank decided, why it matters and what comes next.',
			'Here is what changed, how, and what to expect.',
			// Saying that something is still unknown is itself news; so are facts after the comma.
			'Here is what is known so far, and what is still unclear.',
			'Here is how the fire started, how it spread and who was hurt.',
			'Here is what happened, according to police.',
			'Here is what changed, when the rule took effect in May.',
			'Here is how it works, the minister said, and who pays.',
			'Here is why, in short, rates rose.',
			'Here is what the bank did, which was to raise rates.',
			'Here is what happened, and what it means, she said.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), [
		'claim',
		'signpost',
		'signpost',
		'signpost',
		'claim',
		'claim',
		'claim',
		'claim',
		'claim',
		'claim',
		'claim',
		'claim',
	]);
});

test('a live blog greeting ("Good afternoon and welcome to our live coverage of ...") is set aside; welcomes in the news are not', () => {
	const units = classify(
		[
			'Good afternoon and welcome to our live coverage of today’s interest rate decision from the central bank.',
			'5:20 p.m.',
			'The minister says the government respects the decision.',
			'Hello and welcome back to the live blog.',
			'Good morning, everyone, and welcome to our rolling coverage as the votes are counted.',
			'Welcome to our coverage of the election.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['live-blog greeting', 'dateline', 'claim', 'live-blog greeting', 'live-blog greeting', 'live-blog greeting']);
	const news = classify(
		[
			'Welcome to the coverage gap, where insurers pay nothing for flood damage.',
			'Welcome to the new normal, the governor said.',
			'The mayor said good afternoon and welcomed reporters to the briefing.',
			'Welcome to the live coverage of the summit, the host told delegates.',
			'Good afternoon trading was thin, and welcome news came from Tokyo.',
		].join('\n\n'),
	);
	assert.deepEqual(verdicts(news).filter(v => !v.startsWith('claim: ')), []);
});

test('correction boilerplate ("We apologise for the error.", "This story has been corrected.") is set aside; the corrected fact and apologies in the news are not', () => {
	const units = classify(
		[
			'CORRECTION: In an earlier update we said the rate had been raised to 5.50%. That was wrong: the new rate is 5.25%. We apologise for the error.',
			'We regret the error.',
			'We apologize for any confusion this may have caused.',
			'This story has been corrected.',
			'This article was updated on June 12 to correct the spelling of a name.',
		].join('\n\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['claim', 'claim', 'correction note', 'correction note', 'correction note', 'correction note', 'correction note']);
	const news = classify(
		[
			'The central bank apologised for the error in its forecast.',
			'We apologise for the error in the forecast, the bank said.',
			'An earlier version of this story misstated the rate; it is 5.25%.',
			'This story has been corrected to show that the rate is 5.25%.',
			'This story has been updated to reflect that two members voted against the rise.',
			'The report was corrected after the minister complained.',
			'The report was corrected.',
		].join('\n\n'),
	);
	assert.deepEqual(verdicts(news).filter(v => !v.startsWith('claim: ')), []);
});

test('news that looks like a call to action stays a claim', () => {
	const units = classify(
		[
			'Download speeds in the district doubled last year, the utility said.',
			'Share prices of app makers fell 3% after the vote.',
			'Follow-up inspections found no further problems.',
			'“Stay tuned,” the mayor told reporters, promising more cuts.',
			'Let us be clear about what the budget does.',
			'The app will update the page automatically when new data arrives.',
			'Get-out-the-vote groups sent volunteers to every precinct.',
			'Has the company got any photos of the damage? Officials would not say.',
			'Watch parties were held in bars across the city.',
		].join('\n\n'),
	);
	assert.deepEqual(verdicts(units).filter(v => !v.startsWith('claim: ')), []);
});

test('header: masthead and section label go, a headline with a quote, a colon and a figure is the title, the deck is a subheading', () => {
	const units = classify(
		[
			'The Valley Courier',
			'METRO',
			'',
			"'A miracle nobody died': Bridge collapse injures 4, closes Route 9",
			'',
			'Commuters describe the moment the deck gave way',
			'',
			'By Ann Lee and Tom Roe, Courier staff',
			'Updated June 2, 2025, 8:10 a.m.',
			'',
			'Four people were hurt when a section of the Route 9 bridge collapsed on Sunday evening.',
			'',
			'The state closed the road in both directions.',
		].join('\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['masthead', 'section label', 'title', 'subheading', 'byline', 'dateline', 'claim', 'claim']);
});

test('header: a station masthead, a "BREAKING:" headline, and a timestamped update sentence that is a claim', () => {
	const units = classify(
		[
			'KXYZ 4 News',
			'',
			'BREAKING: Fire at Dock Street warehouse; 2 hurt, road closed',
			'',
			'UPDATE, 9:15 a.m.: Fire officials now say two workers were hurt. Earlier, they had reported one injury.',
			'',
			'The fire started shortly after 6 a.m.',
		].join('\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['masthead', 'title', 'claim', 'claim', 'claim']);
});

test('header: a genre-labelled headline ("Analysis: ...") is the title; the same form in the body is a related link', () => {
	const units = classify(
		[
			'Analysis: Why the ceasefire talks stalled',
			'',
			'World Desk | Analysis',
			'By Jane Doe',
			'March 3, 2025',
			'',
			'Negotiators left on Sunday without a deal.',
			'',
			'Analysis: What the sanctions mean for oil prices',
			'',
			'Both sides blamed each other for the failure.',
		].join('\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['title', 'section label', 'byline', 'dateline', 'claim', 'related link', 'claim']);
});

test('header: a masthead-like line is the title when no other headline is there; a standfirst under the title stays a claim', () => {
	assert.deepEqual(
		classify('Fake News\n\nA new film explores how rumours spread online.').map(u => u.reason ?? u.kind),
		['title', 'claim'],
	);
	assert.deepEqual(
		classify('Flood Warning\n\nResidents told to leave homes near the river\n\nThe river rose two metres overnight.').map(u => u.reason ?? u.kind),
		['title', 'claim', 'claim'],
	);
	assert.deepEqual(
		classify('Home > News > Local\n\nCouncil Votes to Close Library Branch\n\nThe branch will close in June.').map(u => u.reason ?? u.kind),
		['section label', 'title', 'claim'],
	);
	// A site name with its domain above the headline is the masthead, however long.
	assert.deepEqual(
		classify('Harbour City Evening Post online edition harbourpost.example.com\n\nPort Workers Vote to Strike\n\nThe strike starts on Monday.').map(
			u => u.reason ?? u.kind,
		),
		['masthead', 'title', 'claim'],
	);
});

test('an article with Title Case subheadings: a short Title Case line after an advert is one more subheading, a sentence-case headline is a link', () => {
	const units = classify(
		[
			'Heatwave Grips the South',
			'',
			'What Is Causing the Heat?',
			'',
			'A high-pressure system has stalled over the region for a week.',
			'',
			'Advertisement',
			'',
			'Schools Told to Close Early',
			'',
			'The education ministry ordered schools to close at noon.',
			'',
			'Advertisement',
			'',
			'Ministry warns of rising hospital admissions across northern cities',
			'',
			'Advertisement',
			'',
			'Temperatures are expected to ease on Sunday.',
		].join('\n'),
	);
	assert.deepEqual(units.map(u => u.reason ?? u.kind), [
		'title',
		'subheading',
		'claim',
		'advertisement',
		'subheading',
		'claim',
		'advertisement',
		'related link',
		'advertisement',
		'claim',
	]);
});

test('a wire byline in capitals is a byline; a capitalised "By" label that is no name is not', () => {
	const units = classify('Senate Passes Stopgap Bill\n\nBy LISA MASCARO\n\nThe Senate passed the bill late on Friday.\n\nBy THE NUMBERS\n\nThe vote was 77-19.');
	assert.deepEqual(units.map(u => u.reason ?? u.kind), ['title', 'byline', 'claim', 'subheading', 'claim']);
});

test('a long page header (200,000 headline-shaped lines) is judged in linear time, decks before furniture as before', () => {
	// Every header line used to look at every line below it for furniture: 100,000 such lines took 9 s.
	const page = (n: number) => '# Heading one\n'.repeat(n) + 'By Jane Doe, Reuters\nThe government sent 26 people to the US on Tuesday, officials said.\n';
	const small = classify(page(5)).map(u => `${u.kind} ${u.reason ?? ''}`.trim());
	assert.deepEqual(small, ['heading title', ...Array(4).fill('heading subheading'), 'boilerplate byline', 'claim']);
	const code = `
		import {splitSource} from ${JSON.stringify(moduleUrl('source/split/index.ts'))};
		import {classifyUnits} from ${JSON.stringify(moduleUrl('source/classify/index.ts'))};
		const text = ${JSON.stringify(page(0))}.replace(/^/, '# Heading one\\n'.repeat(200000));
		const source = {id: 's1', path: 'x', label: 'x', title: '', text, format: 'text'};
		const counts = {};
		for (const u of classifyUnits([source], splitSource(source))) {
			const key = (u.kind + ' ' + (u.reason ?? '')).trim();
			counts[key] = (counts[key] ?? 0) + 1;
		}
		console.log(JSON.stringify(counts));`;
	const counts = runGuarded<Record<string, number>>(code, 30_000, 'classifying a 200,000-line header');
	assert.deepEqual(counts, {'heading title': 1, 'heading subheading': 199_999, 'boilerplate byline': 1, claim: 1});
});

test('newsletter and aggregator furniture: breadcrumbs ending in an initialism, "Written by ... | 4 min read", "what we don\'t" signposts, labelled corrections of another edition, "X is free, but ...", list lead-ins; news stays', () => {
	const units = classify(
		[
			'Ferry Hits Ledge In Fog Off Port Galen',
			'',
			'DailyScroll » News » U.S.',
			'Written by Brandon Keel | Updated May 22, 2026 | 4 min read',
			'',
			'The ferry hit a ledge in dense fog on Friday, the district said.',
			'',
			"Here's what we know, what we don't, and what it means for Skerry Island.",
			'',
			"We don't know yet. The questions investigators will ask:",
			'• Was the radar working?',
			'',
			'Key facts:',
			'• 164 passengers were aboard.',
			'',
			'The district listed three reasons:',
			'• Fog.',
			'',
			'The captain said:',
			'• "We hit something."',
			'',
			"Correction: Thursday's edition of Downeast Morning gave the wrong date for the town meeting. We regret the error.",
			'',
			'Correction: An earlier story misstated the toll; 12 people were hurt.',
			'',
			"Downeast Morning is free, but it isn't free to make. Become a member for $5 a month.",
		].join('\n'),
	);
	const reasonOf = (text: string) => units.find(u => u.text === text)?.reason ?? units.find(u => u.text === text)?.kind;
	assert.equal(reasonOf('DailyScroll » News » U.S.'), 'section label');
	assert.equal(reasonOf('Written by Brandon Keel | Updated May 22, 2026 | 4 min read'), 'byline');
	assert.equal(reasonOf("Here's what we know, what we don't, and what it means for Skerry Island."), 'signpost');
	assert.equal(reasonOf('The questions investigators will ask:'), 'list lead-in');
	assert.equal(reasonOf("Correction: Thursday's edition of Downeast Morning gave the wrong date for the town meeting."), 'correction note');
	assert.equal(reasonOf("Downeast Morning is free, but it isn't free to make."), 'outlet description');
	assert.deepEqual(verdicts(units).filter(v => v.startsWith('claim')), [
		'claim: The ferry hit a ledge in dense fog on Friday, the district said.',
		"claim: We don't know yet.",
		'claim: • Was the radar working?',
		'claim: • 164 passengers were aboard.',
		'claim: The district listed three reasons:',
		'claim: • Fog.',
		'claim: The captain said:',
		'claim: • "We hit something."',
		'claim: Correction: An earlier story misstated the toll; 12 people were hurt.',
	]);
	assert.equal(reasonOf('Key facts:'), 'subheading');
});

test('more reader furniture: "Let\'s dive into the details.", a greeting naming the town, a time phrase before "here is what we know", "Here\'s where ...", a reader-funded outlet, "Chip in $5", "Tags:"; facts stay', () => {
	const units = classify(
		[
			'Museum Theft In Aldenport',
			'',
			"Let's dive into the details.",
			'',
			'Good morning, Aldenport. Two days after the break-in at the Kessler Museum of Art, here is what we know, what we don’t, and where to send a tip.',
			'',
			'After police arrested 12 people on Friday, here is what we know.',
			'',
			"Here's where things get interesting.",
			'',
			'Here is where the fire started, officials said.',
			'',
			'Neighbors chipped in $5,000 for a reward.',
			'',
			'The Lakefront Letter is free and funded by readers. Chip in $5 a month to keep local reporting coming.',
			'',
			'Tags: art heist, Ohio, museums, true crime',
		].join('\n'),
	);
	assert.deepEqual(verdicts(units).filter(v => v.startsWith('claim')), [
		'claim: After police arrested 12 people on Friday, here is what we know.',
		'claim: Here is where the fire started, officials said.',
		'claim: Neighbors chipped in $5,000 for a reward.',
	]);
	const reasonOf = (text: string) => units.find(u => u.text === text)?.reason;
	assert.equal(reasonOf("Let's dive into the details."), 'signpost');
	assert.equal(reasonOf('Good morning, Aldenport.'), 'live-blog greeting');
	assert.equal(reasonOf("Here's where things get interesting."), 'signpost');
	assert.equal(reasonOf('Chip in $5 a month to keep local reporting coming.'), 'donation appeal');
	assert.equal(reasonOf('Tags: art heist, Ohio, museums, true crime'), 'related link');
});
