import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// No SPA fallback: build/404.html is a prerendered page (src/routes/404) that works without JavaScript.
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		// Root-relative asset paths, so that 404.html, served at any depth, still finds its stylesheet.
		// The site already links its pages from the root (/lv/…), so it is published at a domain's root.
		paths: { relative: false },
		alias: { $data: 'data' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		// Every page is prerendered: the site is plain files, all computing happens in the browser.
		output: { bundleStrategy: 'split' },
		// A strict Content-Security-Policy, written into every prerendered page as a <meta> tag with the
		// SHA-256 hash of SvelteKit's inline start-up script, so no 'unsafe-inline' for scripts.
		// Styles keep 'unsafe-inline': Svelte writes `style="…"` attributes (bar widths in charts, the
		// embed's auto-height, app.html's `display: contents`), which hashes cannot allow. A meta tag
		// cannot carry frame-ancestors; the headers a host should add are in README "Hosting".
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
