/**
 * Dates cross every boundary as ISO `YYYY-MM-DD` strings. Internally they become local `Date`
 * objects at 12:00, so that no host time zone (and no DST switch at midnight) can move them to
 * another day; date-fns then does the calendar arithmetic.
 */
import { addMonths, addYears, addDays, differenceInCalendarDays, getDay, getDaysInMonth, lastDayOfMonth } from 'date-fns';

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is IsoDate {
	if (typeof s !== 'string') return false;
	const m = ISO_RE.exec(s);
	if (!m) return false;
	const y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function daysInMonth(y: number, m: number): number {
	return getDaysInMonth(new Date(y, m - 1, 1, 12));
}

/** Parse an ISO date into a local Date at noon. Throws on anything else (callers validate first). */
export function toDate(iso: IsoDate): Date {
	if (!isIsoDate(iso)) throw new Error(`Not an ISO date: ${String(iso)}`);
	const [y, m, d] = iso.split('-').map(Number);
	const dt = new Date(y, m - 1, d, 12, 0, 0, 0);
	dt.setFullYear(y); // years < 100 are otherwise read as 19xx
	return dt;
}

/** Local calendar date of `d` as YYYY-MM-DD (date-fns `format` would pull its whole formatter into the bundle). */
export function toIso(d: Date): IsoDate {
	const p = (n: number, w = 2) => String(n).padStart(w, '0');
	return `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Add whole years and months. A day that does not exist in the target month becomes the last day
 * of that month (born 31 May + 9 months → 28/29 February), as date-fns does.
 */
export function addYearsMonths(iso: IsoDate, years: number, months: number): IsoDate {
	return toIso(addMonths(addYears(toDate(iso), years), months));
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
	return toIso(addDays(toDate(iso), days));
}

/** The calendar day before an ISO date (a table row ends the day before the next one starts). */
export function dayBefore(iso: IsoDate): IsoDate {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
	return differenceInCalendarDays(toDate(to), toDate(from));
}

/** Whole years and months completed between `birth` and `on` (age on a date). */
export function ageOn(birth: IsoDate, on: IsoDate): { years: number; months: number } {
	const [by, bm, bd] = birth.split('-').map(Number);
	const [y, m, d] = on.split('-').map(Number);
	let total = (y - by) * 12 + (m - bm);
	// The month is complete on the same day-of-month, or on the last day of a shorter month.
	const lastDay = daysInMonth(y, m);
	if (d < bd && d < lastDay) total -= 1;
	if (total < 0) return { years: 0, months: 0 };
	return { years: Math.floor(total / 12), months: total % 12 };
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(iso: IsoDate): number {
	return getDay(toDate(iso));
}

export function monthDays(year: number, month: number): IsoDate[] {
	const n = daysInMonth(year, month);
	const out: IsoDate[] = [];
	for (let d = 1; d <= n; d++) out.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
	return out;
}

export function endOfMonthIso(iso: IsoDate): IsoDate {
	return toIso(lastDayOfMonth(toDate(iso)));
}

export function compareIso(a: IsoDate, b: IsoDate): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function minIso(a: IsoDate, b: IsoDate): IsoDate {
	return a <= b ? a : b;
}

export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
	return a >= b ? a : b;
}
