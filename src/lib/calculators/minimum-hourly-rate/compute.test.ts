import { describe, expect, it } from 'vitest';
import { figure, outcomeOf, run, expectMessagesRender } from '$lib/calendar/calculator-harness';
import { computeSafely } from '$lib/engine/run';
import { displayToString, type Outcome } from '$lib/engine/explain';
import type { Calculator } from '$lib/engine/calculator';
import { decodeFragment, encodeFragment } from '$lib/engine/share';
import calculator from './index';

const calc = calculator as Calculator<never>;
const rateOf = (month: string, schedule = '40') => figure(outcomeOf(calc, { month, schedule, followsTransfers: 'yes' }), 'rate');
const noticeKeys = (o: Outcome) => o.notices.map((n) => n.key);
const noticeTables = (o: Outcome) => o.notices.map((n) => (n.params?.table as { value: { en: string } } | undefined)?.value.en);

describe('minimum hourly rate: the month grid', () => {
	const o = outcomeOf(calc, { month: '2017-05', schedule: '40', followsTransfers: 'yes' });
	if (o.kind !== 'result') throw new Error('expected a result');
	const grid = o.tables!.find((t) => t.id === 'days')!;
	const row = (d: number) => grid.rows[d - 1].map(displayToString);

	it('has one row per day with date, weekday, kind, note and the three kinds of hours', () => {
		expect(grid.rows).toHaveLength(31);
		expect(grid.columns.map((c) => c.id)).toEqual(['date', 'weekday', 'kind', 'note', 'worked', 'holiday', 'preHoliday']);
		expect(grid.csv).toBe(true);
		expect(row(1)).toEqual(['2017-05-01', 'cal.weekdays.1', 'cal.kinds.holiday', 'cal.notes.holiday', '0', '8', '0']);
		expect(row(3)).toEqual(['2017-05-03', 'cal.weekdays.3', 'cal.kinds.pre-holiday', 'cal.notes.preHoliday', '7', '0', '1']);
		expect(row(5)).toEqual(['2017-05-05', 'cal.weekdays.5', 'cal.kinds.transferred-off', 'cal.notes.transferredOff', '0', '0', '0']);
		expect(row(13)).toEqual([
			'2017-05-13',
			'cal.weekdays.6',
			'cal.kinds.transferred-working-pre-holiday',
			'cal.notes.transferredWorkingEve',
			'7',
			'0',
			'1'
		]);
		expect(row(14)).toEqual(['2017-05-14', 'cal.weekdays.0', 'cal.kinds.weekend-holiday', 'cal.notes.weekendHoliday', '0', '0', '0']);
		expect(row(15)).toEqual(['2017-05-15', 'cal.weekdays.1', 'cal.kinds.working', 'cal.notes.none', '8', '0', '0']);
	});
	it('the grid’s columns add up to the figures', () => {
		const col = (i: number) => grid.rows.reduce((a, r) => a + Number(displayToString(r[i])), 0);
		expect([col(4), col(5), col(6)]).toEqual([166, 16, 2]);
	});
	it('the grid renders in both languages', () => expectMessagesRender(calc, o));
});

describe('minimum hourly rate: the explanation names each special day and its rule', () => {
	const o = outcomeOf(calc, { month: '2018-04', schedule: '40', followsTransfers: 'yes' });
	const step = (id: string) => o.steps.find((s) => s.id === id);
	it('Easter Monday, the transferred day off and the shortened transferred Saturday each have a step citing their table', () => {
		expect(step('day-2018-04-02')?.title.key).toBe('cal.steps.day.holiday');
		expect(step('day-2018-04-02')?.rules.map((r) => r.table)).toContain('calendar/public-holidays');
		expect(step('day-2018-04-30')?.title.key).toBe('cal.steps.day.transferredOff');
		expect(step('day-2018-04-30')?.detail?.key).toBe('cal.steps.day.orderNumbered');
		expect(step('day-2018-04-21')?.detail?.key).toBe('cal.steps.day.transferredPreHolidayDetail');
		expect(step('day-2018-04-21')?.rules.map((r) => r.table)).toEqual(
			expect.arrayContaining(['calendar/transferred-working-days', 'labour/pre-holiday-shortening', 'calendar/public-holidays'])
		);
		expect(step('day-2018-04-01')?.title.key).toBe('cal.steps.day.weekendHoliday');
		expect(step('day-2018-04-03')).toBeUndefined();
	});
	it('the rate step carries the rounding to 4 decimals and cites the wage and MK 656 rows', () => {
		const r = step('rate')!;
		expect(r.rounding).toEqual(expect.objectContaining({ to: '2.5595', places: 4, mode: 'half-up' }));
		expect(r.rules.map((x) => x.table)).toEqual(['labour/minimum-monthly-wage', 'labour/minimum-hourly-rate-rules']);
		expect(r.rules[0].validFrom).toBe('2018-01-01');
	});
	it('the steps end with the total, the rate and the pay split', () => {
		expect(o.steps.slice(-5).map((s) => s.id)).toEqual(['worked-hours', 'total-hours', 'rate', 'pay-worked', 'pay-paid-absence']);
	});
	it('without the order, the steps say the transfer is not followed', () => {
		const n = outcomeOf(calc, { month: '2018-04', schedule: '40', followsTransfers: 'no' });
		expect(n.steps.find((s) => s.id === 'day-2018-04-21')?.title.key).toBe('cal.steps.day.transferNotFollowedSaturday');
		expect(n.steps.find((s) => s.id === 'day-2018-04-30')?.title.key).toBe('cal.steps.day.preHoliday');
		expect(noticeKeys(n)).toContain('notices.transfersNotFollowed');
		expectMessagesRender(calc, n);
	});
});

