#!/usr/bin/env node
// `npm run bench`: what each prerendered page makes a browser load, and how fast the engine answers.
//  1. Builds the site (unless --no-build), serves build/, opens every page in Chromium and records
//     every JS and CSS file it loads up to network idle: bytes raw and gzip (level 9).
//  2. Median time of one retirement-age recompute: in Node (validate + compute, 2 000 runs) and in the
//     browser (submit → result shown, 30 runs).
// A script, not a test: it prints numbers to quote; it fails only if something cannot be measured.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { withEngine } from './engine.mjs';

const PORT = 4391;
const args = process.argv.slice(2);
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

const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const rows = [];
const chunkBytes = new Map();
try {
	for (const path of pages('build')) {
		const page = await browser.newPage();
		const files = new Set();
		page.on('response', (r) => {
			const u = new URL(r.url());
			if (/\.(js|css)$/.test(u.pathname)) files.add(u.pathname);
		});
		await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'networkidle' });
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
		rows.push({ path, files: files.size, js, jsGz, css, cssGz, html: html.length, htmlGz: gzipSync(html, { level: 9 }).length });
		await page.close();
	}
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
	if (calcPages.length) {
		const max = calcPages.reduce((a, b) => (b.jsGz > a.jsGz ? b : a));
		console.log(`\nLargest calculator page JS: ${max.path} ${kb(max.jsGz).trim()} KB gzip`);
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

	// 2. Recompute time, Node: the engine as the batch command runs it.
	const times = [];
	await withEngine(async (load) => {
		const run = await load('/src/lib/engine/run.ts');
		const reg = await load('/src/lib/calculators/registry.ts');
		const calc = await reg.loadCalculator('retirement-age');
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
	});
	times.sort((a, b) => a - b);
	console.log(
		`\nRetirement recompute in Node (validate + compute), 2 000 runs: median ${(times[1000] * 1000).toFixed(0)} µs, p95 ${(times[1900] * 1000).toFixed(0)} µs`
	);

	// Browser: submit → result in the DOM.
	const page = await browser.newPage();
	await page.goto(`http://127.0.0.1:${PORT}/en/retirement-age/`, { waitUntil: 'networkidle' });
	await page.waitForSelector('form[data-hydrated="true"]');
	const ms = await page.evaluate(async () => {
		const out = [];
		const birth = document.querySelector('#field-birthDate');
		const form = document.querySelector('form.calc-form');
		for (let i = 0; i < 30; i++) {
			birth.value = `15.0${1 + (i % 9)}.19${55 + (i % 10)}`;
			birth.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise((r) => requestAnimationFrame(r));
			const t = performance.now();
			form.requestSubmit();
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			if (!document.querySelector('[data-testid="result"]')) throw new Error('no result');
			out.push(performance.now() - t);
		}
		return out.sort((a, b) => a - b);
	});
	console.log(
		`Retirement recompute in Chromium (submit → result rendered), 30 runs: median ${ms[15].toFixed(1)} ms, max ${ms[29].toFixed(1)} ms`
	);
} finally {
	await browser.close();
	server.kill();
}
