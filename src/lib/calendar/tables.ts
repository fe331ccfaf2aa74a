/**
 * The rule tables of the working-time calendar and the minimum wage, with the shape of their rows.
 * The JSON files are checked against the table schema by the data-integrity test and the build;
 * `calendar-data.test.ts` checks the calendar-specific invariants (transfers stay in their month,
 * one row per year, …).
 */
import { coverageOf } from '$lib/engine/coverage';
import type { Localized, Table } from '$lib/engine/tables';
import type { IsoDate } from '$lib/engine/dates';

/** How a holiday's date is found each year (law «Par svētku, atceres un atzīmējamām dienām», Art. 1). */
export type HolidayRule =
	| { type: 'fixed'; month: number; day: number }
	/** Easter Sunday by the Gregorian computus, plus a number of days (Good Friday −2, Pentecost +49). */
	| { type: 'easter'; offsetDays: number }
	/** The n-th given weekday of a month (0 = Sunday), e.g. Mother's Day = 2nd Sunday of May. */
	| { type: 'nth-weekday'; month: number; weekday: number; n: number }
	/** The General Latvian Song and Dance Festival closing day, from its own table. */
	| { type: 'song-festival' };

export interface HolidayDef {
	id: string;
	name: Localized;
	rule: HolidayRule;
}

export interface PublicHolidays {
	holidays: HolidayDef[];
	/** Holidays whose weekend occurrence makes the next working day a day off (Art. 1, last sentence). */
	substituteIfOnWeekend: string[];
}

export interface SongFestival {
	closingDay: IsoDate | null;
}

export interface OneOffHolidays {
	holidays: Array<{ date: IsoDate; name: Localized; adopted: IsoDate }>;
}

export interface TransferOrder {
	number: string | null;
	date: IsoDate | null;
	title: string;
}

export interface Transfer {
	/** The weekday made a day off. */
	dayOff: IsoDate;
	/** The Saturday made a working day instead (same month: Labour Law s.133(4)). */
	workingDay: IsoDate;
}

export interface TransferYear {
	order: TransferOrder | null;
	transfers: Transfer[];
}

export interface ScheduleDef {
	weeklyHours: string;
	/** Normal hours of a working day, unless `hoursOn` says otherwise for its weekday. */
	dailyHours: string;
	/**
	 * Normal hours on the weekdays where they differ from `dailyHours` (weekday number → hours): in a
	 * six-day week work ends earlier on Saturday (Labour Law s.133(3)).
	 */
	hoursOn?: Record<string, string>;
	/** 0 = Sunday … 6 = Saturday */
	workingWeekdays: number[];
	/**
	 * `false`: Cabinet orders transferring working days do not concern this working time — they move a
	 * Monday–Friday day to a Saturday for five-day weeks (Labour Law s.133(4)). Absent: they do.
	 */
	transfers?: boolean;
}

export interface NormalWorkingTime {
	schedules: Record<string, ScheduleDef>;
}

export interface RateRules {
	rateDecimals: number;
	rateRounding: 'half-up' | 'down' | 'up';
	paySplitDecimals: number;
	summedPeriodLongerThanMonths: number;
}

export interface CalendarTables {
	publicHolidays: Table<PublicHolidays>;
	songFestival: Table<SongFestival>;
	oneOffHolidays: Table<OneOffHolidays>;
	transfers: Table<TransferYear>;
	workingTime: Table<NormalWorkingTime>;
	/** The six-day-week schedules: a second table, so that the five-day rows stay as they are. */
	sixDayWorkingTime: Table<NormalWorkingTime>;
	shortening: Table<string>;
}

import { publicHolidays } from './table-modules/publicHolidays';
export { publicHolidays };
import { songFestival } from './table-modules/songFestival';
export { songFestival };
import { oneOffHolidays } from './table-modules/oneOffHolidays';
export { oneOffHolidays };
import { transfers } from './table-modules/transfers';
export { transfers };
import { workingTime } from './table-modules/workingTime';
export { workingTime };
import { sixDayWorkingTime } from './table-modules/sixDayWorkingTime';
export { sixDayWorkingTime };
import { shortening } from './table-modules/shortening';
export { shortening };
import { minimumWage } from './table-modules/minimumWage';
export { minimumWage };
import { rateRules } from './table-modules/rateRules';
export { rateRules };

export const calendarTables: CalendarTables = {
	publicHolidays,
	songFestival,
	oneOffHolidays,
	transfers,
	workingTime,
	sixDayWorkingTime,
	shortening
};

/** The working-time tables, five-day first; a schedule id is found in exactly one of them. */
export const workingTimeTables: Table<NormalWorkingTime>[] = [workingTime, sixDayWorkingTime];

/** Every table the minimum-rate calculators read, for their `tables` list (and, by their spans, for their fields: fields.ts). */
export const minimumRateTables: Table<unknown>[] = [
	minimumWage,
	rateRules,
	workingTime,
	sixDayWorkingTime,
	shortening,
	publicHolidays,
	songFestival,
	oneOffHolidays,
	transfers
] as Table<unknown>[];

/**
 * The as-of dates the minimum-rate calculators have rules for: from the latest first row to the earliest
 * `coveredUntil` of their tables (engine/coverage.ts), never typed.
 */
export const coverage: { from: IsoDate; to: IsoDate } = coverageOf(minimumRateTables);
