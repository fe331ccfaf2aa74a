import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateDataPlugin } from './scripts/validate-data-plugin.ts';
import { stripGoldenPlugin } from './scripts/strip-golden-plugin.ts';

export default defineConfig({
	plugins: [validateDataPlugin(), stripGoldenPlugin(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
