import { describe, expect, it } from 'vitest';
import { figure, outcomeOf, run, expectMessagesRender } from '$lib/calendar/calculator-harness';
import type { Calculator } from '$lib/engine/calculator';
import calculator from './index';
import { periodMonths } from './compute';

/**
 * Notices other than "confirmed by secondary sources only", which the 2021, 2025 and 2026 minimum
 * wages carry (their official text was not found; the minimum-hourly-rate tests check that notice).
 */
const ownNotices = (o: { notices: Array<{ key: string }> }) =>
	o.notices.map((n) => n.key).filter((k) => k !== 'common:status.notice.secondary');

const calc = calculator as Calculator<never>;
const errorsOf = (input: Record<string, unknown>) => {
	const r = run(calc, input);
	return r.kind === 'invalid' ? r.errors.map((e) => [e.field, e.msg.key]) : [];
};

describe('hours in a month', () => {
	it('uses the published 4-decimal rate and rounds the pay to cents', () => {
		const o = outcomeOf(calc, { mode: 'hours', month: '2023-05', schedule: '40', hoursWorked: '12,5' });
		expect(figure(o, 'rate')).toBe('3.3696');
		expect(figure(o, 'minimumPay')).toBe('42.12'); // 12.5 × 3.3696 = 42.12
		expect(ownNotices(o)).toEqual([]);
		expectMessagesRender(calc, o);
	});
	it('more hours than the month’s normal time: a notice about the overtime supplement', () => {
		const o = outcomeOf(calc, { mode: 'hours', month: '2023-05', schedule: '40', hoursWorked: '184.01' });
		expect(ownNotices(o)).toEqual(['notices.overtime']);
		const exact = outcomeOf(calc, { mode: 'hours', month: '2023-05', schedule: '40', hoursWorked: '184' });
		expect(ownNotices(exact)).toEqual([]);
		expect(figure(exact, 'minimumPay')).toBe('620.01'); // 184 × 3.3696 = 620.0064
	});
	it('2027 (planned wage) says so', () => {
		const o = outcomeOf(calc, { mode: 'hours', month: '2027-03', schedule: '40', hoursWorked: '10' });
		expect(ownNotices(o)).toEqual(['common:status.notice.planned']);
	});
	it('nonsense hours are field errors', () => {
		expect(errorsOf({ mode: 'hours', month: '2023-05', schedule: '40', hoursWorked: '-1' })).toEqual([
			['hoursWorked', 'common:errors.decimal.range']
		]);
		expect(errorsOf({ mode: 'hours', month: '2023-05', schedule: '40', hoursWorked: '745' })).toEqual([
			['hoursWorked', 'common:errors.decimal.range']
		]);
		expect(errorsOf({ mode: 'hours', month: '2023-05', schedule: '40', hoursWorked: '123.4567' })).toEqual([
			['hoursWorked', 'common:errors.decimal.places']
		]);
		// "1.234" could be 1.234 or 1234 hours: refused with both readings.
		expect(errorsOf({ mode: 'hours', month: '2023-05', schedule: '40', hoursWorked: '1.234' })).toEqual([
			['hoursWorked', 'common:errors.decimal.ambiguous']
		]);
		expect(errorsOf({ mode: 'hours', month: '2023-05', schedule: '40', hoursWorked: 'abc' })).toEqual([
			['hoursWorked', 'common:errors.decimal.format']
		]);
	});
	it('fields of the other modes are ignored', () => {
		expect(run(calc, { mode: 'hours', month: '2023-05', schedule: '40', hoursWorked: '10', weeklyHours: 'x', periodHours: 'y' }).kind).toBe(
			'outcome'
		);
	});
});

describe('part-time', () => {
	it('is proportional to the normal week of the schedule', () => {
		const o = outcomeOf(calc, { mode: 'part-time', month: '2026-02', schedule: '40', weeklyHours: '30' });
		expect(figure(o, 'minimumPay')).toBe('585.00'); // 780 × 30 / 40
		expect(ownNotices(o)).toEqual(['notices.partTimeNoShortening']);
		expectMessagesRender(calc, o);
		const third = outcomeOf(calc, { mode: 'part-time', month: '2016-03', schedule: '40', weeklyHours: '13.33' });
		expect(figure(third, 'minimumPay')).toBe('123.30'); // 370 × 13.33 / 40 = 123.3025
	});
	it('the normal week or more is not part-time', () => {
		expect(errorsOf({ mode: 'part-time', month: '2026-02', schedule: '40', weeklyHours: '40' })).toEqual([
			['weeklyHours', 'errors.notPartTime']
		]);
		expect(errorsOf({ mode: 'part-time', month: '2026-02', schedule: '35', weeklyHours: '35' })).toEqual([
			['weeklyHours', 'errors.notPartTime']
		]);
		expect(errorsOf({ mode: 'part-time', month: '2026-02', schedule: '35', weeklyHours: '34.99' })).toEqual([]);
		expect(errorsOf({ mode: 'part-time', month: '2026-02', schedule: '40', weeklyHours: '0' })).toEqual([
			['weeklyHours', 'common:errors.decimal.range']
		]);
	});
});

