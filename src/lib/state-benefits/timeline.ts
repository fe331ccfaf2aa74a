/**
 * Month-by-month payment timelines for the flat monthly state benefits (family state benefit,
 * childcare benefit, disability-related benefits, guardian's benefit, minimum maintenance).
 *
 * A calculator says, for each day, which monthly amount is due that day (or nothing); this module
 * adds the days up per calendar month. A month with a right on only some days, or with two rates,
 * is paid in proportion to calendar days (each day = monthly amount / days in the month) and the
 * month's sum is rounded to the cent — the rule table `state-benefits/partial-month-rule` says so
 * and carries its status, which is cited only when a part-month actually occurs.
 *
 * A day whose rules the data does not cover ends the timeline (the rest is "not known"), unless it
 * is the very first day: then the whole calculation cannot be answered (the NotCoveredError goes up).
 */
import { addDaysIso, addYearsMonths, compareIso, dayBefore, daysBetween, minIso, type IsoDate } from '$lib/engine/dates';
import { Dec, roundMoney, type RoundingNote } from '$lib/engine/decimal';
import { money, step, type BarChart, type Display, type Msg, type ResultTable, type Step } from '$lib/engine/explain';
import { NotCoveredError, requireAt, type NotCovered, type RowInForce, type Table } from '$lib/engine/tables';
import { notCoveredMessage } from '$lib/engine/run';
import { partialMonthRule } from './tables';

export interface DayDue {
	/** The monthly amount due for the situation on this day (before any part-month proportion). */
	monthly: Dec;
	/** Rule rows that decided it (cited by the timeline step). */
	rows: RowInForce<unknown>[];
}

export interface TimelineMonth {
	/** YYYY-MM */
	month: string;
	/** Days of the month with something due. */
	days: number;
	daysInMonth: number;
	/** Amount for the month, rounded to the cent. */
	amount: Dec;
}

export interface Timeline {
	months: TimelineMonth[];
	total: Dec;
	firstDay?: IsoDate;
	lastDay?: IsoDate;
	/** The data ran out on this day: the timeline stops the day before. */
	stopped?: { date: IsoDate; lookup: NotCovered };
	/** Every rule row used, once. */
	rows: RowInForce<unknown>[];
	/** True when some month was paid only in part (proportionally). */
	partial: boolean;
	rounding?: RoundingNote;
}

const ROUNDING_REASON = 'common:rounding.cents';

