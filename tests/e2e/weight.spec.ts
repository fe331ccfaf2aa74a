/**
 * Page weight (issue #13): a calculator page's first load has neither the rules' documentation (legal
 * basis, notes, sources), nor the result view, nor the site pages' texts; they arrive when the person
 * starts answering, and every result still cites its law. `npm run bench` measures the bytes; this
 * checks the behaviour that keeps them small, and that nothing is lost by it.
 */
import { expect, test, type Page } from '@playwright/test';
import { fillRetirement, figure, ready } from './helpers';

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
