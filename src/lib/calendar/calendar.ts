/**
 * The working-time calendar of a five-day or six-day week: what each date is (working day, weekend, public
 * holiday, substitute day off, transferred day off or working Saturday, pre-holiday day) and why, and
 * the month's normal working hours split as the Welfare Ministry (LM) splits them for the minimum
 * hourly rate (MK noteikumi Nr. 656, p. 3). Pure: every rule comes from the tables passed in.
 *
 * The recipe (../shared/rules/calendar.md §1, §10):
 * - working days = Mon–Fri, minus weekdays a Cabinet order makes days off, plus the Saturdays it
 *   makes working days (only if the employer follows the order: binding for state institutions,
 *   advised for others — Labour Law s.133(4));
 * - holiday hours = daily hours × working days that are public holidays or substitute days off
 *   (LM counts the substitute Monday as holiday hours);
 * - pre-holiday hours = shortening × working days (not themselves holidays) whose next calendar day
 *   is a public holiday, also a Sunday one; a transferred Saturday also inherits the status of the
 *   weekday it replaces (Labour Law s.135; VDI 16.04.2018);
 * - worked hours = daily hours × working days − holiday hours − pre-holiday hours.
 * The total is therefore always daily hours × Mon–Fri days of the month.
 *
 * A six-day week (Labour Law s.133(2)–(3)) is the same recipe over Monday–Saturday with a shorter
 * Saturday: a holiday on a Saturday gives that Saturday's hours as holiday hours, the Friday before it
 * and a Saturday before a Sunday holiday are pre-holiday days, and Cabinet transfer orders do not apply
 * (they concern five-day weeks, s.133(4)). The total is then the sum of the normal hours of every
 * Monday–Saturday of the month.
 */
