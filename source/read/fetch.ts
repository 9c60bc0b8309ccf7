// Fetching an article by URL, defensively: http and https only, a timeout over the whole exchange,
// a size cap enforced while streaming (not trusted from Content-Length alone), redirects followed
// by hand so each hop is checked and counted, and only text-like content types accepted.
import {DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, MAX_REDIRECTS, formatBytes} from './limits.ts';

export const USER_AGENT = 'Mozilla/5.0 (compatible; crosscheck/0.1; command-line news comparison; fetches one page per article named by its user)';

const ACCEPTED_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'];

export interface FetchOptions {
	timeoutMs?: number;
	maxBytes?: number;
	maxRedirects?: number;
}

export interface Fetched {
	url: string; // as asked
	finalUrl: string; // after redirects
	bytes: Uint8Array;
	/** Media type without parameters, lower-case ("text/html"), or "" when the server sent none. */
	mediaType: string;
	charset?: string;
}

/** A fetch that failed for a reason worth one line to the user. */
export class FetchError extends Error {}

export function isUrl(input: string): boolean {
	return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

function parseContentType(header: string | null): {mediaType: string; charset?: string} {
	if (!header) return {mediaType: ''};
	const [type, ...params] = header.split(';');
	const charset = params.map(p => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
	return {mediaType: type!.trim().toLowerCase(), ...(charset ? {charset: charset.toLowerCase()} : {})};
}

function checkProtocol(url: URL): void {
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new FetchError(`only http and https URLs are supported, not ${url.protocol.replace(/:$/, '')}`);
	}
	if (url.username || url.password) throw new FetchError('URLs with a user name or password are not fetched');
}

/** Why a network error happened, in words (undici puts the system error in `cause`). */
function describeNetworkError(error: unknown): string {
	const cause = (error as {cause?: {code?: string; message?: string}}).cause;
	const code = cause?.code ?? (error as {code?: string}).code;
	switch (code) {
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return 'host not found';
		case 'ECONNREFUSED':
			return 'connection refused';
		case 'ECONNRESET':
		case 'UND_ERR_SOCKET':
			return 'connection reset';
		case 'ETIMEDOUT':
		case 'UND_ERR_CONNECT_TIMEOUT':
			return 'connection timed out';
		case 'CERT_HAS_EXPIRED':
		case 'DEPTH_ZERO_SELF_SIGNED_CERT':
		case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
		case 'ERR_TLS_CERT_ALTNAME_INVALID':
			return `TLS certificate problem (${code})`;
		default:
			return cause?.message ?? (error as Error)?.message ?? 'network error';
	}
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
	const declared = Number(response.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) {
		await response.body?.cancel().catch(() => {});
		throw new FetchError(`page is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit (--max-size)`);
	}
	if (!response.body) return new Uint8Array();
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const {done, value} = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel().catch(() => {});
			throw new FetchError(`page is over the ${formatBytes(maxBytes)} limit (--max-size)`);
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return bytes;
}

/** Fetches one article page. Throws FetchError with a short reason on any failure. */
export async function fetchArticle(input: string, options: FetchOptions = {}): Promise<Fetched> {
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
	let url: URL;
	try {
		url = new URL(input);
	} catch {
		throw new FetchError('not a valid URL');
	}
	checkProtocol(url);
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		for (let hops = 0; ; hops++) {
			let response: Response;
			try {
				response = await fetch(url, {
					redirect: 'manual',
					signal: controller.signal,
					headers: {'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1'},
				});
			} catch (error) {
				if (controller.signal.aborted) throw new FetchError(`timed out after ${timeoutMs / 1000} s (--timeout)`);
				throw new FetchError(describeNetworkError(error));
			}
			if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
				await response.body?.cancel().catch(() => {});
				if (hops >= maxRedirects) throw new FetchError(`too many redirects (more than ${maxRedirects})`);
				try {
					url = new URL(response.headers.get('location')!, url);
				} catch {
					throw new FetchError('redirect to an invalid URL');
				}
				checkProtocol(url);
				continue;
			}
			if (!response.ok) {
				await response.body?.cancel().catch(() => {});
				throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
			}
			const {mediaType, charset} = parseContentType(response.headers.get('content-type'));
			if (mediaType && !ACCEPTED_TYPES.includes(mediaType)) {
				await response.body?.cancel().catch(() => {});
				throw new FetchError(`content type ${mediaType} is not an article (expected HTML or plain text)`);
			}
			let bytes: Uint8Array;
			try {
				bytes = await readCapped(response, maxBytes);
			} catch (error) {
				if (error instanceof FetchError) throw error;
				if (controller.signal.aborted) throw new FetchError(`timed out after ${timeoutMs / 1000} s (--timeout)`);
				throw new FetchError(describeNetworkError(error));
			}
			return {url: input, finalUrl: url.href, bytes, mediaType, ...(charset ? {charset} : {})};
		}
	} finally {
		clearTimeout(timer);
	}
}
