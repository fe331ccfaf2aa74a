import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		alias: { $data: 'data' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		// Every page is prerendered: the site is plain files, all computing happens in the browser.
		output: { bundleStrategy: 'split' }
	}
};

export default config;