import { addDaysIso, monthDays, weekday, type IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { requireAt, type Localized, type RowInForce } from '$lib/engine/tables';
import { easterSunday } from './easter';
import type { CalendarTables, HolidayDef, HolidayRule, ScheduleDef, Transfer, TransferOrder, TransferYear } from './tables';

export interface HolidayHit {
	/** The holiday's id in the table; one-off holidays are `one-off`. */
	id: string;
	name: Localized;
	date: IsoDate;
	/** Whether, falling on a weekend, it makes the next working day a day off. */
	substitutable: boolean;
	/** The table rows that make this date a holiday. */
	rows: RowInForce<unknown>[];
}

export interface TransferHit extends Transfer {
	order: TransferOrder | null;
	row: RowInForce<TransferYear>;
	/** Whether the employer follows the Cabinet order (input). */
	applied: boolean;
}

export type DayKind =
	/** A scheduled working day. */
	| 'working'
	/** A weekend day with no holiday. */
	| 'weekend'
	/** A public holiday on a scheduled working day: paid holiday hours. */
	| 'holiday'
	/** A public holiday on a weekend day: no hours (and no substitute unless the law gives one). */
	| 'weekend-holiday'
	/** The next working day made a day off because a holiday fell on a weekend. */
	| 'substitute'
	/** A weekday made a day off by a Cabinet transfer order. */
	| 'transferred-off'
	/** A Saturday made a working day by a Cabinet transfer order. */
	| 'transferred-working';

export interface PreHoliday {
	/** `next-day`: the next calendar day is a holiday; `transferred`: the weekday this Saturday replaces was a pre-holiday day. */
	reason: 'next-day' | 'transferred';
	/** The holiday that makes it a pre-holiday day. */
	holiday: HolidayHit;
	/** For `transferred`: the weekday it replaces. */
	origin?: IsoDate;
}

export interface DayHours {
	worked: Dec;
	holiday: Dec;
	preHoliday: Dec;
}

export interface DayInfo {
	date: IsoDate;
	/** 0 = Sunday … 6 = Saturday */
	weekday: number;
	kind: DayKind;
	/** A working day of the schedule after transfers (holidays on it included). */
	scheduled: boolean;
	holidays: HolidayHit[];
	substituteFor?: HolidayHit;
	/** A transfer that concerns this date, applied or not. */
	transfer?: TransferHit;
	preHoliday?: PreHoliday;
	hours: DayHours;
	/** The rows that decided this day (for the explanation). */
	rows: RowInForce<unknown>[];
}

export interface ScheduleContext {
	schedule: string;
	def: ScheduleDef;
	dailyHours: Dec;
	/** Normal hours of a working day on this weekday (`hoursOn`, else `dailyHours`). */
	hoursOf: (weekday: number) => Dec;
	/** Whether Cabinet orders transferring working days concern this schedule. */
	transfersApply: boolean;
	shortening: Dec;
	workingTimeRow: RowInForce<unknown>;
	shorteningRow: RowInForce<string>;
	followsTransfers: boolean;
}

export interface MonthHours {
	/** YYYY-MM */
	month: string;
	schedule: string;
	followsTransfers: boolean;
	weeklyHours: Dec;
	dailyHours: Dec;
	shortening: Dec;
	days: DayInfo[];
	/** Mon–Fri days of the month (calendar.md §1: total = daily hours × this, plus Saturdays in a six-day week). */
	weekdays: number;
	/** A six-day week: Saturday is a working day of the schedule. */
	sixDay: boolean;
	/** Normal hours on a Saturday of a six-day week (Labour Law s.133(3)); the daily hours otherwise. */
	saturdayHours: Dec;
	/** Saturdays of the month that are working days of the schedule (0 in a five-day week). */
	saturdays: number;
	/** The sum of the normal hours of the schedule's days of the month: what the total always equals. */
	normalHours: Dec;
	/** Whether Cabinet transfer orders concern the schedule (five-day weeks only). */
	transfersApply: boolean;
	/** Days of the schedule after transfers, public holidays and substitute days off on them included. */
	scheduledDays: number;
	/**
	 * Working days: the scheduled days that are not public holidays or substitute days off (Labour Law
	 * s.74(1)(8)) — what the Welfare Ministry publishes (2026, five-day week: 250).
	 */
	workingDays: number;
	worked: Dec;
	holiday: Dec;
	preHoliday: Dec;
	total: Dec;
	/** Cabinet transfers dated in this month (applied or not). */
	transfers: TransferHit[];
	workingTimeRow: RowInForce<unknown>;
	shorteningRow: RowInForce<string>;
	transfersRow: RowInForce<TransferYear>;
}

export class UnknownScheduleError extends Error {
	constructor(public readonly schedule: string) {
		super(`Unknown working-time schedule: ${schedule}`);
	}
}

/** The law on holidays (Art. 1) names the days by the calendar: "iekrīt sestdienā vai svētdienā". */
const SATURDAY = 6;
const SUNDAY = 0;
const isCalendarWeekend = (d: IsoDate) => weekday(d) === SATURDAY || weekday(d) === SUNDAY;

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
const yearOf = (iso: IsoDate) => Number(iso.slice(0, 4));

/** The date of a holiday in a year, or undefined if it does not occur (song festival in most years). */
function holidayDate(rule: HolidayRule, year: number, festivalDay: () => IsoDate | null): IsoDate | undefined {
	switch (rule.type) {
		case 'fixed':
			return isoOf(year, rule.month, rule.day);
		case 'easter':
			return addDaysIso(easterSunday(year), rule.offsetDays);
		case 'nth-weekday': {
			const first = isoOf(year, rule.month, 1);
			const shift = (rule.weekday - weekday(first) + 7) % 7;
			return addDaysIso(first, shift + 7 * (rule.n - 1));
		}
		case 'song-festival': {
			const d = festivalDay();
			return d && yearOf(d) === year ? d : undefined;
		}
	}
}

export function createCalendar(tables: CalendarTables) {
	const holidayCache = new Map<IsoDate, HolidayHit[]>();

	/** Every public holiday that falls on this date (weekends included). */
	function holidaysOn(date: IsoDate): HolidayHit[] {
		const cached = holidayCache.get(date);
		if (cached) return cached;
		const lawRow = requireAt(tables.publicHolidays, date);
		const year = yearOf(date);
		const out: HolidayHit[] = [];
		let festivalRow: RowInForce<{ closingDay: IsoDate | null }> | undefined;
		const festivalDay = () => {
			festivalRow ??= requireAt(tables.songFestival, date);
			return festivalRow.value.closingDay;
		};
		for (const def of lawRow.value.holidays as HolidayDef[]) {
			if (holidayDate(def.rule, year, festivalDay) !== date) continue;
			out.push({
				id: def.id,
				name: def.name,
				date,
				substitutable: lawRow.value.substituteIfOnWeekend.includes(def.id),
				rows: def.rule.type === 'song-festival' && festivalRow ? [lawRow, festivalRow] : [lawRow]
			});
		}
		const oneOffRow = requireAt(tables.oneOffHolidays, date);
		for (const h of oneOffRow.value.holidays) {
			if (h.date === date) out.push({ id: 'one-off', name: h.name, date, substitutable: false, rows: [oneOffRow, lawRow] });
		}
		holidayCache.set(date, out);
		return out;
	}

	function isHoliday(date: IsoDate): boolean {
		return holidaysOn(date).length > 0;
	}

	/**
	 * The holiday this date is the substitute day off for, if any: a holiday with the substitute rule
	 * that fell on a Saturday or Sunday makes "the next working day" a day off (law on holidays,
	 * Art. 1). The law names the calendar days, so in a six-day week a Saturday holiday also gives the
	 * substitute (the Saturday itself is paid as holiday hours). The next working day is the next day
	 * of the schedule that is not itself a holiday nor already the substitute of an earlier one.
	 */
	function substituteFor(date: IsoDate, def: ScheduleDef): HolidayHit | undefined {
		const isWeekday = (d: IsoDate) => def.workingWeekdays.includes(weekday(d));
		if (!isWeekday(date) || isHoliday(date)) return undefined;
		// A week back is enough: the substitute follows the weekend it replaces.
		const candidates: HolidayHit[] = [];
		for (let k = 7; k >= 1; k--) {
			const c = addDaysIso(date, -k);
			if (!isCalendarWeekend(c)) continue;
			for (const h of holidaysOn(c)) if (h.substitutable) candidates.push(h);
		}
		const taken = new Set<IsoDate>();
		for (const h of candidates) {
			let x = addDaysIso(h.date, 1);
			while (!isWeekday(x) || isHoliday(x) || taken.has(x)) x = addDaysIso(x, 1);
			taken.add(x);
			if (x === date) return h;
		}
		return undefined;
	}

	/** The Cabinet transfer concerning this date (as day off or as working Saturday), if any. */
	function transferOn(date: IsoDate, followsTransfers: boolean): TransferHit | undefined {
		const row = requireAt(tables.transfers, date);
		const t = row.value.transfers.find((x) => x.dayOff === date || x.workingDay === date);
		return t ? { ...t, order: row.value.order, row, applied: followsTransfers } : undefined;
	}

	/** The schedule's definition and row: five-day schedules first, then six-day ones. */
	function scheduleRow(schedule: string, at: IsoDate) {
		for (const table of [tables.workingTime, tables.sixDayWorkingTime]) {
			const row = requireAt(table, at);
			const def = row.value.schedules[schedule];
			if (def) return { row, def };
		}
		throw new UnknownScheduleError(schedule);
	}

	function scheduleContext(schedule: string, at: IsoDate, followsTransfers: boolean): ScheduleContext {
		const { row: wt, def } = scheduleRow(schedule, at);
		const sh = requireAt(tables.shortening, at);
		const dailyHours = new Dec(def.dailyHours);
		const transfersApply = def.transfers !== false;
		return {
			schedule,
			def,
			dailyHours,
			hoursOf: (wd: number) => {
				const h = def.hoursOn?.[String(wd)];
				return h === undefined ? dailyHours : new Dec(h);
			},
			transfersApply,
			shortening: new Dec(sh.value),
			workingTimeRow: wt,
			shorteningRow: sh,
			// An order that does not concern the schedule is neither followed nor ignored: it is absent.
			followsTransfers: transfersApply && followsTransfers
		};
	}

	function classifyWith(date: IsoDate, ctx: ScheduleContext): DayInfo {
		const wd = weekday(date);
		const isWeekday = ctx.def.workingWeekdays.includes(wd);
		const holidays = holidaysOn(date);
		const transfer = ctx.transfersApply ? transferOn(date, ctx.followsTransfers) : undefined;
		const normal = ctx.hoursOf(wd);
		const zero = new Dec(0);
		const rows: RowInForce<unknown>[] = [];
		for (const h of holidays) rows.push(...h.rows);
		if (transfer) rows.push(transfer.row);
		const info = (kind: DayKind, scheduled: boolean, hours: DayHours, extra: Partial<DayInfo> = {}): DayInfo => ({
			date,
			weekday: wd,
			kind,
			scheduled,
			holidays,
			transfer,
			hours,
			// The daily hours matter only for a day that has hours.
			rows: scheduled ? [ctx.workingTimeRow, ...rows] : rows,
			...extra
		});

		if (isWeekday) {
			if (transfer?.applied && transfer.dayOff === date)
				return info('transferred-off', false, { worked: zero, holiday: zero, preHoliday: zero });
			if (holidays.length > 0) return info('holiday', true, { worked: zero, holiday: normal, preHoliday: zero });
			const sub = substituteFor(date, ctx.def);
			if (sub) {
				rows.push(...sub.rows);
				return info('substitute', true, { worked: zero, holiday: normal, preHoliday: zero }, { substituteFor: sub });
			}
			return working('working', info);
		}
		if (transfer?.applied && transfer.workingDay === date) return working('transferred-working', info);
		if (holidays.length > 0) return info('weekend-holiday', false, { worked: zero, holiday: zero, preHoliday: zero });
		return info('weekend', false, { worked: zero, holiday: zero, preHoliday: zero });

		function working(kind: 'working' | 'transferred-working', make: typeof info): DayInfo {
			const pre = preHolidayOf(date, kind === 'transferred-working' ? transfer : undefined);
			if (!pre) return make(kind, true, { worked: normal, holiday: zero, preHoliday: zero });
			rows.push(ctx.shorteningRow, ...pre.holiday.rows);
			return make(kind, true, { worked: normal.minus(ctx.shortening), holiday: zero, preHoliday: ctx.shortening }, { preHoliday: pre });
		}
	}

	/**
	 * Labour Law s.135: the working day immediately before a public holiday is shortened. A Saturday
	 * made a working day moves "with all its rights" (VDI 16.04.2018), so it is a pre-holiday day also
	 * when the weekday it replaces was one (21 Apr 2018 for 30 Apr). Checked only for scheduled
	 * working days that are not holidays, so the day after the last covered date is never looked up
	 * needlessly.
	 */
	function preHolidayOf(date: IsoDate, transfer: TransferHit | undefined): PreHoliday | undefined {
		if (transfer) {
			const originNext = holidaysOn(addDaysIso(transfer.dayOff, 1));
			if (originNext.length > 0) return { reason: 'transferred', holiday: originNext[0], origin: transfer.dayOff };
		}
		const next = holidaysOn(addDaysIso(date, 1));
		if (next.length > 0) return { reason: 'next-day', holiday: next[0] };
		return undefined;
	}

	/** Classify one date for a schedule ('40', '35', '40-6' or '35-6' in the working-time tables). */
	function classifyDay(date: IsoDate, schedule: string, followsTransfers: boolean): DayInfo {
		return classifyWith(date, scheduleContext(schedule, date, followsTransfers));
	}

	/**
	 * A month's hours depend only on the tables and the three arguments, and a year table asks for twelve
	 * of them on every submit: each is worked out once. At most 12 × 12 years × 4 schedules × 2 entries.
	 */
	const monthCache = new Map<string, MonthHours>();
	function monthHours(month: string, schedule: string, followsTransfers: boolean): MonthHours {
		const key = `${month}|${schedule}|${followsTransfers}`;
		let hit = monthCache.get(key);
		if (!hit) monthCache.set(key, (hit = computeMonthHours(month, schedule, followsTransfers)));
		return hit;
	}

	/** The month's normal working hours, split into worked, holiday and pre-holiday hours. */
	function computeMonthHours(month: string, schedule: string, followsTransfers: boolean): MonthHours {
		const [y, m] = month.split('-').map(Number);
		const first = isoOf(y, m, 1);
		const ctx = scheduleContext(schedule, first, followsTransfers);
		// The transfer order is looked up even when it is not followed: a month after the covered
		// period must not be answered as if no order existed.
		const transfersRow = requireAt(tables.transfers, first);
		const days = monthDays(y, m).map((d) => classifyWith(d, ctx));
		const sum = (f: (d: DayInfo) => Dec) => days.reduce((acc, d) => acc.plus(f(d)), new Dec(0));
		const worked = sum((d) => d.hours.worked);
		const holiday = sum((d) => d.hours.holiday);
		const preHoliday = sum((d) => d.hours.preHoliday);
		const monthTransfers: TransferHit[] = ctx.transfersApply
			? transfersRow.value.transfers
					.filter((t) => t.dayOff.startsWith(month) || t.workingDay.startsWith(month))
					.map((t) => ({ ...t, order: transfersRow.value.order, row: transfersRow, applied: ctx.followsTransfers }))
			: [];
		const scheduleDays = days.filter((d) => ctx.def.workingWeekdays.includes(d.weekday));
		const sixDay = ctx.def.workingWeekdays.includes(SATURDAY);
		return {
			month,
			schedule,
			followsTransfers: ctx.followsTransfers,
			weeklyHours: new Dec(ctx.def.weeklyHours),
			dailyHours: ctx.dailyHours,
			shortening: ctx.shortening,
			days,
			weekdays: scheduleDays.filter((d) => d.weekday !== SATURDAY).length,
			sixDay,
			saturdayHours: ctx.hoursOf(SATURDAY),
			saturdays: scheduleDays.filter((d) => d.weekday === SATURDAY).length,
			normalHours: scheduleDays.reduce((acc, d) => acc.plus(ctx.hoursOf(d.weekday)), new Dec(0)),
			transfersApply: ctx.transfersApply,
			scheduledDays: days.filter((d) => d.scheduled).length,
			workingDays: days.filter((d) => d.scheduled && !d.hours.holiday.gt(0)).length,
			worked,
			holiday,
			preHoliday,
			total: worked.plus(holiday).plus(preHoliday),
			transfers: monthTransfers,
			workingTimeRow: ctx.workingTimeRow,
			shorteningRow: ctx.shorteningRow,
			transfersRow
		};
	}

	return { holidaysOn, isHoliday, substituteFor, transferOn, classifyDay, monthHours, scheduleContext };
}

export type Calendar = ReturnType<typeof createCalendar>;
