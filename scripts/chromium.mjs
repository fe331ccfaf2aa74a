// The Chromium that the browser tests (playwright.config.ts) and the browser scripts (bench, measure,
// lighthouse) launch, and its flags: one place for both.
// Playwright cannot download its own browsers here, so Debian's Chromium is used (README): CHROME_PATH
// if set, else /usr/bin/chromium if it is there, else undefined (Playwright's own browser, where one
// is installed; Lighthouse then looks for a Chrome itself).
import { existsSync } from 'node:fs';

/** @type {string | undefined} */
export const chromiumPath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * No sandbox (containers, root), no GPU, and nothing the browser fetches by itself (QUIC, component
 * updates, sync, background requests), so that a measured page's own requests are all there is.
 * @type {readonly string[]}
 */
export const chromiumArgs = Object.freeze([
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
]);

/** For `chromium.launch()` and Playwright's `use.launchOptions`. */
export function chromiumLaunchOptions() {
	return { executablePath: chromiumPath, args: [...chromiumArgs] };
}
