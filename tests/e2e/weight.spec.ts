/**
 * Page weight (issue #13): a calculator page's first load has neither the rules' documentation (legal
 * basis, notes, sources), nor the result view, nor the site pages' texts; they arrive when the person
 * starts answering, and every result still cites its law. `npm run bench` measures the bytes; this
 * checks the behaviour that keeps them small, and that nothing is lost by it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fillRetirement, figure, ready } from './helpers';
import { calculatorIds } from './ids';

/** Bodies of the JavaScript files the page has loaded so far. */
function watchScripts(page: Page) {
	const bodies = new Map<string, Promise<string>>();
	page.on('response', (r) => {
		if (new URL(r.url()).pathname.endsWith('.js'))
			bodies.set(
				r.url(),
				r.text().catch(() => '')
			);
	});
	return async () => Promise.all([...bodies.values()]);
}

/** A rule table's documentation as it sits in a script: a row's sources with their addresses. */
const DOCS = /(basis|sources)"?:\[\{"?act"?:/;
/** A text of the site's own pages (the home page's situations menu), not of a calculator. */
const PAGES_TEXT = /Dzīves situācijas/;

test('first load: no rule documentation, no site pages texts; they load when answering starts', async ({ page }) => {
	const scripts = watchScripts(page);
	await page.goto('/lv/retirement-age/');
	await ready(page);
	await page.waitForLoadState('networkidle');
	let bodies = await scripts();
	expect(bodies.length).toBeGreaterThan(5);
	expect(bodies.some((b) => DOCS.test(b))).toBe(false);
	expect(bodies.some((b) => PAGES_TEXT.test(b))).toBe(false);

	// Focus on the first question: the documentation and the result view are fetched.
	await page.locator('#field-birthDate').focus();
	await expect.poll(async () => (await scripts()).some((b) => DOCS.test(b))).toBe(true);

	await fillRetirement(page, { birth: '15.05.1955', record: '40', asOf: '22.11.2026' });
	await page.getByRole('button', { name: 'Aprēķināt' }).click();
	await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', '2018-08-15');
	// The result cites its rules with their legal basis and sources.
	const rules = page.locator('section.rules-used');
	await expect(rules).toBeAttached();
	await expect(rules.locator('a[href*="likumi.lv"]').first()).toBeAttached();
	bodies = await scripts();
	expect(bodies.some((b) => PAGES_TEXT.test(b))).toBe(false);
});

test('the rules list at the foot of the page shows every table with its sources when opened', async ({ page }) => {
	await page.goto('/en/net-gross-salary/');
	await ready(page);
	const details = page.locator('section.rules details');
	await details.locator('summary').click();
	const tables = details.locator('section.rule-table');
	await expect(tables.first()).toBeVisible();
	expect(await tables.count()).toBeGreaterThan(5);
	// Each table lists at least one source link.
	for (const t of await tables.all()) await expect(t.locator('a[href^="https://"]').first()).toBeAttached();
	await expect(page.getByTestId('rules-loading')).toHaveCount(0);
});

test('a share link opened cold computes and cites its rules', async ({ page }) => {
	await page.goto('/lv/retirement-age/#v=1&b=1955-05-15&r=40&d=2026-11-22');
	await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', '2018-08-15');
	await expect(page.locator('section.rules-used').locator('a[href*="likumi.lv"]').first()).toBeAttached();
});

test('the home page still has its own texts', async ({ page }) => {
	await page.goto('/lv/');
	await expect(page.getByRole('navigation', { name: 'Dzīves situācijas' })).toBeVisible();
});

/** i18next's own code in a script (its plural resolver). */
const I18NEXT = /pluralResolver/;

/**
 * A calculator page or widget opened directly shows the texts recorded at prerender and loads neither
 * i18next nor any message file (i18n/index.ts) until the person starts answering; every text its first
 * render and hydration ask for is in the record (a missing one is logged as "[page-texts] missing").
 */
test.describe('first loads', () => {
	// The service worker, once installed by an earlier page, fetches the whole build in the background (its
	// precache), which must not count as what the page loaded.
	test.use({ serviceWorkers: 'block' });
	for (const id of calculatorIds) {
		test(`${id}: first load without i18next; every text it shows is prerendered (LV, EN, page and widget)`, async ({ page }) => {
			test.slow();
			const missing: string[] = [];
			page.on('console', (m) => {
				if (m.text().includes('[page-texts]')) missing.push(m.text());
			});
			for (const path of [`/lv/${id}/`, `/en/${id}/`, `/lv/${id}/embed/`, `/en/${id}/embed/`]) {
				const scripts = watchScripts(page);
				await page.goto(path);
				await ready(page);
				await page.waitForLoadState('networkidle');
				expect(
					(await scripts()).some((b) => I18NEXT.test(b)),
					path
				).toBe(false);
				await expect(page.locator('form.calc-form legend, form.calc-form label').first()).not.toBeEmpty();
				expect(missing, path).toEqual([]);
			}
			// The self-check: on the first input i18next arrives, and an empty submit is answered in words.
			const scripts = watchScripts(page);
			await page.locator('form.calc-form input').first().focus();
			await expect.poll(async () => (await scripts()).some((b) => I18NEXT.test(b))).toBe(true);
			expect(missing).toEqual([]);
		});
	}
});

test.describe('held texts', () => {
	// A service worker would answer the script from its cache, past page.route.
	test.use({ serviceWorkers: 'block' });
	test('an early answer before the texts have loaded: questions appear and errors are worded', async ({ page }) => {
		const missing: string[] = [];
		page.on('console', (m) => {
			if (m.text().includes('[page-texts]')) missing.push(m.text());
		});
		// Hold back i18next (its chunk, found in the build) so the first answers happen before it is there.
		const dir = 'build/_app/immutable/chunks';
		const chunk = readdirSync(dir).find((f) => f.endsWith('.js') && I18NEXT.test(readFileSync(join(dir, f), 'utf8')));
		expect(chunk).toBeTruthy();
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		await page.route(`**/_app/immutable/chunks/${chunk}`, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/en/state-social-security-benefit/');
		await ready(page);
		// "Disability" reveals the disability group question, once its texts are there.
		await page.locator('input[name="category"][value="disability"]').check();
		await page.getByRole('button', { name: 'Calculate' }).click();
		await expect(page.locator('#field-group')).toHaveCount(0);
		release();
		await expect(page.locator('#field-group')).toBeVisible();
		await expect(page.locator('form.calc-form')).toContainText('Disability group');
		await expect(page.locator('form.calc-form')).not.toContainText('fields.');
		await expect(page.locator('.error-summary')).toBeVisible();
		await expect(page.locator('.error-summary')).not.toContainText('errors.');
		expect(missing).toEqual([]);
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	});
});
