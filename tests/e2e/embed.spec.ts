import { expect, test } from '@playwright/test';
import { HOST_PORT } from '../../playwright.config';

test('the widget works inside an iframe on another origin and tells the host only its height', async ({ page, baseURL }) => {
	const widget = `${baseURL}/lv/retirement-age/embed/#v=1&b=1955-05-15&c=general&d=2026-11-22`;
	await page.goto(`http://127.0.0.1:${HOST_PORT}/?src=${encodeURIComponent(widget)}`);
	const frame = page.frameLocator('iframe');
	await expect(frame.getByTestId('result')).toHaveAttribute('data-outcome', 'result');
	await expect(frame.locator('[data-figure="pensionDate"]')).toHaveAttribute('data-value', '2018-08-15');
	// No site header or footer inside the widget; a link to the full page with the same calculation.
	await expect(frame.locator('header.site-header')).toHaveCount(0);
	await expect(frame.locator('.embed-bar').getByRole('link', { name: /Atvērt pilno kalkulatoru/ })).toHaveAttribute(
		'href',
		/\/lv\/retirement-age\/#v=1&b=1955-05-15/
	);
	await expect.poll(async () => page.evaluate(() => (window as unknown as { messages: unknown[] }).messages.length)).toBeGreaterThan(0);
	const messages =
		(await page.evaluate(() => (window as unknown as { messages: Array<{ origin: string; data: Record<string, unknown> }> }).messages)) ??
		[];
	for (const m of messages) {
		expect(m.origin).toBe(new URL(baseURL!).origin);
		expect(Object.keys(m.data).sort()).toEqual(['calculator', 'height', 'type']);
		expect(m.data.type).toBe('lv-social-calculator:height');
		expect(m.data.height).toBeGreaterThan(300);
	}
});

test('the calculator page offers the embed code for its widget', async ({ page }) => {
	await page.goto('/en/retirement-age/');
	await page.getByText('Embed on your site').click();
	await expect(page.getByTestId('embed-code')).toContainText('/en/retirement-age/embed/');
});
