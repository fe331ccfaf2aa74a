// A small static file server for the built site (build/): the exact files that would be published.
// Used by `npm start`, `npm run serve`, the browser tests and the benchmarks. It is written to be safe
// on an open port, because outside probing found a crash, an open redirect and a read outside build/:
// - a path is decoded once and resolved under the root with a separator check (`root + sep`), so
//   `/..%2fbuildnotes.txt` cannot reach a file beside build/;
// - a redirect to the directory's slash form is built from the resolved file, re-encoded, never from
//   the decoded request, so `/%2fevil.example%2f..%2flv` cannot send a browser to another host and a
//   control character (`/%0a%2f..`) cannot reach a header;
// - only GET and HEAD are answered (405 otherwise); any error ends that one response, never the process;
// - text is gzip-compressed when the browser accepts it;
// - the headers a host should add are sent (see README "Hosting"): nosniff, no referrer, and
//   `frame-ancestors` — 'none' for the full pages, * for the embeddable widgets under /…/embed/.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

export const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/** The security headers for a response; `embeddable` for the widget pages under /…/embed/. */
export function securityHeaders(isHtml, embeddable) {
	return {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer',
		...(isHtml ? { 'Content-Security-Policy': `frame-ancestors ${embeddable ? '*' : "'none'"}` } : {}),
		// Browsers without frame-ancestors: the full pages refuse every frame; the widgets send nothing.
		...(isHtml && !embeddable ? { 'X-Frame-Options': 'DENY' } : {})
	};
}

function stat(file) {
	try {
		return statSync(file);
	} catch {
		return undefined;
	}
}

/** The file for a request path under `root`, or why there is none. */
export function resolvePath(root, rawPath) {
	let decoded;
	try {
		decoded = decodeURIComponent(rawPath);
	} catch {
		return { status: 400 };
	}
	// NUL and backslashes have no place in a URL path of this site (a backslash is a separator on Windows).
	if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
	const file = resolve(root, '.' + decoded);
	if (file !== root && !file.startsWith(root + sep)) return { status: 403 };
	return { file, decoded };
}

/** The canonical, re-encoded URL path of a file or directory under root (never the request's text). */
function canonicalPath(root, file) {
	const rel = relative(root, file);
	return '/' + (rel === '' ? '' : rel.split(sep).map(encodeURIComponent).join('/'));
}

export function createStaticServer({ root: dir, log = () => {} }) {
	const root = resolve(dir);
	const notFound = join(root, '404.html');

	function send(req, res, status, file, extraHeaders = {}) {
		const ext = extname(file);
		const type = TYPES[ext] ?? 'application/octet-stream';
		const rel = canonicalPath(root, file);
		const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(status, {
			'Content-Type': type,
			'Cache-Control': rel.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
			...(COMPRESSIBLE.has(ext) ? { Vary: 'Accept-Encoding' } : {}),
			...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': stat(file)?.size ?? 0 }),
			...securityHeaders(ext === '.html', /(^|\/)embed\/index\.html$/.test(rel)),
			...extraHeaders
		});
		if (req.method === 'HEAD') return res.end();
		const stream = createReadStream(file);
		stream.on('error', () => res.destroy());
		if (gzip) stream.pipe(createGzip()).pipe(res);
		else stream.pipe(res);
	}

	function plain(res, status, text, headers = {}) {
		res.writeHead(status, { 'Content-Type': TYPES['.txt'], ...securityHeaders(false, false), ...headers });
		res.end(text);
	}

	function handle(req, res) {
		if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
		let rawPath;
		try {
			rawPath = new URL(req.url ?? '/', 'http://localhost').pathname;
		} catch {
			return plain(res, 400, 'Bad request');
		}
		const r = resolvePath(root, rawPath);
		if (r.status === 400) return plain(res, 400, 'Bad request');
		if (r.status === 403) return plain(res, 403, 'Forbidden');
		let file = r.file;
		const s = stat(file);
		if (s?.isDirectory()) {
			if (!r.decoded.endsWith('/')) {
				const location = canonicalPath(root, file) + '/';
				res.writeHead(308, { Location: location === '//' ? '/' : location, ...securityHeaders(false, false) });
				return res.end();
			}
			file = join(file, 'index.html');
		}
		if (!stat(file)?.isFile()) {
			if (stat(notFound)?.isFile()) return send(req, res, 404, notFound);
			return plain(res, 404, 'Not found');
		}
		send(req, res, 200, file);
	}

	const server = createServer((req, res) => {
		try {
			handle(req, res);
		} catch (e) {
			log(`error on ${JSON.stringify(req.url)}: ${e?.message}`);
			if (!res.headersSent) plain(res, 500, 'Server error');
			else res.destroy();
		}
	});
	// A malformed request line or header is answered 400 by Node; never let it end the process.
	server.on('clientError', (_err, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});
	return server;
}
