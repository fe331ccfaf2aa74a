import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

async function axe(page: Page) {
	const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// axe walks long pages (the rules list, a table with every row); two cores are shared.
test.setTimeout(90_000);

const RULES = { lv: '/lv/noteikumi/', en: '/en/rules/' } as const;
const CHANGES = { lv: '/lv/izmainas/', en: '/en/changes/' } as const;
const OPEN_DATA = { lv: '/lv/atvertie-dati/', en: '/en/open-data/' } as const;

for (const [lang, query, other] of [
	['lv', 'minimālā alga', 'minimum wage'],
	['en', 'minimum wage', 'minimālā alga']
] as const) {
	test(`rules search (${lang}) finds the minimum wage by “${query}” and by “${other}”`, async ({ page }) => {
		await page.goto(RULES[lang]);
		const search = page.locator('#rules-q');
		for (const q of [query, other]) {
			await search.fill(q);
			await expect(page.getByTestId('rules-found')).not.toBeEmpty();
			await expect(page.locator('li[data-table="labour/minimum-monthly-wage"]')).toBeVisible();
			await expect(page.locator('li[data-table="pension/retirement-age-general"]')).toHaveCount(0);
		}
		await search.fill('zzqx');
		await expect(page.locator('.rules-list li')).toHaveCount(0);
		await expect(page.getByTestId('rules-found')).toContainText('zzqx');
		await search.fill('');
		expect(await page.locator('.rules-list li').count()).toBeGreaterThan(80);
	});
}

test('without JavaScript the rules list shows every table (the search needs a script)', async ({ browser }) => {
	const ctx = await browser.newContext({ javaScriptEnabled: false });
	const page = await ctx.newPage();
	await page.goto(RULES.en);
	expect(await page.locator('.rules-list li').count()).toBeGreaterThan(80);
	await expect(page.locator('#rules-q')).toHaveCount(0);
	await ctx.close();
});

test('a table page shows every row with period, status, legal basis and sources, a chart and its calculators', async ({ page }) => {
	await page.goto('/en/rules/labour/minimum-monthly-wage/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Minimum monthly wage');
	const rows = page.getByTestId('rule-rows').locator('li.rule-row');
	const json = JSON.parse(readFileSync('data/labour/minimum-monthly-wage.json', 'utf8')) as { rows: unknown[] };
	await expect(rows).toHaveCount(json.rows.length);
	const first = rows.first();
	for (const label of ['Value', 'Status', 'Legal basis', 'Evidence']) await expect(first.locator('dt', { hasText: label })).toBeVisible();
	await expect(first.locator('a[href*="likumi.lv"]').first()).toBeVisible();
	await expect(page.locator('.line-chart svg[role="img"]')).toHaveAttribute('aria-label', /Minimum monthly wage/);
	await expect(
		page
			.getByTestId('used-by')
			.getByRole('link', { name: /minimum hourly rate/i })
			.first()
	).toBeVisible();
	// The language switch keeps the table: /en/rules/… ↔ /lv/noteikumi/….
	await expect(page.getByTestId('language-switch')).toHaveAttribute('href', '/lv/noteikumi/labour/minimum-monthly-wage/');
});

/** A record table as stored: the names its rows use (fields at any depth, coded values) and their labels. */
interface RecordTable {
	kind: string;
	fields?: Record<string, { lv: string; en: string } | null>;
	codes?: Record<string, { lv: string; en: string }>;
	rows: Array<{ value?: unknown }>;
}
const readTable = (id: string) => JSON.parse(readFileSync(`data/${id}.json`, 'utf8')) as RecordTable;

/** The names of the data a page must not show: the fields (any depth, not data keys like "1997") and the coded values. */
function dataNames(t: RecordTable): string[] {
	const out = new Set<string>();
	const walk = (v: unknown) => {
		if (Array.isArray(v)) v.forEach(walk);
		else if (v !== null && typeof v === 'object')
			for (const [k, x] of Object.entries(v)) {
				if (!/^\d/.test(k) && !(k === 'lv' || k === 'en')) out.add(k);
				walk(x);
			}
		else if (typeof v === 'string' && /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(v)) out.add(v);
	};
	t.rows.forEach((r) => walk(r.value));
	return [...out];
}
/** Names written like code (camelCase, letters with digits, hyphenated codes) that appear as words in the text (names are letters, digits and hyphens). */
function codeNamesIn(names: string[], text: string): string[] {
	return names.filter(
		(n) =>
			/[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|[a-z]-[a-z]/.test(n) && new RegExp(`(?<![\\p{L}\\p{N}_-])${n}(?![\\p{L}\\p{N}_-])`, 'u').test(text)
	);
}

for (const lang of ['lv', 'en'] as const) {
	test(`record rows show labels, never the data's field names (${lang})`, async ({ page }) => {
		for (const id of [
			'labour/minimum-hourly-rate-rules',
			'tax/income-tax-rates',
			'calendar/public-holidays',
			'state-benefits/vsnp-conditions',
			'state-benefits/vsnp-disability-general',
			'pension/pension-supplement'
		]) {
			const t = readTable(id);
			await page.goto(`${RULES[lang]}${id}/`);
			const values = page.getByTestId('rule-rows').locator('.row-value');
			await expect(values).toHaveCount(t.rows.length);
			const text = (await values.allInnerTexts()).join('\n');
			expect(codeNamesIn(dataNames(t), text), id).toEqual([]);
			await expect(values.locator('code')).toHaveCount(0);
			// Every label a row uses is shown (the first row's fields, those not hidden).
			const first = t.rows.find((r) => r.value)!.value as Record<string, unknown>;
			for (const k of Object.keys(first)) if (t.fields?.[k]) expect(text, `${id}: ${k}`).toContain(`${t.fields[k]![lang]}:`);
			// The whole page, description and notes included, names no field like code.
			expect(codeNamesIn(dataNames(t), await page.locator('main').innerText()), id).toEqual([]);
		}
		await page.goto(`${RULES[lang]}labour/minimum-hourly-rate-rules/`);
		await expect(page.getByTestId('rule-rows').locator('.row-value').first()).toContainText(
			lang === 'lv' ? 'Likmes zīmes aiz komata: 4' : 'Decimal places of the rate: 4'
		);
	});
}

test('the check of a row can fail: the data names of a table are found in text that shows them', () => {
	const t = readTable('labour/minimum-hourly-rate-rules');
	expect(codeNamesIn(dataNames(t), 'rateDecimals: 4; rateRounding: half-up')).toEqual(['rateDecimals', 'rateRounding', 'half-up']);
	expect(codeNamesIn(dataNames(t), 'Decimal places of the rate: 4')).toEqual([]);
});

test('JSON downloads parse: one table, all tables, all worked examples', async ({ page, request }) => {
	await page.goto('/lv/noteikumi/tax/non-taxable-minimum/');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('table-json').click()]);
	const table = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(table.id).toBe('tax/non-taxable-minimum');
	expect(table.rows.length).toBeGreaterThan(3);
	expect(table.rows[0].basis[0].url).toMatch(/^https:\/\//);

	const all = await (await request.get('/open-data/rules.json')).json();
	expect(all.format).toBe(1);
	expect(all.tables.length).toBeGreaterThan(80);
	expect(all.calculators.find((c: { id: string }) => c.id === 'net-gross-salary').tables).toContain('tax/non-taxable-minimum');

	const golden = await (await request.get('/open-data/golden-cases.json')).json();
	expect(golden.cases.length).toBeGreaterThan(50);
	expect(golden.cases[0]).toMatchObject({ calculator: expect.any(String), asOf: expect.any(String), expect: { kind: expect.any(String) } });
});

test('what changed between 31.12.2024 and 01.01.2025 lists the tax reform with both values and the act', async ({ page }) => {
	await page.goto(CHANGES.lv);
	await expect(page.locator('form.changes-form[data-hydrated="true"]')).toBeVisible();
	await page.locator('#changes-from').fill('31.12.2024');
	await page.locator('#changes-to').fill('01.01.2025');
	await page.getByRole('button', { name: 'Rādīt izmaiņas' }).click();
	const rates = page.locator('li.change[data-table="tax/income-tax-rates"]');
	await expect(rates).toBeVisible();
	await expect(page.locator('li.change[data-table="tax/non-taxable-minimum"]')).toBeVisible();
	await expect(page.locator('li.change[data-table="labour/minimum-monthly-wage"]')).toContainText('740,00');
	await expect(page.locator('li.change[data-table="labour/minimum-monthly-wage"]')).toContainText('700,00');
	await expect(rates.locator('dt', { hasText: 'Mainīja' })).toBeVisible();
	// A parameter set shows the parameters that changed by their labels, never by the data's names.
	await expect(rates).toContainText('Gada progresīvās likmes (gada deklarācijā): (Ienākums līdz:');
	expect(codeNamesIn(dataNames(readTable('tax/income-tax-rates')), await rates.innerText())).toEqual([]);
	await expect(rates.locator('a[href*="likumi.lv"]').first()).toBeVisible();
	await expect(page.locator('li.change[data-table="labour/normal-working-time"]')).toHaveCount(0);
	await expect(page).toHaveURL(/#from=2024-12-31&to=2025-01-01$/);
});

test('what changed for one calculator, from a link; the next-1-January shortcut', async ({ page }) => {
	await page.goto('/en/changes/#c=net-gross-salary&from=2024-12-31&to=2025-01-01');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('What changed for');
	await expect(page.locator('li.change[data-table="tax/income-tax-rates"]')).toBeVisible();
	// Tables the calculator does not use are left out.
	await expect(page.locator('li.change[data-table="pension/retirement-age-general"]')).toHaveCount(0);
	await page.getByTestId('next-january').click();
	await expect(page).toHaveURL(/from=(\d{4})-12-31&to=\d{4}-01-01$/);
	const m = /from=(\d{4})-12-31&to=(\d{4})-01-01/.exec(page.url())!;
	expect(Number(m[2])).toBe(Number(m[1]) + 1);
	await expect(page.locator('#changes-summary')).toBeVisible();
});

test('an old share link whose rules changed shows the new result and names what changed; a link without an id works', async ({ page }) => {
	const link = '/en/net-gross-salary/#v=1&m=gross-to-net&a=1500&c=employee&b=yes&p=no&r=none&d=2026-06-01';
	await page.goto(link);
	await expect(page.getByTestId('result')).toBeVisible();
	await expect(page.getByTestId('stale-rules')).toHaveCount(0);
	await expect(page).toHaveURL(/&rv=[0-9A-Za-z_.-]+$/);
	const rv = new URL(page.url()).hash.match(/rv=([^&]+)/)![1];
	// The same link with the current id: no notice.
	await page.goto('/en/retirement-age/');
	await page.goto(`${link}&rv=${rv}`);
	await expect(page.getByTestId('result')).toBeVisible();
	await expect(page.getByTestId('stale-rules')).toHaveCount(0);
	// One used table's character changed, as if its row had been corrected since the link was made.
	const i = [...rv].findIndex((c, k) => k >= 3 && c !== '.');
	const stale = rv.slice(0, i) + (rv[i] === 'a' ? 'b' : 'a') + rv.slice(i + 1);
	await page.goto('/en/retirement-age/');
	await page.goto(`${link}&rv=${stale}`);
	const notice = page.getByTestId('stale-rules');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('The rules for this calculation have changed');
	await expect(notice.locator('li a[href^="/en/rules/"]')).toHaveCount(1);
	// The changed table's value as it is now: a parameter set by its labels (they load with the documentation).
	const changedId = (await notice.locator('li a').getAttribute('href'))!.replace(/^\/en\/rules\/|\/$/g, '');
	const changed = readTable(changedId);
	if (changed.kind === 'record') {
		expect(codeNamesIn(dataNames(changed), await notice.innerText()), changedId).toEqual([]);
		const shownField = Object.keys(changed.fields ?? {}).find((k) => changed.fields![k]);
		await expect(notice).toContainText(`${changed.fields![shownField!]!.en}:`);
	}
	await expect(page.getByTestId('result')).toBeVisible();
	// The page's own link now carries the current id.
	await expect(page).toHaveURL(new RegExp(`rv=${rv.replace(/[.-]/g, '\\$&')}$`));
	expect(await axe(page)).toEqual([]);
});

for (const lang of ['lv', 'en'] as const) {
	const pages = [
		RULES[lang],
		`${RULES[lang]}labour/minimum-monthly-wage/`,
		`${RULES[lang]}tax/non-taxable-minimum/`,
		`${CHANGES[lang]}#from=2024-12-31&to=2025-01-01`,
		OPEN_DATA[lang]
	];
	for (const p of pages) {
		test(`axe: ${p} has no violations`, async ({ page }) => {
			await page.goto(p);
			await page.waitForLoadState('networkidle');
			if (p.includes('#from')) await expect(page.locator('li.change').first()).toBeVisible();
			expect(await axe(page)).toEqual([]);
		});
	}
	test(`the header and footer link the rules pages (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/about/`);
		await expect(page.locator(`header a[href="${RULES[lang]}"]`)).toBeVisible();
		await expect(page.locator(`footer a[href="${CHANGES[lang]}"]`)).toBeVisible();
		await expect(page.locator(`footer a[href="${OPEN_DATA[lang]}"]`)).toBeVisible();
		await expect(page.locator(`main a[href="${RULES[lang]}"]`)).toBeVisible();
	});
}
