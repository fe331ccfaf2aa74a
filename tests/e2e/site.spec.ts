import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { forbidThirdParty } from './helpers';

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

test('about page lists every rule table with its sources, without JavaScript', async ({ browser }) => {
	const ctx = await browser.newContext({ javaScriptEnabled: false });
	const page = await ctx.newPage();
	await page.goto('/en/about/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
	await expect(page.getByRole('heading', { name: 'General retirement age' })).toBeVisible();
	await expect(page.locator('code', { hasText: 'data/pension/retirement-age-general.json' })).toHaveCount(1);
	await expect(page.locator('.rule-table .sources a').first()).toHaveAttribute('href', /^https?:\/\//);
	await ctx.close();
});

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
	await expect(page.locator('form.calc-form fieldset.form-fields')).toBeDisabled();
	await ctx.close();
});

test('an unknown page is a 404 that says so in both languages and links home', async ({ page }) => {
	const r = await page.goto('/lv/no-such-calculator/');
	expect(r?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lapa nav atrasta');
	await expect(page.getByRole('link', { name: 'Home page (English)' })).toHaveAttribute('href', '/en/');
});

test('a claim deadline still ahead can be saved as a calendar reminder (.ics)', async ({ page }) => {
	await page.goto('/en/birth-grant/#v=1&e=birth&b=2025-12-25&r=yes&d=2026-01-10');
	await expect(page.locator('[data-figure="claimDeadline"]')).toHaveAttribute('data-value', '2026-07-01');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics').click()]);
	expect(download.suggestedFilename()).toBe('birth-grant-2026-07-01.ics');
	const ics = readFileSync((await download.path())!, 'utf8');
	expect(ics).toContain('BEGIN:VEVENT');
	expect(ics).toContain('DTSTART;VALUE=DATE:20260701');
	expect(ics).toContain('DTEND;VALUE=DATE:20260702');
	// A deadline already past (before the as-of date) offers no reminder.
	await page.goto('/en/sickness-benefit/#v=1&c=own-illness&f=2022-03-31&l=2022-04-20&x=no&i=yes&m6=6&wm=monthly&w=1200&e=60&d=2026-11-22');
	await expect(page.locator('[data-figure="claimDeadline"]')).toHaveAttribute('data-value', '2022-09-30');
	await expect(page.getByTestId('ics')).toHaveCount(0);
});
