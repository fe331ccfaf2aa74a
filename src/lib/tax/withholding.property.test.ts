/**
 * Property tests over random valid inputs (a seeded generator, so every run checks the same cases
 * and a failure can be reproduced): gross → net → gross returns the same gross to the cent; net
 * never exceeds gross; no amount is negative; net never falls when gross rises.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine/decimal';
import { EMPLOYEE_CATEGORIES, nonTaxableMinimum } from './tables';
import { valueAt } from '$lib/engine/tables';
import { grossToNet, netToGross, RELIEFS, salaryContext, withhold, type SalaryParams } from './withholding';
import { mulberry32 } from '$lib/engine/prng';

// One date in every period with different rules, plus the days either side of each change.
const DATES = [
	'2016-01-01',
	'2016-07-15',
	'2016-12-31',
	'2017-01-01',
	'2017-06-30',
	'2017-12-31',
	'2018-01-01',
	'2018-09-10',
	'2019-03-03',
	'2019-12-31',
	'2020-01-01',
	'2020-11-11',
	'2020-12-31',
	'2021-01-01',
	'2021-08-01',
	'2022-01-01',
	'2022-06-30',
	'2022-07-01',
	'2022-12-31',
	'2023-05-05',
	'2024-02-29',
	'2024-12-31',
	'2025-01-01',
	'2025-10-10',
	'2026-01-01',
	'2026-12-31'
];

interface Case {
	date: string;
	params: SalaryParams;
	grossCents: number;
}

function randomCase(rnd: () => number): Case {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
	let date = pick(DATES);
	const category = pick(EMPLOYEE_CATEGORIES);
	// The prisoner categories are sourced from 2017.
	if (category.startsWith('employee-prisoner') && date < '2017-01-01') date = '2017-01-01';
	const taxBook = rnd() < 0.8;
	const pension = rnd() < 0.2;
	const ntm = valueAt(nonTaxableMinimum, date);
	let vidNtm: Dec | undefined;
	if (ntm.kind === 'ok' && ntm.row.value.regime === 'vid-forecast' && rnd() < 0.5) {
		const max = new Dec(ntm.row.value.periodMaximum).div(ntm.row.value.periodMonths);
		vidNtm = max
			.times(Math.floor(rnd() * 101))
			.div(100)
			.toDecimalPlaces(2, Dec.ROUND_DOWN);
	}
	const r = rnd();
	// Mostly ordinary salaries, some tiny, some very large.
	const grossCents = r < 0.1 ? Math.floor(rnd() * 10000) : r < 0.85 ? Math.floor(rnd() * 400000) : Math.floor(rnd() * 3000000);
	return {
		date,
		grossCents,
		params: { category, taxBook, pension, dependants: Math.floor(rnd() * 4), relief: pick(RELIEFS), vidNtm }
	};
}

const N = 600;
const cases: Case[] = [];
const rnd = mulberry32(20261122);
for (let i = 0; i < N; i++) cases.push(randomCase(rnd));
const gross = (c: number) => new Dec(c).div(100);

// These loop over hundreds of cases with decimal arithmetic: allow time on a shared 2-core machine.
const SLOW = 60_000;

describe('withholding properties (seeded, ' + N + ' cases)', () => {
	it(
		'generates the intended number of cases across every period',
		() => {
			expect(cases.length).toBe(N);
			expect(new Set(cases.map((c) => c.date.slice(0, 4))).size).toBe(11);
			expect(cases.filter((c) => c.params.vidNtm !== undefined).length).toBeGreaterThan(50);
		},
		SLOW
	);

	it(
		'gross → net → gross returns the same gross to the cent (it is among the grosses giving that net)',
		() => {
			let several = 0;
			for (const c of cases) {
				const w = grossToNet(gross(c.grossCents), c.params, c.date);
				const inv = netToGross(w.net, c.params, c.date);
				expect(inv.kind, JSON.stringify(c)).toBe('exact');
				if (inv.kind !== 'exact') continue;
				const found = inv.grosses.map((g) => g.toFixed(2));
				expect(found, JSON.stringify(c)).toContain(gross(c.grossCents).toFixed(2));
				for (const g of inv.grosses) expect(grossToNet(g, c.params, c.date).net.toFixed(2)).toBe(w.net.toFixed(2));
				expect(inv.result.net.toFixed(2)).toBe(w.net.toFixed(2));
				if (inv.grosses.length > 1) several++;
			}
			// Rounding twice makes some nets reachable from two grosses: the search must see those too.
			expect(several).toBeGreaterThan(0);
		},
		SLOW
	);

	it(
		'net never exceeds gross, and no amount is negative',
		() => {
			for (const c of cases) {
				const w = grossToNet(gross(c.grossCents), c.params, c.date);
				expect(w.net.lte(w.gross), JSON.stringify(c)).toBe(true);
				expect(w.net.gte(0)).toBe(true);
				expect(w.incomeTax.value.gte(0)).toBe(true);
				expect(w.employeeContributions.value.gte(0)).toBe(true);
				expect(w.employerContributions.value.gte(0)).toBe(true);
				expect(w.taxable.gte(0)).toBe(true);
				expect(w.ntm.applied.gte(0)).toBe(true);
				expect(w.employerCost.gte(w.gross)).toBe(true);
				expect(w.gross.minus(w.employeeContributions.value).minus(w.incomeTax.value).eq(w.net)).toBe(true);
			}
		},
		SLOW
	);

	it(
		'with a given (or fixed) non-taxable minimum, net never falls when gross rises by a cent or more',
		() => {
			let checked = 0;
			for (const c of cases) {
				const ctx = salaryContext(c.params, c.date);
				if (withhold(ctx, gross(c.grossCents)).ntmSource.kind === 'vid-estimated') continue;
				const step = 1 + Math.floor((c.grossCents % 97) / 10);
				let prev = withhold(ctx, gross(c.grossCents)).net;
				for (let k = 1; k <= 20; k++) {
					const next = withhold(ctx, gross(c.grossCents + k * step)).net;
					expect(next.gte(prev), JSON.stringify({ ...c, k, step })).toBe(true);
					prev = next;
				}
				checked++;
			}
			expect(checked).toBeGreaterThan(300);
		},
		SLOW
	);

	/*
	 * When the minimum is estimated from the same salary, it shrinks as the salary grows and is itself
	 * rounded to the cent, so a one-cent step of gross can (rarely) lower net by one cent: a scan of
	 * every cent from 400 to 1 800 found such dips in 0.3–0.7 % of the steps (2018, 2021, 2022 H1, 2023).
	 * The employer's real withholding uses a fixed VID forecast, which is monotone (the test above).
	 */
	it(
		'with the minimum estimated from the salary itself, net rises with gross up to one cent of rounding and strictly over 5 cents',
		() => {
			let checked = 0;
			for (const c of cases) {
				const ctx = salaryContext(c.params, c.date);
				if (withhold(ctx, gross(c.grossCents)).ntmSource.kind !== 'vid-estimated') continue;
				for (let k = 0; k < 20; k++) {
					const a = withhold(ctx, gross(c.grossCents + k)).net;
					const b = withhold(ctx, gross(c.grossCents + k + 1)).net;
					expect(b.gte(a.minus('0.01')), JSON.stringify({ ...c, k })).toBe(true);
					const far = withhold(ctx, gross(c.grossCents + k + 5)).net;
					expect(far.gt(a), JSON.stringify({ ...c, k })).toBe(true);
				}
				checked++;
			}
			expect(checked).toBeGreaterThan(50);
		},
		SLOW
	);
});
