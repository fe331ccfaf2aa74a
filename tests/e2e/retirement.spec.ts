import { expect, test } from '@playwright/test';
import { figure, fillRetirement, forbidThirdParty, ready } from './helpers';
import golden from '../../src/lib/calculators/retirement-age/golden';

test.describe('retirement age calculator', () => {
	test('LV: fill the form and read the answer, its steps and sources', async ({ page, baseURL }) => {
		const foreign = forbidThirdParty(page, baseURL!);
		await page.goto('/lv/retirement-age/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kad varu saņemt vecuma pensiju?');
		await ready(page);
		await fillRetirement(page, { birth: '15.05.1955', record: '40', asOf: '22.11.2026' });
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		const result = page.getByTestId('result');
		await expect(result).toHaveAttribute('data-outcome', 'result');
		await expect(page.getByTestId('result-summary')).toContainText('15.08.2018.');
		await expect(page.getByTestId('result-summary')).toContainText('63 gadu un 3 mēnešu vecumā');
		await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', '2018-08-15');
		await expect(figure(page, 'minimumRecord')).toHaveAttribute('data-value', '15');
		// Every step that used a rule points to it by number; the rule, listed once under "Rules used",
		// shows since when it is in force, its legal basis on likumi.lv and its evidence.
		const ref = await result.locator('[data-step="requiredAge"] .step-rules').innerText();
		const n = /(\d+)\./.exec(ref)![1];
		await result.locator('.rules-used summary').click();
		const rule = result.locator(`.rules-used #rule-${n}`);
		await expect(rule).toBeVisible();
		await expect(rule).toContainText('spēkā no 01.01.2018.');
		await expect(rule.locator('.rule-basis a').first()).toHaveAttribute('href', /^https:\/\/likumi\.lv\//);
		await expect(rule.locator('.rule-evidence a').first()).toHaveAttribute('href', /^https?:\/\//);
		// Each rule once: no table row appears twice in the list.
		const ids = await result
			.locator('.rules-used-list > li')
			.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-rule')} ${e.querySelector('.rule-period')?.textContent}`));
		expect(new Set(ids).size).toBe(ids.length);
		expect(foreign).toEqual([]);
	});

	test('EN: the same calculation in English', async ({ page }) => {
		await page.goto('/en/retirement-age/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await ready(page);
		await fillRetirement(page, { birth: '1955-05-15', asOf: '2026-11-22' });
		await page.getByRole('button', { name: 'Calculate' }).click();
		await expect(page.getByTestId('result-summary')).toContainText('15 August 2018');
		await expect(page.getByTestId('result-summary')).toContainText('63 years and 3 months');
		await expect(figure(page, 'ageAtPension')).toHaveAttribute('data-value', '63y3m');
	});

	for (const g of golden.filter((_, i) => i % 4 === 0)) {
		test(`golden in the browser: ${g.name}`, async ({ page }) => {
			await page.goto('/en/retirement-age/');
			await ready(page);
			await fillRetirement(page, {
				birth: String(g.input.birthDate),
				category: String(g.input.category),
				record: g.input.record === undefined ? '' : String(g.input.record),
				asOf: g.asOf
			});
			await page.getByRole('button', { name: 'Calculate' }).click();
			await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', g.expect.kind);
			for (const [id, v] of Object.entries(g.expect.figures ?? {})) await expect(figure(page, id)).toHaveAttribute('data-value', v);
		});
	}

	test('a share link copied under /lv/ reproduces the calculation under /en/', async ({ page, context }) => {
		await page.goto('/lv/retirement-age/');
		await ready(page);
		await fillRetirement(page, { birth: '31.03.1962', category: 'early', record: '30', asOf: '01.06.2026' });
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', '2024-12-31');
		await page.getByRole('button', { name: 'Kopēt saiti uz šo aprēķinu' }).click();
		await expect(page.getByText('Saite nokopēta')).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('#v=1&b=1962-03-31&c=early&r=30&d=2026-06-01');
		const other = await context.newPage();
		await other.goto(copied.replace('/lv/', '/en/'));
		await expect(other.getByTestId('result')).toHaveAttribute('data-outcome', 'result');
		await expect(figure(other, 'pensionDate')).toHaveAttribute('data-value', '2024-12-31');
		await expect(figure(other, 'fullPensionFrom')).toHaveAttribute('data-value', '2027-03-31');
		await expect(other.locator('#field-record')).toHaveValue('30');
	});

	test('the language switch keeps the calculation', async ({ page }) => {
		await page.goto('/lv/retirement-age/');
		await ready(page);
		await fillRetirement(page, { birth: '15.05.1955', asOf: '22.11.2026' });
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', '2018-08-15');
		await page.getByTestId('language-switch').click();
		await expect(page).toHaveURL(/\/en\/retirement-age\/#v=1&b=1955-05-15/);
		await expect(page.getByTestId('result-summary')).toContainText('15 August 2018');
	});

	test('bad input: error summary gets focus, links to fields, inline messages, typed text kept', async ({ page }) => {
		await page.goto('/lv/retirement-age/');
		await ready(page);
		await fillRetirement(page, { birth: '31.02.1960', record: 'daudz', asOf: '' });
		await page.getByRole('button', { name: 'Aprēķināt' }).click();
		const summary = page.getByTestId('error-summary');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('heading')).toHaveText('Ir kļūda');
		await expect(summary.getByRole('link')).toHaveCount(3);
		await expect(page.locator('#field-birthDate-error')).toContainText('Ievadiet savu dzimšanas datumu kā īstu datumu');
		await expect(page.locator('#field-birthDate')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#field-birthDate')).toHaveValue('31.02.1960');
		await expect(page.locator('#field-record')).toHaveValue('daudz');
		await expect(page.getByTestId('result')).toHaveCount(0);
		await summary.getByRole('link', { name: /Ievadiet apdrošināšanas stāžu gados kā veselu skaitli/ }).click();
		await expect(page.locator('#field-record')).toBeFocused();
		const body = await page.locator('body').innerText();
		expect(body).not.toMatch(/NaN|Infinity|undefined/);
	});

	test('a tampered link says what is wrong and keeps what was valid', async ({ page }) => {
		await page.goto('/en/retirement-age/#v=1&b=1955-05-15&c=<img src=x onerror=alert(1)>&r=-4&zz=1&d=2026-11-22');
		await expect(page.getByTestId('link-problems')).toContainText('parts we do not recognise (zz)');
		await expect(page.getByTestId('error-summary')).toBeVisible();
		await expect(page.locator('#field-birthDate')).toHaveValue('1955-05-15');
		await expect(page.locator('#field-record')).toHaveValue('-4');
		await expect(page.locator('#field-record-error')).toContainText('Enter your insurance record in years from 0 to 70');
		await expect(page.locator('#field-category-error')).toContainText('Choose one of the answers shown to');
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
	});

	test('a date outside the data gives a clear message, not a guess', async ({ page }) => {
		await page.goto('/en/retirement-age/#v=1&b=1940-05-01&c=general&d=2026-11-22');
		await expect(page.getByTestId('result')).toHaveAttribute('data-outcome', 'cannot-answer');
		await expect(page.getByTestId('result-summary')).toContainText('before 1 January 2013');
		// After the day the law was last checked: the answer under the law as then known, saying so.
		await page.goto('/en/retirement-age/#v=1&b=1955-05-15&c=general&d=2031-01-01');
		await expect(page.locator('#field-asOf-error')).toHaveCount(0);
		await expect(page.getByTestId('rollover')).toContainText(
			'We do not yet have the rules for 2027; the result below uses the rules in force on 31 December 2026'
		);
	});

	test('keyboard only: tab to the fields, type, choose, submit, reach the result', async ({ page }) => {
		await page.goto('/en/retirement-age/');
		await ready(page);
		await page.locator('#field-birthDate').focus();
		await page.keyboard.type('15.05.1955');
		await page.keyboard.press('Tab'); // to the radio group (general is checked)
		await page.keyboard.press('ArrowDown'); // early retirement
		await expect(page.locator('input[name="category"][value="early"]')).toBeChecked();
		await page.keyboard.press('ArrowUp'); // back to general
		// The record question's hint ends with two links (what the term means, which e-service shows it).
		await page.keyboard.press('Tab');
		await expect(page.getByTestId('field-links-record').getByRole('link').first()).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.locator('#field-record')).toBeFocused();
		await page.keyboard.type('35');
		await page.keyboard.press('Tab');
		await expect(page.locator('#field-asOf')).toBeFocused();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('22.11.2026');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(figure(page, 'pensionDate')).toHaveAttribute('data-value', '2018-08-15');
		await expect(page.getByTestId('result').getByRole('heading', { level: 2 })).toBeFocused();
	});

	test('the print sheet shows the inputs, the result, the steps and the sources, not the site chrome', async ({ page }) => {
		await page.goto('/lv/retirement-age/#v=1&b=1955-05-15&c=general&r=40&d=2026-11-22');
		await expect(page.getByTestId('result')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.site-header')).toBeHidden();
		await expect(page.locator('form.calc-form')).toBeHidden();
		await expect(page.locator('.print-only')).toBeVisible();
		await expect(page.locator('.print-only')).toContainText('15.05.1955');
		await expect(page.locator('.print-only')).toContainText('Vispārējais gadījums');
		await expect(page.locator('.rules-used .rule-basis a').first()).toBeVisible();
		await expect(page.getByTestId('result-summary')).toBeVisible();
		// The sheet starts with the site name, the disclaimer, the date printed and the link back.
		const head = page.locator('.print-head');
		await expect(head).toContainText('Sociālo tiesību kalkulatori');
		await expect(head).toContainText('aplēses, nevis lēmumi');
		await expect(head).toContainText('Izdrukāts');
		await expect(head).toContainText('/lv/retirement-age/#');
		await expect(page.locator('.actions')).toBeHidden();
		await expect(page.getByTestId('embed-link')).toBeHidden();
	});
});
