// Synthetic stories for benchmarks: N articles made as variants of the demo story's articles.
// Each variant shuffles paragraphs, swaps common words for synonyms, changes some numbers, drops
// and duplicates sentences and renames the outlet, all from a seeded generator, so a run with the
// same N and seed always makes the same story.
//
//   node --import tsx bench/generate.ts 100 [DIR] [--seed 7]   writes DIR/NNN-outlet.txt + story.json
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Source} from '../source/model.ts';

const root = path.resolve(import.meta.dirname, '..');
export const DEMO_DIR = path.join(root, 'fixtures/demo');

interface BaseArticle {
	label: string;
	text: string;
}

/** mulberry32: small, fast, good enough to pick edits. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The demo articles with their labels from story.json. */
export function demoArticles(dir = DEMO_DIR): BaseArticle[] {
	const story = JSON.parse(fs.readFileSync(path.join(dir, 'story.json'), 'utf8')) as {sources: {path: string; label: string}[]};
	return story.sources.map(entry => ({label: entry.label, text: fs.readFileSync(path.join(dir, entry.path), 'utf8').replace(/^\uFEFF/, '')}));
}

// General news-English synonyms, both ways.
const SYNONYM_PAIRS: [string, string][] = [
	['said', 'stated'], ['told', 'informed'], ['announced', 'declared'], ['about', 'around'],
	['officials', 'authorities'], ['government', 'administration'], ['recently', 'lately'],
	['people', 'individuals'], ['including', 'among them'], ['also', 'additionally'],
	['large', 'big'], ['began', 'started'], ['showed', 'indicated'], ['several', 'a number of'],
	['after', 'following'], ['before', 'prior to'], ['because', 'since'], ['country', 'nation'],
];
const SYNONYMS = new Map<string, string>(SYNONYM_PAIRS.flatMap(([a, b]) => [[a, b], [b, a]]));
const SYNONYM_PATTERN = new RegExp(`\\b(${[...SYNONYMS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

const OUTLET_FIRST = ['Daily', 'Morning', 'Evening', 'National', 'Global', 'Metro', 'Coastal', 'Northern', 'Valley', 'Capital'];
const OUTLET_SECOND = ['Courier', 'Ledger', 'Herald', 'Wire', 'Post', 'Times', 'Observer', 'Chronicle', 'Dispatch', 'Record'];

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)]!;
}

/** Fisher-Yates on a copy. */
function shuffled<T>(random: () => number, items: readonly T[]): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

function splitSentences(paragraph: string): string[] {
	return paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“A-Z])/).filter(sentence => sentence.trim() !== '');
}

function swapSynonyms(random: () => number, sentence: string): string {
	return sentence.replace(SYNONYM_PATTERN, word => (random() < 0.5 ? SYNONYMS.get(word) ?? word : word));
}

function changeNumbers(random: () => number, sentence: string): string {
	return sentence.replace(/\b\d{1,3}(?:,\d{3})*\b/g, digits => {
		if (random() >= 0.15) return digits;
		const value = Number(digits.replaceAll(',', ''));
		const delta = Math.max(1, Math.round(value * 0.1 * random()));
		return String(random() < 0.5 ? value + delta : Math.max(0, value - delta));
	});
}

/** One variant of `base`, credited to `outlet`. */
function variant(random: () => number, base: BaseArticle, outlet: string): string {
	const paragraphs = base.text.split(/\n\s*\n/).map(p => p.trim()).filter(Boolean);
	const [headline, ...body] = paragraphs;
	// Move about a third of the paragraphs: reporters reorder, they rarely rewrite the lede.
	const order = body.length > 2 && random() < 0.7 ? [body[0]!, ...shuffled(random, body.slice(1))] : body;
	const renamed = (text: string) => text.split(base.label).join(outlet);
	const edited = order.map(paragraph => {
		const sentences: string[] = [];
		for (const sentence of splitSentences(paragraph)) {
			const roll = random();
			if (roll < 0.1) continue; // dropped
			const changed = changeNumbers(random, swapSynonyms(random, renamed(sentence)));
			sentences.push(changed);
			if (roll > 0.95) sentences.push(changed); // duplicated, as copy-paste rewrites do
		}
		return sentences.join(' ');
	}).filter(Boolean);
	return [renamed(headline ?? ''), ...edited].join('\n\n') + '\n';
}

export interface GenerateOptions {
	seed?: number;
	bases?: BaseArticle[];
}

/** `count` synthetic sources, ready for analyse(). */
export function generateSources(count: number, options: GenerateOptions = {}): Source[] {
	const random = seededRandom(options.seed ?? 20260124);
	const bases = options.bases ?? demoArticles();
	const sources: Source[] = [];
	for (let i = 0; i < count; i++) {
		const base = bases[i % bases.length]!;
		const outlet = `${pick(random, OUTLET_FIRST)} ${pick(random, OUTLET_SECOND)} ${i + 1}`;
		const file = `${String(i + 1).padStart(3, '0')}-${outlet.toLowerCase().replaceAll(' ', '-')}.txt`;
		sources.push({id: `s${i + 1}`, path: file, label: outlet, title: '', text: variant(random, base, outlet), format: 'text'});
	}
	return sources;
}

/** Writes the sources and a story.json into `dir` (a new temp dir by default); returns the dir. */
export function writeStory(sources: Source[], dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-gen-'))): string {
	fs.mkdirSync(dir, {recursive: true});
	for (const source of sources) fs.writeFileSync(path.join(dir, source.path), source.text);
	const story = {title: `Generated story (${sources.length} articles)`, sources: sources.map(s => ({path: s.path, label: s.label}))};
	fs.writeFileSync(path.join(dir, 'story.json'), JSON.stringify(story, null, 2) + '\n');
	return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
	const args = process.argv.slice(2);
	const seedAt = args.indexOf('--seed');
	const seed = seedAt === -1 ? undefined : Number(args.splice(seedAt, 2)[1]);
	const count = Number(args[0] ?? 100);
	const dir = writeStory(generateSources(count, {seed}), args[1]);
	process.stdout.write(`${dir}\n`);
}