describe('summed working time', () => {
	it('periods run over year ends', () => {
		expect(periodMonths('2025-11', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
		expect(periodMonths('2024-01', 1)).toEqual(['2024-01']);
	});
	it('exactly the normal hours → the sum of the monthly minimums (MK 656 p. 4), with a table of the months', () => {
		const o = outcomeOf(calc, { mode: 'summed', schedule: '40', periodStart: '2025-11', months: '3', periodHours: '520' });
		expect(figure(o, 'minimumPay')).toBe('2260.00');
		expect(o.kind === 'result' && o.tables![0].rows).toHaveLength(3);
		expect(ownNotices(o)).toEqual([]);
		expectMessagesRender(calc, o);
	});
	it('fewer hours: paid at the average rate, with a notice', () => {
		const o = outcomeOf(calc, { mode: 'summed', schedule: '40', periodStart: '2025-11', months: '3', periodHours: '519.99' });
		expect(figure(o, 'minimumPay')).toBe('2259.98'); // 519.99 × 4.3462 = 2259.980538
		expect(ownNotices(o)).toEqual(['notices.shortPeriod']);
	});
	it('a one-month period says point 4 is for longer periods', () => {
		const o = outcomeOf(calc, { mode: 'summed', schedule: '40', periodStart: '2024-02', months: '1', periodHours: '168' });
		expect(figure(o, 'minimumPay')).toBe('700.00');
		expect(ownNotices(o)).toEqual(['notices.singleMonth']);
	});
	it('a period reaching past 2027 is refused; one ending in December 2027 is answered with the planned notice', () => {
		expect(errorsOf({ mode: 'summed', schedule: '40', periodStart: '2027-11', months: '3', periodHours: '500' })).toEqual([
			['months', 'errors.periodBeyondCoverage']
		]);
		const o = outcomeOf(calc, { mode: 'summed', schedule: '40', periodStart: '2027-10', months: '3', periodHours: '500' });
		expect(ownNotices(o)).toContain('common:status.notice.planned');
		expect(errorsOf({ mode: 'summed', schedule: '40', periodStart: '2027-10', months: '13', periodHours: '500' })).toEqual([
			['months', 'common:errors.integer.range']
		]);
	});
});

describe('six-day weeks', () => {
	it('part-time is measured against the six-day normal week (40 h or 35 h)', () => {
		expect(errorsOf({ mode: 'part-time', month: '2024-06', schedule: '40-6', weeklyHours: '40' })).toEqual([
			['weeklyHours', 'errors.notPartTime']
		]);
		expect(errorsOf({ mode: 'part-time', month: '2024-06', schedule: '35-6', weeklyHours: '35' })).toEqual([
			['weeklyHours', 'errors.notPartTime']
		]);
		expect(errorsOf({ mode: 'part-time', month: '2024-06', schedule: '35-6', weeklyHours: '34.99' })).toEqual([]);
		const o = outcomeOf(calc, { mode: 'part-time', month: '2024-06', schedule: '35-6', weeklyHours: '14' });
		expect(figure(o, 'minimumPay')).toBe('280.00'); // 700 × 14 / 35
		expect(o.notices.map((n) => n.key)).toContain('notices.derivedSixDay');
	});
	it('hours in a month use the six-day total: 165 h in June 2024 (7 × 20 + 5 × 5)', () => {
		const o = outcomeOf(calc, { mode: 'hours', month: '2024-06', schedule: '40-6', hoursWorked: '165' });
		expect([figure(o, 'normalHours'), figure(o, 'rate'), figure(o, 'minimumPay')]).toEqual(['165', '4.2424', '700.00']);
		expect(o.steps.find((s) => s.id === 'total-hours')?.detail?.key).toBe('steps.totalHoursDetailSixDay');
	});
	it('summed time over a quarter of six-day months: the norm is the sum of the six-day totals', () => {
		// Jan–Mar 2024, 40 h in six days: 181 + 167 + 172 = 520 h.
		const o = outcomeOf(calc, { mode: 'summed', schedule: '40-6', periodStart: '2024-01', months: '3', periodHours: '520' });
		expect([figure(o, 'normalHours'), figure(o, 'minimumPay'), figure(o, 'periodMinimum')]).toEqual(['520', '2100.00', '2100.00']);
		const five = outcomeOf(calc, { mode: 'summed', schedule: '40', periodStart: '2024-01', months: '3', periodHours: '520' });
		expect(figure(five, 'normalHours')).toBe('520'); // 184 + 168 + 168: the same quarter, other months
	});
});
