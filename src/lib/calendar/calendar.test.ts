/**
 * The working-time calendar rules at each boundary (../shared/rules/calendar.md §1–4, §10).
 */
import { describe, expect, it } from 'vitest';
import { NotCoveredError, type Table } from '$lib/engine/tables';
import {
	calendar,
	calendarTables,
	createCalendar,
	easterSunday,
	SCHEDULES,
	UnknownScheduleError,
	type CalendarTables,
	type DayInfo
} from './index';

const day = (date: string, follows = true, schedule = '40'): DayInfo => calendar.classifyDay(date, schedule, follows);
const kind = (date: string, follows = true) => day(date, follows).kind;
const hours = (d: DayInfo) => [d.hours.worked.toString(), d.hours.holiday.toString(), d.hours.preHoliday.toString()];

describe('Easter by the Gregorian computus', () => {
	// calendar.md §3: "Easter Sundays used"
	const expected: Record<number, string> = {
		2016: '2016-03-27',
		2017: '2017-04-16',
		2018: '2018-04-01',
		2019: '2019-04-21',
		2020: '2020-04-12',
		2021: '2021-04-04',
		2022: '2022-04-17',
		2023: '2023-04-09',
		2024: '2024-03-31',
		2025: '2025-04-20',
		2026: '2026-04-05',
		2027: '2027-03-28'
	};
	it.each(Object.entries(expected))('%s → %s', (y, d) => expect(easterSunday(Number(y))).toBe(d));
	it('also in years with the algorithm’s edge cases (latest and earliest Easter)', () => {
		expect(easterSunday(2038)).toBe('2038-04-25');
		expect(easterSunday(2285)).toBe('2285-03-22');
		expect(easterSunday(1981)).toBe('1981-04-19');
	});
});

describe('moveable holidays from the table rules', () => {
	it('Good Friday, Easter Monday and Pentecost follow Easter (2024: 29 Mar, 1 Apr, 19 May)', () => {
		expect(calendar.holidaysOn('2024-03-29').map((h) => h.id)).toEqual(['good-friday']);
		expect(calendar.holidaysOn('2024-03-31').map((h) => h.id)).toEqual(['easter-sunday']);
		expect(calendar.holidaysOn('2024-04-01').map((h) => h.id)).toEqual(['easter-monday']);
		expect(calendar.holidaysOn('2024-05-19').map((h) => h.id)).toEqual(['pentecost']);
		expect(calendar.holidaysOn('2024-05-20')).toEqual([]);
	});
	it('Mother’s Day is the second Sunday of May, also when May begins on a Sunday (2016: 8 May; 2022: 8 May; 2027: 9 May)', () => {
		expect(calendar.holidaysOn('2016-05-08').map((h) => h.id)).toEqual(['mothers-day']);
		expect(calendar.holidaysOn('2022-05-08').map((h) => h.id)).toEqual(['mothers-day']);
		expect(calendar.holidaysOn('2022-05-01').map((h) => h.id)).toEqual(['labour-day']);
		expect(calendar.holidaysOn('2027-05-09').map((h) => h.id)).toEqual(['mothers-day']);
		expect(calendar.holidaysOn('2027-05-02')).toEqual([]);
	});
	it('the festival closing day is a holiday only in a festival year (8 Jul 2018, 9 Jul 2023; not 9 Jul 2024)', () => {
		expect(calendar.holidaysOn('2018-07-08').map((h) => h.id)).toEqual(['song-festival-closing']);
		expect(calendar.holidaysOn('2023-07-09').map((h) => h.id)).toEqual(['song-festival-closing']);
		expect(calendar.holidaysOn('2024-07-07')).toEqual([]);
		expect(calendar.holidaysOn('2023-07-09')[0].rows.map((r) => r.table)).toEqual([
			'calendar/public-holidays',
			'calendar/song-festival-closing-days'
		]);
	});
});

describe('coverage of the holiday law table', () => {
	it('the day before the 02.10.2014 text is not covered; the day it took effect is', () => {
		expect(() => calendar.holidaysOn('2014-10-21')).toThrow(NotCoveredError);
		expect(calendar.holidaysOn('2014-10-22')).toEqual([]);
		expect(calendar.holidaysOn('2014-11-18').map((h) => h.id)).toEqual(['proclamation']);
	});
	it('one-off holidays and festival days are known up to 2027-12-31, not after', () => {
		expect(calendar.holidaysOn('2027-12-31').map((h) => h.id)).toEqual(['new-years-eve']);
		expect(() => calendar.holidaysOn('2028-01-01')).toThrow(NotCoveredError);
	});
});

