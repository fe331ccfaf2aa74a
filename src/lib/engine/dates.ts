/**
 * Dates cross every boundary as ISO `YYYY-MM-DD` strings. Internally they become `Date` objects at
 * UTC midnight and all arithmetic uses the UTC accessors, so no host time zone can move or drop a
 * day: a local `new Date` has no 31 December 1994 in Kiribati (UTC−10 → UTC+14) and no
 * 30 December 2011 in Samoa, which once made every date 1994-12-02…31 "not a real date" there.
 */
export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(s: unknown): s is IsoDate {
	if (typeof s !== 'string') return false;
	const m = ISO_RE.exec(s);
	if (!m) return false;
	const y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** A UTC date; `Date.UTC` reads years 0–99 as 19xx, so such a year is set again. */
function utc(y: number, monthIndex: number, d: number): Date {
	const dt = new Date(Date.UTC(y, monthIndex, d));
	if (y < 100) dt.setUTCFullYear(y, monthIndex, d);
	return dt;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Gregorian month lengths by arithmetic: no Date, so no host time zone and no cost. */
function daysInMonth(y: number, m: number): number {
	if (m !== 2) return MONTH_DAYS[m - 1];
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** Parse an ISO date into a Date at UTC midnight. Throws on anything else (callers validate first). */
export function toDate(iso: IsoDate): Date {
	if (!isIsoDate(iso)) throw new Error(`Not an ISO date: ${String(iso)}`);
	const [y, m, d] = iso.split('-').map(Number);
	return utc(y, m - 1, d);
}

/** The UTC calendar date of `d` as YYYY-MM-DD. */
export function toIso(d: Date): IsoDate {
	const p = (n: number, w = 2) => String(n).padStart(w, '0');
	return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

/**
 * Add whole years and months. A day that does not exist in the target month becomes the last day
 * of that month (born 31 May + 9 months → 28/29 February).
 */
export function addYearsMonths(iso: IsoDate, years: number, months: number): IsoDate {
	const [y, m, d] = iso.split('-').map(Number);
	if (!isIsoDate(iso)) throw new Error(`Not an ISO date: ${String(iso)}`);
	const total = y * 12 + (m - 1) + years * 12 + months;
	const ty = Math.floor(total / 12);
	const tm = total - ty * 12;
	return toIso(utc(ty, tm, Math.min(d, daysInMonth(ty, tm + 1))));
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
	return toIso(new Date(toDate(iso).getTime() + days * DAY_MS));
}

/** The calendar day before an ISO date (a table row ends the day before the next one starts). */
export function dayBefore(iso: IsoDate): IsoDate {
	return addDaysIso(iso, -1);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
	return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
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
	return toDate(iso).getUTCDay();
}

export function monthDays(year: number, month: number): IsoDate[] {
	const n = daysInMonth(year, month);
	const out: IsoDate[] = [];
	for (let d = 1; d <= n; d++) out.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
	return out;
}

export function endOfMonthIso(iso: IsoDate): IsoDate {
	const [y, m] = iso.split('-').map(Number);
	return toIso(utc(y, m, 0));
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