describe('minimum hourly rate: boundaries of the wage table', () => {
	it('December 2016 uses 370, January 2017 uses 380', () => {
		expect(rateOf('2016-12')).toBe('2.1023'); // 370 / 176
		expect(rateOf('2017-01')).toBe('2.1591'); // 380 / 176
	});
	it('December 2025 uses 740, January 2026 uses 780', () => {
		expect(rateOf('2025-12')).toBe('4.0217'); // 740 / 184 (23 weekdays)
		expect(rateOf('2026-01')).toBe('4.4318'); // 780 / 176
	});
	it('December 2026 says its 780 is confirmed by secondary sources only; January 2027 uses the planned 820 and says so', () => {
		const dec = outcomeOf(calc, { month: '2026-12', schedule: '40', followsTransfers: 'no' });
		expect(figure(dec, 'rate')).toBe('4.2391'); // 780 / 184
		expect(noticeKeys(dec)).toEqual(['common:status.notice.secondary']);
		expect(noticeTables(dec)).toEqual(['Minimum monthly wage']);
		const jan = outcomeOf(calc, { month: '2027-01', schedule: '40', followsTransfers: 'no' });
		expect(figure(jan, 'rate')).toBe('4.8810'); // 820 / 168
		expect(noticeKeys(jan)).toEqual(['common:status.notice.planned']);
		expect(noticeTables(jan)).toEqual(['Minimum monthly wage']);
		expectMessagesRender(calc, jan);
	});
	it('following the (unknown) 2027 transfer order adds the unconfirmed notice for the transfer table', () => {
		const jan = outcomeOf(calc, { month: '2027-01', schedule: '40', followsTransfers: 'yes' });
		expect(noticeKeys(jan)).toEqual(['common:status.notice.planned', 'common:status.notice.unconfirmed']);
		expect(noticeTables(jan)).toEqual(['Minimum monthly wage', 'Transferred working days']);
	});
	it('the 35-hour week gets its own rate and the notice that its split is derived', () => {
		const o = outcomeOf(calc, { month: '2024-05', schedule: '35', followsTransfers: 'yes' });
		expect(figure(o, 'totalHours')).toBe('161');
		expect(figure(o, 'rate')).toBe('4.3478'); // 700 / 161
		expect(noticeKeys(o)).toContain('notices.derived35');
	});
});

describe('minimum hourly rate: inputs outside the rules', () => {
	it('a month before 2016 or after 2027 is refused with the covered range', () => {
		const before = run(calc, { month: '2015-12', schedule: '40', followsTransfers: 'yes' });
		expect(before.kind === 'invalid' && before.errors.map((e) => [e.field, e.msg.key])).toEqual([['month', 'common:errors.month.min']]);
		const after = run(calc, { month: '2028-01', schedule: '40', followsTransfers: 'yes' });
		expect(after.kind === 'invalid' && after.errors.map((e) => [e.field, e.msg.key])).toEqual([['month', 'common:errors.month.max']]);
		expect(run(calc, { month: '01.2016', schedule: '40', followsTransfers: 'yes' }).kind).toBe('outcome');
		expect(run(calc, { month: '12.2027', schedule: '40', followsTransfers: 'yes' }).kind).toBe('outcome');
	});
	it('compute itself answers "cannot answer" for an uncovered month (e.g. from the batch command)', () => {
		const o = computeSafely(calculator, { month: '2015-12', schedule: '40', followsTransfers: true }, '2026-11-22');
		expect(o.kind).toBe('cannot-answer');
		expect(o.kind === 'cannot-answer' && o.reason.key).toBe('common:coverage.before');
		// The data reaches 2027-12-31; the rollover bridges only the year after the data (2028 is not carried).
		expect(calculator.asOfRange.to).toBe('2027-12-31');
		const late = computeSafely(calculator, { month: '2029-02', schedule: '40', followsTransfers: false }, '2026-11-22');
		expect(late.kind === 'cannot-answer' && late.reason.key).toBe('common:coverage.after');
		const next = computeSafely(calculator, { month: '2028-02', schedule: '40', followsTransfers: false }, '2026-11-22');
		expect(next.kind).toBe('result');
		expect(next.rollover?.[0]).toMatchObject({ key: 'common:rollover.year', params: { year: '2028' } });
	});
	it('a schedule that does not exist and nonsense months are field errors', () => {
		const r = run(calc, { month: '2024-13', schedule: '36', followsTransfers: 'maybe' });
		expect(r.kind === 'invalid' && r.errors.map((e) => e.field).sort()).toEqual(['followsTransfers', 'month', 'schedule']);
	});
	it('the transfer question defaults to yes, as the Welfare Ministry tables assume', () => {
		const o = outcomeOf(calc, { month: '2025-05', schedule: '40' });
		expect(figure(o, 'workedHours')).toBe('159');
	});
});

