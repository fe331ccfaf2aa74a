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
		output: { bundleStrategy: 'split' }
	}
};

export default config;
