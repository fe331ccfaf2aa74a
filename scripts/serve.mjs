#!/usr/bin/env node
// Serves the built site (build/) on localhost: the exact files that would be published.
// Usage: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--dir build]
// The server itself (path checks, methods, compression, security headers) is scripts/static-server.mjs.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createStaticServer } from './static-server.mjs';

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

createStaticServer({ root, log: (m) => console.error(m) }).listen(port, host, () => {
	console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/lv/  (Ctrl+C to stop)`);
});
