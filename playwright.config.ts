import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

// Overridable, so that two checkouts on one machine can run their browser tests at the same time.
export const PORT = Number(process.env.E2E_PORT ?? 4319);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PORT + 1);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: [['list'], ['json']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		locale: 'lv-LV',
		timezoneId: 'Europe/Riga',
		permissions: ['clipboard-read', 'clipboard-write'],
		// Playwright cannot download browsers here: Debian's Chromium (see README and scripts/chromium.mjs).
		launchOptions: chromiumLaunchOptions()
	},
	webServer: [
		{
			// The exact artifact: the prerendered build/ folder, served as plain files.
			command: `node scripts/serve.mjs --port ${PORT} --host 127.0.0.1`,
			url: `http://127.0.0.1:${PORT}/lv/`,
			reuseExistingServer: false,
			timeout: 20_000
		},
		{
			// A second origin that embeds the widget in an iframe (tests/e2e/embed.spec.ts).
			command: `node scripts/serve.mjs --port ${HOST_PORT} --host 127.0.0.1 --dir tests/e2e/host`,
			url: `http://127.0.0.1:${HOST_PORT}/`,
			reuseExistingServer: false,
			timeout: 20_000
		}
	]
});
