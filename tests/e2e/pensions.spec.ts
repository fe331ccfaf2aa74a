/**
 * The pension calculators in the browser, in Latvian and English: a result, a date the data does not
 * cover, bad input; for the estimate also its capital chart and the comparison of retiring later.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { figure, forbidThirdParty, ready } from './helpers';

test.describe('old-age pension estimate', () => {
	test('LV: from today’s salary — a labelled projection with the capital chart and the later-retirement comparison', async ({
		page,
		baseURL
	}) => {
		const foreign = forbidThirdParty(page, baseURL!);
		await page.goto('/lv/old-age-pension/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cik liela būs mana vecuma pensija?');
		await ready(page);
		await page.locator('#field-birthDate').fill('15.03.1975');
		await page.locator('#field-salary').fill('1 500,00');
		await page.locator('#field-startYear').fill('2000');
		await page.locator('#field-asOf').fill('22.11.2026');
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'result');
		await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', '2040-03-15');
		await expect(page.getByTestId('result-summary')).toContainText('Pēc prognozes');
		await expect(page.getByTestId('notices')).toContainText('Šī ir prognoze');
		await expect(page.getByTestId('primary-figures').locator('[data-figure]').first()).toHaveAttribute('data-figure', 'monthlyPension');
		// The capital chart: a bar per shown year, each with its label and amount as text, growing.
		const chart = page.locator('figure.chart[data-chart="capital"]');
		await expect(chart.locator('figcaption')).toContainText('Uzkrātais pensijas kapitāls');
		const bars = chart.locator('li');
		expect(await bars.count()).toBeGreaterThan(3);
		await expect(bars.first().locator('.chart-label')).toHaveText('2000');
		await expect(bars.last().locator('.chart-label')).toHaveText('2040');
		// Retiring later: the earliest date and one, two, three years later, each paying more.
		const comparison = page.locator('table[data-table="comparison"]');
		await expect(comparison.locator('tbody tr')).toHaveCount(4);
		const pensions = await comparison.locator('tbody tr td:last-child').allInnerTexts();
		const values = pensions.map((t) => Number(t.replace(/[^\d,]/g, '').replace(',', '.')));
		for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
		await expect(page.locator('figure.chart[data-chart="later"] li')).toHaveCount(4);
		expect(foreign).toEqual([]);
	});

	test('EN: from the capital on the statement, with G from the table (VSAA’s August 2024 example within 1 %)', async ({ page }) => {
		await page.goto('/en/old-age-pension/');
		await ready(page);
		await page.locator('#field-birthDate').fill('01.11.1959');
		await page.locator('input[name="mode"][value="capital"]').check();
		await page.locator('#field-capital').fill('146,200.00');
		await page.locator('#field-salary').fill('0');
		await page.locator('#field-asOf').fill('2024-08-01');
		await page.getByRole('button', { name: 'Calculate' }).click();
		await expect(figure(page, 'monthlyPension')).toHaveAttribute('data-value', '707.51');
		await expect(figure(page, 'monthlyPension')).toContainText('€707.51');
		await expect(figure(page, 'g')).toHaveAttribute('data-value', '17.22');
		await expect(page.getByTestId('result-summary')).toContainText('1 August 2024');
	});

	test('LV: a birth date whose retirement age is before the data — cannot answer', async ({ page }) => {
		await page.goto('/lv/old-age-pension/#v=1&b=1940-05-01&o=general&m=salary&s=500&y=1996&d=2026-01-15');
		await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'cannot-answer');
		await expect(page.getByTestId('result-summary')).toContainText('Jautājiet VSAA');
	});

	test('EN: bad input — an ambiguous salary, a start year before 1996, an impossible as-of date', async ({ page }) => {
		// A date after the data is answered with the rollover notice (rollover.spec.ts); only one past 2100 is an error.
		await page.goto('/en/old-age-pension/#v=1&b=1975-03-15&m=salary&y=1990&d=2101-01-01');
		await ready(page);
		await page.locator('#field-salary').fill('1,500');
		await page.getByRole('button', { name: 'Calculate' }).click();
		await expect(page.getByTestId('error-summary')).toBeVisible();
		await expect(page.locator('#field-salary-error')).toContainText('“1,500” could mean');
		await expect(page.locator('#field-startYear-error')).toContainText('the year you started working');
		await expect(page.locator('#field-asOf-error')).toContainText('Enter a date no later than 31 December 2100');
		await expect(page.locator('#field-salary')).toHaveValue('1,500');
	});
});

test.describe('pension indexation', () => {
	test('LV: 2025, old-age pension 600 with 35 years of record → 641.16, with the year table and chart', async ({ page }) => {
		await page.goto('/lv/pension-indexation/');
		await ready(page);
		await page.locator('#field-amount').fill('600');
		await page.locator('#field-paidFrom').fill('01.01.2025');
		await page.locator('#field-record').fill('35');
		await page.locator('#field-asOf').fill('15.10.2025');
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(figure(page, 'amount')).toHaveAttribute('data-value', '641.16');
		await expect(figure(page, 'amount')).toContainText('641,16');
		await expect(figure(page, 'increase')).toHaveAttribute('data-value', '41.16');
		await expect(page.locator('table[data-table="indexations"] tbody tr')).toHaveCount(1);
		await expect(page.locator('figure.chart[data-chart="amounts"] li')).toHaveCount(2);
	});

	test('EN: 1 August 2022 — pension 370 with up to 29 years → 454.62; the day before it is unchanged', async ({ page }) => {
		await page.goto('/en/pension-indexation/#v=1&a=370&f=2022-01-01&k=old-age&r=25&w=none&s=none&d=2022-08-01');
		await expect(figure(page, 'amount')).toHaveAttribute('data-value', '454.62');
		await expect(figure(page, 'amount')).toContainText('€454.62');
		await page.goto('/en/pension-indexation/#v=1&a=370&f=2022-01-01&k=old-age&r=25&w=none&s=none&d=2022-07-31');
		await expect(figure(page, 'amount')).toHaveAttribute('data-value', '370.00');
	});

	test('LV: paid at this amount since before the data — cannot answer', async ({ page }) => {
		await page.goto('/lv/pension-indexation/#v=1&a=300&f=2015-01-01&k=old-age&r=25&w=none&s=none&d=2016-11-01');
		await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'cannot-answer');
	});

	test('EN: bad input — no amount, a paid-from date after the as-of date, a record out of range', async ({ page }) => {
		await page.goto('/en/pension-indexation/#v=1&f=2026-05-01&k=old-age&r=99&d=2026-01-01');
		await ready(page);
		await page.getByRole('button', { name: 'Calculate' }).click();
		await expect(page.getByTestId('error-summary')).toBeVisible();
		await expect(page.locator('#field-amount-error')).toContainText('your monthly pension');
		await expect(page.locator('#field-paidFrom-error')).toContainText('the date from which the pension has been paid at this amount');
		await expect(page.locator('#field-record-error')).toContainText('your insurance record in years');
	});
});

test.describe('pension after tax', () => {
	test('LV: 2026, pension 1200 with the tax book at VSAA → 1149.00 a month, the year by month', async ({ page }) => {
		await page.goto('/lv/pension-after-tax/');
		await ready(page);
		await page.locator('#field-pension').fill('1200');
		await page.locator('#field-asOf').fill('15.03.2026');
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(figure(page, 'net')).toHaveAttribute('data-value', '1149.00');
		await expect(figure(page, 'net')).toContainText('1149,00');
		await expect(figure(page, 'tax')).toHaveAttribute('data-value', '51.00');
		await expect(page.locator('table[data-table="months"] tbody tr')).toHaveCount(12);
	});

	test('EN: the 2022 change — June taxed above 350, July above 500', async ({ page }) => {
		await page.goto('/en/pension-after-tax/#v=1&p=600&b=vsaa&r=none&d=2022-06-15');
		await expect(figure(page, 'tax')).toHaveAttribute('data-value', '50.00');
		await expect(figure(page, 'annualTax')).toHaveAttribute('data-value', '420.00');
		await page.goto('/en/pension-after-tax/#v=1&p=600&b=vsaa&r=none&d=2022-07-01');
		await expect(figure(page, 'tax')).toHaveAttribute('data-value', '20.00');
	});

	test('LV: a date after the data — answered with the rules of 31.12.2026, and said so', async ({ page }) => {
		await page.goto('/lv/pension-after-tax/#v=1&p=600&b=vsaa&r=none&d=2027-03-01');
		await expect(page.getByTestId('result')).toBeVisible();
		await expect(page.getByTestId('rollover')).toContainText('31.12.2026');
		await expect(page.getByTestId('error-summary')).toHaveCount(0);
	});

	test('EN: bad input — a negative pension and an unknown tax-book place', async ({ page }) => {
		await page.goto('/en/pension-after-tax/#v=1&p=-5&b=bank&r=none&d=2026-03-01');
		await expect(page.getByTestId('error-summary')).toBeVisible();
		await expect(page.locator('#field-pension-error')).toContainText('your monthly pension');
		await expect(page.locator('#field-taxBook-error')).toContainText('Where is your tax book');
	});
});

test.describe('the pension results have no axe violations', () => {
	test.setTimeout(90_000);
	const links = [
		'/old-age-pension/#v=1&b=1975-03-15&o=general&m=salary&s=1500&y=2000&f=no&d=2026-11-22',
		'/pension-indexation/#v=1&a=400&f=2019-01-01&k=old-age&r=25&w=none&s=granted-from-1997&y=20&d=2024-09-30',
		'/pension-after-tax/#v=1&p=600&b=vsaa&r=none&d=2022-06-15'
	];
	for (const lang of ['lv', 'en']) {
		for (const link of links) {
			test(`axe: ${lang}${link.split('#')[0]} with its result, chart and tables`, async ({ page }) => {
				await page.goto(`/${lang}${link}`);
				await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'result');
				const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
				expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			});
		}
	}
});
