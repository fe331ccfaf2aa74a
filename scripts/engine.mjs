// Loads the engine's TypeScript modules in Node through a Vite dev server in middleware mode (no
// port is opened), so the $lib/$data aliases, JSON imports and import.meta.glob work as in the site.
import { createServer } from 'vite';

export async function withEngine(fn) {
	process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
	const server = await createServer({
		configFile: 'vite.config.ts',
		logLevel: 'silent',
		server: { middlewareMode: true, hmr: false, ws: false },
		appType: 'custom'
	});
	try {
		return await fn((path) => server.ssrLoadModule(path));
	} finally {
		await server.close();
	}
}
