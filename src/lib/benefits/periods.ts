/**
 * Calendar helpers for benefit periods: months, day counts, Monday–Friday counts and splitting a
 * period at month ends (benefits are paid per calendar day and reported month by month).
 */
import { addDaysIso, addYearsMonths, daysBetween, endOfMonthIso, maxIso, minIso, weekday, type IsoDate } from '$lib/engine/dates';

/** 'YYYY-MM' of a date. */
export const monthOf = (d: IsoDate): string => d.slice(0, 7);

/** First day of the month `months` after (or before, if negative) the month of `d`. */
export function monthStart(d: IsoDate, months = 0): IsoDate {
	return addYearsMonths(`${monthOf(d)}-01`, 0, months);
}

/** Calendar days from `from` to `to`, both included. */
export function inclusiveDays(from: IsoDate, to: IsoDate): number {
	return daysBetween(from, to) + 1;
}

/** Mondays to Fridays from `from` to `to`, both included (public holidays are not known here). */
export function weekdaysBetween(from: IsoDate, to: IsoDate): number {
	const total = inclusiveDays(from, to);
	if (total <= 0) return 0;
	const full = Math.floor(total / 7);
	let n = full * 5;
	let d = addDaysIso(from, full * 7);
	while (d <= to) {
		const w = weekday(d);
		if (w !== 0 && w !== 6) n++;
		d = addDaysIso(d, 1);
	}
	return n;
}

/** The dates of the first `count` Mondays to Fridays from `from` (included). */
export function nextWeekdays(from: IsoDate, count: number): IsoDate[] {
	const out: IsoDate[] = [];
	let d = from;
	while (out.length < count) {
		const w = weekday(d);
		if (w !== 0 && w !== 6) out.push(d);
		d = addDaysIso(d, 1);
	}
	return out;
}

export interface Segment {
	from: IsoDate;
	to: IsoDate;
	days: number;
}

/** Split [from, to] at month ends. Empty when to < from. */
export function splitByMonth(from: IsoDate, to: IsoDate): Segment[] {
	const out: Segment[] = [];
	let start = from;
	while (start <= to) {
		const end = minIso(endOfMonthIso(start), to);
		out.push({ from: start, to: end, days: inclusiveDays(start, end) });
		start = addDaysIso(end, 1);
	}
	return out;
}

/** The part of [from, to] that lies inside [lo, hi], or undefined. */
export function clip(from: IsoDate, to: IsoDate, lo: IsoDate, hi: IsoDate): Segment | undefined {
	const a = maxIso(from, lo);
	const b = minIso(to, hi);
	return a <= b ? { from: a, to: b, days: inclusiveDays(a, b) } : undefined;
}

/**
 * `from` + N months, same day of the month (a missing day becomes the month's last day). A claim
 * "within 6 months" of 10.01.2017 must be made by 10.07.2017 (seed 004, paternity example).
 */
export function addMonthsIso(from: IsoDate, months: number): IsoDate {
	return addYearsMonths(from, 0, months);
}
