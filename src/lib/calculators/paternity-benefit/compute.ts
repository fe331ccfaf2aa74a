/**
 * Paternity benefit. Law «Par maternitātes un slimības apdrošināšanu»; Labour Law section 155.
 * 80 % of the average insurance contribution wage for the leave granted on the birth of a child.
 * By the child's date of birth: up to 31.07.2022 — 10 calendar days, used before the child is
 * 2 months old (seed 004; latvija.lv); from 01.08.2022 — 10 working days, used before the child is
 * 6 months old, and since 01.04.2023 the benefit is computed per working day, recalculated for
 * children born from 01.08.2022 (VSAA; LV portāls 2023). Condition: contributions for 3 of the last
 * 6 or 6 of the last 24 months. Claimed within 6 months of the first day of the leave.
 */
import { addDaysIso, type IsoDate } from '$lib/engine/dates';
import { money, step, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { requireAt } from '$lib/engine/tables';
import { averageWage, referenceFigures, type WageInput } from '$lib/benefits/average-wage';
import {
	claimDeadline,
	contributionCondition,
	dailyAmount,
	date,
	days,
	figure,
	months,
	pct,
	perDay,
	sumRows,
	timelineChart,
	timelineTable,
	type TimelineRow
} from '$lib/benefits/common';
import { addMonthsIso, nextWeekdays } from '$lib/benefits/periods';
import { paternityTable, paternityWorkingDayTable } from '$lib/benefits/tables';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['total', 'benefitPerDay', 'paidDays'];

export interface PaternityInput extends WageInput {
	birthDate: IsoDate;
	leaveStart: IsoDate;
	insured: boolean;
	months6: number;
	months24?: number;
}

/** Consecutive dates (weekdays that follow each other across weekends count as one block). */
function blocks(dates: IsoDate[]): Array<{ from: IsoDate; to: IsoDate; count: number }> {
	const out: Array<{ from: IsoDate; to: IsoDate; count: number }> = [];
	for (const d of dates) {
		const last = out[out.length - 1];
		if (last && addDaysIso(last.to, 1) === d) {
			last.to = d;
			last.count++;
		} else out.push({ from: d, to: d, count: 1 });
	}
	return out;
}

export function computePaternity(input: PaternityInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const reasons: Msg[] = [];
	const rule = requireAt(paternityTable, input.birthDate);
	const r = rule.value;
	const windowEnd = addDaysIso(addMonthsIso(input.birthDate, r.windowMonths), -1);

	steps.push(
		step(
			'leaveRule',
			{ key: 'steps.leaveRule' },
			{
				value: {
					type: 'text',
					key: r.leaveDayKind === 'working' ? 'values.workingDays' : 'values.calendarDays',
					params: { count: r.leaveDays }
				},
				detail: {
					key: 'steps.leaveRuleDetail',
					params: { birth: date(input.birthDate), window: months(r.windowMonths), end: date(windowEnd) }
				},
				rows: [rule]
			}
		)
	);

	if (!input.insured) reasons.push({ key: 'reasons.notInsured' });
	const condition = contributionCondition(input.leaveStart, input.months6, input.months24);
	steps.push(condition.step);
	reasons.push(...condition.reasons);
	if (input.leaveStart > windowEnd) reasons.push({ key: 'reasons.tooLate', params: { end: date(windowEnd), window: r.windowMonths } });
	if (reasons.length > 0) {
		return {
			kind: 'not-eligible',
			primary: PRIMARY,
			summary: { key: 'summary.notEligible' },
			reasons,
			figures: [figure('latestDay', date(windowEnd))],
			steps,
			notices
		};
	}

	const working = r.leaveDayKind === 'working';
	const formula = working ? requireAt(paternityWorkingDayTable, input.birthDate) : undefined;
	const wage = averageWage(input, input.leaveStart, { perWorkingDay: formula });
	steps.push(...wage.steps);
	notices.push(...wage.notices);
	const base = working ? wage.perWorkingDay!.value : wage.daily;
	const daily = dailyAmount(base, r.benefitRate);
	steps.push(
		step(
			'benefitPerDay',
			{ key: working ? 'steps.benefitPerWorkingDay' : 'steps.benefitPerDay' },
			{
				value: perDay(daily.value),
				detail: {
					key: 'steps.benefitPerDayDetail',
					params: { rate: pct(r.benefitRate), average: { type: 'rate', value: base.toFixed(4), unit: 'eur-per-day' } }
				},
				rows: [rule],
				rounding: daily.rounding
			}
		)
	);

	// The leave days, only those before the child reaches the age limit are paid.
	const leaveDates = working
		? nextWeekdays(input.leaveStart, r.leaveDays)
		: Array.from({ length: r.leaveDays }, (_, i) => addDaysIso(input.leaveStart, i));
	const paid = leaveDates.filter((d) => d <= windowEnd);
	if (paid.length < leaveDates.length)
		notices.push({ key: 'notices.partlyLate', params: { end: date(windowEnd), unpaid: leaveDates.length - paid.length } });
	if (working) notices.push({ key: 'notices.weekdaysAssumed' });
	const rows: TimelineRow[] = blocks(paid).map((b) => ({
		from: b.from,
		to: b.to,
		days: b.count,
		dayKind: working ? 'working' : 'calendar',
		what: { key: 'timeline.paternity', params: { rate: pct(r.benefitRate) } },
		perDay: daily.value,
		amount: daily.value.times(b.count)
	}));
	const total = sumRows(rows);
	const leaveEnd = leaveDates[leaveDates.length - 1];

	const claim = claimDeadline(input.leaveStart, r.claimMonths, rule, asOf);
	steps.push(claim.step);
	notices.push(...claim.notices);

	return {
		kind: 'result',
		primary: PRIMARY,
		summary: {
			key: working ? 'summary.resultWorking' : 'summary.resultCalendar',
			params: { total: money(total), count: paid.length, from: date(input.leaveStart), to: date(leaveEnd) }
		},
		figures: [
			figure('total', money(total)),
			figure('benefitPerDay', perDay(daily.value)),
			figure('paidDays', days(paid.length)),
			figure('leaveStart', date(input.leaveStart)),
			figure('leaveEnd', date(leaveEnd)),
			figure('latestDay', date(windowEnd)),
			figure('claimDeadline', date(claim.deadline)),
			...referenceFigures(wage.period)
		],
		steps,
		notices,
		tables: [timelineTable(rows), ...(wage.table ? [wage.table] : [])],
		charts: [timelineChart(rows)]
	};
}
