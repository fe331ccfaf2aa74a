import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { figure, ready } from './helpers';

test.describe('minimum hourly rate', () => {
	test('LV: May 2023, 40 h — rate, hours split, calendar grid with legend', async ({ page }) => {
		await page.goto('/lv/minimum-hourly-rate/');
		await ready(page);
		await page.locator('#field-month').fill('05.2023');
		await page.locator('#field-asOf').fill('22.11.2026');
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(figure(page, 'rate')).toHaveAttribute('data-value', '3.3696');
		await expect(figure(page, 'rate')).toContainText('3,3696');
		await expect(figure(page, 'totalHours')).toHaveAttribute('data-value', '184');
		await expect(figure(page, 'holidayHours')).toHaveAttribute('data-value', '24');
		// The grid: 29 May 2023 (the one-off hockey holiday) is a holiday; 3 May is shortened.
		const grid = page.locator('[data-calendar="calendar"]');
		await expect(grid.locator('td[data-date="2023-05-29"]')).toHaveAttribute('data-kind', 'holiday');
		await expect(grid.locator('td[data-date="2023-05-03"]')).toHaveAttribute('data-kind', 'pre-holiday');
		await expect(grid.locator('thead th')).toHaveCount(7);
		await expect(grid.locator('.legend dt')).not.toHaveCount(0);
	});

	test('EN: November 2017 — Saturday holiday shortens Friday, substitute Monday', async ({ page }) => {
		await page.goto('/en/minimum-hourly-rate/#v=1&m=2017-11&s=40&t=yes&d=2026-11-22');
		await expect(figure(page, 'rate')).toHaveAttribute('data-value', '2.1591');
		await expect(figure(page, 'rate')).toContainText('€2.1591');
		const grid = page.locator('[data-calendar="calendar"]');
		await expect(grid.locator('td[data-date="2017-11-17"]')).toHaveAttribute('data-kind', 'pre-holiday');
		await expect(grid.locator('td[data-date="2017-11-20"]')).toHaveAttribute('data-kind', 'substitute');
		await expect(page.locator('[data-step="day-2017-11-20"]')).toBeVisible();
	});

	test('bad input: a month outside the data, a schedule that does not exist, a nonsense month', async ({ page }) => {
		await page.goto('/en/minimum-hourly-rate/#v=1&m=2031-01&s=45&d=2026-11-22');
		await expect(page.getByTestId('error-summary')).toBeVisible();
		await expect(page.locator('#field-month-error')).toContainText('The month must be December 2027 or earlier');
		await expect(page.locator('#field-schedule-error')).toContainText('Choose one of the options shown');
		await page.goto('/lv/minimum-hourly-rate/');
		await ready(page);
		await page.locator('#field-month').fill('13.2020');
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(page.locator('#field-month-error')).toContainText('Ievadiet mēnesi formā mm.gggg');
		await expect(page.locator('#field-month')).toHaveValue('13.2020');
	});
});

