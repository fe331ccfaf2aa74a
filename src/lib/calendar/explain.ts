/**
 * Explanation steps and tables for a month of the working-time calendar, shared by the minimum-rate
 * calculators. Message keys are under `cal.` in the calculator's namespace (each calculator spreads
 * `calendarMessages` from ./messages.*.ts into its own messages).
 */
import { dateValue, money, step, text, type Display, type MonthCalendar, type ResultTable, type Step } from '$lib/engine/explain';
import type { Dec } from '$lib/engine/decimal';
import type { RowInForce } from '$lib/engine/tables';
import type { DayInfo, MonthHours } from './calendar';
import type { MinimumRate } from './minimum-rate';

export const hoursValue = (d: Dec | string | number): Display => ({ type: 'number', value: String(d), unit: 'hours' });
export const daysValue = (n: number): Display => ({ type: 'number', value: String(n), unit: 'days' });
export const monthValue = (m: string): Display => ({ type: 'month', value: m });
export const rateValue = (d: Dec, places: number): Display => ({ type: 'rate', value: d.toFixed(places), unit: 'eur-per-hour' });
const localized = (v: { lv: string; en: string }): Display => ({ type: 'localized', value: v });

function uniqueRows(rows: RowInForce<unknown>[]): RowInForce<unknown>[] {
	const seen = new Set<string>();
	return rows.filter((r) => {
		const k = `${r.table}@${r.validFrom}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/** The key under `cal.kinds` for a day, a pre-holiday day being its own kind in lists and grids. */
export function kindKey(d: DayInfo): string {
	if (d.preHoliday) return d.kind === 'transferred-working' ? 'transferred-working-pre-holiday' : 'pre-holiday';
	return d.kind;
}

/**
 * In a six-day week only Sunday is a rest day: the kinds that say "weekend" and the legend lines that
 * describe Saturdays get their own wording (`cal.kindsSixDay`, `cal.legendSixDay`).
 */
const SIX_DAY_KINDS = new Set(['weekend', 'weekend-holiday']);
const SIX_DAY_LEGEND = new Set(['working', 'weekend', 'weekend-holiday', 'substitute']);
const kindLabel = (k: string, sixDay: boolean) => (sixDay && SIX_DAY_KINDS.has(k) ? `cal.kindsSixDay.${k}` : `cal.kinds.${k}`);
const legendText = (k: string, sixDay: boolean) => (sixDay && SIX_DAY_LEGEND.has(k) ? `cal.legendSixDay.${k}` : `cal.legend.${k}`);

/** A short note for the grid: which holiday, which transfer, why shortened. */
export function dayNote(d: DayInfo, sixDay = false): Display {
	const name = d.holidays[0] ? localized(d.holidays[0].name) : undefined;
	switch (d.kind) {
		case 'holiday':
			return text('cal.notes.holiday', { name: name! });
		case 'weekend-holiday':
			return text(sixDay ? 'cal.notes.restDayHoliday' : 'cal.notes.weekendHoliday', { name: name! });
		case 'substitute':
			return text('cal.notes.substitute', { name: localized(d.substituteFor!.name), date: dateValue(d.substituteFor!.date) });
		case 'transferred-off':
			return text('cal.notes.transferredOff', { to: dateValue(d.transfer!.workingDay) });
		case 'transferred-working':
			if (d.preHoliday?.reason === 'transferred') {
				return text('cal.notes.transferredWorkingPre', { from: dateValue(d.transfer!.dayOff), name: localized(d.preHoliday.holiday.name) });
			}
			if (d.preHoliday) {
				return text('cal.notes.transferredWorkingEve', { from: dateValue(d.transfer!.dayOff), name: localized(d.preHoliday.holiday.name) });
			}
			return text('cal.notes.transferredWorking', { from: dateValue(d.transfer!.dayOff) });
		case 'working':
			if (d.preHoliday) return text('cal.notes.preHoliday', { name: localized(d.preHoliday.holiday.name) });
			if (d.transfer && !d.transfer.applied) return text('cal.notes.transferNotFollowed', { to: dateValue(d.transfer.workingDay) });
			return text('cal.notes.none');
		case 'weekend':
			if (d.transfer && !d.transfer.applied) return text('cal.notes.transferNotFollowedSaturday', { from: dateValue(d.transfer.dayOff) });
			return text('cal.notes.none');
	}
}

/** One row per day: date, weekday, kind, note, worked / holiday / pre-holiday hours. */
export function monthGrid(hours: MonthHours): ResultTable {
	return {
		id: 'days',
		caption: { key: 'cal.grid.caption', params: { month: monthValue(hours.month) } },
		columns: [
			{ id: 'date', label: { key: 'cal.grid.date' } },
			{ id: 'weekday', label: { key: 'cal.grid.weekday' } },
			{ id: 'kind', label: { key: 'cal.grid.kind' } },
			{ id: 'note', label: { key: 'cal.grid.note' } },
			{ id: 'worked', label: { key: 'cal.grid.worked' }, numeric: true },
			{ id: 'holiday', label: { key: 'cal.grid.holiday' }, numeric: true },
			{ id: 'preHoliday', label: { key: 'cal.grid.preHoliday' }, numeric: true }
		],
		rows: hours.days.map((d) => [
			dateValue(d.date),
			text(`cal.weekdays.${d.weekday}`),
			text(kindLabel(kindKey(d), hours.sixDay)),
			dayNote(d, hours.sixDay),
			hoursValue(d.hours.worked),
			hoursValue(d.hours.holiday),
			hoursValue(d.hours.preHoliday)
		]),
		csv: true
	};
}

/** The month as a calendar grid with a legend of the kinds of day that occur in it. */
export function monthCalendar(hours: MonthHours): MonthCalendar {
	const kinds = [...new Set(hours.days.map(kindKey))];
	return {
		id: 'calendar',
		month: hours.month,
		caption: { key: 'cal.grid.calendarCaption', params: { month: monthValue(hours.month) } },
		days: hours.days.map((d) => ({
			date: d.date,
			kind: kindKey(d),
			label: { key: kindLabel(kindKey(d), hours.sixDay) },
			note: dayNote(d, hours.sixDay),
			hours: hoursValue(d.hours.worked.plus(d.hours.holiday).plus(d.hours.preHoliday))
		})),
		legend: kinds.map((k) => ({
			kind: k,
			label: { key: kindLabel(k, hours.sixDay) },
			description: { key: legendText(k, hours.sixDay) }
		}))
	};
}

/** Is this day worth a line in the explanation? */
function notable(d: DayInfo): boolean {
	return d.kind !== 'working' && d.kind !== 'weekend' ? true : Boolean(d.preHoliday || d.transfer);
}

/** One step per day that is not an ordinary working day or weekend, saying what it is and under which rule. */
export function daySteps(hours: MonthHours): Step[] {
	return hours.days.filter(notable).map((d) => {
		const id = `day-${d.date}`;
		const date = dateValue(d.date);
		const name = d.holidays[0] ? localized(d.holidays[0].name) : undefined;
		const pre = d.preHoliday;
		const preParams = pre ? { name: localized(pre.holiday.name), holidayDate: dateValue(pre.holiday.date) } : {};
		const rows = uniqueRows(d.rows);
		switch (d.kind) {
			case 'holiday':
				return step(
					id,
					{ key: 'cal.steps.day.holiday', params: { date, name: name! } },
					{
						value: hoursValue(d.hours.holiday),
						detail: { key: 'cal.steps.day.holidayDetail', params: { hours: hoursValue(d.hours.holiday) } },
						rows
					}
				);
			case 'weekend-holiday': {
				const h = d.holidays[0];
				const detail = h.substitutable ? 'cal.steps.day.weekendHolidaySubstitute' : 'cal.steps.day.weekendHolidayNoSubstitute';
				return step(id, { key: 'cal.steps.day.weekendHoliday', params: { date, name: name! } }, { detail: { key: detail }, rows });
			}
			case 'substitute':
				return step(
					id,
					{
						key: 'cal.steps.day.substitute',
						params: { date, name: localized(d.substituteFor!.name), holidayDate: dateValue(d.substituteFor!.date) }
					},
					{
						value: hoursValue(d.hours.holiday),
						detail: { key: 'cal.steps.day.substituteDetail', params: { hours: hoursValue(d.hours.holiday) } },
						rows
					}
				);
			case 'transferred-off':
				return step(
					id,
					{ key: 'cal.steps.day.transferredOff', params: { date, to: dateValue(d.transfer!.workingDay) } },
					{
						detail: orderDetail(d),
						rows
					}
				);
			case 'transferred-working':
				return step(
					id,
					{ key: 'cal.steps.day.transferredWorking', params: { date, from: dateValue(d.transfer!.dayOff) } },
					{
						value: hoursValue(d.hours.worked.plus(d.hours.preHoliday)),
						detail: pre
							? {
									key: pre.reason === 'transferred' ? 'cal.steps.day.transferredPreHolidayDetail' : 'cal.steps.day.preHolidayDetail',
									params: {
										...preParams,
										worked: hoursValue(d.hours.worked),
										pre: hoursValue(d.hours.preHoliday),
										from: dateValue(d.transfer!.dayOff)
									}
								}
							: orderDetail(d),
						rows
					}
				);
			case 'working':
			case 'weekend':
				if (pre) {
					return step(
						id,
						{ key: 'cal.steps.day.preHoliday', params: { date, ...preParams } },
						{
							value: hoursValue(d.hours.preHoliday),
							detail: {
								key: 'cal.steps.day.preHolidayDetail',
								params: { ...preParams, worked: hoursValue(d.hours.worked), pre: hoursValue(d.hours.preHoliday) }
							},
							rows
						}
					);
				}
				// A transfer the employer does not follow: the day stays what it was.
				return step(
					id,
					{
						key: d.kind === 'working' ? 'cal.steps.day.transferNotFollowed' : 'cal.steps.day.transferNotFollowedSaturday',
						params: { date, other: dateValue(d.kind === 'working' ? d.transfer!.workingDay : d.transfer!.dayOff) }
					},
					{ rows }
				);
		}
	});
}

function orderDetail(d: DayInfo) {
	const o = d.transfer?.order;
	if (o?.number && o.date)
		return { key: 'cal.steps.day.orderNumbered', params: { number: o.number, orderDate: dateValue(o.date), title: o.title } };
	if (o) return { key: 'cal.steps.day.orderUnnumbered', params: { title: o.title } };
	return undefined;
}

/** The schedule: weekly and daily hours, and in a six-day week the shorter Saturday (Labour Law s.133). */
export function scheduleStep(hours: MonthHours): Step {
	const weekly = hoursValue(hours.weeklyHours);
	const daily = hoursValue(hours.dailyHours);
	return step(
		'schedule',
		hours.sixDay
			? { key: 'cal.steps.scheduleSixDay', params: { weekly, daily, saturday: hoursValue(hours.saturdayHours) } }
			: { key: 'cal.steps.schedule', params: { weekly, daily } },
		{ value: daily, rows: [hours.workingTimeRow] }
	);
}

const SATURDAY = 6;

/** Days of the month that match, Saturdays counted apart in a six-day week (their hours differ). */
function countDays(hours: MonthHours, f: (d: DayInfo) => boolean) {
	const days = hours.days.filter(f);
	const saturdays = hours.sixDay ? days.filter((d) => d.weekday === SATURDAY).length : 0;
	return { all: days.length, saturdays, others: days.length - saturdays };
}

/** The month's hours, step by step, ending with the total (calendar.md §1). */
export function hoursSteps(hours: MonthHours): Step[] {
	const holidayDays = countDays(hours, (d) => d.hours.holiday.gt(0));
	const preDays = hours.days.filter((d) => d.hours.preHoliday.gt(0)).length;
	const workingDays = countDays(hours, (d) => d.scheduled);
	const six = hours.sixDay;
	const saturday = hoursValue(hours.saturdayHours);
	return [
		scheduleStep(hours),
		step(
			'weekdays',
			{ key: 'cal.steps.weekdays', params: { month: monthValue(hours.month) } },
			{ value: daysValue(hours.weekdays), rows: [hours.workingTimeRow] }
		),
		...(six
			? [
					step(
						'saturdays',
						{ key: 'cal.steps.saturdays', params: { month: monthValue(hours.month) } },
						{ value: daysValue(hours.saturdays), rows: [hours.workingTimeRow] }
					)
				]
			: []),
		...daySteps(hours),
		step(
			'working-days',
			{
				key: !hours.transfersApply
					? 'cal.steps.workingDaysSixDay'
					: hours.followsTransfers
						? 'cal.steps.workingDaysFollowed'
						: 'cal.steps.workingDaysNotFollowed'
			},
			{
				value: daysValue(hours.workingDays),
				rows: hours.transfers.length > 0 || hours.followsTransfers ? [hours.transfersRow] : []
			}
		),
		step(
			'holiday-hours',
			{ key: 'cal.steps.holidayHours' },
			{
				value: hoursValue(hours.holiday),
				detail: six
					? {
							key: 'cal.steps.holidayHoursDetailSixDay',
							params: {
								daily: hoursValue(hours.dailyHours),
								days: daysValue(holidayDays.others),
								saturday,
								saturdays: daysValue(holidayDays.saturdays),
								hours: hoursValue(hours.holiday)
							}
						}
					: {
							key: 'cal.steps.holidayHoursDetail',
							params: { daily: hoursValue(hours.dailyHours), days: daysValue(holidayDays.all), hours: hoursValue(hours.holiday) }
						}
			}
		),
		step(
			'pre-holiday-hours',
			{ key: 'cal.steps.preHolidayHours' },
			{
				value: hoursValue(hours.preHoliday),
				detail: {
					key: 'cal.steps.preHolidayHoursDetail',
					params: { shortening: hoursValue(hours.shortening), days: daysValue(preDays), hours: hoursValue(hours.preHoliday) }
				},
				rows: preDays > 0 ? [hours.shorteningRow] : []
			}
		),
		step(
			'worked-hours',
			{ key: 'cal.steps.workedHours' },
			{
				value: hoursValue(hours.worked),
				detail: six
					? {
							key: 'cal.steps.workedHoursDetailSixDay',
							params: {
								daily: hoursValue(hours.dailyHours),
								days: daysValue(workingDays.others),
								saturday,
								saturdays: daysValue(workingDays.saturdays),
								holiday: hoursValue(hours.holiday),
								pre: hoursValue(hours.preHoliday),
								worked: hoursValue(hours.worked)
							}
						}
					: {
							key: 'cal.steps.workedHoursDetail',
							params: {
								daily: hoursValue(hours.dailyHours),
								// Holidays included here, because their hours are subtracted next.
								days: daysValue(hours.scheduledDays),
								holiday: hoursValue(hours.holiday),
								pre: hoursValue(hours.preHoliday),
								worked: hoursValue(hours.worked)
							}
						}
			}
		),
		step(
			'total-hours',
			{ key: 'cal.steps.totalHours' },
			{
				value: hoursValue(hours.total),
				detail: {
					key: six ? 'cal.steps.totalHoursDetailSixDay' : 'cal.steps.totalHoursDetail',
					params: {
						worked: hoursValue(hours.worked),
						holiday: hoursValue(hours.holiday),
						pre: hoursValue(hours.preHoliday),
						total: hoursValue(hours.total),
						daily: hoursValue(hours.dailyHours),
						weekdays: daysValue(hours.weekdays),
						...(six ? { saturday, saturdays: daysValue(hours.saturdays) } : {})
					}
				},
				rows: [hours.workingTimeRow]
			}
		)
	];
}

/** The wage step, the rate and the pay split (MK 656 p. 3; LM tables). */
export function rateSteps(r: MinimumRate): { wage: Step; rate: Step; split: Step[] } {
	const places = r.rulesRow.value.rateDecimals;
	const splitPlaces = r.rulesRow.value.paySplitDecimals;
	return {
		wage: step(
			'minimum-wage',
			{ key: 'cal.steps.wage', params: { month: monthValue(r.hours.month) } },
			{ value: money(r.wage), rows: [r.wageRow] }
		),
		rate: step(
			'rate',
			{ key: 'cal.steps.rate' },
			{
				value: rateValue(r.rate.value, places),
				detail: {
					key: 'cal.steps.rateDetail',
					params: { wage: money(r.wage), total: hoursValue(r.hours.total), rate: rateValue(r.rate.value, places) }
				},
				rows: [r.wageRow, r.rulesRow],
				rounding: r.rate.rounding
			}
		),
		split: [
			step(
				'pay-worked',
				{ key: 'cal.steps.payWorked' },
				{
					value: money(r.payWorked.value.toFixed(splitPlaces)),
					detail: {
						key: 'cal.steps.payWorkedDetail',
						params: { wage: money(r.wage), hours: hoursValue(r.hours.worked), total: hoursValue(r.hours.total) }
					},
					rows: [r.rulesRow],
					rounding: r.payWorked.rounding
				}
			),
			step(
				'pay-paid-absence',
				{ key: 'cal.steps.payPaidAbsence' },
				{
					value: money(r.payPaidAbsence.value.toFixed(splitPlaces)),
					detail: {
						key: 'cal.steps.payPaidAbsenceDetail',
						params: { wage: money(r.wage), hours: hoursValue(r.hours.holiday.plus(r.hours.preHoliday)), total: hoursValue(r.hours.total) }
					},
					rows: [r.rulesRow],
					rounding: r.payPaidAbsence.rounding
				}
			)
		]
	};
}
