// The story model: what the pipeline produces and every view renders.
// Pure data (JSON-serialisable), no behaviour, so each stage can be tested on its own.

export type SourceFormat = 'text' | 'markdown' | 'html';

/** One article as read and decoded. `text` is what every offset points into. */
export interface Source {
	id: string; // "s1", "s2", ... in input order
	path: string; // as given on the command line (or URL, or "-")
	label: string; // short outlet name for column headers
	title: string; // headline, when known (first heading), else ""
	text: string; // decoded text: BOM removed, otherwise unchanged for .txt/.md
	format: SourceFormat;
	/** True when `text` was extracted from markup (HTML): offsets then refer to `text`, not the raw file. */
	extracted?: boolean;
	/** Start offsets (into `text`) of lines the markup declared as headings (HTML h1-h6, Markdown #). */
	headings?: number[];
	/** Where --dump-text wrote `text`, when it did: the file every offset of this source points into. */
	textPath?: string;
	/** Byline, site name and date found in markup metadata (HTML), when any. */
	meta?: {siteName?: string; byline?: string; published?: string};
}

export type UnitKind = 'claim' | 'heading' | 'boilerplate';

/** A sentence (or a title/caption line) with exact offsets: text === source.text.slice(start, end). */
export interface Unit {
	id: string; // "s1.u3"
	source: string;
	index: number; // position within its source, 0-based
	start: number;
	end: number;
	text: string;
	kind: UnitKind;
	/** Why the classifier set it aside (for boilerplate/heading), e.g. "caption", "donation appeal". */
	reason?: string;
	/** 1-based line and column of `start` in the source text. */
	line: number;
	column: number;
}

export type MentionKind = 'person' | 'organisation' | 'place' | 'number' | 'date';

/** A parsed quantity. Vague quantities ("hundreds of", "dozens") carry a range and `vague: true`. */
export interface NumberValue {
	value: number; // best single value (lower bound for vague quantities)
	min: number;
	max: number;
	vague: boolean;
	percent?: boolean;
	unit?: string; // normalised unit or counted noun head: "ton", "aircraft", "member"
	/** A vote or score ("a 3–2 ruling", "won 5-4"): both sides in order; `value` is the first. */
	tally?: [number, number];
}

/** A date at whatever precision the text gives. */
export interface DateValue {
	year?: number;
	month?: number; // 1-12
	day?: number;
	weekday?: number; // 0=Sunday
	/**
	 * Set on a full date (year, month and day all written) that is written with a weekday it does not fall
	 * on: "Tuesday, January 21, 2026" (a Wednesday). `written` and `actual` are weekdays (0=Sunday), the
	 * actual one by the proleptic Gregorian calendar; `start`/`end` span the whole written date, weekday
	 * included, in the source text (the mention itself spans the calendar date only).
	 */
	weekdayMismatch?: WeekdayMismatch;
}

export interface WeekdayMismatch {
	written: number;
	actual: number;
	start: number;
	end: number;
}

export interface Mention {
	id: string; // "s1.m4"
	source: string;
	unit: string;
	start: number;
	end: number;
	text: string;
	kind: MentionKind;
	/** Normalised key, equal across sources for the same entity/value: "claudia sheinbaum", "us", "37", "2025-02". */
	key: string;
	number?: NumberValue;
	date?: DateValue;
}

export type RowStatus = 'agree' | 'conflict' | 'single';

export interface Conflict {
	kind: MentionKind;
	/** What the differing values are about, when known (e.g. the counted noun "tons"). */
	about?: string;
	/** sourceId -> the value that source gives (mention text, joined with ", " when several). */
	values: Record<string, string>;
	/** sourceId -> mention ids carrying the values, for highlighting. */
	mentions: Record<string, string[]>;
}

/**
 * Something a single source gets wrong within itself, found in a row's units. It is information next
 * to the row: it never changes the row's status or conflicts, which compare sources with each other.
 * `kind: 'date'` is a date written with a weekday it does not fall on (see DateValue.weekdayMismatch).
 */
export interface RowNote {
	kind: 'date';
	source: string;
	unit: string;
	mention: string; // the date mention the note is about
	start: number; // the written date, weekday included: text === source.text.slice(start, end)
	end: number;
	text: string;
	message: string; // "January 21, 2026 is a Wednesday, not a Tuesday"
}

/** One claim as each outlet states it. */
export interface Row {
	id: string; // "r1"
	units: string[]; // unit ids, in source order then unit order
	sources: string[]; // source ids present, in source order
	status: RowStatus;
	conflicts: Conflict[];
	/** Inconsistencies within one source's units (present only when there are some); not conflicts. */
	notes?: RowNote[];
	/** Position used to order rows for reading (mean relative position across sources). */
	position: number;
}

export interface Story {
	schema: 1;
	title: string;
	sources: Source[];
	units: Unit[];
	rows: Row[];
	mentions: Mention[];
}