test.describe('minimum hourly rate — six-day weeks', () => {
	test('LV: November 2023, six days of 40 h — rate, split, Saturday hours in the grid', async ({ page }) => {
		await page.goto('/lv/minimum-hourly-rate/');
		await ready(page);
		await page.locator('#field-month').fill('11.2023');
		await expect(page.locator('input[name="followsTransfers"]')).not.toHaveCount(0);
		await page.locator('input[name="schedule"][value="40-6"]').check();
		// Cabinet transfer orders concern five-day weeks only: the question goes away.
		await expect(page.locator('input[name="followsTransfers"]')).toHaveCount(0);
		await page.locator('#field-asOf').fill('22.11.2026');
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(figure(page, 'rate')).toHaveAttribute('data-value', '3.5632');
		await expect(figure(page, 'rate')).toContainText('3,5632');
		await expect(figure(page, 'totalHours')).toHaveAttribute('data-value', '174');
		await expect(figure(page, 'workedHours')).toHaveAttribute('data-value', '161');
		await expect(figure(page, 'holidayHours')).toHaveAttribute('data-value', '12');
		await expect(figure(page, 'payWorked')).toHaveAttribute('data-value', '573.6782');
		const grid = page.locator('[data-calendar="calendar"]');
		// Saturday 4 Nov is a working day of 5 hours; Saturday 18 Nov a holiday of 5 paid hours; Sunday the rest day.
		await expect(grid.locator('td[data-date="2023-11-04"]')).toHaveAttribute('data-kind', 'working');
		await expect(grid.locator('td[data-date="2023-11-04"] .day-hours')).toHaveText(/^5\b/);
		await expect(grid.locator('td[data-date="2023-11-18"]')).toHaveAttribute('data-kind', 'holiday');
		await expect(grid.locator('td[data-date="2023-11-05"]')).toHaveAttribute('data-kind', 'weekend');
		await expect(grid.locator('td[data-date="2023-11-05"]')).toContainText('Nedēļas atpūtas diena');
		await expect(page.locator('[data-step="saturdays"]')).toBeVisible();
		await expect(page).toHaveURL(/s=40-6/);
	});

	test('EN: December 2024 from a link, six days of 35 h; an old five-day link still gives the five-day answer', async ({ page }) => {
		await page.goto('/en/minimum-hourly-rate/#v=1&m=2024-12&s=35-6&d=2026-11-22');
		await expect(figure(page, 'rate')).toHaveAttribute('data-value', '4.6053');
		await expect(figure(page, 'rate')).toContainText('€4.6053');
		await expect(figure(page, 'totalHours')).toHaveAttribute('data-value', '152');
		const grid = page.locator('[data-calendar="calendar"]');
		await expect(grid.locator('td[data-date="2024-12-14"]')).toHaveAttribute('data-kind', 'working');
		await expect(grid.locator('td[data-date="2024-12-14"] .day-hours')).toHaveText(/^5\b/);
		await expect(grid.locator('td[data-date="2024-12-23"]')).toHaveAttribute('data-kind', 'pre-holiday');
		await expect(grid.locator('td[data-date="2024-12-23"] .day-hours')).toHaveText(/^6\b/);
		await expect(page.getByText('Saturdays: December 2024')).toBeVisible();
		await page.goto('/en/minimum-hourly-rate/#v=1&m=2024-12&s=40&t=yes&d=2026-11-22');
		await expect(figure(page, 'rate')).toHaveAttribute('data-value', '3.9773');
		await expect(page.locator('[data-calendar="calendar"] td[data-date="2024-12-14"]')).toHaveAttribute(
			'data-kind',
			'transferred-working-pre-holiday'
		);
	});

	test('bad input: an unknown six-day id and a month outside the data', async ({ page }) => {
		await page.goto('/en/minimum-hourly-rate/#v=1&m=2028-01&s=40-7&d=2026-11-22');
		await expect(page.getByTestId('error-summary')).toBeVisible();
		await expect(page.locator('#field-schedule-error')).toContainText('Choose one of the options shown');
		await expect(page.locator('#field-month-error')).toContainText('The month must be December 2027 or earlier');
	});

	for (const lang of ['lv', 'en']) {
		test(`axe: a six-day result (${lang}) has no violations`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.goto(`/${lang}/minimum-hourly-rate/#v=1&m=2023-11&s=40-6&d=2026-11-22`);
			await expect(figure(page, 'rate')).toHaveAttribute('data-value', '3.5632');
			const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
			expect(r.violations.map((v) => v.id)).toEqual([]);
		});
	}
});

test.describe('minimum hourly rate — year table', () => {
	test('EN: 2024 twelve months, CSV download', async ({ page }) => {
		await page.goto('/en/minimum-hourly-rate-year/#v=1&y=2024&s=40&t=yes&d=2026-11-22');
		const table = page.locator('table[data-table="months"]');
		await expect(table.locator('tbody tr')).toHaveCount(12);
		const csvButton = page.locator('[data-testid^="csv-"]').first();
		const [download] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
		const csv = readFileSync((await download.path())!, 'utf8');
		const lines = csv
			.replace(/^\ufeff/, '')
			.trim()
			.split(/\r\n/);
		expect(lines).toHaveLength(13);
		expect(csv).toContain('2024-05');
		expect(csv).toContain('3.8043'); // May 2024: 700 / 184
	});
	test('LV: 2024, six days of 40 h — twelve months, 2094 hours', async ({ page }) => {
		await page.goto('/lv/minimum-hourly-rate-year/#v=1&y=2024&s=40-6&d=2026-11-22');
		await expect(figure(page, 'totalHours')).toHaveAttribute('data-value', '2094');
		await expect(figure(page, 'highestRate')).toHaveAttribute('data-value', '4.2424');
		await expect(page.locator('input[name="followsTransfers"]')).toHaveCount(0);
	});
	test('LV: a year outside the data', async ({ page }) => {
		await page.goto('/lv/minimum-hourly-rate-year/#v=1&y=2015&s=40&d=2026-11-22');
		await expect(page.locator('#field-year-error')).toContainText('Ievadiet skaitli no 2016 līdz 2027');
	});
});

test.describe('minimum pay for my hours', () => {
	test('EN: hours worked in a month → minimum pay owed', async ({ page }) => {
		await page.goto('/en/minimum-pay-for-hours/');
		await ready(page);
		await page.locator('input[name="mode"][value="hours"]').check();
		await page.locator('#field-month').fill('2017-05');
		await page.locator('#field-hoursWorked').fill('200');
		await page.locator('#field-asOf').fill('2026-11-22');
		await page.getByRole('button', { name: 'Calculate' }).click();
		await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'result');
		await expect(page.locator('[data-testid="result"] [data-value="413.04"]')).toHaveCount(1);
	});
	test('LV: nonsense hours give a clear message', async ({ page }) => {
		await page.goto('/lv/minimum-pay-for-hours/');
		await ready(page);
		await page.locator('input[name="mode"][value="hours"]').check();
		await page.locator('#field-month').fill('05.2017');
		await page.locator('#field-hoursWorked').fill('-3');
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(page.locator('#field-hoursWorked-error')).toContainText('Ievadiet skaitli no 0 līdz 744');
		await expect(page.locator('#field-hoursWorked')).toHaveValue('-3');
	});
});
