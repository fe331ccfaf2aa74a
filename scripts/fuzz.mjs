#!/usr/bin/env node
// Fuzzing at scale: `npm run fuzz -- --n 100000` runs n seeded random and hostile inputs per calculator
// through the batch path and the share-link parser (tests/fuzz/core.ts), in this process, and the
// same inputs again in a child process under another time zone; it reports crashes, NaN/Infinity,
// negative money and any answer that differs between the zones, and exits non-zero on any of them.
//   --n 100000          inputs per calculator (default 10000)
//   --seed 20261130     the seed (same seed, same inputs)
//   --only a,b          only these calculators
//   --zones Europe/Riga,Pacific/Kiritimati   the two time zones (Kiritimati skipped 31.12.1994)
//   --out fuzz-report.json                    write the full report as JSON
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withEngine } from './engine.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : def;
};
const n = Number(opt('n', 10000));
const seed = Number(opt('seed', 20261130));
const [zoneA, zoneB] = opt('zones', 'Europe/Riga,Pacific/Kiritimati').split(',');
const child = args.includes('--child');
if (!Number.isInteger(n) || n < 1) throw new Error('--n must be a positive whole number');

async function runAll(load, onReport) {
	const { calculatorIds } = await load('/src/lib/calculators/registry.ts');
	const { fuzzCalculator } = await load('/tests/fuzz/core.ts');
	const only = opt('only', '');
	const ids = only ? only.split(',') : calculatorIds;
	for (const id of ids) onReport(await fuzzCalculator(id, n, seed));
}

if (child) {
	// The second zone: one JSON report per line on stdout.
	await withEngine((load) => runAll(load, (r) => process.stdout.write(JSON.stringify(r) + '\n')));
} else {
	process.env.TZ = zoneA;
	const t0 = Date.now();
	const passthrough = args.filter((a, i) => !['--out', '--zones'].includes(a) && !['--out', '--zones'].includes(args[i - 1]));
	// The second zone streams one report per calculator; each is compared as soon as both zones have it,
	// so a long run that is stopped early still says what it found.
	const theirs = new Map();
	const mine = [];
	const zoneDiffs = [];
	const compare = (id) => {
		const a = mine.find((x) => x.id === id);
		const b = theirs.get(id);
		if (!a || !b) return;
		const same = a.digest === b.digest;
		if (!same) {
			const chunk = a.chunkDigests.findIndex((d, i) => d !== b.chunkDigests[i]);
			zoneDiffs.push({ id, firstDifferentInputs: `${chunk * 1000}–${chunk * 1000 + 999}` });
		}
		console.log(
			`  ${id}: under ${zoneB} crashes ${b.crashes}, NaN/Inf ${b.nonFinite}, negative ${b.negativeMoney}, ${(b.ms / 1000).toFixed(0)} s; answers ${same ? 'identical' : 'DIFFER'} in both zones`
		);
	};
	const other = new Promise((ok, fail) => {
		const p = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', ...passthrough], {
			env: { ...process.env, TZ: zoneB },
			stdio: ['ignore', 'pipe', 'inherit']
		});
		let buf = '';
		p.stdout.on('data', (c) => {
			buf += c;
			let nl;
			while ((nl = buf.indexOf('\n')) >= 0) {
				const line = buf.slice(0, nl);
				buf = buf.slice(nl + 1);
				if (!line.trim()) continue;
				const r = JSON.parse(line);
				theirs.set(r.id, r);
				compare(r.id);
			}
		});
		p.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`child exited ${code}`))));
	});
	await withEngine((load) =>
		runAll(load, (r) => {
			mine.push(r);
			const c = r.counts;
			console.log(
				`${r.id.padEnd(32)} ${String(r.n).padStart(7)}  result ${String(c.result ?? 0).padStart(6)}  not-eligible ${String(c['not-eligible'] ?? 0).padStart(6)}  cannot ${String(c['cannot-answer'] ?? 0).padStart(6)}  invalid ${String(c.invalid ?? 0).padStart(6)}  crashes ${r.crashes}  NaN/Inf ${r.nonFinite}  negative ${r.negativeMoney}  ${(r.ms / 1000).toFixed(0)} s`
			);
			compare(r.id);
		})
	);
	console.log(`\nWaiting for the run under TZ=${zoneB} …`);
	await other;
	const second = [...theirs.values()];
	for (const a of mine) if (!theirs.has(a.id)) zoneDiffs.push({ id: a.id, problem: 'missing in the second zone' });
	const total = mine.reduce((s, r) => s + r.n, 0);
	const sum = (k) => mine.reduce((s, r) => s + r[k], 0) + second.reduce((s, r) => s + r[k], 0);
	const bad = sum('crashes') + sum('nonFinite') + sum('negativeMoney') + zoneDiffs.length;
	console.log(
		`\n${mine.length} calculators × ${n} inputs = ${total} per zone (each through the batch path and a tampered share link), ` +
			`run under ${zoneA} and ${zoneB}: crashes ${sum('crashes')}, NaN/Infinity ${sum('nonFinite')}, negative money ${sum('negativeMoney')}, ` +
			`answers differing between the zones: ${zoneDiffs.length}. Wall time ${((Date.now() - t0) / 1000).toFixed(0)} s.`
	);
	for (const r of [...mine, ...second])
		for (const f of r.findings) console.log(`  ${r.id} #${f.index} ${f.kind} (${f.path}): ${f.detail}\n    ${f.sample}`);
	for (const d of zoneDiffs) console.log(`  zone difference: ${JSON.stringify(d)}`);
	const out = opt('out', '');
	if (out) writeFileSync(out, JSON.stringify({ n, seed, zones: [zoneA, zoneB], reports: mine, second, zoneDiffs }, null, 1));
	process.exitCode = bad > 0 ? 1 : 0;
}
