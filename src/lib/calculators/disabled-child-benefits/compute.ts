/**
 * Disability-related state social benefits (Valsts sociālo pabalstu likums, https://likumi.lv/ta/id/68483):
 * - the supplement to the family state benefit for a child with a disability (Art. 6; Regulation No. 1517),
 *   from the day the disability is established until the age limit in the table;
 * - the care benefit for a child with a disability who needs special care (Art. 7.1), until 18;
 * - the benefit for a person with a disability over 18 who needs care, higher where the disability is
 *   caused by an illness since childhood.
 * Each needs an opinion of the State Medical Commission (VDEĀVK); the calculator takes it as given.
 */
import { addDaysIso, addYearsMonths, ageOn, type IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { dateValue, step, type Figure, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { requireAt, rowsInForce, valueAt, type Table } from '$lib/engine/tables';
import { claimRule, disabledAdultCare, disabledChildCare, disabledChildSupplement, type AmountUntilAge } from '$lib/state-benefits/tables';
import {
	ageBreaks,
	ageDate,
	monthlyTimeline,
	tableBreaks,
	stoppedNotice,
	timelineChart,
	timelineStep,
	timelineTable,
	eur,
	type DayDue
} from '$lib/state-benefits/timeline';
import type { BENEFITS } from './form';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['monthlyNow', 'monthly', 'total'];

export type Benefit = (typeof BENEFITS)[number];

export interface DisabledInput {
	benefit: Benefit;
	birthDate: IsoDate;
	/** The day the disability (or the need for special care) was established; optional. */
	disabilityFrom?: IsoDate;
	/** Adult care: the disability is caused by an illness since childhood. */
	sinceChildhood?: boolean;
}

export function computeDisabled(input: DisabledInput, asOf: IsoDate): Outcome {
	return input.benefit === 'adult-care' ? computeAdult(input, asOf) : computeChild(input, asOf);
}

function computeChild(input: DisabledInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const table: Table<AmountUntilAge> = input.benefit === 'family-supplement' ? disabledChildSupplement : disabledChildCare;
	const birth = input.birthDate;
	const rightFrom = input.disabilityFrom;

	const dueOn = (day: IsoDate): DayDue | null => {
		if (rightFrom && day < rightFrom) return null;
		const row = requireAt(table, day);
		if (day >= ageDate(birth, row.value.untilAgeYears)) return null;
		return { monthly: new Dec(row.value.amount), rows: [row] };
	};

	const row = requireAt(table, asOf);
	steps.push(step('amount', { key: `steps.amount.${input.benefit}` }, { value: eur(row.value.amount), rows: [row] }));
	steps.push(
		step(
			'ageLimit',
			{ key: 'steps.ageLimit' },
			{
				value: dateValue(addYearsMonths(birth, row.value.untilAgeYears, 0)),
				detail: {
					key: 'steps.ageLimitDetail',
					params: { limit: { type: 'number', value: String(row.value.untilAgeYears), unit: 'years' } }
				},
				rows: [row]
			}
		)
	);
	const now = dueOn(asOf);

	const monthStart = `${asOf.slice(0, 7)}-01`;
	const from = rightFrom && rightFrom > monthStart ? rightFrom : monthStart;
	const maxAge = Math.max(...rowsInForce(table).map((r) => r.value.untilAgeYears));
	const until = addDaysIso(addYearsMonths(birth, maxAge, 0), -1);
	const breaks = [
		...tableBreaks(table),
		...ageBreaks(
			birth,
			rowsInForce(table).map((r) => r.value.untilAgeYears)
		),
		...(rightFrom ? [rightFrom] : [])
	];
	const timeline = from <= until ? monthlyTimeline(from, until, dueOn, breaks) : monthlyTimeline(from, from, () => null);
	const stop = stoppedNotice(timeline);
	if (stop) notices.push(stop);
	if (timeline.months.length > 0) steps.push(timelineStep(timeline));
	if (timeline.lastDay && timeline.lastDay > asOf) notices.push({ key: 'timeline.future' });
	notices.push({ key: 'notices.commission' });

	const figures: Figure[] = [
		{ id: 'monthlyNow', label: { key: 'figures.monthlyNow' }, value: eur(now?.monthly ?? new Dec(0)) },
		{ id: 'total', label: { key: 'figures.total' }, value: eur(timeline.total) }
	];
	if (timeline.lastDay) figures.push({ id: 'until', label: { key: 'figures.until' }, value: dateValue(timeline.lastDay) });

	// The supplement must be claimed within 6 months of the day the disability is established (VSAA).
	// A disability established before the claim-rule table starts had its claim period long before
	// any date this calculator answers for, so no claim date is shown for it.
	const ruleAt = rightFrom ? valueAt(claimRule, rightFrom) : undefined;
	if (input.benefit === 'family-supplement' && rightFrom && ruleAt?.kind === 'ok') {
		const rule = ruleAt.row;
		const deadline = addYearsMonths(rightFrom, 0, rule.value.claimWithinMonths);
		figures.push({ id: 'claimDeadline', label: { key: 'figures.claimDeadline' }, value: dateValue(deadline) });
		steps.push(
			step(
				'claimDeadline',
				{ key: 'steps.claimDeadline' },
				{
					value: dateValue(deadline),
					detail: {
						key: 'steps.claimDeadlineDetail',
						params: { months: { type: 'number', value: String(rule.value.claimWithinMonths), unit: 'months' }, from: dateValue(rightFrom) }
					},
					rows: [rule]
				}
			)
		);
		if (asOf > deadline) {
			const paidFrom = addYearsMonths(asOf, 0, -rule.value.backPayMonths);
			notices.push({
				key: 'claim.late',
				params: {
					claim: dateValue(asOf),
					months: { type: 'number', value: String(rule.value.backPayMonths), unit: 'months' },
					from: dateValue(paidFrom)
				}
			});
		}
	}

	if (timeline.months.length === 0) {
		const age = ageOn(birth, asOf);
		return {
			kind: 'not-eligible',
			primary: PRIMARY,
			summary: { key: 'summary.notEligible' },
			reasons: [
				{
					key: 'reasons.overAge',
					params: {
						age: { type: 'age', years: age.years, months: age.months },
						limit: { type: 'number', value: String(row.value.untilAgeYears), unit: 'years' }
					}
				}
			],
			figures,
			steps,
			notices
		};
	}
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: now
			? { key: 'summary.child', params: { monthly: eur(now.monthly), until: dateValue(timeline.lastDay!), total: eur(timeline.total) } }
			: {
					key: 'summary.childLater',
					params: { from: dateValue(timeline.firstDay!), until: dateValue(timeline.lastDay!), total: eur(timeline.total) }
				},
		figures,
		steps,
		notices,
		tables: [timelineTable(timeline)],
		charts: [timelineChart(timeline)]
	};
}

function computeAdult(input: DisabledInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [{ key: 'notices.commission' }];
	const row = requireAt(disabledAdultCare, asOf);
	const childhood = input.sinceChildhood === true;
	const amount = childhood ? row.value.sinceChildhood : row.value.general;
	const adultFrom = addYearsMonths(input.birthDate, row.value.fromAgeYears, 0);
	steps.push(
		step(
			'amount',
			{ key: childhood ? 'steps.amount.adultChildhood' : 'steps.amount.adult-care' },
			{
				value: eur(amount),
				detail: { key: 'steps.adultDetail', params: { general: eur(row.value.general), childhood: eur(row.value.sinceChildhood) } },
				rows: [row]
			}
		)
	);
	const figures: Figure[] = [{ id: 'monthly', label: { key: 'figures.monthly' }, value: eur(amount) }];
	if (asOf < adultFrom) {
		const age = ageOn(input.birthDate, asOf);
		return {
			kind: 'not-eligible',
			primary: PRIMARY,
			summary: { key: 'summary.notEligible' },
			reasons: [
				{
					key: 'reasons.underAge',
					params: {
						age: { type: 'age', years: age.years, months: age.months },
						from: dateValue(adultFrom),
						limit: { type: 'number', value: String(row.value.fromAgeYears), unit: 'years' }
					}
				}
			],
			figures,
			steps,
			notices
		};
	}
	return { kind: 'result', primary: PRIMARY, summary: { key: 'summary.adult', params: { monthly: eur(amount) } }, figures, steps, notices };
}
