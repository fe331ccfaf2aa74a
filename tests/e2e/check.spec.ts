/**
 * "What am I entitled to?" in the browser, LV and EN: choose two situations, answer, see the results;
 * change an answer on the way back; open a pre-filled calculator and get the same amount; the .ics
 * holds every date ahead; a tampered link is reported; keyboard only; axe on every page. The first
 * load has no calculator: a situation's calculators are fetched when it is chosen, in the page
 * language only; a slow download says so and a failed one can be tried again.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { calculatorsFor } from '../../src/lib/entitlement/catalogue';

// axe on every page of a flow takes a while on two cores.
test.setTimeout(120_000);

async function axe(page: Page) {
	const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SLUG = { lv: '/lv/kas-man-pienakas/', en: '/en/what-am-i-entitled-to/' } as const;
const ready = (page: Page) => expect(page.locator('.check[data-hydrated="true"]')).toBeVisible();
const onPage = (page: Page, id: string) => expect(page.locator(`.check[data-page="${id}"]`)).toBeVisible();
const item = (page: Page, entry: string) => page.locator(`.check-item[data-entry="${entry}"]`);
const fig = (page: Page, entry: string, id: string) => item(page, entry).locator(`[data-figure="${id}"]`);

async function next(page: Page, expected: string) {
	await page.getByTestId('continue').click();
	await onPage(page, expected);
	expect(await axe(page)).toEqual([]);
}

for (const lang of ['lv', 'en'] as const) {
	test(`${lang}: two situations, every page axe-clean, results; change an answer on the way back; pre-filled calculator agrees`, async ({
		page
	}) => {
		await page.goto(SLUG[lang]);
		await ready(page);
		expect(await axe(page)).toEqual([]);
		// Continue without a situation: the error summary names the question.
		await page.getByTestId('continue').click();
		await expect(page.getByTestId('error-summary')).toBeFocused();
		expect(await axe(page)).toEqual([]);

		await page.locator('input[name="situations"][value="expecting-or-born"]').check();
		await page.locator('input[name="situations"][value="lost-job"]').check();
		await page.locator('#field-asOf').fill('20.11.2026');
		await next(page, 'you');
		await next(page, 'work');
		await page.locator('#field-months6').fill('6');
		await page.locator('#field-averageWage').fill(lang === 'lv' ? '2 000,00' : '2,000.00');
		await page.locator('#field-record').fill('5');
		await next(page, 'birth');
		// A wrong date is refused in the calculator's own words, naming the field.
		await page.locator('#field-newbornDate').fill('31.02.2026');
		await page.getByTestId('continue').click();
		await expect(page.getByTestId('error-summary')).toContainText(lang === 'lv' ? 'dzimšanas datumu' : 'date of birth');
		expect(await axe(page)).toEqual([]);
		await page.locator('#field-newbornDate').fill('20.10.2026');
		await page.locator('input[name="claimant"][value="other-parent"]').check();
		await page.locator('#field-leaveStart').fill('02.11.2026');
		await next(page, 'job');
		await page.locator('#field-statusDate').fill('02.11.2026');
		await page.locator('#field-contributionMonths').fill('10');
		await next(page, 'results');

		// Started and still claimable first; amounts and deadlines as the personas say.
		await expect(page.getByTestId('started')).toContainText(lang === 'lv' ? 'Bērna piedzimšanas pabalsts' : 'Birth grant');
		await expect(fig(page, 'birth-grant', 'total')).toHaveAttribute('data-value', '600.00');
		await expect(fig(page, 'birth-grant', 'claimDeadline')).toHaveAttribute('data-value', '2027-04-20');
		await expect(fig(page, 'paternity-benefit', 'total')).toHaveAttribute('data-value', '735.60');
		await expect(item(page, 'unemployment-benefit')).toHaveAttribute('data-status', 'not-entitled');
		await expect(item(page, 'unemployment-benefit').getByTestId('reasons')).toContainText('10');
		await expect(page.locator('[data-not-assessed="municipal-social-assistance"]')).toBeVisible();

		// Change one answer from the summary: the other answers stay.
		await page.getByTestId('change-job').click();
		await onPage(page, 'job');
		await expect(page.locator('#field-statusDate')).toHaveValue('02.11.2026');
		await page.locator('#field-contributionMonths').fill('14');
		await next(page, 'results');
		await expect(item(page, 'unemployment-benefit')).toHaveAttribute('data-status', 'entitled');
		await expect(fig(page, 'birth-grant', 'total')).toHaveAttribute('data-value', '600.00');

		// The browser's Back goes to the previous page with its answers.
		await page.goBack();
		await onPage(page, 'job');
		await expect(page.locator('#field-contributionMonths')).toHaveValue('14');
		await page.goForward();
		await onPage(page, 'results');

		// The full calculator, pre-filled, gives the same amount.
		const paternityTotal = await fig(page, 'paternity-benefit', 'total').getAttribute('data-value');
		await item(page, 'paternity-benefit').getByTestId('open-calculator').click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/paternity-benefit/#`));
		await expect(page.locator('[data-testid="result"] [data-figure="total"]')).toHaveAttribute('data-value', paternityTotal!);
	});
}

test('en: the .ics holds every date ahead, and the language switch keeps the answers', async ({ page }) => {
	const fragment =
		'v=1&s=death-in-family.retiring&p=results&b=1962-06-15&r=38&rc=general&dd=2026-10-05&di=no&dpn=yes&dpp=650&dm=yes&dsp=yes&d=2026-11-20';
	await page.goto(`${SLUG.en}#${fragment}`);
	await onPage(page, 'results');
	expect(await axe(page)).toEqual([]);
	await expect(fig(page, 'funeral-benefit', 'total')).toHaveAttribute('data-value', '1300.00');
	await expect(fig(page, 'survivor-spouse-benefit', 'perMonth')).toHaveAttribute('data-value', '325.00');
	await expect(fig(page, 'retirement-age', 'pensionDate')).toHaveAttribute('data-value', '2027-06-15');
	// What the check does not assess says why, in words (never a bare key).
	await expect(page.locator('[data-entry="work-injury-compensation:survivors"]')).toContainText('accident at work');
	const rows = page.locator('[data-testid="timeline"] tbody tr');
	const dates = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-date')!));
	expect(dates.length).toBeGreaterThanOrEqual(4);
	expect(dates.every((d) => d >= '2026-11-20')).toBe(true);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics').click()]);
	const ics = readFileSync((await download.path())!, 'utf8');
	expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(dates.length);
	for (const d of dates) expect(ics).toContain(`DTSTART;VALUE=DATE:${d.replaceAll('-', '')}`);
	for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);

	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(/\/lv\/kas-man-pienakas\/#/);
	await onPage(page, 'results');
	await expect(fig(page, 'funeral-benefit', 'total')).toHaveAttribute('data-value', '1300.00');
	await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
});

for (const lang of ['lv', 'en'] as const) {
	test(`${lang}: a tampered fragment is reported like a share link, valid answers kept`, async ({ page }) => {
		await page.goto(`${SLUG[lang]}#v=1&s=working.flying&zz=1&p=results&se=yes&si=400&d=2026-11-20`);
		await expect(page.getByTestId('link-problems')).toBeVisible();
		await expect(page.getByTestId('link-problems')).toContainText('zz');
		await onPage(page, 'results');
		await expect(fig(page, 'social-contributions', 'selfEmployedTotal')).toHaveAttribute('data-value', '40.00');
		expect(await axe(page)).toEqual([]);
		// A link to the answer with an answer missing opens the page to fix, with its error.
		await page.goto(`${SLUG[lang]}#v=1&s=lost-job&p=results&w=1200&d=2026-11-20`);
		await onPage(page, 'work');
		await expect(page.getByTestId('error-summary')).toBeVisible();
	});
}

test('lv: keyboard only, from the home page link to the results', async ({ page }) => {
	await page.goto('/lv/');
	await page.getByTestId('check-link').focus();
	await page.keyboard.press('Enter');
	await ready(page);
	// Tab to the first situation, skip to "Strādāju" (working), tick it with Space.
	const working = page.locator('input[name="situations"][value="working"]');
	for (let i = 0; i < 40 && !(await working.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(working).toBeFocused();
	await page.keyboard.press('Space');
	await expect(working).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.locator('#field-asOf')).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('20.11.2026');
	await page.keyboard.press('Enter');
	await onPage(page, 'work');
	await expect(page.locator('h1')).toBeFocused();
	// "Self-employed?": Tab into the radio group, arrow to "No".
	const yes = page.locator('#field-selfEmployed');
	for (let i = 0; i < 10 && !(await yes.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(yes).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('#field-selfEmployed-no')).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.locator('#field-grossPay')).toBeFocused();
	await page.keyboard.type('1400');
	await page.keyboard.press('Enter');
	await onPage(page, 'results');
	await expect(fig(page, 'net-gross-salary', 'net')).toHaveAttribute('data-value', /^\d+\.\d\d$/);
	await expect(fig(page, 'minimum-hourly-rate', 'rate')).toHaveAttribute('data-value', '4.6429');
});

/** The built file of each calculator's module and of its messages, read from the build's Vite manifest. */
function calculatorFiles(): Map<string, { calculator: string; part: string }> {
	const path = '.svelte-kit/output/client/.vite/manifest.json';
	if (!existsSync(path)) throw new Error(`${path} is missing: run \`npx vite build\` first`);
	const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { file: string }>;
	const out = new Map<string, { calculator: string; part: string }>();
	for (const [src, { file }] of Object.entries(manifest)) {
		const m = /^src\/lib\/calculators\/([a-z0-9-]+)\/(index|messages\.lv|messages\.en)\.ts$/.exec(src);
		if (m) out.set(`/${file}`, { calculator: m[1], part: m[2] });
	}
	expect(out.size).toBeGreaterThan(60);
	return out;
}

