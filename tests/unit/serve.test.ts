/**
 * The static server (scripts/serve.mjs), attacked as outside probing did (fault 5): a read beside the
 * root, an open redirect, a crash on a control character, methods other than GET/HEAD, no compression.
 * The real command is started on a free loopback port over a small site in a temporary folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = process.env.SERVE_SCRIPT ?? 'scripts/serve.mjs';
let dir: string;
let port: number;
let child: ChildProcess;

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function get(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Reply> {
	return new Promise((ok, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', fail);
		req.end();
	});
}

function freePort(): Promise<number> {
	return new Promise((ok) => {
		const s = createServer();
		s.listen(0, '127.0.0.1', () => {
			const p = (s.address() as { port: number }).port;
			s.close(() => ok(p));
		});
	});
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
	const root = join(dir, 'build');
	mkdirSync(join(root, 'lv', 'retirement-age', 'embed'), { recursive: true });
	writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
	writeFileSync(join(root, '404.html'), '<!doctype html><title>not found</title>');
	writeFileSync(join(root, 'lv', 'index.html'), '<!doctype html><title>lv</title>' + ' text'.repeat(2000));
	writeFileSync(join(root, 'lv', 'retirement-age', 'embed', 'index.html'), '<!doctype html><title>widget</title>');
	writeFileSync(join(dir, 'buildnotes.txt'), 'SECRET beside the root');
	port = await freePort();
	child = spawn(process.execPath, [SCRIPT, '--port', String(port), '--host', '127.0.0.1', '--dir', root], { stdio: 'ignore' });
	// Wait until it answers (no fixed sleep: poll).
	for (;;) {
		try {
			await get('/');
			break;
		} catch {
			await new Promise((r) => setTimeout(r, 50));
		}
	}
});

afterAll(() => {
	child?.kill();
	rmSync(dir, { recursive: true, force: true });
});

describe('the static server', () => {
	it('serves a page, with the security headers a host should send', async () => {
		const r = await get('/lv/');
		expect(r.status).toBe(200);
		expect(r.body.toString()).toContain('<title>lv</title>');
		expect(r.headers['x-content-type-options']).toBe('nosniff');
		expect(r.headers['referrer-policy']).toBe('no-referrer');
		expect(r.headers['content-security-policy']).toBe("frame-ancestors 'none'");
		expect(r.headers['x-frame-options']).toBe('DENY');
	});
	it('lets any site frame the widget pages only', async () => {
		const r = await get('/lv/retirement-age/embed/');
		expect(r.status).toBe(200);
		expect(r.headers['content-security-policy']).toBe('frame-ancestors *');
		expect(r.headers['x-frame-options']).toBeUndefined();
	});
	it.each(['/..%2fbuildnotes.txt', '/%2e%2e/buildnotes.txt', '/lv/..%2f..%2fbuildnotes.txt', '/..%5cbuildnotes.txt'])(
		'does not read beside the root: %s',
		async (path) => {
			const r = await get(path);
			expect(r.status).toBeGreaterThanOrEqual(400);
			expect(r.body.toString()).not.toContain('SECRET');
		}
	);
	it('never redirects to another host', async () => {
		for (const path of ['/%2fevil.example%2f..%2flv', '//evil.example/../lv', '/%2F%2Fevil.example%2F..%2Flv']) {
			const r = await get(path);
			const loc = String(r.headers.location ?? '');
			if (r.status >= 300 && r.status < 400) {
				expect(loc.startsWith('/')).toBe(true);
				expect(loc.startsWith('//')).toBe(false);
				expect(new URL(loc, 'http://site.example/').host).toBe('site.example');
			}
		}
		const r = await get('/lv');
		expect([r.status, r.headers.location]).toEqual([308, '/lv/']);
	});
	it('survives a control character in the path and keeps answering', async () => {
		const r = await get('/%0a%2f..');
		expect(r.status).toBeLessThan(500);
		expect((await get('/lv/')).status).toBe(200);
	});
	it('answers only GET and HEAD', async () => {
		for (const m of ['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS']) {
			const r = await get('/lv/', m);
			expect([m, r.status]).toEqual([m, 405]);
			expect(r.headers.allow).toBe('GET, HEAD');
		}
		const head = await get('/lv/', 'HEAD');
		expect([head.status, head.body.length]).toEqual([200, 0]);
	});
	it('compresses text with gzip when the browser accepts it', async () => {
		const r = await get('/lv/', 'GET', { 'Accept-Encoding': 'gzip, deflate, br' });
		expect(r.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(r.body).toString()).toContain('<title>lv</title>');
		expect(r.body.length).toBeLessThan(2000);
	});
	it('answers an unknown path with the 404 page', async () => {
		const r = await get('/lv/nope/');
		expect([r.status, r.body.toString()]).toEqual([404, '<!doctype html><title>not found</title>']);
	});
});
