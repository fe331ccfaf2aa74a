/**
 * The fast net → gross search (Newton aim + a short walk, withholding.ts) against the algorithm it
 * replaced, kept here verbatim as the reference: a binary search for the crossing, then a scan of 12
 * cents either side, every cent through the full `withhold`. Seeded random inputs (every year
 * 2016–2027, with and without a tax book, pensioners, dependants, reliefs, a given or estimated VID
 * minimum, every employee category) and targets from 0 to a million euro, many of them the nets of
 * grosses a few cents either side of a threshold: the bracket limit, where tax starts, the ends of the
 * VID minimum's sliding part and the annual cap on contributions. Every answer must be identical.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine/decimal';
import type { IsoDate } from '$lib/engine/dates';
import { requireAt, withRollover } from '$lib/engine/tables';
import { EMPLOYEE_CATEGORIES, maximumContributionObject } from './tables';
import {
	aimGross,
	grossToNet,
	netCurve,
	netToGross,
	RELIEFS,
	salaryContext,
	searchNear,
	withhold,
	type CentSearch,
	type InverseResult,
	type MonthlyWithholding,
	type SalaryContext,
	type SalaryParams
} from './withholding';
import { mulberry32 } from '$lib/engine/prng';

// ---- The reference: netToGross and searchCents as they were before the fast search (commit 2a920bb). ----

function referenceSearchCents(f: (cents: number) => number, target: number, scan = 12): CentSearch {
	let lo = target;
	let hi = Math.max(2 * target, target + 100);
	while (f(hi) < target) hi *= 2;
	while (lo < hi) {
		const mid = Math.floor((lo + hi) / 2);
		if (f(mid) >= target) hi = mid;
		else lo = mid + 1;
	}
	const exact: number[] = [];
	let below: number | undefined;
	let above: number | undefined;
	for (let c = Math.max(0, lo - scan); c <= lo + scan; c++) {
		const n = f(c);
		if (n === target) exact.push(c);
		else if (n < target) {
			if (below === undefined || n > f(below) || (n === f(below) && c > below)) below = c;
		} else if (above === undefined || n < f(above)) above = c;
	}
	return { exact, below, above: above ?? lo };
}

function referenceNetToGross(targetNet: Dec, params: SalaryParams, date: IsoDate): InverseResult {
	const ctx = salaryContext(params, date);
	const cache = new Map<number, MonthlyWithholding>();
	const at = (cents: number): MonthlyWithholding => {
		let r = cache.get(cents);
		if (!r) {
			r = withhold(ctx, new Dec(cents).div(100));
			cache.set(cents, r);
		}
		return r;
	};
	const target = targetNet.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
	const found = referenceSearchCents((c) => at(c).net.times(100).toNumber(), target);
	if (found.exact.length > 0) return { kind: 'exact', grosses: found.exact.map((c) => new Dec(c).div(100)), result: at(found.exact[0]) };
	return { kind: 'none', below: found.below === undefined ? undefined : at(found.below), above: at(found.above) };
}

// ---- Inputs ----

/** The calculator's last covered as-of date: 2027 is answered with its rules rolled over, as the runner does. */
const FRONTIER = '2026-12-31';
const run = <T>(fn: () => T): T => withRollover(FRONTIER, fn).value;

const YEARS = Array.from({ length: 12 }, (_, i) => 2016 + i);
// The days a rule changes (and the day before), besides a random day of each year.
const CHANGES = [
	'2016-12-31',
	'2017-01-01',
	'2017-12-31',
	'2018-01-01',
	'2020-12-31',
	'2021-01-01',
	'2022-06-30',
	'2022-07-01',
	'2024-12-31',
	'2025-01-01',
	'2025-12-31',
	'2026-01-01',
	'2026-12-31',
	'2027-01-01'
];

type Origin = 'gross' | 'threshold' | 'any' | 'odd';

interface Case {
	date: IsoDate;
	params: SalaryParams;
	target: Dec;
	origin: Origin;
}

const cents = (c: number) => new Dec(c).div(100);

