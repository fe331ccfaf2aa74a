import { expect, type Page } from '@playwright/test';

/** Wait until the page has hydrated (the form handles submit in the browser). */
export async function ready(page: Page) {
	await expect(page.locator('form.calc-form[data-hydrated="true"]')).toBeVisible();
}

/** Fill the retirement form the way a person would. */
export async function fillRetirement(page: Page, o: { birth: string; category?: string; record?: string; asOf?: string }) {
	await page.locator('#field-birthDate').fill(o.birth);
	if (o.category) await page.locator(`input[name="category"][value="${o.category}"]`).check();
	if (o.record !== undefined) await page.locator('#field-record').fill(o.record);
	if (o.asOf !== undefined) await page.locator('#field-asOf').fill(o.asOf);
}

export const figure = (page: Page, id: string) => page.locator(`[data-testid="result"] [data-figure="${id}"]`);

/** Fail the test if the page asks for anything that is not on this site. */
export function forbidThirdParty(page: Page, origin: string) {
	const foreign: string[] = [];
	page.on('request', (r) => {
		const u = r.url();
		if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
	});
	return foreign;
}
