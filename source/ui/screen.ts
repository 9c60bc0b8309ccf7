// The interactive view's hold on the terminal: the alternate screen, the hidden cursor, keys held
// in raw mode, and putting all of it back on quit, error, signal or exit. Kept apart from Ink so
// that the first frame can be painted before Ink and React have loaded (see first-frame.ts).
const ENTER_ALT = '\x1b[?1049h\x1b[H';
const LEAVE_ALT = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT'];
const EXIT_CODE: Partial<Record<NodeJS.Signals, number>> = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130};

export interface ScreenStreams {
	stdout: {write(text: string): unknown};
	stdin: {isTTY?: boolean; isRaw?: boolean; setRawMode?(mode: boolean): unknown};
}

export class TerminalScreen {
	/** Called on SIGTERM, SIGHUP or SIGINT before the terminal is restored and the process exits. */
	onInterrupt: (() => void) | undefined;
	private entered = false;
	private restored = false;
	private rawByUs = false;

	constructor(private readonly streams: ScreenStreams = {stdout: process.stdout, stdin: process.stdin}) {}

	/** Switches to the alternate screen (once) and arranges for the terminal to be restored. */
	enter(): void {
		if (this.entered) return;
		this.entered = true;
		this.streams.stdout.write(ENTER_ALT);
		process.on('exit', this.restore);
		for (const signal of SIGNALS) process.on(signal, this.onSignal);
	}

	/**
	 * Raw mode before Ink reads the keyboard: keys typed meanwhile are neither echoed over the frame
	 * nor lost (Ink reads them once it starts), and Ctrl-C reaches the view as a key.
	 */
	holdKeys(): void {
		const {stdin} = this.streams;
		if (!stdin.isTTY || stdin.isRaw || !stdin.setRawMode) return;
		stdin.setRawMode(true);
		this.rawByUs = true;
	}

	/** Leaves the alternate screen and shows the cursor; safe to call more than once. */
	readonly restore = (): void => {
		if (!this.entered || this.restored) return;
		this.restored = true;
		process.off('exit', this.restore);
		for (const signal of SIGNALS) process.off(signal, this.onSignal);
		if (this.rawByUs && this.streams.stdin.isRaw) this.streams.stdin.setRawMode?.(false);
		this.streams.stdout.write(LEAVE_ALT + SHOW_CURSOR);
	};

	private readonly onSignal = (signal: NodeJS.Signals): void => {
		this.onInterrupt?.();
		this.restore();
		process.exit(EXIT_CODE[signal] ?? 1);
	};
}