/** Grosses (in cents) where the withholding changes its formula, for this context. */
function thresholds(ctx: SalaryContext): number[] {
	const toCents = (d: Dec) => d.times(100).round().toNumber();
	const out: number[] = [0];
	const untaxed = new Dec(1).minus(ctx.employeeRate.div(100));
	const v = ctx.ntmRow.value;
	if (v.regime !== 'fixed') {
		out.push(toCents(new Dec(v.incomeFullUpTo).div(v.periodMonths)));
		out.push(toCents(new Dec(v.regime === 'vid-forecast' ? v.incomeZeroAbove : v.incomeMinimumOnlyAbove).div(v.periodMonths)));
	}
	// Where tax starts and where the taxable income reaches the bracket limit (with the minimum at a low salary).
	const w = withhold(ctx, new Dec(500));
	const reliefs = w.ntm.available.plus(w.dependants.available).plus(w.extraRelief.available);
	out.push(toCents(reliefs.div(untaxed)));
	for (const b of ctx.taxRow.value.monthlyWithTaxBook) if (b.upTo !== null) out.push(toCents(new Dec(b.upTo).plus(reliefs).div(untaxed)));
	for (const b of ctx.taxRow.value.monthlyWithTaxBook) if (b.upTo !== null) out.push(toCents(new Dec(b.upTo).div(untaxed)));
	out.push(toCents(new Dec(requireAt(maximumContributionObject, ctx.date).value).div(12)));
	return out;
}

