/**
 * The minimum pay for a given amount of working time:
 * - part-time: the minimum monthly wage in proportion to the agreed weekly hours ("minimālo mēneša
 *   darba algu nosaka proporcionāli nostrādātajam laikam", LM / seed 004);
 * - hours in a month: the month's minimum hourly rate (MK 656 p. 3, rounded as LM publishes it)
 *   × the hours, in whole cents;
 * - summed working time over a reference period of several months: at least the minimum wage of
 *   each month of the period (MK 656 p. 4) when all normal hours are worked, and the period's average
 *   rate TLminv = MDA × n / hp for hours beyond them (p. 5).
 */
import {
	calendar,
	hoursValue,
	minimumHourlyRate,
	monthValue,
	rateSteps,
	rateValue,
	roundRate,
	type MinimumRate,
	type ScheduleId
} from '$lib/calendar';
import { addYearsMonths, type IsoDate } from '$lib/engine/dates';
import { Dec, roundMoney } from '$lib/engine/decimal';
import { money, statusNotices, step, type Display, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import type { MODES } from './form';

export type Mode = (typeof MODES)[number];

export interface MinimumPayInput {
	mode: Mode;
	schedule: ScheduleId;
	/** part-time and hours */
	month?: string;
	/** part-time: agreed hours a week */
	weeklyHours?: string;
	/** hours: hours to be paid in the month */
	hoursWorked?: string;
	/** summed: first month of the reference period */
	periodStart?: string;
	/** summed: months in the reference period */
	months?: number;
	/** summed: hours worked over the period */
	periodHours?: string;
}

const MONEY_REASON = 'common:rounding.cents';
const weekHoursValue = (d: Dec | string): Display => ({ type: 'number', value: String(d), unit: 'hours' });

/** The months of a reference period, as YYYY-MM. */
export function periodMonths(start: string, n: number): string[] {
	return Array.from({ length: n }, (_, i) => addYearsMonths(`${start}-01`, 0, i).slice(0, 7));
}

export function compute(input: MinimumPayInput, _asOf: IsoDate): Outcome {
	switch (input.mode) {
		case 'part-time':
			return partTime(input);
		case 'hours':
			return hoursInMonth(input);
		case 'summed':
			return summed(input);
	}
}

/** The month's rate and its wage / total-hours / rate steps. Transfers do not change the total. */
function monthRate(month: string, schedule: string): { r: MinimumRate; steps: Step[] } {
	const r = minimumHourlyRate(calendar, month, schedule, true);
	const { wage, rate } = rateSteps(r);
	const total = step(
		'total-hours',
		{ key: 'steps.totalHours', params: { month: monthValue(month) } },
		{
			value: hoursValue(r.hours.total),
			detail: {
				key: r.hours.sixDay ? 'steps.totalHoursDetailSixDay' : 'steps.totalHoursDetail',
				params: {
					daily: hoursValue(r.hours.dailyHours),
					weekdays: { type: 'number', value: String(r.hours.weekdays), unit: 'days' },
					...(r.hours.sixDay
						? { saturday: hoursValue(r.hours.saturdayHours), saturdays: { type: 'number', value: String(r.hours.saturdays), unit: 'days' } }
						: {})
				}
			},
			rows: [r.hours.workingTimeRow]
		}
	);
	return { r, steps: [wage, total, rate] };
}

/** The six-day split is derived from Labour Law s.133; the Welfare Ministry six-day tables were not read. */
const sixDayNotice = (rates: MinimumRate[]): Msg[] => (rates.some((r) => r.hours.sixDay) ? [{ key: 'notices.derivedSixDay' }] : []);

function partTime(input: MinimumPayInput): Outcome {
	const { r, steps } = monthRate(input.month!, input.schedule);
	const weekly = new Dec(input.weeklyHours!);
	const normal = r.hours.weeklyHours;
	const pay = roundMoney(r.wage.times(weekly).div(normal), MONEY_REASON);
	const places = r.rulesRow.value.rateDecimals;
	steps.push(
		step('normal-week', { key: 'steps.normalWeek' }, { value: weekHoursValue(normal), rows: [r.hours.workingTimeRow] }),
		step(
			'part-time-minimum',
			{ key: 'steps.partTimeMinimum' },
			{
				value: money(pay.value),
				detail: {
					key: 'steps.partTimeMinimumDetail',
					params: { wage: money(r.wage), hours: weekHoursValue(weekly), normal: weekHoursValue(normal) }
				},
				rows: [r.wageRow],
				rounding: pay.rounding
			}
		)
	);
	return {
		kind: 'result',
		summary: {
			key: 'summary.partTime',
			params: { month: monthValue(r.hours.month), hours: weekHoursValue(weekly), amount: money(pay.value) }
		},
		figures: [
			{ id: 'minimumPay', label: { key: 'figures.partTimeMinimum' }, value: money(pay.value) },
			{ id: 'rate', label: { key: 'figures.rate' }, value: rateValue(r.rate.value, places) },
			{ id: 'minimumWage', label: { key: 'figures.minimumWage' }, value: money(r.wage) }
		],
		steps,
		notices: [...statusNotices(steps), ...sixDayNotice([r]), { key: 'notices.partTimeNoShortening' }]
	};
}

function hoursInMonth(input: MinimumPayInput): Outcome {
	const { r, steps } = monthRate(input.month!, input.schedule);
	const hours = new Dec(input.hoursWorked!);
	const places = r.rulesRow.value.rateDecimals;
	// The published (rounded) rate is what employers multiply by: 184 h × 2.0652 = 380.00 (LM, seed 004).
	const pay = roundMoney(r.rate.value.times(hours), MONEY_REASON);
	steps.push(
		step(
			'minimum-pay',
			{ key: 'steps.minimumPay' },
			{
				value: money(pay.value),
				detail: { key: 'steps.minimumPayDetail', params: { rate: rateValue(r.rate.value, places), hours: hoursValue(hours) } },
				rounding: pay.rounding
			}
		)
	);
	const notices: Msg[] = [...statusNotices(steps), ...sixDayNotice([r])];
	if (hours.gt(r.hours.total)) notices.push({ key: 'notices.overtime', params: { normal: hoursValue(r.hours.total) } });
	return {
		kind: 'result',
		summary: { key: 'summary.hours', params: { month: monthValue(r.hours.month), hours: hoursValue(hours), amount: money(pay.value) } },
		figures: [
			{ id: 'minimumPay', label: { key: 'figures.minimumPay' }, value: money(pay.value) },
			{ id: 'rate', label: { key: 'figures.rate' }, value: rateValue(r.rate.value, places) },
			{ id: 'normalHours', label: { key: 'figures.normalHours' }, value: hoursValue(r.hours.total) }
		],
		steps,
		notices
	};
}

function summed(input: MinimumPayInput): Outcome {
	const months = periodMonths(input.periodStart!, input.months!);
	const rates = months.map((m) => minimumHourlyRate(calendar, m, input.schedule, true));
	const rules = rates[rates.length - 1].rulesRow;
	const places = rules.value.rateDecimals;
	const wageSum = rates.reduce((a, r) => a.plus(r.wage), new Dec(0));
	const normal = rates.reduce((a, r) => a.plus(r.hours.total), new Dec(0));
	const worked = new Dec(input.periodHours!);
	// MK 656 p. 5: TLminv = MDA × n / hp. Where the wage changes inside the period, MDA × n is the sum
	// of each month's wage (the same sum p. 4 guarantees).
	const average = roundRate(wageSum.div(normal), rules.value);
	const extra = worked.minus(normal);
	const pay = extra.gte(0)
		? roundMoney(wageSum.plus(extra.times(average.value)), MONEY_REASON)
		: roundMoney(worked.times(average.value), MONEY_REASON);

	const steps: Step[] = [
		...rates.map((r) =>
			step(
				`month-${r.hours.month}`,
				{ key: 'steps.periodMonth', params: { month: monthValue(r.hours.month) } },
				{
					value: money(r.wage),
					detail: { key: 'steps.periodMonthDetail', params: { total: hoursValue(r.hours.total) } },
					rows: [r.wageRow, r.hours.workingTimeRow]
				}
			)
		),
		step('period-minimum', { key: 'steps.periodMinimum', params: { n: months.length } }, { value: money(wageSum), rows: [rules] }),
		step('period-hours', { key: 'steps.periodHours' }, { value: hoursValue(normal) }),
		step(
			'average-rate',
			{ key: 'steps.averageRate' },
			{
				value: rateValue(average.value, places),
				detail: {
					key: 'steps.averageRateDetail',
					params: { wages: money(wageSum), hours: hoursValue(normal), rate: rateValue(average.value, places) }
				},
				rows: [rules],
				rounding: average.rounding
			}
		),
		extra.gte(0)
			? step(
					'minimum-pay',
					{ key: 'steps.summedPayFull' },
					{
						value: money(pay.value),
						detail: {
							key: 'steps.summedPayFullDetail',
							params: { wages: money(wageSum), extra: hoursValue(extra), rate: rateValue(average.value, places) }
						},
						rows: [rules],
						rounding: pay.rounding
					}
				)
			: step(
					'minimum-pay',
					{ key: 'steps.summedPayShort' },
					{
						value: money(pay.value),
						detail: { key: 'steps.summedPayShortDetail', params: { hours: hoursValue(worked), rate: rateValue(average.value, places) } },
						rounding: pay.rounding
					}
				)
	];
	const notices: Msg[] = [...statusNotices(steps), ...sixDayNotice(rates)];
	if (months.length <= rules.value.summedPeriodLongerThanMonths) notices.push({ key: 'notices.singleMonth' });
	if (extra.gt(0)) notices.push({ key: 'notices.overtimeSummed', params: { extra: hoursValue(extra) } });
	if (extra.lt(0)) notices.push({ key: 'notices.shortPeriod', params: { normal: hoursValue(normal) } });

	return {
		kind: 'result',
		summary: {
			key: 'summary.summed',
			params: {
				from: monthValue(months[0]),
				to: monthValue(months[months.length - 1]),
				hours: hoursValue(worked),
				amount: money(pay.value)
			}
		},
		figures: [
			{ id: 'minimumPay', label: { key: 'figures.minimumPay' }, value: money(pay.value) },
			{ id: 'periodMinimum', label: { key: 'figures.periodMinimum' }, value: money(wageSum) },
			{ id: 'normalHours', label: { key: 'figures.periodNormalHours' }, value: hoursValue(normal) },
			{ id: 'averageRate', label: { key: 'figures.averageRate' }, value: rateValue(average.value, places) }
		],
		steps,
		notices,
		tables: [
			{
				id: 'period',
				caption: { key: 'table.caption' },
				columns: [
					{ id: 'month', label: { key: 'table.month' } },
					{ id: 'wage', label: { key: 'table.wage' }, numeric: true },
					{ id: 'total', label: { key: 'table.total' }, numeric: true },
					{ id: 'rate', label: { key: 'table.rate' }, numeric: true }
				],
				rows: rates.map((r) => [monthValue(r.hours.month), money(r.wage), hoursValue(r.hours.total), rateValue(r.rate.value, places)]),
				csv: true
			}
		]
	};
}
