#!/usr/bin/env node
/**
 * Measures what a person sees of each calculator's result in Chromium (first golden case of each
 * calculator, opened as a share link): page height and width at 320/390 px, the number of links
 * inside the result, and the printed page count (Chromium's PDF, A4). Needs a build and
 * tests/e2e/.golden-fixtures.json (`node scripts/calc.mjs --fixtures tests/e2e/.golden-fixtures.json`).
 *
 *   node scripts/measure-results.mjs [--lang lv] [--only id,id] [--screens DIR]
 */
import { chromium } from '@playwright/test';
import { readFileSync, mkdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromiumLaunchOptions } from './chromium.mjs';

const arg = (name, dflt) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : dflt;
};
const lang = arg('lang', 'lv');
const only = arg('only', '')?.split(',').filter(Boolean) ?? [];
const screens = arg('screens', '');
const dir = arg('dir', 'build');
const port = 4391;

const fixtures = JSON.parse(readFileSync('tests/e2e/.golden-fixtures.json', 'utf8'));
const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--host', '127.0.0.1', '--dir', dir], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch(chromiumLaunchOptions());
if (screens) mkdirSync(screens, { recursive: true });
const rows = [];
try {
	for (const f of fixtures) {
		if (only.length && !only.includes(f.id)) continue;
		const c = f.cases.find((x) => x.kind === 'result') ?? f.cases[0];
		const url = `http://127.0.0.1:${port}/${lang}/${f.id}/#${c.fragment}`;
		const row = { id: f.id };
		for (const width of [320, 390, 1280]) {
			const page = await browser.newPage({ viewport: { width, height: 800 }, locale: lang === 'lv' ? 'lv-LV' : 'en-GB' });
			await page.goto(url);
			await page.waitForSelector('[data-testid="result"]', { timeout: 20000 });
			const m = await page.evaluate(() => ({
				h: document.documentElement.scrollHeight,
				w: document.documentElement.scrollWidth,
				links: document.querySelectorAll('[data-testid="result"] a[href]').length
			}));
			row[`h${width}`] = m.h;
			row[`w${width}`] = m.w;
			row.links = m.links;
			if (screens && width !== 320) await page.screenshot({ path: `${screens}/${f.id}-${lang}-${width}.png`, fullPage: true });
			if (width === 1280) {
				await page.emulateMedia({ media: 'print' });
				const pdf = await page.pdf({ format: 'A4' });
				row.printPages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			}
			await page.close();
		}
		rows.push(row);
	}
} finally {
	await browser.close();
	server.kill();
}
console.log('calculator'.padEnd(34), 'h390'.padStart(7), 'w320'.padStart(5), 'w390'.padStart(5), 'links'.padStart(6), 'print'.padStart(6));
for (const r of rows)
	console.log(
		r.id.padEnd(34),
		String(r.h390).padStart(7),
		String(r.w320).padStart(5),
		String(r.w390).padStart(5),
		String(r.links).padStart(6),
		String(r.printPages).padStart(6)
	);
const hs = rows.map((r) => r.h390).sort((a, b) => a - b);
console.log(
	`median height at 390 px: ${hs[Math.floor(hs.length / 2)]} px; wider than the viewport at 320 px: ${rows.filter((r) => r.w320 > 320).length}, at 390 px: ${rows.filter((r) => r.w390 > 390).length}`
);
