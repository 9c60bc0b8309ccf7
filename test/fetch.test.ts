// URL fetching against a server this test starts on 127.0.0.1.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {fetchArticle, FetchError, USER_AGENT} from '../source/read/fetch.ts';
import {readInputs} from '../source/read/index.ts';
import {extractHtml} from '../source/read/html.ts';

const page = fs.readFileSync(new URL('../fixtures/html/harbour-report.html', import.meta.url));
const requests: string[] = [];
let userAgent = '';
let base = '';
const server = http.createServer((req, res) => {
	requests.push(req.url!);
	const url = req.url!;
	if (url === '/good') {
		userAgent = req.headers['user-agent'] ?? '';
		res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
		res.end(page);
	} else if (url === '/plain') {
		res.writeHead(200, {'content-type': 'text/plain'});
		res.end('Officials said 12 people were rescued on Sunday. The search continues.');
	} else if (url === '/latin1') {
		res.writeHead(200, {'content-type': 'text/plain; charset=iso-8859-1'});
		res.end(Buffer.from('Caf\xe9 owners in Bogot\xe1 said prices rose.', 'latin1'));
	} else if (url.startsWith('/loop')) {
		res.writeHead(302, {location: '/loop'});
		res.end();
	} else if (url.startsWith('/hop/')) {
		const n = Number(url.slice(5));
		res.writeHead(301, {location: n > 0 ? `/hop/${n - 1}` : '/good'});
		res.end();
	} else if (url === '/to-file') {
		res.writeHead(302, {location: 'file:///etc/passwd'});
		res.end();
	} else if (url === '/slow') {
		res.writeHead(200, {'content-type': 'text/html'});
		res.write('<html><body><p>Start');
		setTimeout(() => res.end('</p></body></html>'), 3000).unref();
	} else if (url === '/hang') {
		// Never answers.
	} else if (url === '/json') {
		res.writeHead(200, {'content-type': 'application/json'});
		res.end('{"a":1}');
	} else if (url === '/huge-declared') {
		res.writeHead(200, {'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024)});
		res.end();
	} else if (url === '/huge-streamed') {
		res.writeHead(200, {'content-type': 'text/html'});
		const chunk = Buffer.alloc(64 * 1024, 'a');
		let sent = 0;
		const pump = () => {
			while (sent < 200 && res.write(chunk)) sent++;
			if (sent < 200) res.once('drain', pump);
			else res.end();
		};
		pump();
	} else if (url === '/resources') {
		res.writeHead(200, {'content-type': 'text/html'});
		res.end(`<html><head><link rel="stylesheet" href="${base}/style.css"><script src="${base}/evil.js"></script></head><body><article><h1>Loaded</h1>
			<img src="${base}/pixel.gif"><iframe src="${base}/frame"></iframe><p>${'The mayor opened the new bridge on Friday. '.repeat(10)}</p>
			<script>fetch('${base}/beacon')</script></article></body></html>`);
	} else {
		res.writeHead(404, {'content-type': 'text/html'});
		res.end('<h1>Not found</h1>');
	}
});

before(async () => {
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
	server.closeAllConnections();
	server.close();
});

const failsWith = async (url: string, pattern: RegExp, options = {}) => {
	await assert.rejects(fetchArticle(url, options), (error: unknown) => {
		assert.ok(error instanceof FetchError, String(error));
		assert.match(error.message, pattern);
		return true;
	});
};

test('a good page is fetched with a descriptive user agent', async () => {
	const got = await fetchArticle(`${base}/good`);
	assert.equal(got.mediaType, 'text/html');
	assert.equal(got.charset, 'utf-8');
	assert.equal(Buffer.from(got.bytes).toString(), page.toString());
	assert.equal(userAgent, USER_AGENT);
	assert.match(userAgent, /crosscheck/);
});

test('redirects are followed up to five hops, a loop stops with a reason', async () => {
	const got = await fetchArticle(`${base}/hop/4`);
	assert.equal(got.finalUrl, `${base}/good`);
	await failsWith(`${base}/hop/5`, /too many redirects \(more than 5\)/);
	await failsWith(`${base}/loop`, /too many redirects/);
	await failsWith(`${base}/to-file`, /only http and https/);
});

test('timeouts, wrong content types, oversized bodies and HTTP errors each give one reason', async () => {
	await failsWith(`${base}/slow`, /timed out after 0\.5 s/, {timeoutMs: 500});
	await failsWith(`${base}/hang`, /timed out after 0\.3 s/, {timeoutMs: 300});
	await failsWith(`${base}/json`, /content type application\/json is not an article/);
	await failsWith(`${base}/huge-declared`, /over the 5 MB limit/);
	await failsWith(`${base}/huge-streamed`, /over the 1 MB limit/, {maxBytes: 1024 * 1024});
	await failsWith(`${base}/missing`, /HTTP 404 Not Found/);
	await failsWith('ftp://127.0.0.1/file.txt', /only http and https URLs are supported, not ftp/);
	await failsWith('http://user:pw@127.0.0.1/', /user name or password/);
	const closed = http.createServer();
	await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
	const port = (closed.address() as AddressInfo).port;
	await new Promise(resolve => closed.close(resolve));
	await failsWith(`http://127.0.0.1:${port}/`, /connection refused/);
});

test('readInputs: failed URLs are warnings naming the URL; the others still load', async () => {
	const read = await readInputs([`${base}/good`, `${base}/missing`, `${base}/plain`, `${base}/loop`, `${base}/latin1`], {timeoutMs: 2000});
	assert.deepEqual(read.errors, []);
	assert.deepEqual(read.warnings, [`${base}/missing: HTTP 404 Not Found`, `${base}/loop: too many redirects (more than 5)`]);
	assert.deepEqual(read.sources.map(s => [s.format, s.label]), [
		['html', 'The Coastal Herald'],
		// Two pages from one host are told apart by the path's last segment.
		['text', '127.0.0.1/plain'],
		['text', '127.0.0.1/latin1'],
	]);
	assert.equal(read.sources[0]!.path, `${base}/good`);
	assert.equal(read.sources[2]!.text, 'Café owners in Bogotá said prices rose.');
});

test('--save keeps fetched pages and a story.json that reopens them offline', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-save-'));
	const local = path.join(dir, 'local.txt');
	fs.writeFileSync(local, 'A local article says 12 people were rescued.');
	const read = await readInputs([`${base}/good`, local], {saveDir: path.join(dir, 'saved')});
	assert.equal(read.saved, path.join(dir, 'saved', 'story.json'));
	const story = JSON.parse(fs.readFileSync(read.saved!, 'utf8'));
	assert.equal(story.sources.length, 2);
	assert.equal(story.sources[0].url, `${base}/good`);
	assert.equal(story.sources[1].path, local);
	const before = requests.length;
	const again = await readInputs([read.saved!]);
	assert.equal(requests.length, before, 'reopening must not touch the network');
	assert.deepEqual(again.sources.map(s => s.text), read.sources.map(s => s.text));
	assert.deepEqual(again.sources.map(s => s.label), read.sources.map(s => s.label));
});

test('HTML is parsed, never executed: no script runs and no resource is requested', async () => {
	const got = await fetchArticle(`${base}/resources`);
	const before = requests.length;
	const article = await extractHtml(Buffer.from(got.bytes).toString());
	await new Promise(resolve => setTimeout(resolve, 200));
	assert.equal(requests.length, before, `unexpected requests: ${requests.slice(before).join(', ')}`);
	assert.match(article.text, /The mayor opened the new bridge/);
});
