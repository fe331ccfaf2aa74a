/**
 * Minimum hourly rate of a month (MK noteikumi Nr. 656, p. 3) with the month's hours split as the
 * Welfare Ministry splits them, the split of the minimum wage, and the month as a day-by-day table.
 */
import {
	calendar,
	hoursSteps,
	hoursValue,
	daysValue,
	minimumHourlyRate,
	monthCalendar,
	monthGrid,
	monthValue,
	rateSteps,
	rateValue,
	type ScheduleId
} from '$lib/calendar';
import type { IsoDate } from '$lib/engine/dates';
import { money, statusNotices, type Msg, type Outcome } from '$lib/engine/explain';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['rate', 'totalHours'];

export interface MinimumHourlyRateInput {
	month: string;
	schedule: ScheduleId;
	/** Not asked for a six-day week: transfer orders do not concern it. */
	followsTransfers?: boolean;
}

/** `asOf` does not change the answer: the rules in force in the chosen month apply. */
export function compute(input: MinimumHourlyRateInput, _asOf: IsoDate): Outcome {
	const r = minimumHourlyRate(calendar, input.month, input.schedule, input.followsTransfers ?? false);
	const h = r.hours;
	const { wage, rate, split } = rateSteps(r);
	const steps = [wage, ...hoursSteps(h), rate, ...split];
	const places = r.rulesRow.value.rateDecimals;
	const splitPlaces = r.rulesRow.value.paySplitDecimals;

	const notices: Msg[] = statusNotices(steps);
	// calendar.md §9: no Welfare Ministry 35-hour table was found; the split uses the 1-hour rule.
	if (input.schedule === '35' && h.preHoliday.gt(0)) notices.push({ key: 'notices.derived35' });
	if (h.transfers.length > 0 && !input.followsTransfers) notices.push({ key: 'notices.transfersNotFollowed' });
	// The six-day split (7 + 5 hours, 6 + 5 hours) is derived from Labour Law s.133; the Welfare
	// Ministry's six-day tables could not be read to check it.
	if (h.sixDay) notices.push({ key: 'notices.derivedSixDay' });

	return {
		kind: 'result',
		primary: PRIMARY,
		summary: {
			key: 'summary',
			params: {
				month: monthValue(h.month),
				rate: rateValue(r.rate.value, places),
				total: hoursValue(h.total),
				weekly: hoursValue(h.weeklyHours)
			}
		},
		figures: [
			{ id: 'rate', label: { key: 'figures.rate' }, value: rateValue(r.rate.value, places) },
			{ id: 'minimumWage', label: { key: 'figures.minimumWage' }, value: money(r.wage) },
			{ id: 'totalHours', label: { key: 'figures.totalHours' }, value: hoursValue(h.total) },
			{ id: 'workedHours', label: { key: 'figures.workedHours' }, value: hoursValue(h.worked) },
			{ id: 'holidayHours', label: { key: 'figures.holidayHours' }, value: hoursValue(h.holiday) },
			{ id: 'preHolidayHours', label: { key: 'figures.preHolidayHours' }, value: hoursValue(h.preHoliday) },
			{ id: 'workingDays', label: { key: 'figures.workingDays' }, value: daysValue(h.workingDays) },
			{ id: 'payWorked', label: { key: 'figures.payWorked' }, value: money(r.payWorked.value.toFixed(splitPlaces)) },
			{ id: 'payPaidAbsence', label: { key: 'figures.payPaidAbsence' }, value: money(r.payPaidAbsence.value.toFixed(splitPlaces)) }
		],
		steps,
		notices,
		tables: [monthGrid(h)],
		calendars: [monthCalendar(h)],
		charts: [
			{
				type: 'bars',
				id: 'hours',
				title: { key: 'chart.title', params: { month: monthValue(h.month) } },
				items: [
					{ label: { key: 'figures.workedHours' }, value: h.worked.toString() },
					{ label: { key: 'figures.holidayHours' }, value: h.holiday.toString() },
					{ label: { key: 'figures.preHolidayHours' }, value: h.preHoliday.toString() }
				],
				unit: 'hours'
			}
		]
	};
}
