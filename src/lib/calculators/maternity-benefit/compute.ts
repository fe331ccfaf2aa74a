/**
 * Maternity benefit. Law «Par maternitātes un slimības apdrošināšanu» (https://likumi.lv/ta/id/38051);
 * LM «Maternitātes pabalsts»: 80 % of the average insurance contribution wage per calendar day, for
 * 56 days of pregnancy leave (70 if the woman registered with a doctor by the 12th week) and 56 days
 * of post-natal leave (70 with complications or a multiple birth). The pregnancy leave is counted
 * back from the expected date of birth; nothing is deducted if the child is born earlier or later.
 * From 2020 a woman who lost employee or self-employed status at most 60 days (210 on liquidation)
 * before the leave is also entitled. Each part is claimed within 6 months of its first day.
 */
import { addDaysIso, type IsoDate } from '$lib/engine/dates';
import { money, step, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { requireAt } from '$lib/engine/tables';
import { averageWage, referenceFigures, type WageInput } from '$lib/benefits/average-wage';
import {
	claimDeadline,
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
import { maternityTable } from '$lib/benefits/tables';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['total', 'benefitPerDay', 'totalDays'];

export interface MaternityInput extends WageInput {
	/** Expected date of birth (the pregnancy leave is counted back from it). */
	dueDate: IsoDate;
	/** Registered with a doctor by the 12th week of pregnancy. */
	earlyRegistration: boolean;
	/** Complications, or two or more children born. */
	complications: boolean;
	/** Employee or self-employed on the first day of the leave. */
	insured: boolean;
	/** If not insured: days between losing the status and the first day of the leave. */
	daysSinceStatusLost?: number;
	/** The status was lost because the employer was liquidated. */
	liquidation?: boolean;
}

export function computeMaternity(input: MaternityInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	// The day counts never changed; the row in force on the first day of the leave decides the rest.
	const prenatal = requireAt(maternityTable, input.dueDate).value;
	const prenatalDays = input.earlyRegistration ? prenatal.prenatalDaysEarlyRegistration : prenatal.prenatalDays;
	const leaveStart = addDaysIso(input.dueDate, -prenatalDays);
	const rule = requireAt(maternityTable, leaveStart);
	const r = rule.value;
	const postnatalDays = input.complications ? r.postnatalDaysComplications : r.postnatalDays;

	steps.push(
		step(
			'prenatal',
			{ key: 'steps.prenatal' },
			{
				value: days(prenatalDays),
				detail: {
					key: input.earlyRegistration ? 'steps.prenatalEarly' : 'steps.prenatalDetail',
					params: { start: date(leaveStart), due: date(input.dueDate) }
				},
				rows: [rule]
			}
		),
		step(
			'postnatal',
			{ key: 'steps.postnatal' },
			{
				value: days(postnatalDays),
				detail: { key: input.complications ? 'steps.postnatalComplications' : 'steps.postnatalDetail' },
				rows: [rule]
			}
		)
	);

	// Eligibility: insured at the start of the leave, or lost the status shortly before (from 2020).
	if (!input.insured) {
		const grace = input.liquidation ? r.lostStatusGraceDaysLiquidation : r.lostStatusGraceDays;
		const lost = input.daysSinceStatusLost ?? Number.POSITIVE_INFINITY;
		const ok = lost <= grace;
		steps.push(
			step(
				'statusLost',
				{ key: 'steps.statusLost' },
				{
					value: { type: 'yesno', value: ok },
					detail: { key: 'steps.statusLostDetail', params: { grace, lost: Number.isFinite(lost) ? lost : '—' } },
					rows: [rule]
				}
			)
		);
		if (!ok) {
			const reason: Msg =
				grace === 0
					? { key: 'reasons.notInsured', params: { start: date(leaveStart) } }
					: { key: 'reasons.statusLostTooEarly', params: { lost: Number.isFinite(lost) ? lost : '—', grace } };
			return {
				kind: 'not-eligible',
				primary: PRIMARY,
				summary: { key: 'summary.notEligible' },
				reasons: [reason],
				figures: [figure('leaveStart', date(leaveStart))],
				steps,
				notices
			};
		}
	}

	const wage = averageWage(input, leaveStart);
	steps.push(...wage.steps);
	notices.push(...wage.notices);
	const daily = dailyAmount(wage.daily, r.benefitRate);
	steps.push(
		step(
			'benefitPerDay',
			{ key: 'steps.benefitPerDay' },
			{
				value: perDay(daily.value),
				detail: {
					key: 'steps.benefitPerDayDetail',
					params: { rate: pct(r.benefitRate), average: { type: 'rate', value: wage.daily.toFixed(4), unit: 'eur-per-day' } }
				},
				rows: [rule],
				rounding: daily.rounding
			}
		)
	);

	const postStart = input.dueDate;
	const rows: TimelineRow[] = [
		{
			from: leaveStart,
			to: addDaysIso(leaveStart, prenatalDays - 1),
			days: prenatalDays,
			what: { key: 'timeline.prenatal' },
			perDay: daily.value,
			amount: daily.value.times(prenatalDays),
			label: { key: 'timeline.prenatalBar' }
		},
		{
			from: postStart,
			to: addDaysIso(postStart, postnatalDays - 1),
			days: postnatalDays,
			what: { key: 'timeline.postnatal' },
			perDay: daily.value,
			amount: daily.value.times(postnatalDays),
			label: { key: 'timeline.postnatalBar' }
		}
	];
	const total = sumRows(rows);
	notices.push({ key: 'notices.birthDate' });

	const claim1 = claimDeadline(leaveStart, r.claimMonths, rule, asOf, 'steps.claimPrenatal');
	const claim2 = claimDeadline(postStart, r.claimMonths, rule, asOf, 'steps.claimPostnatal');
	steps.push({ ...claim1.step, id: 'claimPrenatal' }, { ...claim2.step, id: 'claimPostnatal' });
	notices.push(...claim1.notices);

	return {
		kind: 'result',
		primary: PRIMARY,
		summary: {
			key: 'summary.result',
			params: {
				total: money(total),
				days: prenatalDays + postnatalDays,
				part1: money(rows[0].amount!),
				part2: money(rows[1].amount!),
				start: date(leaveStart)
			}
		},
		figures: [
			figure('total', money(total)),
			figure('benefitPerDay', perDay(daily.value)),
			figure('totalDays', days(prenatalDays + postnatalDays)),
			figure('leaveStart', date(leaveStart)),
			figure('leaveEnd', date(rows[1].to)),
			figure('prenatalAmount', money(rows[0].amount!)),
			figure('postnatalAmount', money(rows[1].amount!)),
			figure('claimPrenatal', date(claim1.deadline)),
			figure('claimPostnatal', date(claim2.deadline)),
			...referenceFigures(wage.period)
		],
		steps,
		notices,
		tables: [timelineTable(rows), ...(wage.table ? [wage.table] : [])],
		charts: [timelineChart(rows)]
	};
}