/** The calculator files a page has asked for so far. */
function watchCalculators(page: Page) {
	const files = calculatorFiles();
	const seen: { calculator: string; part: string }[] = [];
	page.on('request', (r) => {
		const f = files.get(new URL(r.url()).pathname);
		if (f) seen.push(f);
	});
	return { files, seen, modules: () => new Set(seen.filter((f) => f.part === 'index').map((f) => f.calculator)) };
}

test.describe('only what the chosen situation needs', () => {
	// The service worker would fetch every file of the build in the background; only the page's own requests count here.
	test.use({ serviceWorkers: 'block' });

	test('lv: the first load has no calculator; choosing one situation fetches its calculators, in Latvian only', async ({ page }) => {
		const calcs = watchCalculators(page);
		await page.goto(SLUG.lv);
		await ready(page);
		await page.waitForLoadState('networkidle');
		expect(calcs.seen).toEqual([]);

		await page.locator('input[name="situations"][value="working"]').check();
		await page.locator('#field-asOf').fill('20.11.2026');
		await page.getByTestId('continue').click();
		await onPage(page, 'work');
		// The questions carry their calculators' own labels.
		await page.locator('#field-selfEmployed-no').check();
		await expect(page.locator('label[for="field-grossPay"]')).toHaveText('Summa mēnesī');
		await page.waitForLoadState('networkidle');
		const need = calculatorsFor(['working']);
		expect([...calcs.modules()].sort()).toEqual(need.modules);
		expect(calcs.seen.filter((f) => f.part === 'messages.en')).toEqual([]);
		expect([...new Set(calcs.seen.filter((f) => f.part === 'messages.lv').map((f) => f.calculator))].sort()).toEqual(need.modules);
		// A calculator of another situation is never fetched.
		expect(calcs.modules().has('funeral-benefit')).toBe(false);
		expect(calcs.modules().size).toBeLessThan(new Set([...calcs.files.values()].map((f) => f.calculator)).size / 4);
	});

	test('en: a link straight to the answer fetches what its situations need first, and nothing else', async ({ page }) => {
		const calcs = watchCalculators(page);
		await page.goto(`${SLUG.en}#v=1&s=death-in-family&p=results&dd=2026-10-05&di=no&dpn=yes&dpp=650&dm=yes&dsp=yes&d=2026-11-20`);
		await onPage(page, 'results');
		await expect(fig(page, 'funeral-benefit', 'total')).toHaveAttribute('data-value', '1300.00');
		// Calculators the check only links to are named by their titles, without their modules.
		await expect(page.locator('[data-entry="work-injury-compensation:survivors"]')).toContainText('Work-injury compensation');
		await page.waitForLoadState('networkidle');
		expect([...calcs.modules()].sort()).toEqual(calculatorsFor(['death-in-family']).modules);
	});

	test('en: a slow download says so; a failed one says so and "Try again" continues once online', async ({ page, context }) => {
		const files = calculatorFiles();
		await page.goto(SLUG.en);
		await ready(page);
		await page.waitForLoadState('networkidle');

		// Hold the calculators back: "Continue" waits on the first page and says it is loading.
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await page.route('**/_app/immutable/**', async (route) => {
			if (files.has(new URL(route.request().url()).pathname)) await held;
			await route.continue();
		});
		await page.locator('input[name="situations"][value="death-in-family"]').check();
		await page.locator('#field-asOf').fill('20.11.2026');
		await page.getByTestId('continue').click();
		await expect(page.getByTestId('check-loading')).toHaveText('Loading the calculators for your situation…');
		await onPage(page, 'situations');
		expect(await axe(page)).toEqual([]);
		release();
		await onPage(page, 'death');
		await expect(page.locator('label[for="field-deathDate"]')).toHaveText('Date of death');
		await page.unrouteAll();

		// Offline, a new situation's calculators cannot come: the page says so and stays.
		await page.getByTestId('back').click();
		await onPage(page, 'situations');
		await context.setOffline(true);
		await page.locator('input[name="situations"][value="lost-job"]').check();
		await page.getByTestId('continue').click();
		await expect(page.getByTestId('check-load-failed')).toContainText('could not be loaded');
		await onPage(page, 'situations');
		expect(await axe(page)).toEqual([]);
		await context.setOffline(false);
		await page.getByTestId('retry').click();
		await onPage(page, 'work');
		await expect(page.getByTestId('check-load-failed')).toHaveCount(0);
		await expect(page.locator('label[for="field-record"]')).toHaveText('Your total insurance record');
	});
});
