/**
 * Compensation after a work accident or occupational disease. Law «Par obligāto sociālo
 * apdrošināšanu pret nelaimes gadījumiem darbā un arodslimībām»; LM; VSAA; seed 004.
 * - Loss of capacity to work of at least 25 %: a monthly compensation of 35–80 % of the average
 *   monthly contribution wage (the 36 months with the highest sum in the last 5 years), by the
 *   percentage lost; from 2026 not less than the minimum disability pension of the person's group.
 * - Survivors: 25/35/45/55 % of the deceased's average monthly wage for 1/2/3/4+ children
 *   (40/50/60/70 % for orphans), at least a set minimum per child (by age: under 7 / from 7).
 * Both are claimed within 6 months of the insured event. Amounts are as granted on the event date.
 */
import { addDaysIso, type IsoDate } from '$lib/engine/dates';
import { Dec, percent, roundMoney } from '$lib/engine/decimal';
import { money, step, type Figure, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { requireAt } from '$lib/engine/tables';
import { claimDeadline, date, figure, pct, sumRows, timelineChart, timelineTable, type TimelineRow } from '$lib/benefits/common';
import { addMonthsIso, inclusiveDays } from '$lib/benefits/periods';
import { disabilityCoefficientsTable, minimumPensionBaseTable, survivorTable, workInjuryTable } from '$lib/benefits/tables';
import { vsnpSurvivor } from '$lib/state-benefits/tables';
import type { GROUPS, MODES } from './form';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['monthly', 'total'];

export interface WorkInjuryInput {
	mode: (typeof MODES)[number];
	/** Date the loss of capacity was set (loss) or date of death (survivors). */
	eventDate: IsoDate;
	/** Monthly average contribution wage (the 36 best months of the last 5 years). */
	averageWage: string;
	lossPercent?: number;
	disabilityGroup?: (typeof GROUPS)[number];
	children?: number;
	childrenUnder7?: number;
	orphan?: boolean;
}

const ROUND = 'common:rounding.cents';

function twelveMonths(from: IsoDate, amount: Dec, what: Msg): TimelineRow[] {
	return Array.from({ length: 12 }, (_, i) => {
		const a = addMonthsIso(from, i);
		const b = addDaysIso(addMonthsIso(from, i + 1), -1);
		return {
			from: a,
			to: b,
			days: inclusiveDays(a, b),
			what,
			perDayNote: { key: 'timeline.perMonth' },
			amount,
			label: { key: 'timeline.monthN', params: { n: i + 1 } }
		};
	});
}

export function computeWorkInjury(input: WorkInjuryInput, asOf: IsoDate): Outcome {
	return input.mode === 'survivors' ? survivors(input, asOf) : loss(input, asOf);
}

function loss(input: WorkInjuryInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const rule = requireAt(workInjuryTable, input.eventDate);
	const r = rule.value;
	const lost = input.lossPercent ?? 0;
	if (lost < r.minLossPercent) {
		steps.push(
			step(
				'lossCheck',
				{ key: 'steps.lossCheck' },
				{
					value: { type: 'yesno', value: false },
					detail: { key: 'steps.lossCheckDetail', params: { have: lost, need: r.minLossPercent } },
					rows: [rule]
				}
			)
		);
		return {
			kind: 'not-eligible',
			primary: PRIMARY,
			summary: { key: 'summary.notEligible' },
			reasons: [{ key: 'reasons.lossTooLow', params: { have: lost, need: r.minLossPercent } }],
			figures: [],
			steps,
			notices
		};
	}
	const band = r.bands.find((b) => lost >= b.fromPercent)!;
	steps.push(
		step(
			'rate',
			{ key: 'steps.rate' },
			{ value: pct(band.rate), detail: { key: 'steps.rateDetail', params: { lost, from: band.fromPercent } }, rows: [rule] }
		)
	);
	const wage = new Dec(input.averageWage);
	const computed = roundMoney(wage.times(percent(band.rate)), ROUND);
	steps.push(
		step(
			'compensation',
			{ key: 'steps.compensation' },
			{
				value: money(computed.value),
				detail: { key: 'steps.compensationDetail', params: { rate: pct(band.rate), wage: money(wage) } },
				rounding: computed.rounding
			}
		)
	);
	let monthly = computed.value;
	const group = input.disabilityGroup ?? 'none';
	if (r.minimumIsDisabilityPension && group !== 'none') {
		// Minimum disability pension of the group = base × coefficient (facts.md §5.11; state-benefits tables).
		const base = requireAt(minimumPensionBaseTable, input.eventDate);
		const coefficient = requireAt(disabilityCoefficientsTable, input.eventDate);
		const floor = roundMoney(new Dec(base.value.general).times(coefficient.value[group]), 'common:rounding.cents');
		if (floor.value.gt(monthly)) monthly = floor.value;
		steps.push(
			step(
				'minimum',
				{ key: 'steps.minimum' },
				{
					value: money(monthly),
					detail: {
						key: 'steps.minimumDetail',
						params: {
							group,
							base: money(base.value.general),
							coefficient: { type: 'number', value: coefficient.value[group] },
							floor: money(floor.value)
						}
					},
					rows: [rule, base, coefficient],
					rounding: floor.rounding
				}
			)
		);
	} else if (r.minimumIsDisabilityPension) notices.push({ key: 'notices.noGroup' });
	const claim = claimDeadline(input.eventDate, r.claimMonths, rule, asOf);
	steps.push(claim.step);
	notices.push(...claim.notices, { key: 'notices.asGranted' });
	const rows = twelveMonths(input.eventDate, monthly, { key: 'timeline.loss', params: { rate: pct(band.rate) } });
	const figures: Figure[] = [
		figure('monthly', money(monthly)),
		figure('rate', pct(band.rate)),
		figure('total', money(sumRows(rows))),
		figure('claimDeadline', date(claim.deadline))
	];
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: { key: 'summary.loss', params: { monthly: money(monthly), rate: pct(band.rate), lost } },
		figures,
		steps,
		notices,
		tables: [timelineTable(rows, { key: 'timeline.captionYear' })],
		charts: [timelineChart(rows)]
	};
}