describe('kinds of day', () => {
	it('a holiday on a Saturday gives no hours, and the Friday before is shortened (18 Nov 2017)', () => {
		expect(kind('2017-11-18')).toBe('weekend-holiday');
		expect(hours(day('2017-11-18'))).toEqual(['0', '0', '0']);
		const fri = day('2017-11-17');
		expect(fri.kind).toBe('working');
		expect(fri.preHoliday?.reason).toBe('next-day');
		expect(fri.preHoliday?.holiday.id).toBe('proclamation');
		expect(hours(fri)).toEqual(['7', '0', '1']);
		expect(kind('2017-11-16')).toBe('working');
		expect(day('2017-11-16').preHoliday).toBeUndefined();
	});
	it('a substitute Monday follows 18 Nov on a Saturday (20 Nov 2017) or Sunday (19 Nov 2018), with holiday hours', () => {
		const mon = day('2017-11-20');
		expect(mon.kind).toBe('substitute');
		expect(mon.substituteFor?.date).toBe('2017-11-18');
		expect(hours(mon)).toEqual(['0', '8', '0']);
		expect(kind('2017-11-21')).toBe('working');
		expect(kind('2018-11-19')).toBe('substitute');
		expect(kind('2018-11-20')).toBe('working');
		// Friday before a Sunday holiday is not "immediately before" it.
		expect(day('2018-11-16').preHoliday).toBeUndefined();
	});
	it('4 May on a Saturday: Friday 3 May shortened, Monday 6 May a day off (2019 and 2024)', () => {
		for (const y of ['2019', '2024']) {
			expect(day(`${y}-05-03`).preHoliday?.holiday.id).toBe('independence-restoration');
			expect(kind(`${y}-05-06`)).toBe('substitute');
			expect(kind(`${y}-05-07`)).toBe('working');
		}
	});
	it('1 May, 23–24 Jun and Christmas on a weekend get no substitute day (1 May 2021, 24 Jun 2017, 26 Dec 2020)', () => {
		expect(kind('2021-05-01')).toBe('weekend-holiday');
		expect(kind('2021-05-03')).toBe('transferred-off'); // by the Cabinet order, not as a substitute
		expect(kind('2021-05-03', false)).toBe('working');
		expect(kind('2017-06-26')).toBe('working');
		expect(kind('2020-12-28')).toBe('working');
	});
	it('the festival closing day on a Sunday makes the Monday a day off (9 Jul 2018, 10 Jul 2023)', () => {
		expect(day('2018-07-09').substituteFor?.id).toBe('song-festival-closing');
		expect(day('2023-07-10').substituteFor?.id).toBe('song-festival-closing');
		expect(kind('2023-07-11')).toBe('working');
		// No festival in 2024: the Monday after the first weekend of July is an ordinary day.
		expect(kind('2024-07-08')).toBe('working');
	});
	it('a Sunday holiday shortens nothing: Fri 22 Dec 2017 (24 Dec on Sunday) and Fri 21 Jun 2024 (23 Jun on Sunday) are full days', () => {
		expect(hours(day('2017-12-22'))).toEqual(['8', '0', '0']);
		expect(hours(day('2024-06-21'))).toEqual(['8', '0', '0']);
		expect(kind('2024-06-24')).toBe('holiday');
	});
	it('consecutive holidays shorten only the working day before the first (22 Jun 2016; 23 Dec 2019)', () => {
		expect(day('2016-06-22').preHoliday?.holiday.id).toBe('ligo');
		expect(kind('2016-06-23')).toBe('holiday');
		expect(day('2016-06-23').preHoliday).toBeUndefined();
		expect(kind('2016-06-24')).toBe('holiday');
		expect(day('2019-12-23').preHoliday?.holiday.id).toBe('christmas-eve');
		expect(['2019-12-24', '2019-12-25', '2019-12-26'].map((d) => kind(d))).toEqual(['holiday', 'holiday', 'holiday']);
		expect(hours(day('2019-12-27'))).toEqual(['8', '0', '0']);
		// 2019 had no transfer order: 30 Dec stays a working day, shortened before 31 Dec.
		expect(day('2019-12-30').preHoliday?.holiday.id).toBe('new-years-eve');
	});
	it('one-off holidays: Mon 24 Sep 2018 and Mon 29 May 2023 are holidays, the days around them are not', () => {
		expect(kind('2018-09-24')).toBe('holiday');
		expect(day('2018-09-24').holidays[0].id).toBe('one-off');
		expect(day('2018-09-24').rows.map((r) => r.table)).toContain('calendar/one-off-holidays');
		expect(kind('2018-09-25')).toBe('working');
		expect(day('2018-09-21').preHoliday).toBeUndefined();
		expect(kind('2019-09-24')).toBe('working');
		expect(kind('2023-05-29')).toBe('holiday');
		expect(kind('2023-05-28')).toBe('weekend-holiday'); // Pentecost
		expect(kind('2024-05-29')).toBe('working');
	});
	it('a transferred Saturday that replaces a pre-holiday weekday is itself a pre-holiday day (21 Apr 2018 for 30 Apr)', () => {
		const sat = day('2018-04-21');
		expect(sat.kind).toBe('transferred-working');
		expect(sat.preHoliday).toEqual(expect.objectContaining({ reason: 'transferred', origin: '2018-04-30' }));
		expect(sat.preHoliday?.holiday.id).toBe('labour-day');
		expect(hours(sat)).toEqual(['7', '0', '1']);
		expect(kind('2018-04-30')).toBe('transferred-off');
		expect(hours(day('2018-04-30'))).toEqual(['0', '0', '0']);
		expect(day('2018-04-30').transfer?.order?.number).toBe('211');
	});
	it('a transferred Saturday before a Sunday holiday is a pre-holiday day (13 May 2017, eve of Mother’s Day)', () => {
		const sat = day('2017-05-13');
		expect(sat.kind).toBe('transferred-working');
		expect(sat.preHoliday?.reason).toBe('next-day');
		expect(sat.preHoliday?.holiday.id).toBe('mothers-day');
	});
	it('a transferred Saturday that is not before a holiday is a full working day (20 May 2023, 17 Jan 2026)', () => {
		expect(hours(day('2023-05-20'))).toEqual(['8', '0', '0']);
		expect(kind('2026-01-17')).toBe('transferred-working');
		expect(hours(day('2026-01-17'))).toEqual(['8', '0', '0']);
	});
	it('without the transfer order the weekday stays a working day and the Saturday a day off', () => {
		expect(kind('2018-04-30', false)).toBe('working');
		expect(day('2018-04-30', false).preHoliday?.holiday.id).toBe('labour-day');
		expect(day('2018-04-30', false).transfer?.applied).toBe(false);
		expect(kind('2018-04-21', false)).toBe('weekend');
		expect(kind('2017-05-13', false)).toBe('weekend');
	});
	it('the 35-hour week shortens by the same hour: 7 → 6', () => {
		expect(hours(day('2017-11-17', true, '35'))).toEqual(['6', '0', '1']);
		expect(hours(day('2017-11-20', true, '35'))).toEqual(['0', '7', '0']);
	});
	it('an unknown schedule is an error, not a guess', () => {
		expect(() => calendar.classifyDay('2024-05-02', '36', true)).toThrow(UnknownScheduleError);
		expect(() => calendar.monthHours('2024-05', '48', true)).toThrow(UnknownScheduleError);
	});
});

