#!/usr/bin/env node
// `npm run bench`: what each prerendered page makes a browser load, and how fast the engine answers.
//  1. Builds the site (unless --no-build), serves build/, opens every page in Chromium and records
//     every JS and CSS file it loads up to network idle: bytes raw and gzip (level 9).
//  2. Checks the page-weight budgets below; over budget → exit 1 (the budget stops regressions).
//  3. Engine speed in Node: a retirement recompute, and net ⇄ gross both ways (median, p95).
//  4. Submit → paint in Chromium for every calculator, from its first golden case: performance.measure
//     from requestSubmit() to the frame after the result is in the DOM (median, p95).
// A script, not a test: timings are printed to quote (the machine may be busy); only bytes fail it.
// Options: --no-build; --no-speed (bytes only); --pages REGEX (measure only matching pages: no budget
// check, e.g. `--pages '^/lv/$'` to time the engine and the calculators quickly); BENCH_PORT=… (default 4391).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { withEngine } from './engine.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4391);
const args = process.argv.slice(2);
const speed = !args.includes('--no-speed');
const pagesArg = args.indexOf('--pages');
const onlyPages = pagesArg >= 0 ? new RegExp(args[pagesArg + 1]) : undefined;

// Page-weight budgets, gzip -9, KB = 1 024 bytes: the aims of issue 13. A calculator or widget page loads at
// most 60 KB of JavaScript before the first input (its form; the engine, i18next and the messages follow on the
// first input: README "Page weight"), and every page's HTML + CSS fits in 14 KB.
const BUDGET = {
	/** JS loaded up to network idle by a calculator page or a widget page (reached: ≈ 56–58 KB on 2026-11-30; 135–185 before #13). */
	calculatorJs: 60,
	/** HTML + CSS of any page (reached: at most ≈ 14 KB, the rules index). */
	htmlCss: 14
};

if (!args.includes('--no-build')) {
	const b = spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	if (b.status !== 0) throw new Error('build failed');
}

