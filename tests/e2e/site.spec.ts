import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { forbidThirdParty } from './helpers';
import { calculatorIds } from './ids';

test('the root leads to the Latvian home page', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/lv\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
});

for (const [lang, title, link] of [
	['lv', 'Kalkulatori', 'Pensionēšanās vecums'],
	['en', 'Calculators', 'Retirement age']
] as const) {
	test(`home page (${lang}) lists the calculators, footer says estimates and privacy`, async ({ page, baseURL }) => {
		const foreign = forbidThirdParty(page, baseURL!);
		await page.goto(`/${lang}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await page.getByRole('link', { name: link }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/retirement-age/$`));
		await expect(page.locator('footer')).toContainText(
			lang === 'lv' ? 'Nekas, ko ievadāt, neatstāj jūsu pārlūku' : 'Nothing you type leaves your browser'
		);
		await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
		expect(foreign).toEqual([]);
		const cookies = await page.context().cookies();
		expect(cookies).toEqual([]);
	});
}

test('about page: short, no internal names, rule tables by area in <details>, without JavaScript', async ({ browser }) => {
	const ctx = await browser.newContext({ javaScriptEnabled: false });
	const page = await ctx.newPage();
	await page.goto('/en/about/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
	for (const h of ['How the rules are sourced', 'What the marks on values mean', 'Privacy', 'Accessibility statement', 'Disclaimer'])
		await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
	await expect(page.locator('.status-list dt')).toHaveText([
		'confirmed',
		'confirmed by secondary sources only',
		'derived',
		'unconfirmed',
		'planned, not yet enacted'
	]);
	// Nothing internal: no file paths, JSON names or the changelog.
	const text = await page.locator('body').textContent();
	expect(text).not.toMatch(/data\/|\.json|CHANGELOG/);
	// The tables are grouped by area; a closed <details> opens without JavaScript.
	const pension = page.locator('details[data-domain="pension"]');
	await expect(pension.getByText('General retirement age')).toBeHidden();
	await pension.locator('summary').click();
	await expect(pension.getByText('General retirement age')).toBeVisible();
	await expect(pension.locator('a[href^="https://likumi.lv/"]').first()).toBeVisible();
	await expect(page.locator('details.table-group')).toHaveCount(7);
	// The page stays small: the tables are listed, not printed row by row.
	const html = await (await page.request.get('/en/about/')).body();
	expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(14 * 1024);
	await expect(page.locator('script')).toHaveCount(0);
	await ctx.close();
});

for (const lang of ['lv', 'en'] as const) {
	test(`home page (${lang}) lists every calculator under a life-situation heading, without JavaScript`, async ({ browser }) => {
		const ctx = await browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(`/${lang}/`);
		const situations = page.locator('section.situation');
		await expect(situations).toHaveCount(6);
		await expect(page.locator('section.situation > h2')).toHaveCount(6);
		expect(calculatorIds.length).toBeGreaterThan(20);
		for (const id of calculatorIds) {
			const links = page.locator(`section.situation:has(> h2) li a[href="/${lang}/${id}/"]`);
			expect(await links.count(), `${id} is under no situation`).toBeGreaterThan(0);
			// Each calculator has its one-line description beside the link.
			await expect(page.locator(`section.situation li[data-calculator="${id}"] .calc-summary`).first()).not.toBeEmpty();
		}
		await expect(page.getByRole('heading', { level: 2, name: lang === 'lv' ? 'Pensionēšanās' : 'Retiring' })).toBeVisible();
		await expect(page.locator('main')).toContainText('likumi.lv');
		await expect(page.locator('main')).toContainText('NVA');
		await expect(page.locator('script')).toHaveCount(0);
		await ctx.close();
	});
}

test('without JavaScript a calculator page still shows the question, the rules and their sources', async ({ browser }) => {
	const ctx = await browser.newContext({ javaScriptEnabled: false });
	const page = await ctx.newPage();
	await page.goto('/lv/retirement-age/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kad varu saņemt vecuma pensiju?');
	// Chromium with scripting turned off by the test runner does not render <noscript>; check it is in the page.
	const html = await (await page.request.get('/lv/retirement-age/')).text();
	expect(html).toMatch(/<noscript><p class="notice"[^>]*>Aprēķinam vajadzīgs JavaScript/);
	await expect(page.locator('.rules .rule-table').first()).toBeAttached();
	// No button that would submit the form to a static page and lose what was typed; the questions are disabled.
	await expect(page.locator('form.calc-form button[type="submit"]')).toHaveCount(0);
	await expect(page.locator('form.calc-form fieldset.form-fields')).toHaveAttribute('disabled', '');
	await expect(page.locator('#field-birthDate')).toBeDisabled();
	await ctx.close();
});

for (const javaScriptEnabled of [true, false]) {
	test(`an unknown page is a 404 in both languages, with the site header, footer and links home (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
		browser
	}) => {
		const ctx = await browser.newContext({ javaScriptEnabled });
		const page = await ctx.newPage();
		for (const path of ['/lv/no-such-calculator/', '/en/no/such/page/']) {
			const r = await page.goto(path);
			expect(r?.status()).toBe(404);
			const h1 = page.getByRole('heading', { level: 1 });
			await expect(h1).toContainText('Lapa nav atrasta');
			await expect(h1).toContainText('Page not found');
			await expect(page.locator('main [lang="en"]').first()).toBeVisible();
			await expect(page.locator('header.site-header')).toBeVisible();
			// The stylesheet is found at any depth (root-relative asset paths): the header has its colour.
			expect(await page.locator('header.site-header').evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
			await expect(page.locator('footer')).toContainText('Nekas, ko ievadāt, neatstāj jūsu pārlūku');
			await expect(page.locator('footer')).toContainText('Nothing you type leaves your browser');
			await expect(page.getByRole('link', { name: 'Uz sākumlapu (latviski)' })).toHaveAttribute('href', '/lv/');
			await expect(page.getByRole('link', { name: 'Go to the home page (in English)' })).toHaveAttribute('href', '/en/');
			await expect(page.locator('script')).toHaveCount(0);
		}
		await page.getByRole('link', { name: 'Go to the home page (in English)' }).click();
		await expect(page).toHaveURL(/\/en\/$/);
		await ctx.close();
	});
}

test('a claim deadline still ahead can be saved as a calendar reminder (.ics)', async ({ page }) => {
	await page.goto('/en/birth-grant/#v=1&e=birth&b=2025-12-25&r=yes&d=2026-01-10');
	await expect(page.locator('[data-figure="claimDeadline"]')).toHaveAttribute('data-value', '2026-06-25');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics').click()]);
	expect(download.suggestedFilename()).toBe('birth-grant-2026-06-25.ics');
	const ics = readFileSync((await download.path())!, 'utf8');
	expect(ics).toContain('BEGIN:VEVENT');
	expect(ics).toContain('DTSTART;VALUE=DATE:20260625');
	expect(ics).toContain('DTEND;VALUE=DATE:20260626');
	// A deadline already past (before the as-of date) offers no reminder.
	await page.goto('/en/sickness-benefit/#v=1&c=own-illness&f=2022-03-31&l=2022-04-20&x=no&i=yes&m6=6&wm=monthly&w=1200&e=60&d=2026-11-22');
	await expect(page.locator('[data-figure="claimDeadline"]')).toHaveAttribute('data-value', '2022-09-30');
	await expect(page.getByTestId('ics')).toHaveCount(0);
});

test('a CSV download follows the page language: Latvian ";" and decimal comma, with a BOM and a header row', async ({ page }) => {
	await page.goto('/lv/minimum-hourly-rate-year/#v=1&y=2024&s=40&t=yes&d=2026-11-22');
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid^="csv-"]').first().click()]);
	const bytes = readFileSync((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes
		.toString('utf8')
		.replace(/^\ufeff/, '')
		.trimEnd()
		.split('\r\n');
	expect(lines).toHaveLength(13);
	const header = lines[0].split(';');
	expect(header.length).toBeGreaterThan(2);
	const may = lines.find((l) => l.startsWith('2024-05;'));
	expect(may?.split(';')).toContain('3,8043'); // May 2024: 700 / 184, with a decimal comma
});