/** A copy of the real tables with one table's first row replaced (rules that no year has shown yet). */
function withRow<K extends keyof CalendarTables>(key: K, value: unknown, validFrom?: string): CalendarTables {
	const t = calendarTables[key] as Table<unknown>;
	const rows = t.rows.map((r, i) => (i === 0 ? { ...r, value, validFrom: validFrom ?? r.validFrom } : r));
	return { ...calendarTables, [key]: { ...t, rows } };
}

describe('the substitute rule in general (synthetic tables)', () => {
	it('the substitute skips a holiday on the Monday: the next working day that is not itself a holiday', () => {
		// 18 Nov 2017 was a Saturday; a one-off holiday on Monday 20 Nov would push the day off to Tuesday.
		const cal = createCalendar(
			withRow('oneOffHolidays', { holidays: [{ date: '2017-11-20', name: { lv: 'x', en: 'x' }, adopted: '2017-01-01' }] })
		);
		expect(cal.classifyDay('2017-11-20', '40', true).kind).toBe('holiday');
		expect(cal.classifyDay('2017-11-21', '40', true).kind).toBe('substitute');
		expect(cal.classifyDay('2017-11-21', '40', true).substituteFor?.date).toBe('2017-11-18');
		expect(cal.classifyDay('2017-11-22', '40', true).kind).toBe('working');
		// The Friday before the Saturday holiday is still the pre-holiday day.
		expect(cal.classifyDay('2017-11-17', '40', true).preHoliday?.holiday.id).toBe('proclamation');
	});
	it('two substitute holidays on one weekend give two days off, Monday and Tuesday', () => {
		// Make 19 Nov a holiday with the substitute rule too (as a fixed date) in the 2014 law row.
		const law = calendarTables.publicHolidays.rows[0] as { value: { holidays: unknown[]; substituteIfOnWeekend: string[] } };
		const cal = createCalendar(
			withRow('publicHolidays', {
				holidays: [...law.value.holidays, { id: 'test-19-nov', name: { lv: 'x', en: 'x' }, rule: { type: 'fixed', month: 11, day: 19 } }],
				substituteIfOnWeekend: [...law.value.substituteIfOnWeekend, 'test-19-nov']
			})
		);
		// 2017: 18 Nov Saturday, 19 Nov Sunday.
		expect(cal.classifyDay('2017-11-20', '40', true).substituteFor?.id).toBe('proclamation');
		expect(cal.classifyDay('2017-11-21', '40', true).substituteFor?.id).toBe('test-19-nov');
		expect(cal.classifyDay('2017-11-22', '40', true).kind).toBe('working');
	});
	it('a holiday added by a later row counts only from that row (amendment boundary)', () => {
		const law = calendarTables.publicHolidays;
		const first = law.rows[0] as { value: { holidays: unknown[]; substituteIfOnWeekend: string[] }; sources: unknown[] };
		const amended = {
			...law,
			rows: [
				first,
				{
					...first,
					validFrom: '2019-11-11',
					value: {
						...first.value,
						holidays: [
							...first.value.holidays,
							{ id: 'lacplesis', name: { lv: 'x', en: 'x' }, rule: { type: 'fixed', month: 11, day: 11 } }
						]
					}
				}
			]
		};
		const cal = createCalendar({ ...calendarTables, publicHolidays: amended as CalendarTables['publicHolidays'] });
		expect(cal.classifyDay('2018-11-12', '40', true).kind).toBe('working'); // 11 Nov 2018 Sunday, before the row
		expect(cal.classifyDay('2019-11-08', '40', true).preHoliday).toBeUndefined(); // 11 Nov 2019 is Monday, the Friday is not before it
		expect(cal.classifyDay('2019-11-10', '40', true).kind).toBe('weekend');
		expect(cal.classifyDay('2019-11-11', '40', true).kind).toBe('holiday'); // the row's first day
		expect(cal.classifyDay('2019-11-11', '40', true).holidays[0].rows[0].validFrom).toBe('2019-11-11');
		expect(cal.classifyDay('2020-11-10', '40', true).preHoliday?.holiday.id).toBe('lacplesis');
		expect(calendar.classifyDay('2020-11-10', '40', true).preHoliday).toBeUndefined();
	});
});

