import { expect, test } from '@playwright/test';
import { figure, ready } from './helpers';

test.describe('net ⇄ gross salary', () => {
	test('LV: gross → net, 2021 worked example c (VID minimum 200)', async ({ page }) => {
		await page.goto('/lv/net-gross-salary/');
		await ready(page);
		await page.locator('#field-amount').fill('1 000,00');
		await page.locator('#field-vidNtm').fill('200');
		await page.locator('#field-asOf').fill('15.06.2021');
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(figure(page, 'net')).toHaveAttribute('data-value', '756.00');
		await expect(figure(page, 'net')).toContainText('756,00');
		await expect(figure(page, 'incomeTax')).toHaveAttribute('data-value', '139.00');
		// Where the gross goes: a chart whose every bar has its label and amount as text; net pay is the first primary figure.
		const chart = page.locator('figure.chart').first();
		await expect(chart.locator('.chart-value').first()).toContainText('756,00');
		await expect(page.getByTestId('primary-figures').locator('[data-figure]').first()).toHaveAttribute('data-figure', 'net');
		const labelSize = await chart
			.locator('.chart-label')
			.first()
			.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
		expect(labelSize).toBeGreaterThanOrEqual(12);
	});

	test('EN: the inverse — desired net 756 with VID minimum 200 needs gross 1 000.00', async ({ page }) => {
		await page.goto('/en/net-gross-salary/');
		await ready(page);
		await page.locator('input[name="mode"][value="net-to-gross"]').check();
		await page.locator('#field-amount').fill('756');
		await page.locator('#field-vidNtm').fill('200');
		await page.locator('#field-asOf').fill('2021-06-15');
		await page.getByRole('button', { name: 'Calculate' }).click();
		await expect(figure(page, 'gross')).toHaveAttribute('data-value', '1000.00');
		await expect(figure(page, 'gross')).toContainText('€1,000.00');
		await expect(figure(page, 'net')).toHaveAttribute('data-value', '756.00');
	});

	test('an ambiguous amount is refused with both readings; a monthly amount above the yearly maximum is questioned', async ({ page }) => {
		await page.goto('/lv/net-gross-salary/');
		await ready(page);
		await page.locator('#field-amount').fill('1.500');
		await page.locator('#field-asOf').fill('15.06.2026');
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(page.locator('#field-amount-error')).toContainText('“1.500” var nozīmēt 1,50');
		await expect(page.locator('#field-amount-error')).toContainText('ievadiet summu mēnesī kā 1,50 vai 1500');
		await expect(page.locator('#field-amount')).toHaveValue('1.500');
		await page.locator('#field-amount').fill('150000');
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(page.getByTestId('notices')).toContainText('Pārbaudiet “Summa mēnesī”');
	});

	test('bad input: negative and absurd amounts, an unknown category, an impossible date', async ({ page }) => {
		// A date after the data is answered with the rollover notice (rollover.spec.ts); only one past 2100 is an error.
		await page.goto('/en/net-gross-salary/#v=1&m=gross-to-net&a=-100&c=astronaut&d=2101-01-01');
		await expect(page.getByTestId('error-summary')).toBeVisible();
		await expect(page.locator('#field-amount-error')).toContainText('Enter the amount per month: €0.00 or more');
		await expect(page.locator('#field-category-error')).toContainText(
			'Choose one of the answers shown to “The employee’s social insurance status”'
		);
		await expect(page.locator('#field-asOf-error')).toContainText('Enter a date no later than 31 December 2100');
		await page.goto('/lv/net-gross-salary/#v=1&m=gross-to-net&a=99999999999&d=2026-01-15');
		await expect(page.locator('#field-amount-error')).toContainText('Ievadiet summu mēnesī: ne vairāk kā');
		await expect(page.locator('#field-amount')).toHaveValue('99999999999');
		await expect(page.getByTestId('result')).toHaveCount(0);
	});
});

test('unconfirmed data is shown as such: the 2027 minimum wage is only planned', async ({ page }) => {
	await page.goto('/en/minimum-hourly-rate/#v=1&m=2027-03&s=40&t=yes&d=2026-11-22');
	await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'result');
	await expect(page.getByTestId('notices')).toContainText('announced but not yet enacted');
	await page.locator('.rules-used summary').click();
	await expect(page.locator('.status-planned').first()).toBeVisible();
});
