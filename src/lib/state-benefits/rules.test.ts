/**
 * Unit tests of the shared timeline and of rule details the golden cases do not show: the Covid-19
 * months of the childcare benefit, part months, where a schedule stops, which rules are cited.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine/decimal';
import { NotCoveredError, requireAt } from '$lib/engine/tables';
import { displayToString, type Outcome } from '$lib/engine/explain';
import { computeSafely } from '$lib/engine/run';
import { ageDate, monthlyTimeline, nextDay, periodsOf, tableBreaks } from './timeline';
import { childcareBenefit, fsbSupplement, multiplesSupplement } from './tables';
import { supplementFor } from '$lib/calculators/family-state-benefit/compute';
import childcare from '$lib/calculators/childcare-benefit';
import birthGrant from '$lib/calculators/birth-grant';
import family from '$lib/calculators/family-state-benefit';

const ten = { monthly: new Dec('10.00'), rows: [] };
const table = (o: Outcome, id = 'timeline') =>
	o.kind === 'cannot-answer' ? [] : (o.tables ?? []).find((t) => t.id === id)!.rows.map((r) => r.map(displayToString));
const figure = (o: Outcome, id: string) =>
	o.kind === 'cannot-answer' ? undefined : displayToString(o.figures.find((f) => f.id === id)!.value);

describe('nextDay and ageDate', () => {
	it('cross month, year and leap-day ends', () => {
		expect(nextDay('2024-02-28')).toBe('2024-02-29');
		expect(nextDay('2024-02-29')).toBe('2024-03-01');
		expect(nextDay('2023-02-28')).toBe('2023-03-01');
		expect(nextDay('2025-12-31')).toBe('2026-01-01');
		expect(nextDay('2025-04-30')).toBe('2025-05-01');
	});
	it('a 29 February birthday is reached on 28 February in a common year', () => {
		expect(ageDate('2008-02-29', 1)).toBe('2009-02-28');
		expect(ageDate('2008-02-29', 4)).toBe('2012-02-29');
		expect(ageDate('2025-08-31', 0, 18)).toBe('2027-02-28');
	});
});

describe('monthlyTimeline', () => {
	it('pays a part month in proportion to its days and rounds the month to the cent', () => {
		const t = monthlyTimeline('2025-01-11', '2025-02-28', () => ten);
		expect(t.months.map((m) => [m.month, m.days, m.amount.toFixed(2)])).toEqual([
			['2025-01', 21, '6.77'], // 10 × 21/31 = 6.774…
			['2025-02', 28, '10.00']
		]);
		expect(t.total.toFixed(2)).toBe('16.77');
		expect(t.partial).toBe(true);
		expect(t.rows.map((r) => r.table)).toContain('state-benefits/partial-month-rule');
	});
	it('does not cite the part-month rule when every month is whole', () => {
		const t = monthlyTimeline('2025-01-01', '2025-03-31', () => ten);
		expect(t.partial).toBe(false);
		expect(t.rows).toEqual([]);
		expect(periodsOf(t)).toEqual([{ from: '2025-01', to: '2025-03', count: 3, amount: new Dec('10.00'), total: new Dec('30.00') }]);
	});
	it('stops where the data ends, but throws when the first day is not covered', () => {
		const due = (d: string) => ({ monthly: new Dec(requireAt(multiplesSupplement, d).value.under18Months), rows: [] });
		const t = monthlyTimeline('2025-11-01', '2026-03-31', due);
		expect(t.lastDay).toBe('2025-12-31');
		expect(t.stopped?.date).toBe('2026-01-01');
		expect(t.total.toFixed(2)).toBe('342.00');
		expect(() => monthlyTimeline('2026-01-01', '2026-03-31', due)).toThrow(NotCoveredError);
	});
	it('the segment walk gives the same months as the day-by-day walk', () => {
		const due = (d: string) => (d < '2025-03-10' ? ten : { monthly: new Dec('20.00'), rows: [] });
		const slow = monthlyTimeline('2025-02-15', '2025-04-20', due);
		const fast = monthlyTimeline('2025-02-15', '2025-04-20', due, ['2025-03-10']);
		expect(fast.months.map((m) => m.amount.toFixed(2))).toEqual(slow.months.map((m) => m.amount.toFixed(2)));
		expect(slow.months.map((m) => m.amount.toFixed(2))).toEqual(['5.00', '17.10', '13.33']);
	});
	it('tableBreaks lists every row start and the day after a known end', () => {
		expect(tableBreaks(multiplesSupplement)).toEqual(['2016-01-01', '2020-03-12', '2020-06-10', '2026-01-01']);
	});
});

describe('childcare benefit', () => {
	it('Covid-19 emergency 12.03–09.06.2020: 171 instead of 42.69 from 1.5 to 2 (child born 2018-08-15)', () => {
		const o = computeSafely(childcare, { birthDate: '2018-08-15', resident: true }, '2018-09-01');
		const rows = table(o);
		// March 2020: 42.69 × 11/31 + 171 × 20/31 = 125.47; April, May 171; June: 171 × 9/30 + 42.69 × 21/30 = 81.18
		const byFrom = Object.fromEntries(rows.map((r) => [r[0], r[3]]));
		expect(byFrom['2020-03']).toBe('125.47');
		expect(byFrom['2020-06']).toBe('81.18');
		expect(rows.find((r) => r[0] === '2020-04')).toEqual(['2020-04', '2020-05', '2', '171.00', '342.00']);
	});
	it('the 2026 rate applies also to a benefit granted earlier (child born 2025-03-01: December 2025 171, January 2026 298)', () => {
		const o = computeSafely(childcare, { birthDate: '2025-03-01', resident: true }, '2025-03-05');
		const rows = table(o);
		expect(rows.find((r) => r[1] === '2025-12')?.[3]).toBe('171.00');
		expect(rows.find((r) => r[0] === '2026-01')?.[3]).toBe('298.00');
		expect(requireAt(childcareBenefit, '2026-01-01').value.under18Months).toBe('298.00');
	});
	it('twins before 2026 cite the supplement row; the total is (base + supplement) per month', () => {
		const o = computeSafely(childcare, { birthDate: '2019-01-01', children: 3, resident: true }, '2019-01-05');
		expect(figure(o, 'monthly')).toBe('513.00'); // 171 + 2 × 171
		expect(o.steps.find((s) => s.id === 'multiples')?.rules.map((r) => r.table)).toContain('state-benefits/childcare-multiples-supplement');
	});
});

describe('family state benefit supplement', () => {
	it('10 / 66 / 116 / 166 / 216 and +50 for each further child', () => {
		const s = requireAt(fsbSupplement, '2019-01-01').value;
		expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => supplementFor(s, n).toFixed(2))).toEqual([
			'0.00',
			'10.00',
			'66.00',
			'116.00',
			'166.00',
			'216.00',
			'266.00',
			'316.00'
		]);
		expect(supplementFor(requireAt(fsbSupplement, '2017-06-01').value, 3).toFixed(2)).toBe('0.00');
	});
	it('birth order counts adult children: the third child alone gets the third-child amount (VSAA example)', () => {
		// Anna's children are 19, 17 and 9 in 2017; only the youngest is paid for, as the third child: 34.14.
		const o = computeSafely(family, { children: 3, child1: '1998-03-01', child2: '2000-03-01', child3: '2008-03-01' }, '2017-12-01');
		expect(figure(o, 'monthlyNow')).toBe('34.14');
		expect(figure(o, 'eligibleNow')).toBe('1');
	});
	it('an eight-child family in 2021: birth-order amounts plus the 8-child supplement 316', () => {
		const input: Record<string, unknown> & { children: number } = { children: 8 };
		for (let i = 1; i <= 8; i++) input[`child${i}`] = `${2006 + i}-06-01`;
		const o = computeSafely(family, input, '2021-07-01');
		// Born 2007…2014, ages 14…7 → all 8 eligible: 11.38 + 22.76 + 34.14 + 5 × 50.07 = 318.63, + 316 = 634.63
		expect(figure(o, 'monthlyNow')).toBe('634.63');
		const o2 = computeSafely(family, input, '2022-07-01');
		// 2022: ages 15…7 → 8 children × 100 = 800.00 (the 16-year limit keeps the 15-year-old)
		expect(figure(o2, 'monthlyNow')).toBe('800.00');
	});
});

describe('birth grant', () => {
	// Until 2020 the right arose on the child's 8th day of life; from 2021 it arises on the day of birth.
	it('shows the safer deadline counted from the day of birth (births until 2020)', () => {
		const o = computeSafely(birthGrant, { event: 'birth', birthDate: '2020-01-10', resident: true }, '2020-01-20');
		expect(o.notices.find((n) => n.key === 'notices.safeDeadline')?.params?.date).toEqual({ type: 'date', value: '2020-07-10' });
		expect(figure(o, 'claimDeadline')).toBe('2020-07-17');
	});
	it('a claim on the deadline day is in time, the next day is late', () => {
		expect(computeSafely(birthGrant, { event: 'birth', birthDate: '2020-01-10', resident: true }, '2020-07-17').kind).toBe('result');
		const late = computeSafely(birthGrant, { event: 'birth', birthDate: '2020-01-10', resident: true }, '2020-07-18');
		expect(late.kind).toBe('not-eligible');
		if (late.kind === 'not-eligible') expect(late.reasons[0].params?.days).toEqual({ type: 'number', value: '1', unit: 'days' });
	});
});