function randomCase(rnd: () => number): Case {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
	const int = (n: number) => Math.floor(rnd() * n);
	let date: IsoDate;
	if (rnd() < 0.2) date = pick(CHANGES);
	else date = `${pick(YEARS)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
	const category = pick(EMPLOYEE_CATEGORIES);
	// The prisoner categories are sourced from 2017.
	if (category.startsWith('employee-prisoner') && date < '2017-01-01') date = `2017${date.slice(4)}`;
	const taxBook = rnd() < 0.75;
	const r = rnd();
	const dependants = r < 0.5 ? 0 : r < 0.9 ? 1 + int(3) : int(21);
	// A VID minimum in any period: where it does not apply, it must be ignored the same way.
	const vidNtm = rnd() < 0.3 ? (rnd() < 0.5 ? cents(int(50001)) : new Dec(int(501))) : undefined;
	const params: SalaryParams = { category, taxBook, pension: rnd() < 0.25, dependants, relief: pick(RELIEFS), vidNtm };

	const ctx = run(() => salaryContext(params, date));
	const netOf = (grossCents: number) => run(() => grossToNet(cents(Math.max(0, grossCents)), params, date)).net;
	const kind = rnd();
	if (kind < 0.4) {
		// The net of some gross: tiny, ordinary, high or very high.
		const k = rnd();
		const g = k < 0.1 ? int(10000) : k < 0.75 ? int(600000) : k < 0.95 ? int(10000000) : int(100000000);
		return { date, params, target: netOf(g), origin: 'gross' };
	}
	if (kind < 0.8) {
		// A few cents either side of a threshold, and the nets one cent either side of its net.
		const g = pick(thresholds(ctx)) + int(81) - 40;
		return { date, params, target: netOf(g).plus(new Dec(int(3) - 1).div(100)), origin: 'threshold' };
	}
	if (kind < 0.97) {
		// Any net in cents, up to a million euro (the form's maximum).
		const k = rnd();
		return { date, params, target: cents(k < 0.05 ? int(100) : k < 0.8 ? int(800000) : int(100000001)), origin: 'any' };
	}
	// Oddities the form does not send: a fraction of a cent, a negative net.
	return { date, params, target: rnd() < 0.5 ? new Dec(int(500000)).div(1000) : cents(-int(500)), origin: 'odd' };
}

const N = 3000;
const rnd = mulberry32(20261130);
const cases: Case[] = Array.from({ length: N }, () => randomCase(rnd));

/** An answer as text, without the context (the same rules either way) but with every amount and note. */
const show = (r: InverseResult) => JSON.stringify(r, (k, v) => (k === 'ctx' ? undefined : v));

/** The reference's answers, computed once (the slow part of this file). */
let referenceAnswers: InverseResult[] | undefined;
const references = () => (referenceAnswers ??= cases.map((c) => run(() => referenceNetToGross(c.target, c.params, c.date))));

// Thousands of searches with decimal arithmetic: allow time on a shared 2-core machine.
const SLOW = 180_000;

describe(`net → gross: the fast search gives the reference's answers (seeded, ${N} cases)`, () => {
	it(
		'covers every year, category, tax book, pension, dependants, relief, VID minimum and kind of target',
		() => {
			expect(new Set(cases.map((c) => c.date.slice(0, 4)))).toEqual(new Set(YEARS.map(String)));
			expect(new Set(cases.map((c) => c.params.category))).toEqual(new Set(EMPLOYEE_CATEGORIES));
			expect(new Set(cases.map((c) => c.params.relief))).toEqual(new Set(RELIEFS));
			for (const b of [true, false]) {
				expect(cases.filter((c) => c.params.taxBook === b).length).toBeGreaterThan(300);
				expect(cases.filter((c) => c.params.pension === b).length).toBeGreaterThan(300);
			}
			expect(cases.filter((c) => c.params.taxBook && c.params.dependants > 0).length).toBeGreaterThan(500);
			expect(cases.filter((c) => c.params.vidNtm !== undefined).length).toBeGreaterThan(500);
			const estimated = cases.filter(
				(c) => c.params.taxBook && !c.params.pension && !c.params.vidNtm && c.date >= '2018' && c.date < '2025'
			);
			expect(estimated.length).toBeGreaterThan(300);
			for (const o of ['gross', 'threshold', 'any', 'odd']) expect(cases.filter((c) => c.origin === o).length).toBeGreaterThan(50);
			expect(cases.filter((c) => c.target.gt(100000)).length).toBeGreaterThan(50);
		},
		SLOW
	);

	it(
		'identical results to the cent: the kind, every gross giving the net, and the whole withholding of the answer',
		() => {
			let several = 0;
			let none = 0;
			const reference = references();
			cases.forEach((c, i) => {
				const fast = run(() => netToGross(c.target, c.params, c.date));
				expect(show(fast), JSON.stringify(c)).toBe(show(reference[i]));
				if (fast.kind === 'exact' && fast.grosses.length > 1) several++;
				if (fast.kind === 'none') none++;
			});
			// Some nets come from two grosses; only the odd (negative) targets have no exact gross.
			expect(several).toBeGreaterThan(100);
			expect(none).toBe(cases.filter((c) => c.target.lt(0)).length);
		},
		SLOW
	);

	it(
		'the fast path answers by itself: the aimed walk finds the same grosses, without the binary-search fallback',
		() => {
			let evaluations = 0;
			let searches = 0;
			const reference = references();
			cases.forEach((c, i) => {
				const target = c.target.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
				if (target < 0) return;
				const curve = netCurve(run(() => salaryContext(c.params, c.date)));
				const seen = new Set<number>();
				const at = (x: number) => (seen.add(x), curve.at(x));
				const near = searchNear((x) => at(x).net, target, aimGross({ at, slope: curve.slope }, target));
				const r = reference[i];
				expect(
					near?.map((x) => cents(x).toFixed(2)),
					JSON.stringify(c)
				).toEqual(r.kind === 'exact' ? r.grosses.map((g) => g.toFixed(2)) : undefined);
				evaluations += seen.size;
				searches++;
			});
			// About seven distinct cents per search (the binary search tried about 45).
			expect(evaluations / searches).toBeLessThan(10);
		},
		SLOW
	);

	it(
		'the net the search evaluates is the net of the full withholding, at every cent tried',
		() => {
			const r = mulberry32(7);
			for (const c of cases.slice(0, 1000)) {
				const ctx = run(() => salaryContext(c.params, c.date));
				const curve = netCurve(ctx);
				const base = Math.floor(r() * 800000);
				for (const x of [0, 1, base, base + 1, base + Math.floor(r() * 100), Math.floor(r() * 100000000)]) {
					expect(curve.at(x).net, JSON.stringify({ ...c, x })).toBe(withhold(ctx, cents(x)).net.times(100).toNumber());
				}
			}
		},
		SLOW
	);
});
