/**
 * Fuzzing at scale: seeded random and hostile inputs for one calculator, through the batch path (the
 * JSON line a script would send, including values that are not text) and the share-link parser (a
 * tampered fragment, then the same validation and compute as the page). Reports crashes, NaN or
 * Infinity, negative money, and a digest of every answer so that another time zone can be compared.
 * Used by `npm run fuzz` (scripts/fuzz.mjs, 10⁵ per calculator) and by a small seeded slice in the
 * unit tests (tests/unit/fuzz-scale.test.ts).
 */
import { loadCalculator } from '$lib/calculators/registry';
import { runBatchLineWithOutcome } from '$lib/engine/batch';
import type { Calculator, FieldDef } from '$lib/engine/calculator';
import { displayToString, type Display, type Outcome } from '$lib/engine/explain';
import { runCalculator } from '$lib/engine/run';
import { decodeFragment, encodeFragment } from '$lib/engine/share';

export function mulberry32(seed: number) {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Hostile text: formats of other locales, markup, control characters, huge and absurd numbers. */
export const JUNK = [
	'',
	' ',
	'-1',
	'-0',
	'1e9',
	'1e-9',
	'NaN',
	'Infinity',
	'-Infinity',
	'0',
	'0,00',
	'0x10',
	'١٢٣',
	'１２３',
	'<b>x</b>',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'31.02.2020',
	'2020-13-01',
	'2020-02-30',
	'0000-01-01',
	'9999-12-31',
	'1994-12-31',
	'99999999999999999999',
	'1'.repeat(400),
	'12,345.678',
	'1 234,56',
	'€ 1000',
	'\u0000',
	'\n',
	'\u202e123',
	'__proto__',
	'constructor',
	'toString',
	'%00',
	'%',
	'yes;no;yes',
	';;;'
];

/** Values that are not text, only reachable through the batch command's JSON. */
const JSON_JUNK: unknown[] = [
	null,
	true,
	false,
	0,
	-1,
	1e308,
	-1e308,
	1.5,
	[],
	[1, 2],
	[{ a: 1 }],
	{},
	{ toString: 1 },
	{ valueOf: 1 },
	[[[]]]
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function randomDate(r: () => number, from = 1920, to = 2032): string {
	const y = from + Math.floor(r() * (to - from));
	const m = 1 + Math.floor(r() * 12);
	const d = 1 + Math.floor(r() * 31);
	const f = r();
	return f < 0.6 ? `${y}-${pad(m)}-${pad(d)}` : f < 0.9 ? `${pad(d)}.${pad(m)}.${y}` : `${d}.${m}.${y}`;
}

function randomValue(r: () => number, f: FieldDef): string {
	if (r() < 0.12) return pick(r, JUNK);
	switch (f.type) {
		case 'date':
			return randomDate(r);
		case 'month':
			return r() < 0.8
				? `${2012 + Math.floor(r() * 20)}-${pad(1 + Math.floor(r() * 12))}`
				: `${pad(1 + Math.floor(r() * 13))}.${2014 + Math.floor(r() * 16)}`;
		case 'money': {
			const v = (r() * 10 ** Math.floor(r() * 7)).toFixed(Math.floor(r() * 4));
			return r() < 0.1 ? v.replace('.', ',') : v;
		}
		case 'money-list':
			return Array.from({ length: Math.floor(r() * 40) }, () => (r() < 0.05 ? pick(r, JUNK) : (r() * 5000).toFixed(2))).join(
				pick(r, [';', '\n', ' ; '])
			);
		case 'integer':
			return String(f.min - 2 + Math.floor(r() * (f.max - f.min + 5)));
		case 'decimal':
			return (Number(f.min) + r() * (Number(f.max) - Number(f.min)) * 1.1).toFixed(Math.floor(r() * 4));
		case 'choice':
			return r() < 0.9 ? pick(r, f.options) : 'nonexistent';
		case 'boolean':
			return pick(r, ['yes', 'no', 'true', 'false', 'maybe']);
	}
}

function displays(o: Outcome): Display[] {
	const steps = o.steps.flatMap((s) => (s.value ? [s.value] : []));
	if (o.kind === 'cannot-answer') return steps;
	return [...o.figures.map((f) => f.value), ...steps, ...(o.tables ?? []).flatMap((t) => t.rows.flat())];
}

/** FNV-1a over a string, continuing from `h`. */
function fnv(h: number, s: string): number {
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

export interface Finding {
	kind: 'crash' | 'non-finite' | 'negative-money';
	path: 'batch' | 'link';
	index: number;
	sample: string;
	detail: string;
}

export interface FuzzReport {
	id: string;
	n: number;
	seed: number;
	counts: Record<string, number>;
	crashes: number;
	nonFinite: number;
	negativeMoney: number;
	findings: Finding[];
	/** Digest of every answer, and one per chunk of 1 000 inputs, to compare time zones. */
	digest: string;
	chunkDigests: string[];
	ms: number;
}

function check(o: Outcome, sink: (kind: Finding['kind'], detail: string) => void) {
	for (const d of displays(o)) {
		const s = displayToString(d);
		if (/NaN|Infinity|undefined/.test(s)) sink('non-finite', s);
		else if (d.type === 'money' && s.startsWith('-')) sink('negative-money', s);
	}
}

/** A tampered share-link fragment built from a generated input. */
function tamper(r: () => number, calc: Calculator<never>, raw: Record<string, string>, asOf: string): string {
	let frag = encodeFragment(calc, raw, asOf);
	const extra = Math.floor(r() * 4);
	for (let k = 0; k < extra; k++) {
		const key = pick(r, [...calc.fields.map((f) => f.key), 'd', 'v', 'zz', '%', '', '__proto__']);
		const v = r() < 0.05 ? 'x'.repeat(5000) : pick(r, JUNK);
		frag += `${pick(r, ['&', '&&', ';'])}${key}=${r() < 0.7 ? encodeURIComponent(v) : v}`;
	}
	if (r() < 0.05) frag = frag.replace(/%/g, '%%');
	return '#' + frag;
}

export async function fuzzCalculator(id: string, n: number, seed: number, maxFindings = 20): Promise<FuzzReport> {
	const calc = (await loadCalculator(id)) as Calculator<never>;
	const r = mulberry32(seed ^ id.split('').reduce((a, c) => Math.imul(a, 31) + c.charCodeAt(0), 7));
	const golden = calc.golden ?? [];
	const report: FuzzReport = {
		id,
		n,
		seed,
		counts: {},
		crashes: 0,
		nonFinite: 0,
		negativeMoney: 0,
		findings: [],
		digest: '',
		chunkDigests: [],
		ms: 0
	};
	const t0 = Date.now();
	let all = 2166136261;
	let chunk = 2166136261;
	for (let i = 0; i < n; i++) {
		// A third: every field random; the rest: a worked example with one to three fields changed, so
		// that the compute code is reached with unusual but plausible input.
		let raw: Record<string, string>;
		let asOf: string;
		if (i % 3 === 0 || golden.length === 0) {
			raw = Object.fromEntries(calc.fields.filter(() => r() < 0.95).map((f) => [f.name, randomValue(r, f)]));
			asOf = r() < 0.85 ? randomDate(r, 2014, 2030) : pick(r, JUNK);
		} else {
			const g = pick(r, golden);
			raw = Object.fromEntries(Object.entries(g.input).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : String(v ?? '')]));
			for (let k = 0, m = 1 + Math.floor(r() * 3); k < m; k++) {
				const f = pick(r, calc.fields);
				raw[f.name] = randomValue(r, f);
			}
			asOf = r() < 0.7 ? g.asOf : randomDate(r, 2015, 2029);
		}
		// Through the batch path: sometimes with values that are not text at all.
		const input: Record<string, unknown> = { ...raw };
		if (r() < 0.1) input[pick(r, calc.fields).name] = pick(r, JSON_JUNK);
		const line = JSON.stringify({ calculator: id, input, asOf: r() < 0.03 ? pick(r, JSON_JUNK) : asOf });
		const finding = (path: Finding['path'], sample: string) => (kind: Finding['kind'], detail: string) => {
			if (kind === 'crash') report.crashes++;
			if (kind === 'non-finite') report.nonFinite++;
			if (kind === 'negative-money') report.negativeMoney++;
			if (report.findings.length < maxFindings)
				report.findings.push({ kind, path, index: i, sample: sample.slice(0, 600), detail: detail.slice(0, 300) });
		};
		const b = await runBatchLineWithOutcome(line);
		const out = b.out as { outcome: string; errors?: Array<{ message: string }> };
		report.counts[out.outcome] = (report.counts[out.outcome] ?? 0) + 1;
		if (b.crashed) finding('batch', line)('crash', out.errors?.[0]?.message ?? '');
		if (b.outcome) check(b.outcome, finding('batch', line));
		const text = JSON.stringify(out);
		all = fnv(all, text);
		chunk = fnv(chunk, text);

		// Through the share-link parser, as the page reads a link.
		const frag = tamper(r, calc, raw, asOf);
		try {
			const d = decodeFragment(calc, frag);
			const res = runCalculator(calc, d.raw, d.asOf);
			if (res.kind === 'outcome') check(res.outcome, finding('link', frag));
			const key =
				res.kind === 'outcome'
					? JSON.stringify(displays(res.outcome).map(displayToString))
					: JSON.stringify(res.errors.map((e) => e.field));
			all = fnv(all, key);
			chunk = fnv(chunk, key);
		} catch (e) {
			finding('link', frag)('crash', e instanceof Error ? e.message : String(e));
		}
		if ((i + 1) % 1000 === 0 || i === n - 1) {
			report.chunkDigests.push(chunk.toString(16));
			chunk = 2166136261;
		}
	}
	report.digest = all.toString(16);
	report.ms = Date.now() - t0;
	return report;
}
