import { describe, expect, it } from 'vitest';
import { defineTable, requireAt, valueAt, NotCoveredError, rowsInForce } from '$lib/engine/tables';
import { roundMoney, roundTo, Dec } from '$lib/engine/decimal';
import { addYearsMonths, ageOn, dayBefore, isIsoDate, toIso, toDate, weekday } from '$lib/engine/dates';

const src = [{ act: 'Test act', url: 'https://likumi.lv/ta/id/1', consulted: '2026-11-22' }];
const wage = defineTable<string>({
	id: 'labour/test-wage',
	title: { lv: 'Alga', en: 'Wage' },
	kind: 'decimal',
	unit: 'eur',
	rows: [
		{ validFrom: '2016-01-01', value: '370', sources: src },
		{ validFrom: '2017-01-01', value: '380', sources: src, status: 'unconfirmed' },
		{ validFrom: '2030-01-01', repealed: true, sources: src }
	]
});

describe('valueAt: the row in force on a date', () => {
	it('the day before a change returns the old row, with its end date', () => {
		const r = valueAt(wage, '2016-12-31');
		expect(r.kind).toBe('ok');
		if (r.kind !== 'ok') return;
		expect(r.row.value).toBe('370');
		expect(r.row.validFrom).toBe('2016-01-01');
		expect(r.row.validUntil).toBe('2016-12-31');
		expect(r.row.sources[0].url).toBe('https://likumi.lv/ta/id/1');
	});
	it('the day of the change returns the new row and its status', () => {
		const r = valueAt(wage, '2017-01-01');
		expect(r.kind === 'ok' && r.row.value).toBe('380');
		expect(r.kind === 'ok' && r.row.status).toBe('unconfirmed');
	});
	it('the day after the change returns the new row', () => {
		const r = valueAt(wage, '2017-01-02');
		expect(r.kind === 'ok' && r.row.value).toBe('380');
	});
	it('a date before the first row is "before coverage", not the first row', () => {
		const r = valueAt(wage, '2015-12-31');
		expect(r).toMatchObject({ kind: 'before-coverage', coveredFrom: '2016-01-01', table: 'labour/test-wage' });
	});
	it('a date on or after an explicit repeal is "repealed"', () => {
		expect(valueAt(wage, '2029-12-31').kind).toBe('ok');
		expect(valueAt(wage, '2030-01-01')).toMatchObject({ kind: 'repealed', since: '2030-01-01' });
	});
	it('a date after coveredUntil is "after coverage", never the last row', () => {
		const t = defineTable<string>({ ...wage, rows: wage.rows.slice(0, 2), coveredUntil: '2027-12-31' });
		expect(valueAt(t, '2027-12-31').kind).toBe('ok');
		expect(valueAt(t, '2028-01-01')).toMatchObject({ kind: 'after-coverage', coveredUntil: '2027-12-31' });
	});
	it('requireAt throws a typed NotCoveredError for uncovered dates', () => {
		expect(() => requireAt(wage, '2010-01-01')).toThrow(NotCoveredError);
		expect(requireAt(wage, '2016-06-01').value).toBe('370');
	});
	it('rowsInForce lists the value rows with their intervals, skipping repeals', () => {
		const rows = rowsInForce(wage);
		expect(rows.map((r) => [r.validFrom, r.validUntil])).toEqual([
			['2016-01-01', '2016-12-31'],
			['2017-01-01', '2029-12-31']
		]);
	});
});

describe('rounding only through the named helper, which records what it did', () => {
	it('rounds half up to cents and says so', () => {
		const r = roundMoney(new Dec('159.497'), 'benefits are paid in cents');
		expect(r.value.toFixed(2)).toBe('159.50');
		expect(r.rounding).toEqual({ from: '159.497', to: '159.50', places: 2, mode: 'half-up', reason: 'benefits are paid in cents' });
	});
	it('0.005 rounds up, 0.0049 down (no binary float drift)', () => {
		expect(roundMoney('1.005').value.toFixed(2)).toBe('1.01');
		expect(roundMoney('1.0049').value.toFixed(2)).toBe('1.00');
		// the float 1.005 is 1.00499999… — decimal.js keeps the decimal value
		expect(new Dec('0.1').plus('0.2').toString()).toBe('0.3');
	});
	it('rounds to 4 places for hourly rates', () => {
		expect(roundTo('3.369565217', 4, 'MK 656').value.toFixed(4)).toBe('3.3696');
		expect(roundTo('2.99999', 2, 'x', 'down').value.toFixed(2)).toBe('2.99');
	});
});

describe('dates are ISO strings and never move with the time zone', () => {
	it(`round-trips every day of 2024 (TZ=${process.env.TZ ?? 'unset'})`, () => {
		let d = '2024-01-01';
		let n = 0;
		while (d < '2025-01-01') {
			expect(toIso(toDate(d))).toBe(d);
			d = toIso(new Date(toDate(d).getTime() + 24 * 3600 * 1000));
			n++;
		}
		expect(n).toBe(366);
	});
	it('adds years and months, clamping to the end of a shorter month', () => {
		expect(addYearsMonths('1955-05-15', 63, 3)).toBe('2018-08-15');
		expect(addYearsMonths('1959-05-31', 57, 9)).toBe('2017-02-28');
		expect(addYearsMonths('1960-02-29', 65, 0)).toBe('2025-02-28');
	});
	it('age on a date counts completed months', () => {
		expect(ageOn('1955-05-15', '2018-08-15')).toEqual({ years: 63, months: 3 });
		expect(ageOn('1955-05-15', '2018-08-14')).toEqual({ years: 63, months: 2 });
		expect(ageOn('1959-05-31', '2017-02-28')).toEqual({ years: 57, months: 9 });
	});
	it('the day before crosses months, years and leap days', () => {
		expect(dayBefore('2017-01-01')).toBe('2016-12-31');
		expect(dayBefore('2024-03-01')).toBe('2024-02-29');
		expect(dayBefore('2023-03-01')).toBe('2023-02-28');
		expect(dayBefore('2025-07-15')).toBe('2025-07-14');
	});
	it('validates real calendar dates', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2023-02-29')).toBe(false);
		expect(isIsoDate('2023-13-01')).toBe(false);
		expect(isIsoDate('15.03.1962')).toBe(false);
	});
	it('weekday of known dates (2026-11-22 is a Sunday)', () => {
		expect(weekday('2026-11-22')).toBe(0);
		expect(weekday('2016-02-29')).toBe(1);
	});
});
