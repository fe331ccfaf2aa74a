import { expect, test } from '@playwright/test';
import { HOST_PORT } from '../../playwright.config';
import { figure, ready } from './helpers';

// Faults 7 and 8 of the outside probe, in the browser.
test.describe('share links and the widget', () => {
	test('a link over 4 000 characters keeps its valid values, also when it arrives by hashchange', async ({ page }) => {
		await page.goto('/en/retirement-age/#v=1&b=1955-05-15&c=general&d=2026-11-22');
		await ready(page);
		await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', '2018-08-15');
		// A long tampered link arrives while the page is open: its valid values are used, the rest reported.
		const long = `v=1&b=1960-03-31&c=general&d=2026-11-22&zz=${'x'.repeat(5000)}&r=${'9'.repeat(600)}`;
		await page.evaluate((h) => (location.hash = h), long);
		await expect(page.locator('#field-birthDate')).toHaveValue(/1960-03-31|31\.03\.1960/);
		await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', /^2024-/);
		const problems = page.getByTestId('link-problems');
		await expect(problems).toContainText('unusually long');
		await expect(problems).toContainText('The valid values have been kept in the form.');
		// A link with nothing usable leaves the form as it is (it used to clear it).
		await page.evaluate(() => (location.hash = 'zz=1'));
		await expect(problems).toContainText('zz');
		await expect(page.locator('#field-birthDate')).toHaveValue(/1960-03-31|31\.03\.1960/);
		await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', /^2024-/);
	});

	test('inside the widget the result offers the full calculator, not "Copy link"', async ({ page, baseURL }) => {
		const widget = `${baseURL}/en/retirement-age/embed/#v=1&b=1955-05-15&c=general&d=2026-11-22`;
		await page.goto(`http://127.0.0.1:${HOST_PORT}/?src=${encodeURIComponent(widget)}`);
		const frame = page.frameLocator('iframe');
		const result = frame.getByTestId('result');
		await expect(result).toHaveAttribute('data-outcome', 'result');
		await expect(result.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
		const open = result.getByRole('link', { name: /Open the full calculator/ });
		await expect(open).toHaveAttribute('href', /\/en\/retirement-age\/#v=1&b=1955-05-15/);
		await expect(open).not.toHaveAttribute('href', /\/embed\//);
		await expect(open).toHaveAttribute('target', '_blank');
	});

	test('the server sends the framing policy: widgets may be framed, full pages not', async ({ request }) => {
		const full = await request.get('/en/retirement-age/');
		expect(full.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
		expect(full.headers()['x-content-type-options']).toBe('nosniff');
		const embed = await request.get('/en/retirement-age/embed/');
		expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
	});
});
