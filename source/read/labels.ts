// Source labels. A label the user chose (--label, a story file) or the page's site name is kept as it
// is; a label made from a file name or URL host ("story", "127.0.0.1", "stdin") is made distinct when
// another source has the same one (compared ignoring case): every source of such a group names more of
// where it came from, at the first level that tells them all apart and clashes with no other label:
// the parent folder ("x/story", "y/story"), the file name as written ("1-wire", "2-wire"), with its
// extension ("story.txt", "story.html"), parent and file name; for URLs the host with the path's last
// segment ("127.0.0.1/a.html"), then the whole path and query, then the port as well. When no level
// tells them apart (two paths to one file), the first keeps its label and the others get " (2)", " (3)".
import path from 'node:path';

/** A short outlet label from a file name: "5-independent.txt" -> "independent". */
export function labelFromPath(file: string): string {
	const base = path.basename(file).replace(/\.[^.]+$/, '');
	const cleaned = base.replace(/^[\d_\-. ]+/, '').replace(/[_-]+/g, ' ').trim();
	return (cleaned || base).slice(0, 24);
}

/** A short label from a URL: its host without "www.". */
export function labelFromUrl(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '').slice(0, 32) || url.slice(0, 24);
	} catch {
		return url.slice(0, 24);
	}
}

/** Longest qualified label; longer ones keep their end (the file or page name), with "…" in front. */
const MAX_QUALIFIED = 48;

function clipStart(text: string, max = MAX_QUALIFIED): string {
	return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}

/** Longer labels for a file, from least to most said: parent/label, file name, file name with extension, parent/file name. */
export function fileLabelLevels(file: string): string[] {
	const resolved = path.resolve(file);
	const parent = path.basename(path.dirname(resolved));
	const base = path.basename(resolved);
	const stem = base.replace(/\.[^.]+$/, '') || base;
	const label = labelFromPath(file);
	const within = (name: string) => (parent ? `${parent}/${name}` : name);
	return [within(label), stem, base, within(base)].map(level => clipStart(level));
}

/** Longer labels for a URL: host/last segment, host with path and query, then with the port too. */
export function urlLabelLevels(url: string): string[] {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return [clipStart(url)];
	}
	const host = parsed.hostname.replace(/^www\./, '');
	const decode = (text: string) => {
		try {
			return decodeURIComponent(text);
		} catch {
			return text;
		}
	};
	const segments = parsed.pathname.split('/').filter(Boolean);
	const last = segments.length ? decode(segments[segments.length - 1]!) : '';
	const whole = decode(parsed.pathname.replace(/\/+$/, '')) + parsed.search;
	return [`${host}/${last}`, `${host}${whole}`, `${parsed.host}${whole}`].map(level => clipStart(level));
}

export interface LabelEntry {
	label: string;
	/** True for a label the user gave (--label, story file) or the page's site name: never changed. */
	fixed: boolean;
	/** Longer labels to tell this source apart, from least to most said (see fileLabelLevels). */
	levels: string[];
}

const keyOf = (label: string) => label.toLowerCase();

/** The label each entry ends up with: fixed ones as they are, the others distinct (see the file comment). */
export function distinctLabels(entries: LabelEntry[]): string[] {
	const labels = entries.map(entry => entry.label);
	// Every label that stays as it is, and how many sources hold it.
	const taken = new Map<string, number>();
	const take = (label: string) => taken.set(keyOf(label), (taken.get(keyOf(label)) ?? 0) + 1);
	for (const entry of entries) if (entry.fixed) take(entry.label);
	const groups = new Map<string, number[]>();
	for (const [i, entry] of entries.entries()) {
		if (entry.fixed) continue;
		const group = groups.get(keyOf(entry.label));
		if (group) group.push(i);
		else groups.set(keyOf(entry.label), [i]);
	}
	const clashing: number[][] = [];
	for (const [key, group] of groups) {
		if (group.length === 1 && !taken.has(key)) take(entries[group[0]!]!.label);
		else clashing.push(group);
	}
	// A level is used only if it tells the group apart and clashes with no label kept so far. Groups are
	// settled in the order of their first source; labels they take are then taken for the groups after.
	for (const group of clashing) {
		const depth = Math.max(...group.map(i => entries[i]!.levels.length));
		let settled = false;
		for (let level = 0; level < depth && !settled; level++) {
			const names = group.map(i => {
				const {levels, label} = entries[i]!;
				return levels[Math.min(level, levels.length - 1)] ?? label;
			});
			const keys = new Set(names.map(keyOf));
			if (keys.size < names.length || names.some(name => taken.has(keyOf(name)))) continue;
			for (const [n, i] of group.entries()) {
				labels[i] = names[n]!;
				take(names[n]!);
			}
			settled = true;
		}
		if (settled) continue;
		for (const i of group) {
			const base = entries[i]!.label;
			let name = base;
			for (let count = 2; taken.has(keyOf(name)); count++) name = `${base} (${count})`;
			labels[i] = name;
			take(name);
		}
	}
	return labels;
}

/** One warning per label the user (or the pages' site names) gave to more than one source. */
export function repeatedLabelWarnings(entries: Array<{label: string; fixed: boolean; name: string}>): string[] {
	const byLabel = new Map<string, Array<{label: string; name: string}>>();
	for (const entry of entries) {
		if (!entry.fixed) continue;
		const list = byLabel.get(keyOf(entry.label));
		if (list) list.push(entry);
		else byLabel.set(keyOf(entry.label), [entry]);
	}
	return [...byLabel.values()]
		.filter(list => list.length > 1)
		.map(list => `label "${list[0]!.label}" is used by ${list.length} sources (${list.map(entry => entry.name).join(', ')}); their columns cannot be told apart`);
}
