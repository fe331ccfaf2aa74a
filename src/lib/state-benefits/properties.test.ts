/**
 * Property tests with a small seeded PRNG (reproducible): for random valid inputs and dates,
 * no amount is negative or NaN, timelines add up to the stated total, the fast (segment) timeline
 * equals the day-by-day one, and the eligibility answer agrees with the conditions.
 */
import { describe, expect, it } from 'vitest';
import { addDaysIso, daysBetween, type IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { displayToString, type Display, type Outcome } from '$lib/engine/explain';
import { computeSafely } from '$lib/engine/run';
import type { Calculator } from '$lib/engine/calculator';
import { monthlyTimeline } from './timeline';
import birthGrant from '$lib/calculators/birth-grant';
import childcare from '$lib/calculators/childcare-benefit';
import family from '$lib/calculators/family-state-benefit';
import disabled from '$lib/calculators/disabled-child-benefits';
import vsnp from '$lib/calculators/state-social-security-benefit';
import minimumDisability from '$lib/calculators/minimum-disability-pension';
import maintenance from '$lib/calculators/child-maintenance';
import { childcareBreaks, childcareDueOn } from '$lib/calculators/childcare-benefit/compute';
import { childrenOf, familyBreaks, familyDueOn } from '$lib/calculators/family-state-benefit/compute';
import { guardianOn, maintenanceBreaks, minimumOn } from '$lib/calculators/child-maintenance/compute';

/** mulberry32: a tiny deterministic PRNG. */
function prng(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
		pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
		date: (from: IsoDate, to: IsoDate) => addDaysIso(from, Math.floor(next() * (daysBetween(from, to) + 1))),
		bool: () => next() < 0.5
	};
}

const N = 40;
const money = (d: Display) => d.type === 'money';

/** Every money value anywhere in an outcome is a finite, non-negative decimal. */
function checkAmounts(o: Outcome) {
	const values: string[] = [];
	if (o.kind !== 'cannot-answer') {
		for (const f of o.figures) if (money(f.value)) values.push(displayToString(f.value));
		for (const t of o.tables ?? []) for (const r of t.rows) for (const c of r) if (money(c)) values.push(displayToString(c));
		if (o.kind === 'result') for (const ch of o.charts ?? []) for (const i of ch.items) values.push(i.value);
	}
	for (const s of o.steps) if (s.value && money(s.value)) values.push(displayToString(s.value));
	for (const v of values) {
		expect(v, 'amount').toMatch(/^\d+\.\d{2}$/);
		expect(new Dec(v).isNegative()).toBe(false);
	}
}

