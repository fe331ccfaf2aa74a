#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile preset: throttled 4G, 4× CPU slowdown, Moto G-sized screen)
// on the home page and three calculators of the built site, served by scripts/serve.mjs; prints the
// performance and accessibility scores and the metrics behind performance.
// Lighthouse is not a dependency (≈ 185 MB, and it breaks `npm ci` here: ../shared/TOOLCHAIN.md).
// Install it once outside the project and say where:
//   npm i --prefix /tmp/lh lighthouse@12.8.2
//   LIGHTHOUSE=/tmp/lh/node_modules/lighthouse/cli/index.js npm run lighthouse [-- --pages /lv/,/lv/net-gross-salary/]
// Chromium and its flags: scripts/chromium.mjs (CHROME_PATH, default /usr/bin/chromium).
// Exit ≠ 0 if a score is below 100 (--min N to change).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : def;
};
const LH = process.env.LIGHTHOUSE;
if (!LH || !existsSync(LH)) {
	console.error("Set LIGHTHOUSE to Lighthouse's cli/index.js (see the comment at the top of scripts/lighthouse.mjs).");
	process.exit(2);
}
const PORT = Number(process.env.LH_PORT ?? 4393);
const PAGES = opt('pages', '/lv/,/lv/retirement-age/,/lv/net-gross-salary/,/lv/sickness-benefit/').split(',');
const MIN = Number(opt('min', 100));
if (!existsSync('build/lv/index.html')) throw new Error('No build/: run `npm run build` first');

const server = spawn('node', ['scripts/serve.mjs', '--port', String(PORT), '--host', '127.0.0.1'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const out = mkdtempSync(join(tmpdir(), 'lh-'));
const flags = ['--headless=new', ...chromiumArgs].join(' ');
let low = 0;
try {
	console.log('page'.padEnd(32) + 'perf  a11y   FCP ms   LCP ms   TBT ms   CLS    SI ms');
	for (const p of PAGES) {
		const file = join(out, p.replace(/\W+/g, '_') + '.json');
		const r = spawnSync(
			process.execPath,
			[
				LH,
				`http://127.0.0.1:${PORT}${p}`,
				'--only-categories=performance,accessibility',
				'--output=json',
				`--output-path=${file}`,
				'--quiet',
				`--chrome-flags=${flags}`
			],
			{
				env: chromiumPath ? { ...process.env, CHROME_PATH: chromiumPath } : process.env,
				stdio: ['ignore', 'ignore', 'pipe'],
				timeout: 300_000
			}
		);
		if (!existsSync(file)) {
			console.log(`${p}: Lighthouse failed (${r.status}): ${String(r.stderr).slice(0, 300)}`);
			low++;
			continue;
		}
		const j = JSON.parse(readFileSync(file, 'utf8'));
		const score = (c) => Math.round((j.categories[c]?.score ?? 0) * 100);
		const num = (a) => j.audits[a]?.numericValue ?? NaN;
		const perf = score('performance');
		const a11y = score('accessibility');
		if (perf < MIN || a11y < MIN) low++;
		console.log(
			p.padEnd(32) +
				String(perf).padStart(4) +
				String(a11y).padStart(6) +
				[num('first-contentful-paint'), num('largest-contentful-paint'), num('total-blocking-time')]
					.map((v) => v.toFixed(0).padStart(9))
					.join('') +
				num('cumulative-layout-shift').toFixed(3).padStart(7) +
				num('speed-index').toFixed(0).padStart(9)
		);
	}
} finally {
	server.kill();
}
console.log(`\nLighthouse ${JSON.parse(readFileSync(join(LH, '../../package.json'), 'utf8')).version}, mobile preset; reports in ${out}`);
if (low) {
	console.error(`${low} page(s) below ${MIN}`);
	process.exitCode = 1;
}