function daysInMonthOf(month: string): number {
	const [y, m] = month.split('-').map(Number);
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Add up what is due on each day from `from` to `until` (both inclusive) by calendar month.
 * `dueOn` returns null on a day with no right. Months with nothing due are left out.
 *
 * `breakpoints` (optional) are the days on which the situation may change (a rule row starts, the
 * child reaches an age that matters): between two of them, and within a calendar month, every day is
 * due the same, so `dueOn` is asked once per stretch instead of once per day. Leaving a breakpoint out
 * would be an error; a test compares both ways on random inputs.
 */
export function monthlyTimeline(from: IsoDate, until: IsoDate, dueOn: (day: IsoDate) => DayDue | null, breakpoints?: IsoDate[]): Timeline {
	const months: TimelineMonth[] = [];
	const rows = new Map<string, RowInForce<unknown>>();
	let total = new Dec(0);
	let firstDay: IsoDate | undefined;
	let lastDay: IsoDate | undefined;
	let stopped: Timeline['stopped'];
	let partial = false;
	let rounding: RoundingNote | undefined;

	let current: { month: string; sum: Dec; days: number; rates: Set<string> } | undefined;
	const close = () => {
		if (!current || current.days === 0) return;
		const dim = daysInMonthOf(current.month);
		const r = roundMoney(current.sum.div(dim), ROUNDING_REASON);
		if (current.days < dim || current.rates.size > 1) partial = true;
		// Keep the first rounding that actually changed a value (else the first one), for the explanation.
		const changed = !new Dec(r.rounding.from).eq(r.rounding.to);
		if (!rounding || (changed && new Dec(rounding.from).eq(rounding.to))) rounding = r.rounding;
		months.push({ month: current.month, days: current.days, daysInMonth: dim, amount: r.value });
		total = total.plus(r.value);
	};

	const breaks = breakpoints ? [...new Set(breakpoints)].filter((d) => d > from && d <= until).sort() : undefined;
	let bi = 0;
	for (let day = from; compareIso(day, until) <= 0;) {
		// The stretch that starts today: one day, or up to the next breakpoint / month end / until.
		let end = day;
		if (breaks) {
			while (bi < breaks.length && breaks[bi] <= day) bi++;
			end = minIso(minIso(lastOfMonth(day), until), bi < breaks.length ? dayBefore(breaks[bi]) : until);
		}
		let due: DayDue | null;
		try {
			due = dueOn(day);
		} catch (e) {
			if (e instanceof NotCoveredError && day !== from) {
				stopped = { date: day, lookup: e.lookup };
				break;
			}
			throw e;
		}
		const month = day.slice(0, 7);
		if (!current || current.month !== month) {
			close();
			current = { month, sum: new Dec(0), days: 0, rates: new Set() };
		}
		if (due) {
			const n = end === day ? 1 : daysBetween(day, end) + 1;
			current.sum = current.sum.plus(due.monthly.times(n));
			current.days += n;
			current.rates.add(due.monthly.toString());
			for (const r of due.rows) rows.set(`${r.table}@${r.validFrom}`, r);
			firstDay ??= day;
			lastDay = end;
		}
		day = nextDay(end);
	}
	close();
	if (partial && firstDay) {
		const rule = requireAt(partialMonthRule, firstDay);
		rows.set(`${rule.table}@${rule.validFrom}`, rule);
	}
	return { months, total, firstDay, lastDay, stopped, rows: [...rows.values()], partial, rounding };
}

function lastOfMonth(iso: IsoDate): IsoDate {
	return `${iso.slice(0, 8)}${String(daysInMonthOf(iso.slice(0, 7))).padStart(2, '0')}`;
}

/** Days on which any of these tables changes: each row's start, and the day after its known end. */
export function tableBreaks(...tables: Table<unknown>[]): IsoDate[] {
	return tables.flatMap((t) => [...t.rows.map((r) => r.validFrom), ...(t.coveredUntil ? [nextDay(t.coveredUntil)] : [])]);
}

/** The days a person born on `birth` reaches each of these ages (in years, or in months). */
export function ageBreaks(birth: IsoDate, years: number[], months: number[] = []): IsoDate[] {
	return [...years.map((y) => ageDate(birth, y)), ...months.map((m) => ageDate(birth, 0, m))];
}

/** Consecutive calendar months with the same amount, as periods for the table. */
export interface Period {
	from: string;
	to: string;
	count: number;
	amount: Dec;
	total: Dec;
}

function nextMonth(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function periodsOf(t: Timeline): Period[] {
	const out: Period[] = [];
	for (const m of t.months) {
		const last = out[out.length - 1];
		if (last && last.amount.eq(m.amount) && nextMonth(last.to) === m.month) {
			last.to = m.month;
			last.count += 1;
			last.total = last.total.plus(m.amount);
		} else {
			out.push({ from: m.month, to: m.month, count: 1, amount: m.amount, total: m.amount });
		}
	}
	return out;
}

/** The periods as a table (the keys are in the shared `timeline` messages). */
export function timelineTable(t: Timeline, id = 'timeline'): ResultTable {
	const rows: Display[][] = periodsOf(t).map((p) => [
		{ type: 'month', value: p.from },
		{ type: 'month', value: p.to },
		{ type: 'number', value: String(p.count), unit: 'months' },
		money(p.amount),
		money(p.total)
	]);
	return {
		id,
		caption: { key: 'timeline.caption' },
		columns: [
			{ id: 'from', label: { key: 'timeline.from' } },
			{ id: 'to', label: { key: 'timeline.to' } },
			{ id: 'months', label: { key: 'timeline.months' }, numeric: true },
			{ id: 'perMonth', label: { key: 'timeline.perMonth' }, numeric: true },
			{ id: 'total', label: { key: 'timeline.total' }, numeric: true }
		],
		rows,
		csv: true
	};
}

/** Totals per calendar year, as a bar chart. */
export function timelineChart(t: Timeline, id = 'timeline-years'): BarChart {
	const years = new Map<string, Dec>();
	for (const m of t.months) {
		const y = m.month.slice(0, 4);
		years.set(y, (years.get(y) ?? new Dec(0)).plus(m.amount));
	}
	return {
		type: 'bars',
		id,
		title: { key: 'timeline.chart' },
		items: [...years.entries()].map(([year, v]) => ({ label: { key: 'timeline.year', params: { year } }, value: v.toFixed(2) })),
		unit: 'eur'
	};
}

/** A notice that the schedule stops where the data ends. */
export function stoppedNotice(t: Timeline): Msg | undefined {
	if (!t.stopped) return undefined;
	const why = notCoveredMessage(t.stopped.lookup);
	return {
		key: 'timeline.stopped',
		params: { last: { type: 'date', value: addDaysIso(t.stopped.date, -1) }, why: { type: 'text', key: why.key, params: why.params } }
	};
}

/** The explanation step for a timeline: its total, the rules it used and how it rounded. */
export function timelineStep(t: Timeline, id = 'timeline'): Step {
	return step(
		id,
		{ key: 'timeline.step' },
		{
			value: money(t.total),
			detail: { key: 'timeline.stepDetail', params: { months: { type: 'number', value: String(t.months.length), unit: 'months' } } },
			rows: t.rows,
			rounding: t.rounding
		}
	);
}

const ageDates = new Map<string, IsoDate>();

/**
 * The day a person born on `birth` reaches `years` (and `months`); a 29 February birthday falls on
 * 28 February. Memoised: timelines ask for the same birthdays on every day they walk through.
 */
export function ageDate(birth: IsoDate, years: number, months = 0): IsoDate {
	const k = `${birth}|${years}|${months}`;
	let d = ageDates.get(k);
	if (d === undefined) {
		if (ageDates.size > 10_000) ageDates.clear();
		d = addYearsMonths(birth, years, months);
		ageDates.set(k, d);
	}
	return d;
}

/** The next calendar day of an ISO date, without going through Date objects (the timelines walk many days). */
export function nextDay(iso: IsoDate): IsoDate {
	const y = Number(iso.slice(0, 4));
	const m = Number(iso.slice(5, 7));
	const d = Number(iso.slice(8, 10)) + 1;
	const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
	if (d <= dim) return `${iso.slice(0, 8)}${String(d).padStart(2, '0')}`;
	if (m < 12) return `${iso.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`;
	return `${String(y + 1).padStart(4, '0')}-01-01`;
}

/** A money display in whole cents, whatever the form of the table value ("620" → "620.00"). */
export function eur(v: string | Dec): Display {
	return money(new Dec(v));
}