/** The timeline table's totals add up to the stated total; each period is months × amount. */
function checkTimeline(o: Outcome, totalFigure = 'total') {
	if (o.kind === 'cannot-answer') return;
	const t = (o.tables ?? []).find((x) => x.id === 'timeline');
	if (!t) return;
	const total = o.figures.find((f) => f.id === totalFigure);
	expect(total, 'a timeline comes with its total').toBeDefined();
	let sum = new Dec(0);
	expect(t.rows.length).toBeGreaterThan(0);
	for (const r of t.rows) {
		const [, , months, per, tot] = r.map(displayToString);
		expect(new Dec(per).times(months).eq(tot), `${months} × ${per} = ${tot}`).toBe(true);
		sum = sum.plus(tot);
	}
	expect(sum.toFixed(2)).toBe(displayToString(total!.value));
	if (o.kind === 'result' && o.charts?.length) {
		const chartSum = o.charts[0].items.reduce((s, i) => s.plus(i.value), new Dec(0));
		expect(chartSum.toFixed(2)).toBe(sum.toFixed(2));
	}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function run(calc: Calculator<any>, input: Record<string, unknown>, asOf: IsoDate): Outcome {
	const o = computeSafely(calc, input, asOf);
	checkAmounts(o);
	checkTimeline(o);
	return o;
}

describe('birth grant', () => {
	it('amounts are never negative; a claim after the deadline is never granted', () => {
		const r = prng(1);
		for (let i = 0; i < N; i++) {
			const asOf = r.date('2016-01-01', '2026-12-31');
			const birthDate = r.date('2015-06-01', '2026-12-31');
			const o = run(birthGrant, { event: 'birth', birthDate, children: r.int(1, 4), resident: r.next() < 0.9 }, asOf);
			if (o.kind === 'cannot-answer') continue;
			const claimBy = displayToString(o.figures.find((f) => f.id === 'claimDeadline')!.value);
			if (asOf > claimBy) expect(o.kind).toBe('not-eligible');
			const total = new Dec(displayToString(o.figures.find((f) => f.id === 'total')!.value));
			const per = new Dec(displayToString(o.figures.find((f) => f.id === 'amount')!.value));
			expect(total.div(per).isInteger()).toBe(true);
		}
	});
});

describe('childcare benefit', () => {
	it('timelines add up; the segment timeline equals the day-by-day one; non-residents are never paid', () => {
		const r = prng(2);
		let compared = 0;
		for (let i = 0; i < N; i++) {
			const birthDate = r.date('2014-06-01', '2026-11-30');
			const input = {
				birthDate,
				children: r.pick([1, 1, 1, 2, 3]),
				resident: r.next() < 0.9,
				maternityEnd: r.bool() ? addDaysIso(birthDate, r.int(40, 120)) : undefined
			};
			const asOf = r.date(birthDate > '2016-01-01' ? birthDate : '2016-01-01', '2026-12-31');
			const o = run(childcare, input, asOf);
			if (!input.resident) expect(o.kind).not.toBe('result');
			if (o.kind === 'cannot-answer') continue;
			const start = input.maternityEnd ? addDaysIso(input.maternityEnd, 1) : birthDate;
			const end = addDaysIso(birthDate, 800);
			const fast = monthlyTimeline(start, end, childcareDueOn(input), childcareBreaks(input));
			const slow = monthlyTimeline(start, end, childcareDueOn(input));
			expect(fast.total.toFixed(2)).toBe(slow.total.toFixed(2));
			expect(fast.months.map((m) => `${m.month}:${m.amount}`)).toEqual(slow.months.map((m) => `${m.month}:${m.amount}`));
			compared++;
		}
		expect(compared).toBeGreaterThan(10);
	});
});

describe('family state benefit', () => {
	it('timelines add up; segment = day-by-day; nobody over every age limit is paid', () => {
		const r = prng(3);
		let compared = 0;
		for (let i = 0; i < N; i++) {
			const asOf = r.date('2016-01-01', '2026-12-31');
			const n = r.int(1, 6);
			const input: Record<string, unknown> = { children: n };
			for (let k = 1; k <= n; k++) {
				input[`child${k}`] = r.date('1995-01-01', asOf);
				input[`after${k}`] = r.pick(['none', 'none', 'school', 'higher', 'disabled']);
			}
			const o = run(family, input, asOf);
			expect(o.kind).not.toBe('cannot-answer');
			const kids = childrenOf(input as never);
			const from = `${asOf.slice(0, 7)}-01`;
			const until = addDaysIso(from, 365 * 3);
			const fast = monthlyTimeline(from, until, familyDueOn(kids), familyBreaks(kids));
			const slow = monthlyTimeline(from, until, familyDueOn(kids));
			expect(fast.months.map((m) => `${m.month}:${m.amount}`)).toEqual(slow.months.map((m) => `${m.month}:${m.amount}`));
			if (o.kind === 'not-eligible') expect(fast.total.isZero()).toBe(true);
			compared++;
		}
		expect(compared).toBe(N);
	});
});

describe('benefits for a child with a disability', () => {
	it('amounts are never negative and timelines add up', () => {
		const r = prng(4);
		for (let i = 0; i < N; i++) {
			const asOf = r.date('2016-01-01', '2026-12-31');
			const birthDate = r.date('1960-01-01', asOf);
			const benefit = r.pick(['family-supplement', 'child-care', 'adult-care']);
			const o = run(
				disabled,
				{ benefit, birthDate, sinceChildhood: r.bool(), disabilityFrom: r.bool() ? r.date(birthDate, asOf) : undefined },
				asOf
			);
			if (benefit === 'family-supplement' && asOf > '2022-12-31') expect(o.kind).toBe('cannot-answer');
		}
	});
});

describe('state social security benefit', () => {
	it('a person with a pension is never entitled; amounts are never negative', () => {
		const r = prng(5);
		for (let i = 0; i < N; i++) {
			const asOf = r.date('2016-01-01', '2026-12-31');
			const category = r.pick(['pension-age', 'disability', 'survivor']);
			const input = {
				category,
				hasPension: r.next() < 0.3,
				reachedPensionAge: r.bool(),
				birthDate: r.date(category === 'survivor' ? '2000-01-01' : '1940-01-01', asOf),
				group: r.pick(['I', 'II', 'III']),
				sinceChildhood: r.bool(),
				working: r.bool(),
				study: r.pick(['none', 'school', 'higher'])
			};
			const o = run(vsnp, input, asOf);
			if (input.hasPension) expect(o.kind).not.toBe('result');
			if (o.kind === 'result' && category === 'disability' && input.group !== 'III') {
				// Not working is never paid less than working.
				const other = computeSafely(vsnp, { ...input, working: !input.working } as never, asOf);
				if (other.kind === 'result') {
					const a = new Dec(displayToString(o.figures[0].value));
					const b = new Dec(displayToString(other.figures[0].value));
					expect(input.working ? b.gte(a) : a.gte(b)).toBe(true);
				}
			}
		}
	});
});

describe('minimum disability pension', () => {
	it('group I ≥ group II ≥ group III, since childhood ≥ general, paid ≥ both the minimum and the own pension', () => {
		const r = prng(6);
		for (let i = 0; i < N; i++) {
			const asOf = r.date('2016-01-01', '2026-12-31');
			const pension = `${r.int(0, 600)}.${String(r.int(0, 99)).padStart(2, '0')}`;
			const min = (group: string, sinceChildhood: boolean) =>
				new Dec(
					displayToString(
						(run(minimumDisability, { group, sinceChildhood }, asOf) as Extract<Outcome, { kind: 'result' }>).figures[0].value
					)
				);
			for (const c of [false, true]) {
				expect(min('I', c).gte(min('II', c))).toBe(true);
				expect(min('II', c).gte(min('III', c))).toBe(true);
			}
			expect(min('III', true).gte(min('III', false))).toBe(true);
			const o = run(minimumDisability, { group: r.pick(['I', 'II', 'III']), sinceChildhood: r.bool(), pension }, asOf);
			if (o.kind !== 'result') throw new Error('expected a result');
			const paid = new Dec(displayToString(o.figures.find((f) => f.id === 'paid')!.value));
			expect(paid.gte(pension)).toBe(true);
			expect(paid.gte(displayToString(o.figures[0].value))).toBe(true);
		}
	});
});

describe('minimum maintenance and the guardian’s benefit', () => {
	it('timelines add up; segment = day-by-day', () => {
		const r = prng(7);
		for (let i = 0; i < N; i++) {
			const asOf = r.date('2016-01-01', '2026-12-31');
			const birthDate = r.date('1998-01-01', asOf);
			const role = r.pick(['parent', 'guardian']);
			run(maintenance, { role, birthDate }, asOf);
			const from = `${asOf.slice(0, 7)}-01`;
			const until = addDaysIso(from, 700);
			const dueOn = (d: IsoDate) => {
				const a = (role === 'guardian' ? guardianOn : minimumOn)(birthDate, d);
				return a ? { monthly: a.monthly, rows: a.rows } : null;
			};
			const fast = monthlyTimeline(from, until, dueOn, maintenanceBreaks(birthDate));
			const slow = monthlyTimeline(from, until, dueOn);
			expect(fast.months.map((m) => `${m.month}:${m.amount}`)).toEqual(slow.months.map((m) => `${m.month}:${m.amount}`));
		}
	});
});
