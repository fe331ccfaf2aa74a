/**
 * Vite plugin: golden cases (worked examples in `src/lib/calculators/<id>/golden.ts`) are for the
 * tests, the batch command and the README, not for visitors. In the browser build each golden module
 * becomes an empty list, so no page downloads them. The server-side (prerender) build, the tests and
 * the batch command keep them.
 */
import type { Plugin } from 'vite';

const GOLDEN = /\/src\/lib\/calculators\/[^/]+\/golden\.ts$/;

export function stripGoldenPlugin(): Plugin {
	let build = false;
	return {
		name: 'strip-golden-from-client',
		enforce: 'pre',
		configResolved(config) {
			build = config.command === 'build';
		},
		load(id, options) {
			if (!build || options?.ssr || !GOLDEN.test(id.split('?')[0])) return null;
			return 'export const golden = [];\nexport default golden;\n';
		}
	};
}