describe('months', () => {
	it('the months before and after the covered period cannot be answered', () => {
		expect(() => calendar.monthHours('2015-12', '40', true)).toThrow(NotCoveredError);
		expect(calendar.monthHours('2016-01', '40', true).total.toString()).toBe('168');
		expect(calendar.monthHours('2027-12', '40', true).total.toString()).toBe('184');
		expect(() => calendar.monthHours('2028-01', '40', true)).toThrow(NotCoveredError);
		// Not following the order does not make an unknown year answerable.
		expect(() => calendar.monthHours('2028-01', '40', false)).toThrow(NotCoveredError);
	});
	it('a month lists its transfers, applied or not (December 2024: two)', () => {
		const m = calendar.monthHours('2024-12', '40', false);
		expect(m.transfers.map((t) => [t.dayOff, t.workingDay, t.applied])).toEqual([
			['2024-12-23', '2024-12-14', false],
			['2024-12-30', '2024-12-28', false]
		]);
		expect(m.days).toHaveLength(31);
		expect(m.scheduledDays).toBe(22);
		// 24, 25, 26 and 31 December are holidays on weekdays.
		expect(m.workingDays).toBe(18);
	});

	// calendar.md §1 point 5: total = daily hours × Mon–Fri days, whatever holidays and transfers do.
	const months: string[] = [];
	for (let y = 2016; y <= 2027; y++) for (let mo = 1; mo <= 12; mo++) months.push(`${y}-${String(mo).padStart(2, '0')}`);

	/** Mon–Fri days counted independently of the engine (UTC dates). */
	function monFri(month: string): number {
		const [y, m] = month.split('-').map(Number);
		let n = 0;
		for (let d = 1; d <= 31; d++) {
			const dt = new Date(Date.UTC(y, m - 1, d));
			if (dt.getUTCMonth() !== m - 1) break;
			const wd = dt.getUTCDay();
			if (wd >= 1 && wd <= 5) n++;
		}
		return n;
	}

	it('covers 144 months', () => expect(months).toHaveLength(144));

	it.each(months)('%s: total = daily hours × Mon–Fri days, for 40 h and 35 h, with and without the transfer order', (month) => {
		const n = monFri(month);
		expect(n).toBeGreaterThanOrEqual(20);
		expect(n).toBeLessThanOrEqual(23);
		for (const [schedule, daily] of [
			['40', 8],
			['35', 7]
		] as const) {
			const totals = [true, false].map((f) => {
				const h = calendar.monthHours(month, schedule, f);
				expect(h.weekdays).toBe(n);
				// Transfers stay in the month (DL s.133(4)): the number of scheduled days never changes.
				expect(h.scheduledDays).toBe(n);
				expect(h.workingDays).toBe(n - h.days.filter((d) => d.scheduled && d.hours.holiday.gt(0)).length);
				expect(h.worked.plus(h.holiday).plus(h.preHoliday).toString()).toBe(h.total.toString());
				return h.total.toString();
			});
			expect(totals).toEqual([String(daily * n), String(daily * n)]);
		}
	});
});

