import { describe, expect, it } from 'vitest';
import { figure, outcomeOf, run, expectMessagesRender } from '$lib/calendar/calculator-harness';
import { calendar, minimumHourlyRate } from '$lib/calendar';
import { displayToString } from '$lib/engine/explain';
import type { Calculator } from '$lib/engine/calculator';
import calculator from './index';

/**
 * Notices other than "confirmed by secondary sources only", which the 2021, 2025 and 2026 minimum
 * wages carry (their official text was not found; the minimum-hourly-rate tests check that notice).
 */
const ownNotices = (o: { notices: Array<{ key: string }> }) =>
	o.notices.map((n) => n.key).filter((k) => k !== 'common:status.notice.secondary');

const calc = calculator as Calculator<never>;

describe('year table', () => {
	const o = outcomeOf(calc, { year: '2025', schedule: '40', followsTransfers: 'yes' });
	if (o.kind !== 'result') throw new Error('expected a result');
	const table = o.tables![0];

	it('has twelve months, ten columns and a CSV download', () => {
		expect(table.id).toBe('months');
		expect(table.csv).toBe(true);
		expect(table.rows).toHaveLength(12);
		expect(table.columns.map((c) => c.id)).toEqual([
			'month',
			'workingDays',
			'worked',
			'holiday',
			'preHoliday',
			'total',
			'wage',
			'rate',
			'payWorked',
			'payPaidAbsence'
		]);
	});
	it('each row equals the month calculator for that month', () => {
		for (const [i, row] of table.rows.entries()) {
			const month = `2025-${String(i + 1).padStart(2, '0')}`;
			const r = minimumHourlyRate(calendar, month, '40', true);
			expect(row.map(displayToString)).toEqual([
				month,
				String(r.hours.workingDays),
				r.hours.worked.toString(),
				r.hours.holiday.toString(),
				r.hours.preHoliday.toString(),
				r.hours.total.toString(),
				'740.00',
				r.rate.value.toFixed(4),
				r.payWorked.value.toFixed(4),
				r.payPaidAbsence.value.toFixed(4)
			]);
		}
		// May 2025 (calendar.md §8 #3): 20 working days (22 less 1 May and the substitute 5 May); 159 / 16 / 1 = 176, rate 4.2045
		expect(table.rows[4].map(displayToString).slice(1, 8)).toEqual(['20', '159', '16', '1', '176', '740.00', '4.2045']);
	});
	it('one step per month with its rounding, and the calendar tables cited once', () => {
		expect(o.steps.filter((s) => s.id.startsWith('month-'))).toHaveLength(12);
		expect(o.steps.find((s) => s.id === 'month-2025-05')?.rounding?.to).toBe('4.2045');
		expect(o.steps.find((s) => s.id === 'calendar')?.rules.map((r) => r.table)).toEqual([
			'calendar/public-holidays',
			'calendar/song-festival-closing-days',
			'calendar/one-off-holidays',
			'labour/pre-holiday-shortening',
			'calendar/transferred-working-days'
		]);
	});
	it('renders in both languages', () => expectMessagesRender(calc, o));
});

describe('year table: transfers, 2027 and bounds', () => {
	it('not following the 2025 order moves hours between columns, not the total', () => {
		const yes = outcomeOf(calc, { year: '2025', schedule: '40', followsTransfers: 'yes' });
		const no = outcomeOf(calc, { year: '2025', schedule: '40', followsTransfers: 'no' });
		expect(figure(yes, 'totalHours')).toBe(figure(no, 'totalHours'));
		// Shortened with the order: 17 Apr, 30 Apr, Sat 10 May (eve of Mother's Day), Sat 8 Nov (for 17 Nov), 23 Dec, 30 Dec = 6;
		// without it 10 May is not worked and 17 Nov itself is shortened = 5.
		expect([figure(yes, 'preHolidayHours'), figure(no, 'preHolidayHours')]).toEqual(['6', '5']);
		expect(Number(figure(no, 'workedHours')) - Number(figure(yes, 'workedHours'))).toBe(1);
		expect(ownNotices(no)).toContain('notices.transfersNotFollowed');
	});
	it('2027 carries the planned-wage notice', () => {
		const o = outcomeOf(calc, { year: '2027', schedule: '40', followsTransfers: 'no' });
		expect(ownNotices(o)).toEqual(['common:status.notice.planned']);
		expect(figure(o, 'lowestRate')).toBe('4.4565'); // 820 / 184
	});
	it('years outside 2016–2027 are refused', () => {
		for (const year of ['2015', '2028']) {
			const r = run(calc, { year, schedule: '40', followsTransfers: 'yes' });
			expect(r.kind === 'invalid' && r.errors.map((e) => [e.field, e.msg.key])).toEqual([['year', 'common:errors.integer.range']]);
		}
	});
});
