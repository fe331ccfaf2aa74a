/**
 * The calendar and minimum-wage tables: schema (the shared validator) and the invariants the
 * calendar relies on — one transfer row per year, transfers inside their month (Labour Law s.133(4)),
 * one-off and festival dates inside their rows, wages changing on the 1st of a month.
 */
import { describe, expect, it } from 'vitest';
import { validateTable } from '$lib/engine/validate-tables';
import { weekday } from '$lib/engine/dates';
import { rowsInForce, type Table } from '$lib/engine/tables';
import { spanOf } from '$lib/engine/coverage';
import {
	calendar,
	coverage,
	coverageMonths,
	minimumRateSpans,
	minimumRateTables,
	minimumWage,
	oneOffHolidays,
	publicHolidays,
	rateRules,
	SCHEDULES,
	sixDayWorkingTime,
	songFestival,
	transfers,
	workingTime
} from './index';

const FILES = [
	'data/labour/minimum-monthly-wage.json',
	'data/labour/minimum-hourly-rate-rules.json',
	'data/labour/normal-working-time.json',
	'data/labour/six-day-week-working-time.json',
	'data/labour/pre-holiday-shortening.json',
	'data/calendar/public-holidays.json',
	'data/calendar/song-festival-closing-days.json',
	'data/calendar/one-off-holidays.json',
	'data/calendar/transferred-working-days.json'
];

describe('schema', () => {
	it.each(FILES)('%s is valid', (f) => expect(validateTable('data', f)).toEqual([]));
	it('every table is listed by the calculators', () => {
		expect(minimumRateTables.map((t) => `data/${t.id}.json`).sort()).toEqual([...FILES].sort());
	});
	it('the fields read the spans of the same tables (first date and end, without the rows)', () => {
		const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
		expect([...minimumRateSpans].sort(byId)).toEqual(minimumRateTables.map(spanOf).sort(byId));
	});
});

/** The end of a row's period: the day before the next row, or coveredUntil. */
function periods<V>(t: Table<V>) {
	const rows = rowsInForce(t);
	expect(rows.length).toBeGreaterThan(0);
	return rows.map((r) => ({ ...r, until: r.validUntil ?? '9999-12-31' }));
}

describe('coverage', () => {
	it('the minimum-rate calculators answer 2016-01-01 … 2027-12-31', () => {
		expect(coverage).toEqual({ from: '2016-01-01', to: '2027-12-31' });
		expect(coverageMonths).toEqual({ min: '2016-01', max: '2027-12' });
	});
	it('every calendar table is known to 2027-12-31: the year-based ones and the laws, whose 2027 calendar was researched', () => {
		for (const t of [transfers, songFestival, oneOffHolidays, minimumWage, publicHolidays, workingTime, sixDayWorkingTime, rateRules])
			expect(t.coveredUntil, t.id).toBe('2027-12-31');
	});
});

describe('minimum monthly wage', () => {
	const rows = periods(minimumWage);
	it('changes only on 1 January (the rate is computed per month)', () => {
		expect(rows.map((r) => r.validFrom.slice(4))).toEqual(Array(rows.length).fill('-01-01'));
	});
	it('the amounts of facts.md §1.1, 2016–2027', () => {
		expect(rows.map((r) => [r.validFrom.slice(0, 4), r.value])).toEqual([
			['2016', '370'],
			['2017', '380'],
			['2018', '430'],
			['2021', '500'],
			['2023', '620'],
			['2024', '700'],
			['2025', '740'],
			['2026', '780'],
			['2027', '820']
		]);
	});
	it('only 2027 is planned; everything before is confirmed, officially or (2021, 2025, 2026: the Welfare Ministry as quoted by the press) by secondary sources only', () => {
		expect(rows.filter((r) => r.status !== 'confirmed' && r.status !== 'secondary').map((r) => [r.validFrom, r.status])).toEqual([
			['2027-01-01', 'planned']
		]);
		expect(rows.filter((r) => r.status === 'secondary').map((r) => r.validFrom)).toEqual(['2021-01-01', '2025-01-01', '2026-01-01']);
	});
});

