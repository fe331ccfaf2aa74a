import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { figure, fillRetirement, forbidThirdParty, ready } from './helpers';

/** The information pages in both languages (src/lib/info/paths.ts). */
const PAGES = {
	lv: ['/lv/pakalpojumi/', '/lv/klientu-apkalposanas-standarts/', '/lv/darbs-cita-es-valsti/', '/lv/vardnica/', '/lv/bezsaiste/'],
	en: ['/en/services/', '/en/client-service-standard/', '/en/working-in-another-eu-country/', '/en/glossary/', '/en/offline/']
};

test.setTimeout(90_000);

async function axe(page: Page) {
	const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['lv', 'en'] as const) {
	for (const p of PAGES[lang]) {
		test(`axe: ${p} has no violations`, async ({ page }) => {
			await page.goto(p);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await axe(page)).toEqual([]);
		});
	}
}

test('the language switch leads to the same information page in the other language', async ({ page }) => {
	await page.goto('/lv/pakalpojumi/');
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(/\/en\/services\/$/);
	await expect(page.locator('link[hreflang="lv"]')).toHaveAttribute('href', '/lv/pakalpojumi/');
});

test('the services page cites its sources with a checked-on date and links each calculator', async ({ page }) => {
	await page.goto('/en/services/');
	const card = page.locator('#birth-grant');
	await expect(card).toContainText('6 months');
	await expect(card.locator('.info-sources a[href*="vsaa.gov.lv"]').first()).toBeVisible();
	await expect(card.locator('.info-sources').first()).toContainText('checked on');
	await card.locator('a[href="/en/birth-grant/"]').click();
	await expect(page).toHaveURL(/\/en\/birth-grant\/$/);
});

test('a calculator question links to its glossary term and to the e-service that shows the figure', async ({ page }) => {
	await page.goto('/lv/retirement-age/');
	const links = page.getByTestId('field-links-record');
	await expect(links.locator('a[href="/lv/pakalpojumi/#e-contributions"]')).toBeVisible();
	await links.locator('a[href="/lv/vardnica/#term-insurance-record"]').click();
	await expect(page.locator('#term-insurance-record')).toContainText('Apdrošināšanas stāžs');
});

// The checker's cases in the browser (the rules themselves: src/lib/info/eu-checker.test.ts).
async function openChecker(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('[data-testid="eu-checker"][data-hydrated="true"]')).toBeVisible();
}
const result = (page: Page) => page.getByTestId('eu-result');

test('EU checker: “I live in Latvia and work in Estonia two days a week” → Latvia, Article 13(1)(a)', async ({ page }) => {
	const foreign = forbidThirdParty(page, 'http://localhost');
	await openChecker(page, '/lv/darbs-cita-es-valsti/');
	await page.locator('#eu-activity-employed').check();
	await page.locator('#eu-special').check();
	await page.locator('#eu-work').selectOption('EE');
	await page.locator('#eu-also').check();
	await page.locator('#eu-substantial').check();
	await expect(result(page).locator('[data-country="LV"][data-article="13(1)(a)"]')).toContainText('Latvija');
	await expect(result(page)).toContainText('13. panta 1. punkta a) apakšpunkts');
	await expect(result(page)).toContainText('A1');
	expect(foreign).toEqual([]);
});

test('EU checker: working only in Estonia → Estonia; posted for a while → Latvia with an A1', async ({ page }) => {
	await openChecker(page, '/en/working-in-another-eu-country/');
	await page.locator('#eu-activity-employed').check();
	await page.locator('#eu-special').check();
	await page.locator('#eu-work').selectOption('EE');
	await page.locator('#eu-also-no').check();
	await page.locator('#eu-posted-no').check();
	await expect(result(page).locator('[data-country="EE"][data-article="11(3)(a)"]')).toContainText('Estonia');
	await page.locator('#eu-posted').check();
	await expect(result(page).locator('[data-country="LV"][data-article="12(1)"]')).toContainText('Latvia');
});

test('EU checker: cases it cannot decide say “ask the agency”', async ({ page }) => {
	await openChecker(page, '/en/working-in-another-eu-country/');
	await page.locator('#eu-activity-employed').check();
	await page.locator('#eu-special-seafarer').check();
	await expect(result(page).locator('[data-ask="seafarer"]')).toContainText('Ask VSAA');
	await page.locator('#eu-special').check();
	await page.locator('#eu-work').selectOption('OUT');
	await expect(result(page).locator('[data-ask="outside"]')).toContainText('Ask VSAA');
});

/**
 * Offline. Chromium's offline emulation does not always reach requests made by a service worker, so
 * those are also aborted as a lost connection.
 */
async function goOffline(context: BrowserContext) {
	await context.route('**/*', (route) => (route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue()));
	await context.setOffline(true);
}

test('offline: a visited calculator reloads and calculates; a page never visited shows the offline page', async ({ page, context }) => {
	await page.goto('/lv/retirement-age/');
	await ready(page);
	// The service worker has installed and stored this page.
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await expect.poll(() => page.evaluate(async () => !!(await caches.match('/lv/retirement-age/'))), { timeout: 20_000 }).toBe(true);

	await goOffline(context);
	await page.reload();
	await ready(page);
	await fillRetirement(page, { birth: '15.05.1955', record: '40', asOf: '22.11.2026' });
	await page.getByRole('button', { name: 'Aprēķināt' }).click();
	await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', '2018-08-15');

	await page.goto('/lv/net-gross-salary/');
	await expect(page.getByTestId('offline-title')).toHaveText('Nav interneta savienojuma');
	await page.goto('/en/net-gross-salary/');
	await expect(page.getByTestId('offline-title')).toHaveText('No internet connection');
});
