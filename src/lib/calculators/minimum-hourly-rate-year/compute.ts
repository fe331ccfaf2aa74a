/**
 * The twelve months of a year for a schedule: hours split and minimum hourly rate of each month
 * (MK noteikumi Nr. 656, p. 3), as the Welfare Ministry publishes them each year, downloadable as CSV.
 */
import {
	calendar,
	calendarTables,
	daysValue,
	hoursValue,
	minimumHourlyRate,
	monthValue,
	rateValue,
	scheduleStep,
	type MinimumRate,
	type ScheduleId
} from '$lib/calendar';
import type { IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { money, statusNotices, step, type Msg, type Outcome, type ResultTable, type Step } from '$lib/engine/explain';
import { requireAt, type RowInForce } from '$lib/engine/tables';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['lowestRate', 'highestRate', 'totalHours'];

export interface MinimumRateYearInput {
	year: number;
	schedule: ScheduleId;
	/** Not asked for a six-day week: transfer orders do not concern it. */
	followsTransfers?: boolean;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

/** `asOf` does not change the answer: the rules in force in each month apply. */
export function compute(input: MinimumRateYearInput, _asOf: IsoDate): Outcome {
	const year = String(input.year).padStart(4, '0');
	const months: MinimumRate[] = MONTHS.map((m) =>
		minimumHourlyRate(calendar, `${year}-${m}`, input.schedule, input.followsTransfers ?? false)
	);
	const places = months[0].rulesRow.value.rateDecimals;
	const splitPlaces = months[0].rulesRow.value.paySplitDecimals;
	const sum = (f: (r: MinimumRate) => Dec) => months.reduce((a, r) => a.plus(f(r)), new Dec(0));
	const total = sum((r) => r.hours.total);
	const worked = sum((r) => r.hours.worked);
	const holiday = sum((r) => r.hours.holiday);
	const pre = sum((r) => r.hours.preHoliday);
	const workingDays = months.reduce((a, r) => a + r.hours.workingDays, 0);
	const rates = months.map((r) => r.rate.value);
	const lowest = Dec.min(...rates);
	const highest = Dec.max(...rates);

	const jan1 = `${year}-01-01`;
	const first = months[0].hours;
	const follows = first.followsTransfers;
	const wageRows = [...new Map(months.map((r) => [r.wageRow.validFrom, r.wageRow])).values()];
	const calendarRows: RowInForce<unknown>[] = [
		requireAt(calendarTables.publicHolidays, jan1),
		requireAt(calendarTables.songFestival, jan1),
		requireAt(calendarTables.oneOffHolidays, jan1),
		first.shorteningRow,
		...(follows ? [first.transfersRow] : [])
	];

	const steps: Step[] = [
		...wageRows.map((row) =>
			step(
				`minimum-wage-${row.validFrom}`,
				{ key: 'steps.wage', params: { since: { type: 'date', value: row.validFrom } } },
				{ value: money(row.value), rows: [row] }
			)
		),
		scheduleStep(first),
		step(
			'calendar',
			{
				key: !first.transfersApply ? 'steps.calendarSixDay' : follows ? 'steps.calendarFollowed' : 'steps.calendarNotFollowed',
				params: { year: input.year }
			},
			{ rows: calendarRows }
		),
		...months.map((r) =>
			step(
				`month-${r.hours.month}`,
				{ key: 'steps.month', params: { month: monthValue(r.hours.month) } },
				{
					value: rateValue(r.rate.value, places),
					detail: {
						key: 'steps.monthDetail',
						params: {
							worked: hoursValue(r.hours.worked),
							holiday: hoursValue(r.hours.holiday),
							pre: hoursValue(r.hours.preHoliday),
							total: hoursValue(r.hours.total),
							wage: money(r.wage),
							rate: rateValue(r.rate.value, places)
						}
					},
					rows: [r.wageRow, r.rulesRow],
					rounding: r.rate.rounding
				}
			)
		)
	];

	const table: ResultTable = {
		id: 'months',
		caption: { key: 'table.caption', params: { year: input.year, weekly: hoursValue(first.weeklyHours) } },
		columns: [
			{ id: 'month', label: { key: 'table.month' } },
			{ id: 'workingDays', label: { key: 'table.workingDays' }, numeric: true },
			{ id: 'worked', label: { key: 'table.worked' }, numeric: true },
			{ id: 'holiday', label: { key: 'table.holiday' }, numeric: true },
			{ id: 'preHoliday', label: { key: 'table.preHoliday' }, numeric: true },
			{ id: 'total', label: { key: 'table.total' }, numeric: true },
			{ id: 'wage', label: { key: 'table.wage' }, numeric: true },
			{ id: 'rate', label: { key: 'table.rate' }, numeric: true },
			{ id: 'payWorked', label: { key: 'table.payWorked' }, numeric: true },
			{ id: 'payPaidAbsence', label: { key: 'table.payPaidAbsence' }, numeric: true }
		],
		rows: months.map((r) => [
			monthValue(r.hours.month),
			daysValue(r.hours.workingDays),
			hoursValue(r.hours.worked),
			hoursValue(r.hours.holiday),
			hoursValue(r.hours.preHoliday),
			hoursValue(r.hours.total),
			money(r.wage),
			rateValue(r.rate.value, places),
			money(r.payWorked.value.toFixed(splitPlaces)),
			money(r.payPaidAbsence.value.toFixed(splitPlaces))
		]),
		csv: true
	};

	const notices: Msg[] = statusNotices(steps);
	if (input.schedule === '35' && pre.gt(0)) notices.push({ key: 'notices.derived35' });
	if (!follows && months.some((r) => r.hours.transfers.length > 0)) notices.push({ key: 'notices.transfersNotFollowed' });
	if (first.sixDay) notices.push({ key: 'notices.derivedSixDay' });

	return {
		kind: 'result',
		primary: PRIMARY,
		summary: {
			key: 'summary',
			params: {
				year: input.year,
				total: hoursValue(total),
				lowest: rateValue(lowest, places),
				highest: rateValue(highest, places),
				weekly: hoursValue(first.weeklyHours)
			}
		},
		figures: [
			{ id: 'totalHours', label: { key: 'figures.totalHours' }, value: hoursValue(total) },
			{ id: 'workedHours', label: { key: 'figures.workedHours' }, value: hoursValue(worked) },
			{ id: 'holidayHours', label: { key: 'figures.holidayHours' }, value: hoursValue(holiday) },
			{ id: 'preHolidayHours', label: { key: 'figures.preHolidayHours' }, value: hoursValue(pre) },
			{ id: 'workingDays', label: { key: 'figures.workingDays' }, value: daysValue(workingDays) },
			{ id: 'lowestRate', label: { key: 'figures.lowestRate' }, value: rateValue(lowest, places) },
			{ id: 'highestRate', label: { key: 'figures.highestRate' }, value: rateValue(highest, places) }
		],
		steps,
		notices,
		tables: [table]
	};
}
