/**
 * Sick pay and sickness benefit. Law «Par maternitātes un slimības apdrošināšanu»
 * (https://likumi.lv/ta/id/38051): the first day of incapacity is not paid; the employer pays sick
 * pay (sheet A) from day 2 for the working days the employee would have worked — at least 75 % of
 * average earnings on days 2–3 and at least 80 % later; VSAA pays sickness benefit (sheet B) of 80 %
 * of the average insurance contribution wage per calendar day from day 11, or from day 10 when the
 * first day of incapacity is on or after 1 April 2022 (VSAA notice), for at most 26 weeks of
 * continuous incapacity (52 weeks if the medical commission extends it). For a sick child under 14
 * VSAA pays from day 1 to day 14, or to day 21 if the child was also cared for in hospital.
 * Condition: contributions for 3 of the last 6 or 6 of the last 24 months before the month of the
 * event. The benefit is claimed within 6 months of the first day of illness.
 */
import { addDaysIso, ageOn, minIso, type IsoDate } from '$lib/engine/dates';
import { Dec, percent, roundMoney } from '$lib/engine/decimal';
import { money, step, text, type Figure, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { requireAt } from '$lib/engine/tables';
import { averageWage, referenceFigures, type WageInput } from '$lib/benefits/average-wage';
import {
	claimDeadline,
	contributionCondition,
	dailyAmount,
	date,
	days,
	figure,
	pct,
	perDay,
	sumRows,
	timelineChart,
	timelineTable,
	type TimelineRow
} from '$lib/benefits/common';
import { inclusiveDays, splitByMonth, weekdaysBetween } from '$lib/benefits/periods';
import { sickChildTable, sicknessTable } from '$lib/benefits/tables';
import type { CASES } from './form';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['agencyTotal', 'benefitPerDay', 'total'];

export type SicknessCase = (typeof CASES)[number];

export interface SicknessInput extends WageInput {
	case: SicknessCase;
	firstDay: IsoDate;
	lastDay: IsoDate;
	/** The medical commission (VDEĀVK) extended the benefit beyond 26 weeks. */
	extended?: boolean;
	/** Average earnings per working day (vidējā izpeļņa) for the employer's sick pay. */
	dailyEarnings?: string;
	childBirthDate?: IsoDate;
	/** The child was cared for in hospital for part of the time. */
	hospital?: boolean;
	/** Employee or self-employed when the incapacity began. */
	insured: boolean;
	months6: number;
	months24?: number;
}

export function computeSickness(input: SicknessInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const reasons: Msg[] = [];
	const { firstDay, lastDay } = input;

	steps.push(step('case', { key: 'steps.case' }, { value: text(`fields.case.options.${input.case}.label`) }));

	// 1. Eligibility first (STYLE.md principle 7).
	if (!input.insured) reasons.push({ key: 'reasons.notInsured' });
	const condition = contributionCondition(firstDay, input.months6, input.months24);
	steps.push(condition.step);
	reasons.push(...condition.reasons);
	const childRule = input.case === 'sick-child' ? requireAt(sickChildTable, firstDay) : undefined;
	if (childRule && input.childBirthDate) {
		const age = ageOn(input.childBirthDate, firstDay);
		const ok = age.years < childRule.value.childAgeLimitYears;
		steps.push(
			step(
				'childAge',
				{ key: 'steps.childAge' },
				{
					value: { type: 'age', years: age.years, months: age.months },
					detail: { key: 'steps.childAgeDetail', params: { limit: childRule.value.childAgeLimitYears } },
					rows: [childRule]
				}
			)
		);
		if (!ok) reasons.push({ key: 'reasons.childTooOld', params: { limit: childRule.value.childAgeLimitYears, age: age.years } });
	}
	if (reasons.length > 0) {
		return { kind: 'not-eligible', primary: PRIMARY, summary: { key: 'summary.notEligible' }, reasons, figures: [], steps, notices };
	}

	// 2. Average contribution wage of the 12 months ending 2 months before the month of the first day.
	const wage = averageWage(input, firstDay);
	steps.push(...wage.steps);
	notices.push(...wage.notices);

	const rows: TimelineRow[] = [];
	let claimRow;
	let agencyFrom: IsoDate | undefined;
	let agencyRate: string;
	let maxEnd: IsoDate;

	if (input.case === 'own-illness') {
		const rule = requireAt(sicknessTable, firstDay);
		const r = rule.value;
		claimRow = rule;
		agencyRate = r.benefitRate;
		steps.push(
			step(
				'agencyFirstDay',
				{ key: 'steps.agencyFirstDay' },
				{
					value: text('values.dayN', { n: r.agencyFirstDay }),
					detail: { key: 'steps.agencyFirstDayDetail', params: { first: date(firstDay), employerLast: r.agencyFirstDay - 1 } },
					rows: [rule]
				}
			)
		);
		const maxWeeks = input.extended ? r.maxWeeksExtended : r.maxWeeksContinuous;
		maxEnd = addDaysIso(firstDay, maxWeeks * 7 - 1);
		steps.push(
			step(
				'maxDuration',
				{ key: 'steps.maxDuration' },
				{
					value: date(maxEnd),
					detail: { key: input.extended ? 'steps.maxDurationExtended' : 'steps.maxDurationDetail', params: { weeks: maxWeeks } },
					rows: [rule]
				}
			)
		);

		// Day 1: not paid by anyone.
		rows.push({ from: firstDay, to: firstDay, days: 1, what: { key: 'timeline.day1' }, perDay: new Dec(0), amount: new Dec(0) });

		// Sheet A: the employer, for the working days in days 2 … agencyFirstDay − 1.
		const earnings = input.dailyEarnings !== undefined ? new Dec(input.dailyEarnings) : undefined;
		const employerBands = [
			{ fromDay: r.employerFirstDay, toDay: r.employerLowerRateLastDay, rate: r.employerLowerRate },
			{ fromDay: r.employerLowerRateLastDay + 1, toDay: r.agencyFirstDay - 1, rate: r.employerHigherRate }
		];
		for (const band of employerBands) {
			const from = addDaysIso(firstDay, band.fromDay - 1);
			if (from > lastDay) break;
			const to = minIso(addDaysIso(firstDay, band.toDay - 1), lastDay);
			const workdays = weekdaysBetween(from, to);
			let daily: Dec | undefined;
			if (earnings) {
				const rounded = roundMoney(earnings.times(percent(band.rate)), 'common:rounding.cents');
				daily = rounded.value;
				steps.push(
					step(
						`employerDaily${band.fromDay}`,
						{ key: 'steps.employerDaily', params: { from: band.fromDay, to: band.toDay } },
						{
							value: perDay(daily),
							detail: { key: 'steps.employerDailyDetail', params: { earnings: money(earnings), rate: pct(band.rate) } },
							rows: [rule],
							rounding: rounded.rounding
						}
					)
				);
			}
			rows.push({
				from,
				to,
				days: workdays,
				dayKind: 'working',
				what: { key: 'timeline.employer', params: { rate: pct(band.rate), fromDay: band.fromDay, toDay: band.toDay } },
				perDay: daily,
				amount: daily ? daily.times(workdays) : undefined
			});
		}
		notices.push({ key: earnings ? 'notices.weekdaysAssumed' : 'notices.employerNotComputed' });
		agencyFrom = addDaysIso(firstDay, r.agencyFirstDay - 1);
	} else {
		const r = childRule!.value;
		claimRow = childRule!;
		agencyRate = r.benefitRate;
		const maxDays = input.hospital ? r.hospitalMaxDays : r.homeMaxDays;
		maxEnd = addDaysIso(firstDay, maxDays - 1);
		steps.push(
			step(
				'maxDuration',
				{ key: 'steps.childMaxDuration' },
				{
					value: date(maxEnd),
					detail: { key: input.hospital ? 'steps.childHospital' : 'steps.childHome', params: { days: maxDays } },
					rows: [childRule!]
				}
			)
		);
		agencyFrom = firstDay;
	}

	// Sheet B: VSAA, 80 % of the average per calendar day, month by month.
	const daily = dailyAmount(wage.daily, agencyRate);
	const agencyTo = minIso(lastDay, maxEnd);
	let agencyDays = 0;
	if (agencyFrom <= agencyTo) {
		steps.push(
			step(
				'benefitPerDay',
				{ key: 'steps.benefitPerDay' },
				{
					value: perDay(daily.value),
					detail: {
						key: 'steps.benefitPerDayDetail',
						params: { rate: pct(agencyRate), average: { type: 'rate', value: wage.daily.toFixed(4), unit: 'eur-per-day' } }
					},
					rows: [claimRow],
					rounding: daily.rounding
				}
			)
		);
		for (const seg of splitByMonth(agencyFrom, agencyTo)) {
			agencyDays += seg.days;
			rows.push({
				from: seg.from,
				to: seg.to,
				days: seg.days,
				what: { key: 'timeline.agency', params: { rate: pct(agencyRate) } },
				perDay: daily.value,
				amount: daily.value.times(seg.days)
			});
		}
	}
	if (lastDay > maxEnd)
		notices.push({ key: 'notices.beyondMaximum', params: { end: date(maxEnd), unpaid: inclusiveDays(addDaysIso(maxEnd, 1), lastDay) } });

	const agencyTotal = sumRows(rows.filter((r) => r.what.key === 'timeline.agency'));
	const employerRows = rows.filter((r) => r.what.key === 'timeline.employer');
	const employerComputed = employerRows.length > 0 && employerRows.every((r) => r.amount);
	const total = sumRows(rows);

	const claim = claimDeadline(firstDay, claimRow.value.claimMonths, claimRow, asOf);
	steps.push(claim.step);
	notices.push(...claim.notices);

	const figures: Figure[] = [
		figure('agencyTotal', money(agencyTotal)),
		figure('agencyDays', days(agencyDays)),
		figure('benefitPerDay', perDay(daily.value)),
		...referenceFigures(wage.period)
	];
	if (agencyDays > 0) figures.push(figure('agencyFrom', date(agencyFrom)), figure('agencyTo', date(agencyTo)));
	if (input.case === 'own-illness' && employerComputed) figures.push(figure('employerTotal', money(sumRows(employerRows))));
	figures.push(figure('total', money(total)), figure('claimDeadline', date(claim.deadline)));

	const summary: Msg =
		agencyDays > 0
			? { key: 'summary.result', params: { total: money(agencyTotal), days: agencyDays, from: date(agencyFrom), to: date(agencyTo) } }
			: { key: 'summary.employerOnly', params: { from: date(agencyFrom) } };

	return {
		kind: 'result',
		primary: PRIMARY,
		summary,
		figures,
		steps,
		notices,
		tables: [timelineTable(rows), ...(wage.table ? [wage.table] : [])],
		charts: [timelineChart(rows)]
	};
}
