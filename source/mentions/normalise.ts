// Normalisation shared by mentions and search: folding, aliases, quantities and dates as comparable keys.
import type {DateValue, NumberValue} from '../model.ts';
import {tokenize} from './tokens.ts';
import {readFigure} from './numbers.ts';
import {readDate, resolveRelative, type Reference} from './dates.ts';

export {fold} from './fold.ts';
export {canonicalAlias} from './aliases.ts';
export {numberKey} from './numbers.ts';
export {dateKey} from './dates.ts';

/**
 * Parse a quantity phrase: "37", "thirty-seven", "1,200", "3.5", "50%", "50 per cent", "320 tons",
 * "hundreds of tons", "a dozen", "about 40", "more than 90", "two million", "$5 million".
 * Vague amounts carry a range and `vague: true`; `unit` is the singular counted noun ("ton", "member").
 */
export function parseQuantity(text: string): NumberValue | undefined {
	return readFigure(tokenize(text), 0)?.value;
}

/** A quantity that is the whole of `text` ("37 suspects", "50 percent"), not one followed by other words ("37 Harfuch"). */
export function parseWholeQuantity(text: string): NumberValue | undefined {
	const tokens = tokenize(text);
	const match = readFigure(tokens, 0);
	return match && match.next >= tokens.length ? match.value : undefined;
}

/**
 * Parse a date phrase at whatever precision it has. Relative expressions ("last August", "last year")
 * use `reference` (the story's "now") for the year when given, and leave it unset otherwise.
 */
export function parseDate(text: string, reference?: Reference): DateValue | undefined {
	const tokens = tokenize(text);
	// Leading "in"/"on"/"since" is context, not part of the date.
	let i = 0;
	while (i < tokens.length - 1 && /^(?:in|on|since|by|during|from|until|of|earlier|later)$/.test(tokens[i].low)) i++;
	const match = readDate(tokens, i, 0) ?? (i > 0 ? readDate(tokens, i - 1, 0) : undefined);
	if (!match) return undefined;
	if (match.relative) {
		const resolved = resolveRelative(match.relative, reference);
		return {...match.date, ...resolved};
	}
	return match.date;
}
