/**
 * Benefit for the surviving spouse of a pensioner. Law «Par valsts pensijām», section 37(3)
 * (https://likumi.lv/ta/id/38048); VSAA; latvija.lv: for deaths from 01.01.2019, if the deceased
 * received an old-age, disability, survivor's or service pension and was married to the survivor,
 * who also receives a pension, the survivor gets 50 % of the deceased's pension (including the
 * supplement for record before 1996) for 12 months from the day of death. Claimed within 6 months
 * of the death (a later claim gives the right from 6 months before it). Before 2019 VSAA paid a
 * one-off benefit of 2 months' pension (claimed within 6 months).
 */
import { addDaysIso, type IsoDate } from '$lib/engine/dates';
import { Dec, percent, roundMoney } from '$lib/engine/decimal';
import { money, step, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { requireAt } from '$lib/engine/tables';
import { claimDeadline, date, figure, months, pct, sumRows, timelineChart, timelineTable, type TimelineRow } from '$lib/benefits/common';
import { addMonthsIso, inclusiveDays } from '$lib/benefits/periods';
import { survivorSpouseTable } from '$lib/benefits/tables';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['total', 'perMonth'];

export interface SurvivorSpouseInput {
	deathDate: IsoDate;
	/** The deceased's monthly pension, including the supplement for record before 1996. */
	pension: string;
	/** Registered marriage (from 2024 also registered partnership) on the day of death. */
	married: boolean;
	/** The survivor receives an old-age, disability, service or special state pension. */
	spousePensioner: boolean;
}

const ROUND = 'common:rounding.cents';

export function computeSurvivorSpouse(input: SurvivorSpouseInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const rule = requireAt(survivorSpouseTable, input.deathDate);
	const r = rule.value;
	const reasons: Msg[] = [];
	if (!input.married) reasons.push({ key: 'reasons.notMarried' });
	if (!input.spousePensioner) reasons.push({ key: 'reasons.notPensioner' });
	steps.push(step('rule', { key: 'steps.rule' }, { value: { type: 'text', key: `values.${r.kind}` }, rows: [rule] }));
	if (reasons.length > 0)
		return { kind: 'not-eligible', primary: PRIMARY, summary: { key: 'summary.notEligible' }, reasons, figures: [], steps, notices };

	const pension = new Dec(input.pension);
	const rows: TimelineRow[] = [];
	let perMonth: Dec | undefined;
	if (r.kind === 'monthly') {
		const amount = roundMoney(pension.times(percent(r.share)), ROUND);
		perMonth = amount.value;
		steps.push(
			step(
				'perMonth',
				{ key: 'steps.perMonth' },
				{
					value: money(amount.value),
					detail: { key: 'steps.perMonthDetail', params: { share: pct(r.share), pension: money(pension), months: r.months } },
					rows: [rule],
					rounding: amount.rounding
				}
			)
		);
		for (let i = 0; i < r.months; i++) {
			const from = addMonthsIso(input.deathDate, i);
			const to = addDaysIso(addMonthsIso(input.deathDate, i + 1), -1);
			rows.push({
				from,
				to,
				days: inclusiveDays(from, to),
				what: { key: 'timeline.month', params: { n: i + 1 } },
				perDayNote: { key: 'timeline.perMonth' },
				amount: amount.value,
				label: { key: 'timeline.monthN', params: { n: i + 1 } }
			});
		}
	} else {
		const amount = roundMoney(pension.times(r.pensionMonths), ROUND);
		steps.push(
			step(
				'oneOff',
				{ key: 'steps.oneOff' },
				{
					value: money(amount.value),
					detail: { key: 'steps.oneOffDetail', params: { months: r.pensionMonths, pension: money(pension) } },
					rows: [rule],
					rounding: amount.rounding
				}
			)
		);
		rows.push({
			from: input.deathDate,
			to: input.deathDate,
			days: 1,
			dayKind: 'one-off',
			what: { key: 'timeline.oneOff' },
			amount: amount.value,
			label: { key: 'timeline.oneOff' }
		});
	}
	const total = sumRows(rows);
	const claim = claimDeadline(input.deathDate, r.claimMonths, rule, asOf);
	steps.push(claim.step);
	notices.push(...claim.notices);
	if (r.kind === 'monthly') notices.push({ key: 'notices.lateClaim' });

	return {
		kind: 'result',
		primary: PRIMARY,
		summary:
			r.kind === 'monthly'
				? {
						key: 'summary.monthly',
						params: { perMonth: money(perMonth!), months: r.months, total: money(total), deadline: date(claim.deadline) }
					}
				: { key: 'summary.oneOff', params: { total: money(total), deadline: date(claim.deadline) } },
		figures: [
			figure('total', money(total)),
			...(perMonth
				? [figure('perMonth', money(perMonth)), figure('months', months(rows.length)), figure('end', date(rows[rows.length - 1].to))]
				: []),
			figure('claimDeadline', date(claim.deadline))
		],
		steps,
		notices,
		tables: [timelineTable(rows)],
		charts: [timelineChart(rows)]
	};
}
