/**
 * "Bad input never breaks anything", across every calculator: seeded random inputs — valid values,
 * edge values and junk, as typed or from a tampered link — must give field errors or an outcome,
 * never an exception, and nothing the page shows may contain NaN, Infinity, "undefined" or a
 * negative amount of money.
 */
import { describe, expect, it } from 'vitest';
import { calculatorIds, loadCalculator } from '$lib/calculators/registry';
import type { Calculator, FieldDef } from '$lib/engine/calculator';
import { displayToString, type Display, type Outcome } from '$lib/engine/explain';
import { runCalculator } from '$lib/engine/run';
import { decodeFragment } from '$lib/engine/share';
import { createTranslator } from '$lib/i18n';

function mulberry32(seed: number) {
	return () => {
		seed |= 0;
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const JUNK = [
	'',
	' ',
	'-1',
	'1e9',
	'NaN',
	'Infinity',
	'0',
	'0,00',
	'١٢٣',
	'<b>x</b>',
	'31.02.2020',
	'2020-13-01',
	'99999999999999999999',
	'12,345.678',
	'\u0000'
];

function pick<T>(r: () => number, xs: readonly T[]): T {
	return xs[Math.floor(r() * xs.length)];
}

function randomDate(r: () => number, from = 1930, to = 2030): string {
	const y = from + Math.floor(r() * (to - from));
	const m = 1 + Math.floor(r() * 12);
	const d = 1 + Math.floor(r() * 28);
	return r() < 0.5 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : `${d}.${m}.${y}`;
}

function randomValue(r: () => number, f: FieldDef): string {
	if (r() < 0.15) return pick(r, JUNK);
	switch (f.type) {
		case 'date':
			return randomDate(r);
		case 'month':
			return `${2014 + Math.floor(r() * 16)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`;
		case 'money':
			return (r() * 10 ** Math.floor(r() * 6)).toFixed(Math.floor(r() * 3));
		case 'money-list':
			return Array.from({ length: Math.floor(r() * 14) }, () => (r() * 3000).toFixed(2)).join(';');
		case 'integer':
			return String(f.min - 1 + Math.floor(r() * (f.max - f.min + 3)));
		case 'decimal':
			return (Number(f.min) + r() * (Number(f.max) - Number(f.min)) * 1.1).toFixed(Math.floor(r() * 3));
		case 'choice':
			return r() < 0.9 ? pick(r, f.options) : 'nonexistent';
		case 'boolean':
			return pick(r, ['yes', 'no', 'maybe']);
	}
}

function displays(o: Outcome): Display[] {
	if (o.kind === 'cannot-answer') return o.steps.flatMap((s) => (s.value ? [s.value] : []));
	return [
		...o.figures.map((f) => f.value),
		...o.steps.flatMap((s) => (s.value ? [s.value] : [])),
		...(o.tables ?? []).flatMap((t) => t.rows.flat())
	];
}

const calcs: Calculator<never>[] = [];
for (const id of calculatorIds) calcs.push((await loadCalculator(id))!);

describe.each(calcs.map((c) => [c.id, c] as const))('%s', (id, calc) => {
	const tr = createTranslator('en', { id, messages: calc.messages.en });
	it('survives 150 random and hostile inputs', () => {
		const r = mulberry32(id.split('').reduce((a, c) => a * 31 + c.charCodeAt(0), 7));
		let outcomes = 0;
		const golden = calc.golden ?? [];
		expect(golden.length).toBeGreaterThan(0);
		for (let i = 0; i < 150; i++) {
			// Half the cases: all fields random. The other half: a worked example with one to three fields changed,
			// so that the compute code is reached with unusual but valid-looking input.
			let raw: Record<string, string>;
			let asOf: string;
			if (i % 2 === 0) {
				raw = Object.fromEntries(calc.fields.map((f) => [f.name, randomValue(r, f)]));
				asOf = r() < 0.8 ? randomDate(r, 2015, 2029) : pick(r, JUNK);
			} else {
				const g = pick(r, golden);
				raw = Object.fromEntries(Object.entries(g.input).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : String(v ?? '')]));
				for (let k = 0, n = 1 + Math.floor(r() * 3); k < n; k++) {
					const f = pick(r, calc.fields);
					raw[f.name] = randomValue(r, f);
				}
				asOf = r() < 0.8 ? g.asOf : randomDate(r, 2015, 2029);
			}
			const res = runCalculator(calc, raw, asOf);
			if (res.kind === 'invalid') {
				expect(res.errors.length).toBeGreaterThan(0);
				// An error may quote what was typed ("NaN" typed stays "NaN"); it must never make one up.
				const typed = Object.values(raw).join(' ') + ' ' + asOf;
				for (const e of res.errors) {
					const m = tr.msg(e.msg);
					expect(m).not.toMatch(/undefined|\{\{/);
					if (!/NaN|Infinity/.test(typed)) expect(m).not.toMatch(/NaN|Infinity/);
				}
				continue;
			}
			outcomes++;
			const o = res.outcome;
			for (const d of displays(o)) {
				const s = displayToString(d);
				expect(s, JSON.stringify(raw)).not.toMatch(/NaN|Infinity|undefined/);
				if (d.type === 'money') expect(s.startsWith('-'), `${JSON.stringify(raw)} → ${s}`).toBe(false);
			}
			const texts = o.kind === 'cannot-answer' ? [tr.msg(o.reason)] : [tr.msg(o.summary), ...o.figures.map((f) => tr.display(f.value))];
			for (const t of texts) expect(t).not.toMatch(/NaN|Infinity|undefined|\{\{/);
		}
		// Not only errors: the generator reaches the compute code too.
		expect(outcomes).toBeGreaterThan(0);
	});
	it('a tampered share link never throws', () => {
		const r = mulberry32(42);
		for (let i = 0; i < 50; i++) {
			const frag = Array.from(
				{ length: 1 + Math.floor(r() * 8) },
				() => `${pick(r, [...calc.fields.map((f) => f.key), 'd', 'v', 'zz', '%', ''])}=${encodeURIComponent(pick(r, JUNK))}`
			).join(pick(r, ['&', '&&', ';']));
			const d = decodeFragment(calc, '#' + frag);
			expect(() => runCalculator(calc, d.raw, d.asOf)).not.toThrow();
		}
	});
});