describe('transferred working days', () => {
	const rows = periods(transfers);
	it('one row per year 2016–2027, each starting on 1 January', () => {
		expect(rows.map((r) => r.validFrom)).toEqual(Array.from({ length: 12 }, (_, i) => `${2016 + i}-01-01`));
	});
	it('the transfers of calendar.md §4', () => {
		const all = rows.flatMap((r) => r.value.transfers.map((t) => `${t.dayOff}→${t.workingDay}`));
		expect(all).toEqual([
			'2017-05-05→2017-05-13',
			'2018-04-30→2018-04-21',
			'2020-06-22→2020-06-13',
			'2021-05-03→2021-05-08',
			'2021-06-25→2021-06-19',
			'2021-11-19→2021-11-13',
			'2023-05-05→2023-05-20',
			'2024-12-23→2024-12-14',
			'2024-12-30→2024-12-28',
			'2025-05-02→2025-05-10',
			'2025-11-17→2025-11-08',
			'2026-01-02→2026-01-17',
			'2026-06-22→2026-06-27'
		]);
	});
	it('each moves a Mon–Fri working day between a holiday and the weekend to a Saturday of the same month', () => {
		for (const r of rows) {
			for (const t of r.value.transfers) {
				expect(t.dayOff.slice(0, 7), t.dayOff).toBe(t.workingDay.slice(0, 7));
				expect(t.dayOff.slice(0, 4)).toBe(r.validFrom.slice(0, 4));
				expect(weekday(t.workingDay)).toBe(6);
				expect([1, 5]).toContain(weekday(t.dayOff));
				expect(calendar.isHoliday(t.dayOff)).toBe(false);
				expect(calendar.isHoliday(t.workingDay)).toBe(false);
				// "starp svētku dienu un nedēļas atpūtas laiku": a holiday on the other side of the day.
				const neighbour = weekday(t.dayOff) === 1 ? 1 : -1;
				const [y, m, d] = t.dayOff.split('-').map(Number);
				const other = new Date(Date.UTC(y, m - 1, d + neighbour)).toISOString().slice(0, 10);
				expect(calendar.isHoliday(other), `${t.dayOff} next to a holiday`).toBe(true);
			}
		}
	});
	it('orders with a number carry their date (2018 No. 211, 2021 No. 354, 2025 No. 332, 2026 No. 330)', () => {
		const numbered = rows.filter((r) => r.value.order?.number).map((r) => [r.value.order!.number, r.value.order!.date]);
		expect(numbered).toEqual([
			['211', '2017-04-25'],
			['354', '2020-06-30'],
			['332', '2024-04-30'],
			['330', '2025-06-12']
		]);
	});
	it('2027 has no known order and is marked unconfirmed', () => {
		const y2027 = rows.at(-1)!;
		expect(y2027.validFrom).toBe('2027-01-01');
		expect(y2027.status).toBe('unconfirmed');
		expect(y2027.value.transfers).toEqual([]);
	});
});

describe('festival and one-off holidays', () => {
	it('each festival closing day lies in its row’s period and is a Sunday', () => {
		const days = periods(songFestival).filter((r) => r.value.closingDay);
		expect(days.map((r) => r.value.closingDay)).toEqual(['2018-07-08', '2023-07-09']);
		for (const r of days) {
			expect(r.value.closingDay! >= r.validFrom && r.value.closingDay! <= r.until).toBe(true);
			expect(weekday(r.value.closingDay!)).toBe(0);
		}
	});
	it('each one-off holiday lies in its row’s period and was adopted before it', () => {
		const rows = periods(oneOffHolidays);
		const all = rows.flatMap((r) => r.value.holidays.map((h) => ({ ...h, r })));
		expect(all.map((h) => h.date)).toEqual(['2018-09-24', '2023-05-29']);
		for (const h of all) {
			expect(h.date >= h.r.validFrom && h.date <= h.r.until).toBe(true);
			expect(h.adopted < h.date).toBe(true);
		}
	});
});

describe('holiday law, working time and rate rules', () => {
	it('the law lists the 16 holidays of Article 1; 3 of them get a substitute day', () => {
		const v = publicHolidays.rows[0] as { value: { holidays: Array<{ id: string }>; substituteIfOnWeekend: string[] } };
		expect(v.value.holidays).toHaveLength(16);
		expect(v.value.substituteIfOnWeekend).toEqual(['independence-restoration', 'song-festival-closing', 'proclamation']);
		const ids = v.value.holidays.map((h) => h.id);
		for (const s of v.value.substituteIfOnWeekend) expect(ids).toContain(s);
	});
	it('the schedules are exactly 40 h (8 × 5) and 35 h (7 × 5), then 40 h (7 × 5 + 5) and 35 h (6 × 5 + 5) in six days', () => {
		const five = rowsInForce(workingTime)[0].value.schedules;
		const six = rowsInForce(sixDayWorkingTime)[0].value.schedules;
		expect(Object.keys(five).sort()).toEqual(['35', '40']);
		expect(Object.keys(six).sort()).toEqual(['35-6', '40-6']);
		expect([...Object.keys(five), ...Object.keys(six)].sort()).toEqual([...SCHEDULES].sort());
		const week = (d: (typeof five)[string]) => d.workingWeekdays.reduce((a, wd) => a + Number(d.hoursOn?.[String(wd)] ?? d.dailyHours), 0);
		expect(Object.values(five).map((d) => [d.weeklyHours, week(d), d.workingWeekdays.length])).toEqual([
			['35', 35, 5],
			['40', 40, 5]
		]);
		expect(Object.values(six).map((d) => [d.weeklyHours, week(d), d.dailyHours, d.hoursOn, d.workingWeekdays, d.transfers])).toEqual([
			['40', 40, '7', { 6: '5' }, [1, 2, 3, 4, 5, 6], false],
			['35', 35, '6', { 6: '5' }, [1, 2, 3, 4, 5, 6], false]
		]);
		// Labour Law s.133(2): in a six-day week a day is at most 7 hours.
		for (const d of Object.values(six)) expect(Number(d.dailyHours)).toBeLessThanOrEqual(7);
	});
	it('the rate has 4 decimals, rounded half-up (MK 656 / LM)', () => {
		const r = rowsInForce(rateRules)[0].value;
		expect(r).toEqual({ rateDecimals: 4, rateRounding: 'half-up', paySplitDecimals: 4, summedPeriodLongerThanMonths: 1 });
	});
});