/**
 * Six-day weeks (Labour Law s.133(2)–(3); data/labour/six-day-week-working-time.json): Monday–Saturday,
 * 7 (or 6) hours a day and 5 on Saturday; the same holiday, substitute and pre-holiday rules; no
 * Cabinet transfers (s.133(4) concerns five-day weeks).
 */
describe('six-day weeks', () => {
	const six = (date: string, schedule = '40-6') => calendar.classifyDay(date, schedule, true);

	it('Saturday is a working day of 5 hours, Monday–Friday 7 (40 h) or 6 (35 h), Sunday the rest day', () => {
		expect([six('2024-02-10').kind, hours(six('2024-02-10'))]).toEqual(['working', ['5', '0', '0']]);
		expect(hours(six('2024-02-12'))).toEqual(['7', '0', '0']);
		expect(hours(six('2024-02-12', '35-6'))).toEqual(['6', '0', '0']);
		expect(hours(six('2024-02-10', '35-6'))).toEqual(['5', '0', '0']);
		expect([six('2024-02-11').kind, six('2024-02-11').scheduled]).toEqual(['weekend', false]);
	});

	it('a holiday on a Saturday is paid as that Saturday’s 5 holiday hours; the Friday before is shortened 7 → 6 (18 Nov 2023)', () => {
		expect([six('2023-11-18').kind, hours(six('2023-11-18'))]).toEqual(['holiday', ['0', '5', '0']]);
		expect([six('2023-11-17').kind, hours(six('2023-11-17'))]).toEqual(['working', ['6', '0', '1']]);
		expect(hours(six('2023-11-17', '35-6'))).toEqual(['5', '0', '1']);
	});

	it('18 Nov and 4 May on a Saturday still make the Monday a day off, as the law names Saturday (20 Nov 2023, 6 May 2024)', () => {
		expect([six('2023-11-20').kind, six('2023-11-20').substituteFor?.date, hours(six('2023-11-20'))]).toEqual([
			'substitute',
			'2023-11-18',
			['0', '7', '0']
		]);
		expect([six('2024-05-06').kind, six('2024-05-06').substituteFor?.date]).toEqual(['substitute', '2024-05-04']);
		// On a Sunday (4 May 2025) the Monday is a day off too, for both weeks.
		expect([six('2025-05-05').kind, kind('2025-05-05')]).toEqual(['substitute', 'substitute']);
	});

	it('the Saturday before a Sunday holiday is shortened 5 → 4 (3 Jun 2017 before Pentecost; 12 May 2024 Mother’s Day)', () => {
		expect([six('2017-06-03').kind, six('2017-06-03').preHoliday?.holiday.id, hours(six('2017-06-03'))]).toEqual([
			'working',
			'pentecost',
			['4', '0', '1']
		]);
		expect(hours(six('2024-05-11', '35-6'))).toEqual(['4', '0', '1']);
		// The five-day week has no work that Saturday, so nothing is shortened.
		expect(kind('2017-06-03')).toBe('weekend');
	});

	it('a Christmas Eve on a Sunday: the Saturday before is shortened, the Sunday adds no hours (23–24 Dec 2023)', () => {
		expect(hours(six('2023-12-23'))).toEqual(['4', '0', '1']);
		expect([six('2023-12-24').kind, hours(six('2023-12-24'))]).toEqual(['weekend-holiday', ['0', '0', '0']]);
	});

	it('Cabinet transfers do not concern six-day weeks: Mon 30 Apr 2018 is a shortened working day, Sat 21 Apr an ordinary Saturday', () => {
		const apr30 = six('2018-04-30');
		expect([apr30.kind, apr30.transfer, apr30.preHoliday?.reason, hours(apr30)]).toEqual([
			'working',
			undefined,
			'next-day',
			['6', '0', '1']
		]);
		const apr21 = six('2018-04-21');
		expect([apr21.kind, apr21.transfer, apr21.preHoliday, hours(apr21)]).toEqual(['working', undefined, undefined, ['5', '0', '0']]);
		// Whatever the (hidden) transfer answer, the month is the same and lists no transfer.
		const [a, b] = [true, false].map((f) => calendar.monthHours('2018-04', '40-6', f));
		expect([a.transfers, a.transfersApply, a.followsTransfers]).toEqual([[], false, false]);
		expect([a.worked, a.holiday, a.preHoliday].map(String)).toEqual([b.worked, b.holiday, b.preHoliday].map(String));
	});

	it('December 2024, 40 h in six days: 144 worked + 28 holiday + 2 pre-holiday = 174 = 7 × 22 + 5 × 4', () => {
		const m = calendar.monthHours('2024-12', '40-6', true);
		expect([m.worked, m.holiday, m.preHoliday, m.total].map(String)).toEqual(['144', '28', '2', '174']);
		expect([m.weekdays, m.saturdays, m.scheduledDays, m.workingDays, m.sixDay, String(m.normalHours)]).toEqual([
			22,
			4,
			26,
			22,
			true,
			'174'
		]);
		// The five-day transfers of 23 and 30 Dec to Saturdays 14 and 28 Dec do not apply: 23 and 30 Dec are the shortened days.
		expect(m.days.filter((d) => d.preHoliday).map((d) => d.date)).toEqual(['2024-12-23', '2024-12-30']);
	});
});