function pages(dir, base = 'build') {
	const out = [];
	for (const n of readdirSync(dir)) {
		const p = join(dir, n);
		if (statSync(p).isDirectory()) out.push(...pages(p, base));
		else if (n === 'index.html') out.push('/' + relative(base, dir).split('\\').join('/') + (dir === base ? '' : '/'));
	}
	return out.map((p) => p.replace('//', '/')).sort();
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const fmtMs = (sorted) => `median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms`;
const fmtUs = (sorted) => `median ${(quantile(sorted, 0.5) * 1000).toFixed(0)} µs, p95 ${(quantile(sorted, 0.95) * 1000).toFixed(0)} µs`;

const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
// Wait until the server answers (a busy machine can take seconds to start node).
for (let i = 0; ; i++) {
	try {
		await fetch(`http://127.0.0.1:${PORT}/lv/`);
		break;
	} catch {
		if (i > 300) throw new Error(`the server on port ${PORT} did not start`);
		await new Promise((r) => setTimeout(r, 100));
	}
}
const browser = await chromium.launch(chromiumLaunchOptions());

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const rows = [];
const chunkBytes = new Map();
const over = [];
try {
	// Several pages at a time (each in its own tab, files counted per tab): minutes → about a minute.
	const todo = pages('build').filter((p) => !onlyPages || onlyPages.test(p));
	// A page that never goes quiet (the test page of every widget: 25 iframes, each a whole app, on a
	// 2-core machine running four tabs) must not fail the budget run: wait for `load`, then for network
	// idle for at most IDLE_MS; a page still busy is measured again alone after the others, and if it is
	// still busy its bytes so far are printed with a mark. Only a budgeted page that never settles fails.
	const IDLE_MS = 60_000;
	const unsettled = new Set();
	const measure = async (path, last = false) => {
		const page = await browser.newPage();
		const files = new Set();
		page.on('response', (r) => {
			const u = new URL(r.url());
			if (/\.(js|css)$/.test(u.pathname)) files.add(u.pathname);
		});
		const idle = await page
			.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'load', timeout: 180_000 })
			.then(() => page.waitForLoadState('networkidle', { timeout: IDLE_MS }))
			.then(() => true)
			.catch(() => false);
		if (!idle && !last) {
			unsettled.add(path);
			await page.close();
			return;
		}
		if (!idle) console.log(`(${path}: network still busy after ${IDLE_MS / 1000} s alone; bytes up to then)`);
		else unsettled.delete(path);
		const html = readFileSync(join('build', path, 'index.html'));
		let js = 0,
			jsGz = 0,
			css = 0,
			cssGz = 0;
		for (const f of files) {
			const buf = readFileSync(join('build', f));
			const gz = gzipSync(buf, { level: 9 }).length;
			if (f.endsWith('.js')) {
				js += buf.length;
				jsGz += gz;
				chunkBytes.set(f, gz);
			} else {
				css += buf.length;
				cssGz += gz;
			}
		}
		rows.push({
			path,
			settled: idle,
			files: files.size,
			js,
			jsGz,
			css,
			cssGz,
			html: html.length,
			htmlGz: gzipSync(html, { level: 9 }).length
		});
		await page.close();
	};
	const CONCURRENCY = Number(process.env.BENCH_TABS ?? 4);
	let next = 0;
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (next < todo.length) await measure(todo[next++]);
		})
	);
	for (const path of [...unsettled]) await measure(path, true);
	rows.sort((a, b) => (a.path < b.path ? -1 : 1));
	console.log('Bytes each prerendered page loads (KB = 1024 bytes; gzip -9)\n');
	console.log('page'.padEnd(40) + 'files   JS raw  JS gzip  CSS raw CSS gzip HTML raw HTML gz');
	for (const r of rows) {
		console.log(
			r.path.padEnd(40) +
				String(r.files).padStart(5) +
				kb(r.js) +
				'  ' +
				kb(r.jsGz) +
				kb(r.css) +
				'  ' +
				kb(r.cssGz) +
				' ' +
				kb(r.html) +
				kb(r.htmlGz)
		);
	}
	const calcPages = rows.filter((r) => !/^\/(lv|en)\/(about\/|iegult\/.*|embed\/.*)?$/.test(r.path) && r.path !== '/');
	const isCalculatorOrWidget = (r) =>
		/^\/(lv|en)\/[a-z0-9-]+\/(embed\/)?$/.test(r.path) && existsSync(join('src/lib/calculators', r.path.split('/')[2]));
	const calcAndWidgets = rows.filter(isCalculatorOrWidget);
	if (calcPages.length) {
		const max = calcPages.reduce((a, b) => (b.jsGz > a.jsGz ? b : a));
		console.log(`\nLargest calculator page JS: ${max.path} ${kb(max.jsGz).trim()} KB gzip`);
	}
	if (calcAndWidgets.length) {
		const js = calcAndWidgets.map((r) => r.jsGz).sort((a, b) => a - b);
		console.log(
			`Calculator and widget pages (${js.length}), JS gzip: min ${kb(js[0]).trim()}, median ${kb(quantile(js, 0.5)).trim()}, max ${kb(js.at(-1)).trim()} KB`
		);
	}
	// The embed loader that host pages include (a plain static file; the aim is under 2 KB gzip), and what a
	// widget loads: the widget pages /<lang>/<calculator>/embed/ are measured above like any page.
	const loader = readFileSync('build/embed.js');
	console.log(`\nEmbed loader /embed.js: ${loader.length} bytes raw, ${gzipSync(loader, { level: 9 }).length} bytes gzip`);
	const widgets = rows.filter((r) => r.path.endsWith('/embed/') && r.path.split('/').length > 4);
	if (widgets.length) {
		const w = widgets.reduce((a, b) => (b.jsGz > a.jsGz ? b : a));
		console.log(`Largest widget page JS: ${w.path} ${kb(w.jsGz).trim()} KB gzip (${widgets.length} widget pages)`);
	}
	const integration = rows.filter((r) => r.path === '/lv/iegult/' || r.path === '/en/embed/');
	for (const r of integration) console.log(`Integration page ${r.path}: JS ${kb(r.jsGz).trim()} KB gzip`);

	console.log('\nLargest JS chunks (gzip KB) loaded by any page:');
	for (const [f, gz] of [...chunkBytes].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${kb(gz)}  ${f}`);

	// Budgets (over the whole site only).
	if (!onlyPages && calcAndWidgets.length === 0) over.push('no calculator or widget page was measured');
	for (const r of onlyPages ? [] : calcAndWidgets) {
		if (!r.settled) over.push(`${r.path}: never reached network idle, so its bytes are not known`);
		if (r.jsGz > BUDGET.calculatorJs * 1024) over.push(`${r.path}: JS ${kb(r.jsGz).trim()} KB > ${BUDGET.calculatorJs} KB`);
	}
	for (const r of onlyPages ? [] : rows) {
		const limit = BUDGET.htmlCss;
		if (r.htmlGz + r.cssGz > limit * 1024) over.push(`${r.path}: HTML + CSS ${kb(r.htmlGz + r.cssGz).trim()} KB > ${limit} KB`);
	}
	const htmlCss = rows.map((r) => r.htmlGz + r.cssGz).sort((a, b) => a - b);
	console.log(
		`\nBudgets: calculator/widget JS ≤ ${BUDGET.calculatorJs} KB (the aim), HTML + CSS ≤ ${BUDGET.htmlCss} KB (the aim). ` +
			`HTML + CSS over all ${rows.length} pages: median ${kb(quantile(htmlCss, 0.5)).trim()}, max ${kb(htmlCss.at(-1)).trim()} KB.`
	);
	if (over.length) console.log(`OVER BUDGET:\n  ${over.join('\n  ')}`);
	else console.log('Every page is within budget.');

	if (speed) {
		// 3. Engine speed in Node: the engine as the batch command runs it.
		await withEngine(async (load) => {
			const run = await load('/src/lib/engine/run.ts');
			const reg = await load('/src/lib/calculators/registry.ts');
			const calc = await reg.loadCalculator('retirement-age');
			const times = [];
			for (let i = 0; i < 2000; i++) {
				const t = performance.now();
				const r = run.runCalculator(
					calc,
					{ birthDate: `${1950 + (i % 30)}-0${1 + (i % 9)}-15`, category: calc.fields[1].options[i % 10], record: String(i % 45) },
					'2026-11-22'
				);
				times.push(performance.now() - t);
				if (r.kind !== 'outcome') throw new Error('unexpected invalid input in bench');
			}
			console.log(`\nRetirement recompute in Node (validate + compute), 2 000 runs: ${fmtUs(times.sort((a, b) => a - b))}`);

			// Net ⇄ gross: the inverse direction searches for the gross, so it is the slower one.
			const ng = await reg.loadCalculator('net-gross-salary');
			const golden = ng.golden?.[0]?.input;
			// The runner takes raw text, as typed in the form.
			const base = golden && Object.fromEntries(Object.entries(golden).map(([k, v]) => [k, String(v)]));
			if (!base) throw new Error('net-gross-salary has no golden case to start from');
			for (const mode of ['gross-to-net', 'net-to-gross']) {
				const t2 = [];
				for (let i = 0; i < 2000; i++) {
					const input = { ...base, mode, amount: String(400 + ((i * 37) % 6000)) + '.' + String(i % 100).padStart(2, '0') };
					const asOf = `${2016 + (i % 11)}-06-15`;
					const t = performance.now();
					const r = run.runCalculator(ng, input, asOf);
					t2.push(performance.now() - t);
					if (r.kind !== 'outcome') throw new Error(`unexpected invalid input in bench: ${JSON.stringify(r)}`);
				}
				t2.sort((a, b) => a - b);
				const p95 = quantile(t2, 0.95);
				console.log(`Net ⇄ gross in Node, ${mode}, 2 000 runs: ${fmtUs(t2)}${p95 > 1 ? '  (over the 1 ms p95 aim)' : ''}`);
			}
		});

		// 4. Submit → paint in Chromium for every calculator.
		const FIXTURES = 'tests/e2e/.golden-fixtures.json';
		if (!existsSync(FIXTURES)) spawnSync('node', ['scripts/calc.mjs', '--fixtures', FIXTURES], { stdio: 'ignore' });
		const fixtures = JSON.parse(readFileSync(FIXTURES, 'utf8'));
		const RUNS = 25;
		console.log(`\nSubmit → paint in Chromium, /lv/<calculator>/, first golden case, ${RUNS} runs after 3 warm-up runs:`);
		const slow = [];
		for (const f of fixtures) {
			const c = f.cases.find((x) => x.kind === 'result') ?? f.cases[0];
			const page = await browser.newPage();
			await page.goto(`http://127.0.0.1:${PORT}/lv/${f.id}/#${c.fragment}`, { waitUntil: 'networkidle' });
			await page.waitForSelector('form[data-hydrated="true"]');
			await page.waitForSelector('[data-testid="result"]');
			const ms = await page.evaluate(async (runs) => {
				const form = document.querySelector('form.calc-form');
				const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
				const out = [];
				for (let i = 0; i < runs + 3; i++) {
					await frame();
					performance.mark('submit');
					form.requestSubmit();
					// The result is rendered and the next frame painted.
					await frame();
					if (!document.querySelector('[data-testid="result"]')) throw new Error('no result');
					const m = performance.measure('submit-to-paint', 'submit');
					if (i >= 3) out.push(m.duration);
				}
				return out.sort((a, b) => a - b);
			}, RUNS);
			await page.close();
			const p95 = quantile(ms, 0.95);
			if (p95 > 50) slow.push(f.id);
			console.log(`  ${f.id.padEnd(34)} ${fmtMs(ms)}${p95 > 50 ? '  (p95 over 50 ms)' : ''}`);
		}
		console.log(slow.length ? `Over 50 ms at p95: ${slow.join(', ')}` : 'Every calculator is under 50 ms at p95.');
	}
} finally {
	await browser.close();
	server.kill();
}
if (over.length) {
	console.error(`\nnpm run bench: ${over.length} page(s) over budget`);
	process.exit(1);
}
