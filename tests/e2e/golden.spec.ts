/**
 * Every calculator in the browser, from its golden cases (worked legal examples): each case opened
 * as a share link under /lv/ or /en/ (alternating) must show the same outcome and figures as the
 * engine's golden test; nonsense in every field must give the error summary and inline messages.
 * The fixtures are generated from the calculators by `node scripts/calc.mjs --fixtures` (npm test does it).
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { calculatorIds } from './ids';

interface Fixture {
	id: string;
	fields: Array<{ name: string; key: string; type: string }>;
	cases: Array<{ name: string; kind: string; figures: Record<string, string>; fragment: string }>;
}

const FILE = 'tests/e2e/.golden-fixtures.json';
const fixtures: Fixture[] = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : [];

test('the golden fixtures exist and cover every calculator', () => {
	expect(fixtures.map((f) => f.id).sort(), `run: node scripts/calc.mjs --fixtures ${FILE}`).toEqual([...calculatorIds].sort());
	for (const f of fixtures) expect(f.cases.length, f.id).toBeGreaterThan(0);
});

for (const f of fixtures) {
	test.describe(f.id, () => {
		// Up to 6 cases per calculator in the browser (all of them run in the unit tests): every outcome kind first.
		const kinds = [...new Set(f.cases.map((c) => c.kind))];
		const picked = [...kinds.map((k) => f.cases.find((c) => c.kind === k)!), ...f.cases.filter((c) => !kinds.includes(c.kind))].slice(0, 6);
		picked.forEach((c, i) => {
			const lang = i % 2 === 0 ? 'lv' : 'en';
			test(`${lang}: ${c.name}`, async ({ page }) => {
				await page.goto(`/${lang}/${f.id}/#${c.fragment}`);
				const result = page.getByTestId('result');
				await expect(result).toHaveAttribute('data-outcome', c.kind);
				await expect(page.getByTestId('result-summary')).not.toBeEmpty();
				for (const [id, v] of Object.entries(c.figures)) {
					await expect(result.locator(`[data-figure="${id}"]`), id).toHaveAttribute('data-value', v);
				}
				const text = await result.innerText();
				expect(text).not.toMatch(/NaN|Infinity|undefined|\{\{/);
				// Timelines and tables, where the calculator gives them, have rows.
				for (const t of await result.locator('table').all()) expect(await t.locator('tbody tr').count()).toBeGreaterThan(0);
			});
		});

		test('nonsense in every field: error summary, inline messages, typed text kept', async ({ page }) => {
			const parts = f.fields.map((x) => `${x.key}=${encodeURIComponent('§x9')}`);
			await page.goto(`/en/${f.id}/#v=1&${parts.join('&')}&d=2026-13-45`);
			const summary = page.getByTestId('error-summary');
			await expect(summary).toBeVisible();
			await expect(summary.getByRole('heading')).toHaveText('There is a problem');
			await expect(page.locator('#field-asOf-error')).toContainText('Enter the date to calculate for as a real date');
			const errors = page.locator('.error-message');
			expect(await errors.count()).toBeGreaterThanOrEqual(2);
			await expect(page.locator('#field-asOf')).toHaveValue('2026-13-45');
			await expect(page.getByTestId('result')).toHaveCount(0);
		});
	});
}