describe('every month 2016–2027: total = the sum of the normal daily hours over the schedule’s days, all four kinds', () => {
	const months: string[] = [];
	for (let y = 2016; y <= 2027; y++) for (let mo = 1; mo <= 12; mo++) months.push(`${y}-${String(mo).padStart(2, '0')}`);
	/** Normal hours of each weekday (0 = Sunday), written out here, independent of the engine and tables. */
	const WEEK: Record<string, number[]> = {
		'40': [0, 8, 8, 8, 8, 8, 0],
		'35': [0, 7, 7, 7, 7, 7, 0],
		'40-6': [0, 7, 7, 7, 7, 7, 5],
		'35-6': [0, 6, 6, 6, 6, 6, 5]
	};
	function normal(month: string, schedule: string): number {
		const [y, m] = month.split('-').map(Number);
		let sum = 0;
		for (let d = 1; d <= 31; d++) {
			const dt = new Date(Date.UTC(y, m - 1, d));
			if (dt.getUTCMonth() !== m - 1) break;
			sum += WEEK[schedule][dt.getUTCDay()];
		}
		return sum;
	}

	it('checks 144 months × 4 kinds', () => {
		expect(months).toHaveLength(144);
		expect(Object.keys(WEEK).sort()).toEqual([...SCHEDULES].sort());
	});

	it.each(months)('%s', (month) => {
		for (const schedule of SCHEDULES) {
			const expected = normal(month, schedule);
			expect(expected).toBeGreaterThan(100);
			for (const follows of [true, false]) {
				const h = calendar.monthHours(month, schedule, follows);
				expect(h.total.toString(), `${schedule} ${follows}`).toBe(String(expected));
				expect(h.worked.plus(h.holiday).plus(h.preHoliday).toString()).toBe(h.total.toString());
				expect(h.normalHours.toString()).toBe(String(expected));
				// The sum over the days of the month of each day's three columns is the total.
				const byDay = h.days.reduce((a, d) => a + Number(d.hours.worked.plus(d.hours.holiday).plus(d.hours.preHoliday)), 0);
				expect(byDay).toBe(expected);
			}
		}
	});
});
