import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { calculatorIds } from './ids';

async function axe(page: Page) {
	const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// axe walks the whole DOM, which takes a while on two cores for pages with long rule tables.
test.setTimeout(90_000);

const pages = ['/', '/about/', ...calculatorIds.map((id) => `/${id}/`), '/retirement-age/embed/'];

for (const lang of ['lv', 'en']) {
	for (const p of pages) {
		test(`axe: /${lang}${p} has no violations`, async ({ page }) => {
			await page.goto(p === '/' ? `/${lang}/` : `/${lang}${p}`);
			await page.waitForLoadState('networkidle');
			expect(await axe(page)).toEqual([]);
		});
	}
	test(`axe: the 404 page (${lang}) has no violations`, async ({ page }) => {
		await page.goto(`/${lang}/no-such-page/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await axe(page)).toEqual([]);
	});
	test(`axe: the about page (${lang}) with every area of rule tables opened has no violations`, async ({ page }) => {
		await page.goto(`/${lang}/about/`);
		const groups = page.locator('details.table-group');
		expect(await groups.count()).toBeGreaterThan(0);
		for (const summary of await page.locator('details.table-group > summary').all()) await summary.click();
		await expect(page.locator('details.table-group:not([open])')).toHaveCount(0);
		expect(await axe(page)).toEqual([]);
	});
	test(`axe: retirement result and error states (${lang}) have no violations`, async ({ page }) => {
		await page.goto(`/${lang}/retirement-age/#v=1&b=1962-03-31&c=early&r=30&d=2026-06-01`);
		await expect(page.getByTestId('result')).toBeVisible();
		await page.locator('.rules details summary').click();
		expect(await axe(page)).toEqual([]);
		await page.goto(`/${lang}/retirement-age/#v=1&b=31.02.1960&r=x&d=2026-06-01`);
		await expect(page.getByTestId('error-summary')).toBeVisible();
		expect(await axe(page)).toEqual([]);
	});
}