describe('six-day weeks', () => {
	const o = outcomeOf(calc, { month: '2023-11', schedule: '40-6' });
	if (o.kind !== 'result') throw new Error('expected a result');
	const cal = o.calendars![0];
	const cell = (date: string) => cal.days.find((d) => d.date === date)!;

	it('the grid shows Saturday as a working day with its 5 hours, and Sunday as the rest day', () => {
		expect([cell('2023-11-04').kind, displayToString(cell('2023-11-04').hours!)]).toEqual(['working', '5']);
		expect([cell('2023-11-06').kind, displayToString(cell('2023-11-06').hours!)]).toEqual(['working', '7']);
		expect([cell('2023-11-05').kind, cell('2023-11-05').label.key]).toEqual(['weekend', 'cal.kindsSixDay.weekend']);
		expect([cell('2023-11-18').kind, displayToString(cell('2023-11-18').hours!)]).toEqual(['holiday', '5']);
		expect([cell('2023-11-17').kind, displayToString(cell('2023-11-17').hours!)]).toEqual(['pre-holiday', '7']);
		expect(cal.legend.find((l) => l.kind === 'weekend')?.description.key).toBe('cal.legendSixDay.weekend');
	});
	it('the steps name the six-day schedule and the Saturdays; the split is marked as derived', () => {
		expect(o.steps.find((s) => s.id === 'schedule')?.title.key).toBe('cal.steps.scheduleSixDay');
		expect(o.steps.find((s) => s.id === 'saturdays')?.value).toEqual({ type: 'number', value: '4', unit: 'days' });
		expect(o.steps.find((s) => s.id === 'total-hours')?.detail?.key).toBe('cal.steps.totalHoursDetailSixDay');
		expect(noticeKeys(o)).toContain('notices.derivedSixDay');
		expect(noticeKeys(o)).toContain('common:status.notice.derived');
		expectMessagesRender(calc, o);
	});
	it('five-day results carry neither the six-day notice nor the six-day steps', () => {
		const five = outcomeOf(calc, { month: '2023-11', schedule: '40', followsTransfers: 'yes' });
		expect(noticeKeys(five)).not.toContain('notices.derivedSixDay');
		expect(five.steps.find((s) => s.id === 'saturdays')).toBeUndefined();
	});
	it('the transfer question is not asked for a six-day week; any answer is ignored', () => {
		expect(rateOf('2024-12', '40-6')).toBe('4.0230');
		const no = outcomeOf(calc, { month: '2024-12', schedule: '40-6', followsTransfers: 'no' });
		expect([figure(no, 'rate'), figure(no, 'workedHours')]).toEqual(['4.0230', '144']);
		expect(run(calc, { month: '2024-12', schedule: '35-6', followsTransfers: 'maybe' }).kind).toBe('outcome');
	});
	it('a six-day month outside the data cannot be answered', () => {
		expect(run(calc, { month: '2028-01', schedule: '40-6' }).kind).toBe('invalid');
	});
});

describe('share links: old five-day links unchanged, new six-day ids', () => {
	it('s=40 and s=35 still mean the five-day weeks, with the same results as before', () => {
		const old40 = decodeFragment(calc, '#v=1&m=2017-11&s=40&t=yes&d=2026-11-22');
		expect([old40.raw, old40.problems]).toEqual([{ month: '2017-11', schedule: '40', followsTransfers: 'yes' }, []]);
		expect(figure(outcomeOf(calc, old40.raw), 'rate')).toBe('2.1591');
		const old35 = decodeFragment(calc, '#v=1&m=2023-05&s=35&t=yes&d=2026-11-22');
		expect(figure(outcomeOf(calc, old35.raw), 'rate')).toBe('3.8509');
	});
	it('the six-day weeks are s=40-6 and s=35-6, and round-trip', () => {
		const f = encodeFragment(calc, { month: '11.2023', schedule: '40-6' }, '22.11.2026');
		expect(f).toBe('v=1&m=2023-11&s=40-6&d=2026-11-22');
		const d = decodeFragment(calc, `#${f}`);
		expect([d.raw, d.problems]).toEqual([{ month: '2023-11', schedule: '40-6' }, []]);
		expect(figure(outcomeOf(calc, d.raw), 'rate')).toBe('3.5632');
		const d35 = decodeFragment(calc, '#v=1&m=2017-06&s=35-6&d=2026-11-22');
		expect(figure(outcomeOf(calc, d35.raw), 'rate')).toBe('2.5000');
	});
	it('a mistyped six-day id is a field error, not a guess', () => {
		const r = run(calc, { month: '2023-11', schedule: '40-7' });
		expect(r.kind === 'invalid' && r.errors.map((e) => e.field)).toEqual(['schedule']);
	});
});
