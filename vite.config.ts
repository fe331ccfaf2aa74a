import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateDataPlugin } from './scripts/validate-data-plugin.ts';
import { stripGoldenPlugin } from './scripts/strip-golden-plugin.ts';
import { leanTablesPlugin } from './scripts/lean-tables-plugin.ts';
import { pureMessagesPlugin } from './scripts/pure-messages-plugin.ts';

export default defineConfig({
	plugins: [validateDataPlugin(), stripGoldenPlugin(), leanTablesPlugin(), pureMessagesPlugin(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// No test may fail because the machine is busy: the seeded property and fuzz tests do real work
		// and took over 5 s (vitest's default) on a loaded 2-core machine. A hung test still ends.
		testTimeout: 600_000,
		hookTimeout: 600_000
	}
});
