// Making untrusted article text safe for a terminal, and measuring it in terminal cells.
import stringWidth from 'string-width';

// CSI, OSC (BEL or ST terminated), DCS/SOS/PM/APC strings, and two-byte ESC sequences.
const ESCAPES = new RegExp(
	[
		'(?:\\u001B\\[|\\u009B)[0-?]*[ -/]*[@-~]', // CSI
		'(?:\\u001B\\]|\\u009D)[^\\u0007\\u001B\\u009C]*(?:\\u0007|\\u001B\\\\|\\u009C)?', // OSC
		'(?:\\u001B[PX^_]|[\\u0090\\u0098\\u009E\\u009F])[^\\u001B\\u009C]*(?:\\u001B\\\\|\\u009C)?', // DCS, SOS, PM, APC
		'\\u001B[ -/]*[0-~]?', // other ESC sequences, or a lone ESC
	].join('|'),
	'g',
);
// C0 and C1 controls except tab and newline; DEL.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Bidi overrides/isolates and zero-width characters that can disguise text.
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;

/** Removes escape sequences, control characters and disguising invisibles; expands tabs. */
export function sanitizeForTerminal(text: string, tabWidth = 4): string {
	return text
		.replace(ESCAPES, '')
		.replace(CONTROLS, '')
		.replace(INVISIBLES, '')
		.replace(/\t/g, ' '.repeat(tabWidth));
}

/** Like sanitizeForTerminal, and folds any line break into a space (for one-line cells). */
export function sanitizeInline(text: string): string {
	return sanitizeForTerminal(text).replace(/[\r\n\u2028\u2029]+/g, ' ');
}

export function cellWidth(text: string): number {
	return stringWidth(text);
}
