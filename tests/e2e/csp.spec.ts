/**
 * The strict Content-Security-Policy (svelte.config.js `kit.csp`, README "Hosting"): every built page
 * carries one, its script-src allows no inline script except by hash, and the pages that run scripts
 * (a calculator, its widget inside a host page, the root redirect, a page with the service worker)
 * work under it without a single CSP violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_PORT } from '../../playwright.config';
import { fillRetirement, figure, ready } from './helpers';

const sha256 = (s: string) => createHash('sha256').update(s).digest('base64');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
	});
}

/** CSP violations reported in the page (and its frames), and console errors that name the policy. */
function watchViolations(page: Page) {
	const seen: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
	});
	return seen;
}

test('every built page has a CSP whose script-src has no unsafe-inline and hashes its inline scripts', () => {
	const files = htmlFiles('build');
	expect(files.length).toBeGreaterThan(50);
	for (const f of files) {
		const html = readFileSync(f, 'utf8');
		const csp = html.match(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]+)"/i)?.[1];
		expect(csp, f).toBeTruthy();
		const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'));
		expect(scriptSrc, f).toBeTruthy();
		expect(scriptSrc, f).not.toContain('unsafe-inline');
		expect(scriptSrc, f).not.toContain('unsafe-eval');
		expect(csp, f).toContain("object-src 'none'");
		// Each inline script is allowed by its own hash. A calculator page's recorded texts are a data block
		// (type="application/json", never executed, so outside script-src): it must be the only such block.
		for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
			if (/\btype="application\/json"/.test(m[1])) {
				expect(m[1], f).toContain('id="page-texts"');
				expect(m[2], f).not.toMatch(/<\//);
				continue;
			}
			expect(scriptSrc, `${f}: inline script without its hash`).toContain(`'sha256-${sha256(m[2])}'`);
		}
	}
});

test('a calculator computes under the policy, without violations', async ({ page }) => {
	const violations = watchViolations(page);
	await page.goto('/lv/retirement-age/');
	await ready(page);
	await fillRetirement(page, { birth: '15.05.1955', record: '40', asOf: '22.11.2026' });
	await page.getByRole('button', { name: 'Aprēķināt' }).click();
	await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', '2018-08-15');
	expect(violations).toEqual([]);
});

test('the root page redirects to /lv/ under its own policy', async ({ page }) => {
	const violations = watchViolations(page);
	await page.goto('/#v=1&b=1962-03-15');
	await expect(page).toHaveURL(/\/lv\/#v=1&b=1962-03-15$/);
	expect(violations).toEqual([]);
});

test('the service worker registers under the policy', async ({ page }) => {
	const violations = watchViolations(page);
	// Registered by the pages that ship JavaScript (src/service-worker.ts).
	await page.goto('/lv/retirement-age/');
	await ready(page);
	const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
	expect(scope).toMatch(/\/$/);
	expect(violations).toEqual([]);
});

test('a widget inside a host page on another origin works under the policy', async ({ page, baseURL }) => {
	const violations = watchViolations(page);
	const src = `${baseURL}/lv/retirement-age/embed/`;
	await page.goto(`http://127.0.0.1:${HOST_PORT}/?src=${encodeURIComponent(src)}`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('form[data-hydrated="true"]')).toBeVisible();
	await frame.locator('#field-birthDate').fill('15.05.1955');
	await frame.getByRole('button', { name: 'Aprēķināt' }).click();
	await expect(frame.getByTestId('result')).toBeVisible();
	expect(violations).toEqual([]);
});
