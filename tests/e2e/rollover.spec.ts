/**
 * Year rollover (issue 12 §1): with the browser's clock on 5 January 2027, after the tax and benefit
 * tables end (31.12.2026), the default as-of date is today and the page still answers — with the rules
 * of 31.12.2026 and a plain notice above the result — instead of a date error. The same for share
 * links and the embedded widget.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ready } from './helpers';

const NEW_YEAR = new Date('2027-01-05T10:00:00+02:00');

async function noDateError(page: Page) {
	await expect(page.getByTestId('error-summary')).toHaveCount(0);
	await expect(page.locator('#field-asOf-error')).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
	// Only the date is fixed; timers run normally, so the page behaves as it would on that day.
	await page.clock.setFixedTime(NEW_YEAR);
});

test('tax (LV): on 05.01.2027 the default date is today and the salary is worked out with the 2026 rules, saying so', async ({ page }) => {
	await page.goto('/lv/net-gross-salary/');
	await ready(page);
	await expect(page.locator('#field-asOf')).toHaveValue('05.01.2027');
	await page.locator('#field-amount').fill('1500');
	await page.getByRole('button', { name: 'Aprēķināt' }).click();
	await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'result');
	const notice = page.getByTestId('rollover');
	await expect(notice).toContainText('Mums vēl nav 2027. gada noteikumu');
	await expect(notice).toContainText('31.12.2026.');
	await noDateError(page);
	// Shown once, above the result, not repeated among the other notices.
	await expect(page.getByTestId('notices')).not.toContainText('2027. gada noteikumu');
	// The notice lets people change the date; a covered date gives the result without it.
	await notice.getByRole('link', { name: 'Mainīt datumu, uz kuru rēķināt' }).click();
	await expect(page.locator('#field-asOf')).toBeFocused();
	await page.locator('#field-asOf').fill('31.12.2026');
	await page.getByRole('button', { name: 'Aprēķināt' }).click();
	await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'result');
	await expect(page.getByTestId('rollover')).toHaveCount(0);
});

test('benefit (EN): a birth on 2 January 2027 gets the birth grant under the 2026 rules, with the notice and no date error', async ({
	page
}) => {
	await page.goto('/en/birth-grant/');
	await ready(page);
	await expect(page.locator('#field-asOf')).toHaveValue('05.01.2027');
	await page.locator('#field-birthDate').fill('02.01.2027');
	await page.getByRole('button', { name: 'Calculate' }).click();
	await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'result');
	const notice = page.getByTestId('rollover');
	await expect(notice).toContainText('We do not yet have the rules for 2027');
	await expect(notice).toContainText('31 December 2026');
	await noDateError(page);
});

test('a share link whose date is after the data opens with the result and the notice', async ({ page }) => {
	await page.goto('/en/net-gross-salary/#v=1&m=gross-to-net&a=1500&c=employee&b=yes&p=no&r=none&d=2027-02-01');
	await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'result');
	await expect(page.locator('#field-asOf')).toHaveValue('2027-02-01');
	await expect(page.getByTestId('rollover')).toContainText('the result below uses the rules in force on 31 December 2026');
	await expect(page.getByTestId('link-problems')).toHaveCount(0);
	await noDateError(page);
});

test('the embedded widget answers after the data too, with the notice', async ({ page }) => {
	await page.goto('/lv/birth-grant/embed/#v=1&e=birth&b=2027-01-02&r=yes&d=2027-01-05');
	await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'result');
	await expect(page.getByTestId('rollover')).toContainText('Mums vēl nav 2027. gada noteikumu');
	await noDateError(page);
});

test('the page with the notice has no accessibility violations (axe), in both languages', async ({ page }) => {
	test.setTimeout(90_000);
	for (const lang of ['lv', 'en']) {
		await page.goto(`/${lang}/birth-grant/#v=1&e=birth&b=2027-01-02&r=yes&d=2027-01-05`);
		await expect(page.getByTestId('rollover')).toBeVisible();
		const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
		expect(r.violations.map((v) => v.id)).toEqual([]);
	}
});
