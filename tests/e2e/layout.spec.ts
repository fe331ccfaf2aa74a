/**
 * Phones: no calculator page scrolls sideways at 320 px or 390 px, in either language, with its
 * result shown (tables unfolded, the arithmetic expanded, month grids and charts drawn) and with
 * the error summary shown. And paper: a typical net ⇄ gross result prints on at most two A4 pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { calculatorIds } from './ids';

interface Fixture {
	id: string;
	fields: Array<{ name: string; key: string; type: string }>;
	cases: Array<{ name: string; kind: string; fragment: string }>;
}
const FILE = 'tests/e2e/.golden-fixtures.json';
const fixtures: Fixture[] = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : [];

test('every calculator has a case to lay out', () => {
	expect(fixtures.map((f) => f.id).sort()).toEqual([...calculatorIds].sort());
});

async function widths(page: Page) {
	return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
}

for (const f of fixtures) {
	for (const lang of ['lv', 'en'] as const) {
		test(`${f.id} (${lang}): the result and the errors fit 320 px and 390 px`, async ({ page }) => {
			const c = f.cases.find((x) => x.kind === 'result') ?? f.cases[0];
			await page.setViewportSize({ width: 390, height: 800 });
			await page.goto(`/${lang}/${f.id}/#${c.fragment}`);
			await expect(page.getByTestId('result')).toBeVisible();
			// Everything a person can open: long tables and the arithmetic of each step.
			for (const d of await page.locator('.result details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
			const toggle = page.getByTestId('toggle-arithmetic');
			if ((await toggle.count()) > 0) await toggle.click();
			for (const width of [390, 320]) {
				await page.setViewportSize({ width, height: 800 });
				const w = await widths(page);
				expect(w.scroll, `result at ${width} px`).toBeLessThanOrEqual(w.inner);
			}
			// The error summary with an inline message on every field.
			await page.goto(`/${lang}/${f.id}/#v=1&${f.fields.map((x) => `${x.key}=%C2%A7%C2%A7`).join('&')}`);
			await expect(page.getByTestId('link-problems').or(page.getByTestId('error-summary')).first()).toBeVisible();
			await page.locator('form.calc-form button[type="submit"]').click();
			await expect(page.getByTestId('error-summary')).toBeVisible();
			for (const width of [390, 320]) {
				await page.setViewportSize({ width, height: 800 });
				const w = await widths(page);
				expect(w.scroll, `errors at ${width} px`).toBeLessThanOrEqual(w.inner);
			}
		});
	}
}

test('a typical net ⇄ gross result prints on at most two A4 pages, starting with the site name and the disclaimer', async ({ page }) => {
	await page.goto('/lv/net-gross-salary/#v=1&m=gross-to-net&a=1500&c=employee&b=yes&p=no&r=none&d=2026-06-15');
	await expect(page.getByTestId('result')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4' });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages).toBeGreaterThan(0);
	expect(pages).toBeLessThanOrEqual(2);
});
