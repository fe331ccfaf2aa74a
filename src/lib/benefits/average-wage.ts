/**
 * The average insurance contribution wage (vidējā apdrošināšanas iemaksu alga) that the
 * social-insurance benefits are computed from. Law «Par maternitātes un slimības apdrošināšanu»,
 * sections 31–32 (https://likumi.lv/ta/id/38051): for an employee, the contribution wages of the
 * 12 calendar months that end two months before the month of the insured event, divided by the
 * calendar days of that period, give the average per calendar day; benefits are paid per
 * calendar day. For unemployment benefit (Cabinet Regulation No. 866, point 2.3, later No. 752)
 * the months with the lowest and the highest wage are left out and the other 10 are scaled to 12.
 *
 * People may enter either one monthly figure (their average) or the 12 monthly contribution wages.
 */
import { endOfMonthIso, type IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { money, step, text, type Display, type Figure, type Msg, type ResultTable, type Step } from '$lib/engine/explain';
import { requireAt, type RowInForce } from '$lib/engine/tables';
import { inclusiveDays, monthOf, monthStart, weekdaysBetween } from './periods';
import { referencePeriodTable, type ReferencePeriodRule, type UnemploymentWageMethod } from './tables';
import type { WageMode } from './fields';

export interface WageInput {
	wageMode?: WageMode;
	/** Average monthly contribution wage, as a decimal string (monthly mode). */
	averageWage?: string;
	/** The 12 monthly contribution wages of the reference period, oldest first (list mode). */
	monthlyWages?: string[];
}

export interface ReferencePeriod {
	from: IsoDate;
	to: IsoDate;
	/** 'YYYY-MM', oldest first. */
	months: string[];
	calendarDays: number;
	row: RowInForce<ReferencePeriodRule>;
}

const month = (value: string): Display => ({ type: 'month', value });
const date = (value: IsoDate): Display => ({ type: 'date', value });
const num = (value: number | string, unit?: 'days' | 'months'): Display => ({ type: 'number', value: String(value), unit });

/** The 12 calendar months ending `gapMonths` months before the month of `eventDate`. */
export function referencePeriod(eventDate: IsoDate): ReferencePeriod {
	const row = requireAt(referencePeriodTable, eventDate);
	const { lengthMonths, gapMonths } = row.value;
	const from = monthStart(eventDate, -(gapMonths + lengthMonths));
	const to = endOfMonthIso(monthStart(eventDate, -(gapMonths + 1)));
	const months: string[] = [];
	for (let i = 0; i < lengthMonths; i++) months.push(monthOf(monthStart(from, i)));
	return { from, to, months, calendarDays: inclusiveDays(from, to), row };
}

export interface AverageWage {
	period: ReferencePeriod;
	/** Average per calendar day, full precision. */
	daily: Dec;
	/** Average per month (the figure a person recognises), full precision. */
	monthly: Dec;
	/** Sum of contribution wages used (after exclusion and scaling, if any). */
	sum: Dec;
	/** Average per working day (Monday–Friday), when asked for. */
	perWorkingDay?: { value: Dec; weekdays: number };
	steps: Step[];
	notices: Msg[];
	/** The months and their amounts, when the list was entered. */
	table?: ResultTable;
}

export interface AverageWageOptions {
	/** Unemployment benefit: leave out the lowest and highest months (MK No. 866 p. 2.3 / No. 752). */
	method?: RowInForce<UnemploymentWageMethod>;
	/** Also give the average per working day (paternity benefit from August 2022). */
	perWorkingDay?: RowInForce<unknown>;
	/** Message key prefix for the explanation (default 'wage'). */
	label?: 'wage' | 'deceasedWage';
}

export function averageWage(input: WageInput, eventDate: IsoDate, opts: AverageWageOptions = {}): AverageWage {
	const period = referencePeriod(eventDate);
	const k = opts.label ?? 'wage';
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const length = period.row.value.lengthMonths;
	steps.push(
		step(
			'referencePeriod',
			{ key: 'wage.steps.referencePeriod' },
			{
				value: text('wage.values.period', { from: month(period.months[0]), to: month(period.months[length - 1]) }),
				detail: {
					key: 'wage.steps.referencePeriodDetail',
					params: { event: date(eventDate), gap: period.row.value.gapMonths, length, days: num(period.calendarDays, 'days') }
				},
				rows: [period.row]
			}
		)
	);

	let sum: Dec;
	let table: ResultTable | undefined;
	const list = input.wageMode === 'list' ? input.monthlyWages : undefined;
	if (list) {
		if (list.length !== length) throw new Error(`Expected ${length} monthly wages, got ${list.length}`);
		const amounts = list.map((a) => new Dec(a));
		const total = amounts.reduce((s, a) => s.plus(a), new Dec(0));
		let excluded: { lo: number; hi: number } | undefined;
		if (opts.method?.value.excludeHighestAndLowest) {
			const m = opts.method.value;
			let lo = 0;
			amounts.forEach((a, i) => {
				if (a.lt(amounts[lo])) lo = i;
			});
			let hi = lo === 0 ? 1 : 0;
			amounts.forEach((a, i) => {
				if (i !== lo && a.gte(amounts[hi])) hi = i;
			});
			excluded = { lo, hi };
			const kept = total.minus(amounts[lo]).minus(amounts[hi]);
			sum = kept.div(m.keptMonths).times(m.scaledToMonths);
			steps.push(
				step(
					'averageWage',
					{ key: `${k}.steps.average` },
					{
						value: money(sum.div(length)),
						detail: {
							key: 'wage.steps.averageExcluded',
							params: {
								lowMonth: month(period.months[lo]),
								low: money(amounts[lo]),
								highMonth: month(period.months[hi]),
								high: money(amounts[hi]),
								kept: money(kept),
								keptMonths: m.keptMonths,
								scaled: m.scaledToMonths,
								sum: money(sum)
							}
						},
						rows: [opts.method]
					}
				)
			);
		} else {
			sum = total;
			steps.push(
				step(
					'averageWage',
					{ key: `${k}.steps.average` },
					{
						value: money(sum.div(length)),
						detail: { key: 'wage.steps.averageFromList', params: { sum: money(sum), count: length } }
					}
				)
			);
		}
		if (amounts.some((a) => a.isZero())) notices.push({ key: 'wage.notices.zeroMonths' });
		table = {
			id: 'wageMonths',
			caption: { key: 'wage.table.caption' },
			columns: [
				{ id: 'month', label: { key: 'wage.table.month' } },
				{ id: 'amount', label: { key: 'wage.table.amount' }, numeric: true },
				{ id: 'used', label: { key: 'wage.table.used' } }
			],
			rows: amounts.map((a, i) => [
				month(period.months[i]),
				money(a),
				{ type: 'yesno', value: !excluded || (i !== excluded.lo && i !== excluded.hi) }
			])
		};
	} else {
		const monthly = new Dec(input.averageWage ?? '0');
		sum = monthly.times(length);
		steps.push(
			step(
				'averageWage',
				{ key: `${k}.steps.average` },
				{
					value: money(monthly),
					detail: { key: 'wage.steps.averageEntered', params: { monthly: money(monthly), length, sum: money(sum) } }
				}
			)
		);
		if (opts.method?.value.excludeHighestAndLowest) notices.push({ key: 'wage.notices.monthlyNoExclusion' });
	}

	const daily = sum.div(period.calendarDays);
	steps.push(
		step(
			'dailyAverage',
			{ key: 'wage.steps.daily' },
			{
				value: { type: 'rate', value: daily.toFixed(4), unit: 'eur-per-day' },
				detail: { key: 'wage.steps.dailyDetail', params: { sum: money(sum), days: num(period.calendarDays, 'days') } }
			}
		)
	);

	let perWorkingDay: AverageWage['perWorkingDay'];
	if (opts.perWorkingDay) {
		const weekdays = weekdaysBetween(period.from, period.to);
		const value = sum.div(weekdays);
		perWorkingDay = { value, weekdays };
		steps.push(
			step(
				'workingDayAverage',
				{ key: 'wage.steps.workingDay' },
				{
					value: { type: 'rate', value: value.toFixed(4), unit: 'eur-per-day' },
					detail: { key: 'wage.steps.workingDayDetail', params: { sum: money(sum), weekdays: num(weekdays, 'days') } },
					rows: [opts.perWorkingDay]
				}
			)
		);
	}

	return { period, daily, monthly: sum.div(length), sum, perWorkingDay, steps, notices, table };
}

/** The first and last month of the reference period, as key figures of every wage-based result. */
export function referenceFigures(period: ReferencePeriod): Figure[] {
	return [
		{ id: 'referenceFrom', label: { key: 'wage.figureFrom' }, value: month(period.months[0]) },
		{ id: 'referenceTo', label: { key: 'wage.figureTo' }, value: month(period.months[period.months.length - 1]) }
	];
}