function survivors(input: WorkInjuryInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const n = input.children ?? 0;
	if (n < 1) {
		return {
			kind: 'not-eligible',
			primary: PRIMARY,
			summary: { key: 'summary.notEligibleSurvivors' },
			reasons: [{ key: 'reasons.noChildren' }],
			figures: [],
			steps,
			notices
		};
	}
	const rule = requireAt(survivorTable, input.eventDate);
	const r = rule.value;
	const byCount = [...r.byChildren].reverse().find((b) => n >= b.children)!;
	const rate = input.orphan ? byCount.orphanRate : byCount.rate;
	steps.push(
		step(
			'rate',
			{ key: 'steps.survivorRate' },
			{
				value: pct(rate),
				detail: { key: input.orphan ? 'steps.survivorRateOrphan' : 'steps.survivorRateDetail', params: { children: n } },
				rows: [rule]
			}
		)
	);
	const wage = new Dec(input.averageWage);
	const computed = roundMoney(wage.times(percent(rate)), ROUND);
	steps.push(
		step(
			'compensation',
			{ key: 'steps.survivorCompensation' },
			{
				value: money(computed.value),
				detail: { key: 'steps.compensationDetail', params: { rate: pct(rate), wage: money(wage) } },
				rounding: computed.rounding
			}
		)
	);
	const share = roundMoney(computed.value.div(n), ROUND);
	const young = Math.min(input.childrenUnder7 ?? 0, n);
	// One table holds the minimum per child for the survivor's compensation and the state social
	// security benefit (the same Cabinet regulation set both from 01.04.2017; law s.23(10) from 2021).
	const min = requireAt(vsnpSurvivor, input.eventDate);
	let total: Dec;
	if (min.value.under7 === null || min.value.from7 === null) {
		total = share.value.times(n);
		notices.push({ key: 'notices.minimumUnknown' });
		steps.push(
			step(
				'perChild',
				{ key: 'steps.perChild' },
				{
					value: money(share.value),
					detail: { key: 'steps.perChildNoMinimum', params: { children: n } },
					rows: [min],
					rounding: share.rounding
				}
			)
		);
	} else {
		const perYoung = Dec.max(share.value, min.value.under7);
		const perOld = Dec.max(share.value, min.value.from7);
		total = perYoung.times(young).plus(perOld.times(n - young));
		steps.push(
			step(
				'perChild',
				{ key: 'steps.perChild' },
				{
					value: money(share.value),
					detail: {
						key: 'steps.perChildDetail',
						params: {
							children: n,
							young,
							under7: money(min.value.under7),
							from7: money(min.value.from7),
							perYoung: money(perYoung),
							perOld: money(perOld)
						}
					},
					rows: [min],
					rounding: share.rounding
				}
			)
		);
	}
	const claim = claimDeadline(input.eventDate, r.claimMonths, rule, asOf);
	steps.push(claim.step);
	notices.push(...claim.notices, { key: 'notices.asGranted' });
	const rows = twelveMonths(input.eventDate, total, { key: 'timeline.survivors', params: { children: n } });
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: { key: 'summary.survivors', params: { monthly: money(total), children: n } },
		figures: [
			figure('monthly', money(total)),
			figure('rate', pct(rate)),
			figure('total', money(sumRows(rows))),
			figure('claimDeadline', date(claim.deadline))
		],
		steps,
		notices,
		tables: [timelineTable(rows, { key: 'timeline.captionYear' })],
		charts: [timelineChart(rows)]
	};
}
