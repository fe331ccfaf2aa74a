#!/usr/bin/env node
// Serves the built site (build/) on localhost: the exact files that would be published.
// Usage: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--dir build]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, def) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : def;
};
const port = Number(opt('port', process.env.PORT ?? 4173));
const host = opt('host', '127.0.0.1');
const root = resolve(opt('dir', 'build'));

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No built site in ${root}. Run "npm run build" first.`);
	process.exit(1);
}

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

const server = createServer((req, res) => {
	let path;
	try {
		path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	} catch {
		res.writeHead(400).end('Bad request');
		return;
	}
	let file = normalize(join(root, path));
	if (!file.startsWith(root)) {
		res.writeHead(403).end('Forbidden');
		return;
	}
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(308, { Location: path + '/' }).end();
			return;
		}
		file = join(file, 'index.html');
	}
	if (!existsSync(file)) {
		const nf = join(root, '404.html');
		res.writeHead(404, { 'Content-Type': TYPES['.html'] });
		if (existsSync(nf)) createReadStream(nf).pipe(res);
		else res.end('Not found');
		return;
	}
	res.writeHead(200, {
		'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
		'Cache-Control': path.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer'
	});
	createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
	console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/lv/  (Ctrl+C to stop)`);
});
