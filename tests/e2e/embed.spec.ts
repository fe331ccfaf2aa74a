import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { HOST_PORT, PORT } from '../../playwright.config';
import { calculatorIds } from './ids';

// The widgets' origin (the built site) and the host page's origin differ: localhost:4319 vs 127.0.0.1:4320.
// The host pages in tests/e2e/host/ name port 4319: run this spec on the default ports (no E2E_PORT).
const SITE = `http://localhost:${PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const WIDGET_KEYS = ['calculator', 'height', 'source', 'type', 'version'];

type Recorded = { origin: string; data: Record<string, unknown> };
const hostMessages = (page: Page) => page.evaluate(() => (window as unknown as { messages: Recorded[] }).messages);

/**
 * In every widget frame, record what it posts to its parent and with which target origin. `parent` is a
 * [Replaceable] attribute, so the page's own `window.parent.postMessage(…)` goes through this spy.
 */
function spyOnWidgetPosts(page: Page) {
	return page.addInitScript(() => {
		if (!location.pathname.endsWith('/embed/') || window.parent === window) return;
		const real = window.parent;
		const posts: Array<{ message: string; target: string }> = [];
		(window as unknown as { posts: typeof posts }).posts = posts;
		const spy = {
			postMessage(message: unknown, target: unknown) {
				posts.push({ message: JSON.stringify(message), target: typeof target === 'string' ? target : JSON.stringify(target) });
				real.postMessage(message, target as string);
			}
		};
		Object.defineProperty(window, 'parent', { configurable: true, get: () => spy });
	});
}

const widgetPosts = (frame: FrameLocator) =>
	frame.locator('html').evaluate(() => (window as unknown as { posts?: Array<{ message: string; target: string }> }).posts ?? []);

/** The iframe is exactly as tall as the widget's content (±1 px) and the widget cannot scroll inside. */
async function expectFits(iframe: Locator) {
	await expect
		.poll(async () => {
			const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
			const inner = await iframe
				.contentFrame()
				.locator('html')
				.evaluate((html) => ({
					content: document.getElementById('main')!.getBoundingClientRect().bottom,
					scroll: html.scrollHeight,
					scrollWidth: html.scrollWidth,
					clientWidth: html.clientWidth,
					overflow: getComputedStyle(html).overflow
				}));
			return (
				Math.abs(outer - inner.content) <= 1 &&
				inner.scroll <= outer + 1 &&
				inner.scrollWidth <= inner.clientWidth &&
				inner.overflow === 'hidden'
			);
		})
		.toBe(true);
	return iframe.evaluate((f) => f.getBoundingClientRect().height);
}

test.describe('two widgets on a host page of another origin', () => {
	test('each iframe follows its content after load, a result and an error summary; messages are versioned, go only to the host and carry no input', async ({
		page
	}) => {
		await spyOnWidgetPosts(page);
		await page.goto(`${HOST}/widgets.html`);
		const retirement = page.locator('iframe[data-lv-frame="retirement-age"]');
		const salary = page.locator('iframe[data-lv-frame="net-gross-salary"]');
		await expect(retirement).toHaveAttribute('title', 'Pensionēšanās vecums');
		await expect(salary).toHaveAttribute('title', 'Net and gross salary');
		for (const f of [retirement, salary]) {
			await expect(f).toHaveAttribute('loading', 'lazy');
			await expect(f).toHaveAttribute('referrerpolicy', 'origin');
			expect(await f.getAttribute('sandbox')).not.toContain('allow-top-navigation');
			expect(await f.getAttribute('src')).toMatch(new RegExp(`\\?host=http%3A%2F%2F127\\.0\\.0\\.1%3A${HOST_PORT}`));
		}
		const r = retirement.contentFrame();
		const s = salary.contentFrame();
		await expect(r.locator('form[data-hydrated="true"]')).toBeVisible();
		// The second iframe loads lazily, when it comes near the window.
		await salary.scrollIntoViewIfNeeded();
		await expect(s.locator('form[data-hydrated="true"]')).toBeVisible();
		// The fallback links are hidden once the widgets are ready.
		await expect(page.getByRole('link', { name: 'Pensionēšanās vecums' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Net and gross salary' })).toBeHidden();
		const r0 = await expectFits(retirement);
		const s0 = await expectFits(salary);

		// Compact: no introduction; the host's colour on the button.
		await expect(s.locator('p.lead')).toHaveCount(0);
		await expect(r.locator('p.lead')).toHaveCount(1);
		expect(await s.locator('form button[type="submit"]').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(29, 79, 145)');

		// A result: both grow, independently.
		await r.locator('#field-birthDate').fill('15.05.1955');
		await r.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(r.getByTestId('result')).toBeVisible();
		const r1 = await expectFits(retirement);
		expect(r1).toBeGreaterThan(r0 + 100);
		await s.locator('#field-amount').fill('1500');
		await s.locator('form button[type="submit"]').click();
		await expect(s.getByTestId('result')).toBeVisible();
		const s1 = await expectFits(salary);
		expect(s1).toBeGreaterThan(s0 + 100);

		// An error summary replaces the result: the iframe shrinks to the new content.
		await r.locator('#field-birthDate').fill('31.02.1960');
		await r.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(r.getByTestId('error-summary')).toBeVisible();
		await expect(r.getByTestId('result')).toHaveCount(0);
		const r2 = await expectFits(retirement);
		expect(r2).toBeLessThan(r1 - 100);

		// Every message the host received: from the widgets' origin, exactly the protocol's fields, no typed value.
		const received = await hostMessages(page);
		expect(received.length).toBeGreaterThan(3);
		for (const m of received) {
			expect(m.origin).toBe(SITE);
			expect(Object.keys(m.data).sort()).toEqual(WIDGET_KEYS);
			expect(m.data).toMatchObject({ source: 'lv-social-calculators', version: 1 });
			expect(['ready', 'resize', 'result-shown']).toContain(m.data.type);
			expect(typeof m.data.height).toBe('number');
		}
		const types = new Set(received.map((m) => `${m.data.calculator}:${m.data.type}`));
		for (const t of ['retirement-age:ready', 'retirement-age:result-shown', 'net-gross-salary:ready', 'net-gross-salary:result-shown']) {
			expect(types).toContain(t);
		}
		// What each widget posted, seen from inside: the host's origin as target, never '*', never an input value.
		for (const frame of [r, s]) {
			const posts = await widgetPosts(frame);
			expect(posts.length).toBeGreaterThan(1);
			for (const p of posts) {
				expect(p.target).toBe(HOST);
				for (const typed of ['1955', '15.05', '1960', '31.02', '1500', 'birthDate', 'amount', '#v='])
					expect(p.message).not.toContain(typed);
			}
		}
	});

	test('the host does not scroll when a widget moves focus to its result or starts from a situation', async ({ page }) => {
		await page.setViewportSize({ width: 1000, height: 700 });
		await page.goto(`${HOST}/widgets.html`);
		const retirement = page.locator('iframe[data-lv-frame="retirement-age"]');
		const r = retirement.contentFrame();
		await expect(r.locator('form[data-hydrated="true"]')).toBeVisible();
		await expectFits(retirement);
		// Nothing moved by itself while the widgets loaded, and focus is still on the host page.
		expect(await page.evaluate(() => scrollY)).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');

		await r.locator('#field-birthDate').fill('15.05.1955');
		// The submit button near the bottom of the window: the result would appear below it.
		const button = r.getByRole('button', { name: 'Aprēķināt' });
		const buttonTop = await button.evaluate((b) => b.getBoundingClientRect().top);
		const frameTop = await retirement.evaluate((f) => f.getBoundingClientRect().top + scrollY);
		await page.evaluate((y) => scrollTo(0, y), Math.max(0, Math.round(frameTop + buttonTop - 600)));
		const before = await page.evaluate(() => scrollY);
		expect(before).toBeGreaterThan(0);
		// Submitting (the user's own act) moves focus to the result inside the widget, without scrolling the host.
		await r.locator('form.calc-form').evaluate((f: HTMLFormElement) => f.requestSubmit());
		await expect(r.getByTestId('result')).toBeVisible();
		await expect
			.poll(() =>
				r
					.locator('html')
					.evaluate(() => document.activeElement?.closest('[data-testid="result"]') !== null || document.activeElement?.tagName)
			)
			.toBe(true);
		await expectFits(retirement);
		expect(await page.evaluate(() => scrollY)).toBe(before);
	});

	test('messages from a foreign origin or a foreign frame are ignored; the widget’s own frame is heard', async ({ page }) => {
		await page.goto(`${HOST}/widgets.html`);
		const retirement = page.locator('iframe[data-lv-frame="retirement-age"]');
		await expect(retirement.contentFrame().locator('form[data-hydrated="true"]')).toBeVisible();
		const h0 = await expectFits(retirement);
		const fake = (height: number) => ({
			source: 'lv-social-calculators',
			version: 1,
			type: 'resize',
			calculator: 'retirement-age',
			height
		});
		// 1. From the host page itself (a foreign origin for the loader).
		await page.evaluate((m) => window.postMessage(m, '*'), fake(5001));
		// 2. From another frame on the widgets' own origin that is not the widget: a widget page not made by the
		//    loader (full pages refuse to be framed: frame-ancestors 'none').
		await page.evaluate((src) => {
			const f = document.createElement('iframe');
			f.src = src;
			f.title = 'Another frame';
			document.body.append(f);
		}, `${SITE}/lv/birth-grant/embed/`);
		const other = page.frameLocator('iframe[title="Another frame"]');
		await expect(other.locator('h1')).toBeVisible();
		await other.locator('html').evaluate((_, m) => parent.postMessage(m, '*'), fake(5002));
		// Both reached the host (its recorder saw them), and the loader ignored both.
		await expect
			.poll(async () => (await hostMessages(page)).filter((m) => m.data.height === 5001 || m.data.height === 5002).map((m) => m.origin))
			.toEqual(expect.arrayContaining([HOST, SITE]));
		expect(await retirement.evaluate((f) => f.getBoundingClientRect().height)).toBeCloseTo(h0, 0);
		// The control: the same message from the widget's own frame is obeyed, so the checks above can fail.
		await retirement
			.contentFrame()
			.locator('html')
			.evaluate((_, m) => parent.postMessage(m, '*'), fake(777));
		await expect.poll(() => retirement.evaluate((f) => f.getBoundingClientRect().height)).toBe(777);
	});

	test('with scripts blocked on the host, the fallback links to the full calculators are there', async ({ browser }) => {
		const ctx = await browser.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();
		await page.goto(`${HOST}/widgets.html`);
		await expect(page.getByRole('link', { name: 'Pensionēšanās vecums' })).toHaveAttribute('href', `${SITE}/lv/retirement-age/`);
		await expect(page.getByRole('link', { name: 'Net and gross salary' })).toHaveAttribute('href', `${SITE}/en/net-gross-salary/`);
		await expect(page.locator('iframe')).toHaveCount(0);
		await ctx.close();
	});
});

test.describe('invalid settings fall back safely, with a warning', () => {
	async function embed(page: Page, attrs: Record<string, string>) {
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning') warnings.push(m.text());
		});
		await page.goto(`${HOST}/blank.html`);
		await page.evaluate((a) => {
			const d = document.createElement('div');
			for (const [k, v] of Object.entries(a)) d.setAttribute(k, v);
			document.getElementById('slot')!.append(d);
		}, attrs);
		const iframe = page.locator('iframe[data-lv-frame]');
		await expect(iframe).toHaveCount(1);
		const frame = iframe.contentFrame();
		await expect(frame.locator('form[data-hydrated="true"]')).toBeVisible();
		return { iframe, frame, warnings };
	}
	const buttonColour = (frame: FrameLocator) =>
		frame.locator('form button[type="submit"]').evaluate((b) => getComputedStyle(b).backgroundColor);
	const DEFAULT_GREEN = 'rgb(0, 112, 60)';

	test('data-color="#ffff00" (too light for white text): default colour', async ({ page }) => {
		const { iframe, frame, warnings } = await embed(page, { 'data-lv-calculator': 'retirement-age', 'data-color': '#ffff00' });
		await expect.poll(() => warnings.join('\n')).toMatch(/data-color contrast with white 1\.07 < 4\.5/);
		expect(await iframe.getAttribute('src')).not.toContain('color=');
		expect(await buttonColour(frame)).toBe(DEFAULT_GREEN);
	});

	test('data-color="red;background:url(x)": default colour, nothing of it reaches the widget', async ({ page }) => {
		const { iframe, frame, warnings } = await embed(page, {
			'data-lv-calculator': 'retirement-age',
			'data-color': 'red;background:url(x)'
		});
		await expect.poll(() => warnings.join('\n')).toMatch(/data-color is not a hex colour/);
		expect(await iframe.getAttribute('src')).not.toMatch(/color|url|background/);
		expect(await buttonColour(frame)).toBe(DEFAULT_GREEN);
	});

	test('data-lang="xx": Latvian', async ({ page }) => {
		const { iframe, frame, warnings } = await embed(page, { 'data-lv-calculator': 'retirement-age', 'data-lang': 'xx' });
		await expect.poll(() => warnings.join('\n')).toMatch(/data-lang is not lv or en/);
		expect(await iframe.getAttribute('src')).toContain('/lv/retirement-age/embed/');
		await expect(frame.locator('html')).toHaveAttribute('lang', 'lv');
	});

	test('a tampered data-situation: checked like a share link, valid values kept, the problems shown', async ({ page }) => {
		const { frame, warnings } = await embed(page, {
			'data-lv-calculator': 'retirement-age',
			'data-lang': 'en',
			'data-situation': 'v=1&b=1955-99-99&c=general&zz=%3Cscript%3E'
		});
		await expect(frame.getByTestId('link-problems')).toContainText('zz');
		await expect(frame.getByTestId('error-summary')).toBeVisible();
		await expect(frame.locator('#field-category')).toBeChecked();
		await expect.poll(() => warnings.join('\n')).toMatch(/starting situation has problems/);
	});

	test('a data-situation that is not a share-link fragment is not passed on', async ({ page }) => {
		const { iframe, frame, warnings } = await embed(page, {
			'data-lv-calculator': 'retirement-age',
			'data-situation': '"><img src=x onerror=alert(1)>'
		});
		await expect.poll(() => warnings.join('\n')).toMatch(/data-situation is not a share-link fragment/);
		expect(await iframe.getAttribute('src')).not.toContain('#');
		await expect(frame.getByTestId('link-problems')).toHaveCount(0);
	});

	test('a valid data-situation and data-date start the widget with that calculation, without moving focus', async ({ page }) => {
		const { frame, iframe } = await embed(page, {
			'data-lv-calculator': 'retirement-age',
			'data-situation': 'v=1&b=1955-05-15&c=general',
			'data-date': '2026-11-22'
		});
		await expect(frame.locator('[data-figure="pensionDate"]')).toHaveAttribute('data-value', '2018-08-15');
		await expect(frame.locator('#field-asOf')).toHaveValue('22.11.2026');
		await expectFits(iframe);
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
	});

	test('a widget whose host origin does not match its referrer posts nothing, and says why', async ({ page }) => {
		await spyOnWidgetPosts(page);
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning') warnings.push(m.text());
		});
		// A hand-made iframe that claims another host; the host page sends no referrer at all (no-referrer).
		const src = `${SITE}/lv/retirement-age/embed/?host=${encodeURIComponent('https://evil.example')}`;
		await page.goto(`${HOST}/?src=${encodeURIComponent(src)}`);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('form[data-hydrated="true"]')).toBeVisible();
		await expect.poll(() => warnings.join('\n')).toMatch(/does not match the page that embeds the widget/);
		await frame.locator('#field-birthDate').fill('15.05.1955');
		await frame.getByRole('button', { name: 'Aprēķināt' }).click();
		await expect(frame.getByTestId('result')).toBeVisible();
		expect(await widgetPosts(frame)).toEqual([]);
		expect(await hostMessages(page)).toEqual([]);
	});
});

test.describe('integration page', () => {
	test('choose, preview and copy: the code follows the settings and the preview is the real widget', async ({ page }) => {
		await page.goto('/lv/iegult/?calc=net-gross-salary');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kalkulatoru ievietošana citā vietnē');
		await expect(page.getByLabel('Kalkulators')).toHaveValue('net-gross-salary');
		const preview = page.getByTestId('embed-preview').locator('iframe');
		await expect(preview.contentFrame().locator('form[data-hydrated="true"]')).toBeVisible();
		await expectFits(preview);
		const code = page.getByTestId('embed-code-loader');
		await expect(code).toContainText('<div data-lv-calculator="net-gross-salary" data-lang="lv">');
		await expect(code).toContainText(`<a href="${SITE}/lv/net-gross-salary/">Neto un bruto alga</a>`);
		await expect(code).toContainText(`<script src="${SITE}/embed.js" async></script>`);
		await expect(page.getByTestId('embed-code-iframe')).toContainText('height="1400"');
		await expect(page.getByTestId('embed-csp')).toHaveText(`frame-src ${SITE};\nscript-src ${SITE};`);

		// A colour too light is refused with the reason, a dark one is taken.
		const colour = page.getByLabel('Krāsa (nav obligāti)');
		await colour.fill('#ffff00');
		await colour.press('Tab');
		await expect(page.locator('#embed-color-error')).toContainText('1,0:1');
		await expect(code).not.toContainText('data-color');
		await colour.fill('#1d4f91');
		await colour.press('Tab');
		await expect(page.locator('#embed-color-error')).toHaveCount(0);
		await expect(code).toContainText('data-color="#1d4f91"');
		await page.getByLabel(/Īsāks logrīks/).check();
		await expect(code).toContainText('data-compact');
		await page.getByLabel('angļu').check();
		await expect(code).toContainText('data-lang="en"');
		await expect(preview.contentFrame().locator('html')).toHaveAttribute('lang', 'en');
		await expect(preview.contentFrame().locator('p.lead')).toHaveCount(0);

		// Start from a shared calculation: the link names another calculator, which is then chosen.
		const situation = page.getByLabel('Sākt no šī aprēķina (nav obligāti)');
		await situation.fill(`${SITE}/lv/retirement-age/#v=1&b=1955-05-15&c=general&d=2026-11-22`);
		await situation.press('Tab');
		await expect(page.getByLabel('Kalkulators')).toHaveValue('retirement-age');
		await expect(code).toContainText('data-situation="v=1&amp;b=1955-05-15&amp;c=general&amp;d=2026-11-22"');
		await expect(preview.contentFrame().locator('[data-figure="pensionDate"]')).toHaveAttribute('data-value', '2018-08-15');
		await situation.fill(`${SITE}/lv/retirement-age/#v=1&zz=1`);
		await situation.press('Tab');
		await expect(page.locator('#embed-situation-error')).toBeVisible();
		await expect(code).not.toContainText('data-situation');

		await page.getByRole('button', { name: 'Kopēt kodu' }).first().click();
		await expect(page.getByText('Kods nokopēts')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.textContent());
	});

	test('both languages have their own slug; the language switch and the calculator pages link to them', async ({ page }) => {
		await page.goto('/lv/iegult/');
		await page.getByTestId('language-switch').click();
		await expect(page).toHaveURL(/\/en\/embed\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed a calculator on your site');
		await page.getByRole('link', { name: 'Test page with every calculator embedded' }).click();
		await expect(page).toHaveURL(/\/en\/embed\/all\/$/);
		for (const path of ['/en/iegult/', '/lv/embed/', '/en/embed/visi/']) {
			expect((await page.goto(path))?.status(), path).toBe(404);
		}
		// The calculator page: a short link instead of the code box, not printed.
		await page.goto('/en/retirement-age/');
		const link = page.getByRole('link', { name: 'Embed this calculator on your site' });
		await expect(link).toHaveAttribute('href', '/en/embed/?calc=retirement-age');
		await expect(page.locator('.embed-code')).toHaveCount(0);
		await page.emulateMedia({ media: 'print' });
		await expect(link).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
		await link.click();
		await expect(page.getByLabel('Calculator', { exact: true })).toHaveValue('retirement-age');
	});

	test('the test page embeds every calculator with the loader', async ({ page }) => {
		await page.goto('/lv/iegult/visi/');
		await expect(page.locator('iframe[data-lv-frame]')).toHaveCount(calculatorIds.length);
		const first = page.locator('iframe[data-lv-frame]').first();
		await expect(first.contentFrame().locator('form[data-hydrated="true"]')).toBeVisible();
		await expectFits(first);
	});
});

test.describe('accessibility', () => {
	test.setTimeout(90_000);
	async function axe(page: Page) {
		const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
		return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}
	for (const path of ['/lv/iegult/', '/en/embed/']) {
		test(`axe: the integration page ${path} with its preview has no violations`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByTestId('embed-preview').locator('iframe').contentFrame().locator('form[data-hydrated="true"]')).toBeVisible();
			expect(await axe(page)).toEqual([]);
		});
	}
	for (const [lang, calc, fragment] of [
		['lv', 'retirement-age', 'v=1&b=1955-05-15&c=general&d=2026-11-22'],
		['en', 'net-gross-salary', 'v=1&m=gross-to-net&a=1500&c=employee&b=yes&p=no&r=none&d=2026-11-22']
	]) {
		test(`axe: a coloured, compact widget with a result (${lang}) has no violations`, async ({ page }) => {
			await page.goto(`/${lang}/${calc}/embed/?color=1d4f91&compact=1#${fragment}`);
			await expect(page.getByTestId('result')).toBeVisible();
			expect(await axe(page)).toEqual([]);
		});
	}
});
