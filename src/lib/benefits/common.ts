/**
 * Building blocks the benefit calculators share: the daily benefit, the contribution-months
 * condition, the claim deadline and the payment timeline (table + chart). Their input fields are in
 * fields.ts, which a calculator's form loads without this module.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec, percent, roundMoney, type Rounded } from '$lib/engine/decimal';
import { money, step, type BarChart, type Display, type Figure, type Msg, type ResultTable, type Step } from '$lib/engine/explain';
import { requireAt, type RowInForce } from '$lib/engine/tables';
import { monthlyAboveAnnualMaximum } from '$lib/tax/plausibility';
import type { WageInput } from './average-wage';
import { addMonthsIso } from './periods';
import { contributionConditionTable, type ContributionCondition } from './tables';

export const date = (value: IsoDate): Display => ({ type: 'date', value });
export const monthDisplay = (value: string): Display => ({ type: 'month', value });
export const days = (n: number): Display => ({ type: 'number', value: String(n), unit: 'days' });
export const months = (n: number): Display => ({ type: 'number', value: String(n), unit: 'months' });
export const pct = (value: string | Dec): Display => ({ type: 'percent', value: new Dec(value).toString() });
export const perDay = (value: Dec): Display => ({ type: 'rate', value: value.toFixed(2), unit: 'eur-per-day' });
export const figure = (id: string, value: Display, label?: Msg): Figure => ({ id, label: label ?? { key: `figures.${id}` }, value });

/** Benefits are granted per calendar day in whole cents: average per day × rate, rounded half-up. */
export function dailyAmount(dailyAverage: Dec, ratePercent: string): Rounded {
	return roundMoney(dailyAverage.times(percent(ratePercent)), 'common:rounding.cents');
}

/** A share of an already granted daily amount (e.g. paid while working), in whole cents. */
export function shareOf(amount: Dec, sharePercent: string): Rounded {
	return roundMoney(amount.times(percent(sharePercent)), 'common:rounding.cents');
}

export interface ConditionCheck {
	met: boolean;
	step: Step;
	reasons: Msg[];
	row: RowInForce<ContributionCondition>;
}

/**
 * Contributions for at least 3 of the last 6 months, or at least 6 of the last 24, before the
 * month of the insured event (sickness, paternity and parental benefit).
 */
export function contributionCondition(eventDate: IsoDate, months6: number, months24: number | undefined): ConditionCheck {
	const row = requireAt(contributionConditionTable, eventDate);
	const c = row.value;
	const long = months24 ?? months6;
	const met = months6 >= c.shortRequiredMonths || long >= c.longRequiredMonths;
	const params = {
		have6: months6,
		need6: c.shortRequiredMonths,
		window6: c.shortWindowMonths,
		have24: long,
		need24: c.longRequiredMonths,
		window24: c.longWindowMonths
	};
	const reasons: Msg[] = met
		? []
		: [
				{ key: 'condition.reasonShort', params: { have: months6, need: c.shortRequiredMonths, window: c.shortWindowMonths } },
				{ key: 'condition.reasonLong', params: { have: long, need: c.longRequiredMonths, window: c.longWindowMonths } }
			];
	return {
		met,
		reasons,
		row,
		step: step(
			'contributionCondition',
			{ key: 'condition.step' },
			{ value: { type: 'yesno', value: met }, detail: { key: 'condition.detail', params }, rows: [row] }
		)
	};
}

/** "Claim within N months of D": the last day is D + N months (seed 004: 10.01.2017 → 10.07.2017). */
export function claimDeadline(
	from: IsoDate,
	claimMonths: number,
	row: RowInForce<unknown>,
	asOf: IsoDate,
	titleKey = 'claim.step'
): { deadline: IsoDate; step: Step; notices: Msg[] } {
	const deadline = addMonthsIso(from, claimMonths);
	const notices: Msg[] = deadline < asOf ? [{ key: 'claim.passed', params: { deadline: date(deadline), asOf: date(asOf) } }] : [];
	return {
		deadline,
		notices,
		step: step(
			'claimDeadline',
			{ key: titleKey },
			{ value: date(deadline), detail: { key: 'claim.detail', params: { from: date(from), months: claimMonths } }, rows: [row] }
		)
	};
}

export interface TimelineRow {
	from: IsoDate;
	to: IsoDate;
	/** Days paid (calendar or working days, as `dayKind` says); 'one-off' for a lump sum. */
	days: number;
	dayKind?: 'calendar' | 'working' | 'one-off';
	/** What is paid: a message key of the calculator (with params). */
	what: Msg;
	/** Amount per day; undefined when it cannot be computed. */
	perDay?: Dec;
	/** Shown instead of the amount per day when the benefit is not set per day (e.g. a monthly amount). */
	perDayNote?: Msg;
	/** Amount for the row; undefined when it cannot be computed (shown as such, not as zero). */
	amount?: Dec;
	/** Bar label; defaults to the month of `from`. */
	label?: Msg;
}

export function sumRows(rows: TimelineRow[]): Dec {
	return rows.reduce((s, r) => (r.amount ? s.plus(r.amount) : s), new Dec(0));
}

export function timelineTable(rows: TimelineRow[], caption: Msg = { key: 'timeline.caption' }): ResultTable {
	return {
		id: 'timeline',
		caption,
		csv: true,
		columns: [
			{ id: 'from', label: { key: 'timeline.columns.from' } },
			{ id: 'to', label: { key: 'timeline.columns.to' } },
			{ id: 'what', label: { key: 'timeline.columns.what' } },
			{ id: 'days', label: { key: 'timeline.columns.days' }, numeric: true },
			{ id: 'perDay', label: { key: 'timeline.columns.perDay' }, numeric: true },
			{ id: 'amount', label: { key: 'timeline.columns.amount' }, numeric: true }
		],
		rows: rows.map((r) => [
			date(r.from),
			date(r.to),
			{ type: 'text', key: r.what.key, params: r.what.params },
			r.dayKind === 'one-off'
				? { type: 'text', key: 'timeline.oneOff' }
				: { type: 'text', key: r.dayKind === 'working' ? 'timeline.workingDays' : 'timeline.calendarDays', params: { count: r.days } },
			r.perDay
				? perDay(r.perDay)
				: r.perDayNote
					? { type: 'text', key: r.perDayNote.key, params: r.perDayNote.params }
					: { type: 'text', key: r.dayKind === 'one-off' ? 'timeline.notApplicable' : 'timeline.notComputed' },
			r.amount ? money(r.amount) : { type: 'text', key: 'timeline.notComputed' }
		])
	};
}

export function timelineChart(rows: TimelineRow[], title: Msg = { key: 'timeline.chart' }): BarChart {
	return {
		type: 'bars',
		id: 'timelineChart',
		title,
		unit: 'eur',
		items: rows
			.filter((r) => r.amount)
			.map((r) => ({
				label: r.label ?? { key: 'timeline.bar', params: { from: date(r.from), to: date(r.to) } },
				value: r.amount!.toFixed(2)
			}))
	};
}

/** The wage fields questioned when a monthly wage is above the year's maximum contribution object (README "Decisions"). */
export function wagePlausibility(input: WageInput, asOf: IsoDate): Msg[] {
	return input.wageMode === 'list'
		? monthlyAboveAnnualMaximum('monthlyWages', input.monthlyWages ?? [], asOf)
		: monthlyAboveAnnualMaximum('averageWage', [input.averageWage], asOf);
}
