/**
 * Bērna kopšanas pabalsts — the flat childcare benefit (Valsts sociālo pabalstu likums, Art. 7,
 * https://likumi.lv/ta/id/68483; Cabinet Regulation No. 1609 of 22.12.2009). Paid to the person
 * caring for a child up to one and a half years at one rate and from one and a half to two at another
 * (from 2026: to one and a half only, except children born on or before the cut-off date in the
 * table); for twins and more children of one birth a supplement for each further child. It is not
 * granted for the time for which maternity benefit was granted for this birth, so it starts the day
 * after the maternity benefit ends. Claimed more than 6 months after the right arises, it is paid
 * only for the 6 months before the claim (table `state-benefits/regular-benefit-claim-rule`).
 */
import { addDaysIso, addYearsMonths, type IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { dateValue, step, type Figure, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { requireAt, type RowInForce } from '$lib/engine/tables';
import { childcareBenefit, claimRule, multiplesSupplement, type ChildcareRow } from '$lib/state-benefits/tables';
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

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['monthly', 'total'];

export interface ChildcareInput {
	birthDate: IsoDate;
	/** Children of this birth (twins = 2); 1 when empty. */
	children?: number;
	/** Last day of the maternity benefit paid after this birth, if any. */
	maternityEnd?: IsoDate;
	resident: boolean;
}

/** Which part of the benefit applies on `day` under `row`, or null when none. */
function partOn(row: ChildcareRow, birth: IsoDate, day: IsoDate): 'under' | 'over' | null {
	if (day < ageDate(birth, 0, row.bandMonths)) return 'under';
	if (day >= ageDate(birth, 0, row.untilMonths)) return null;
	if (row.from18To24OnlyIfBornOnOrBefore !== null && birth > row.from18To24OnlyIfBornOnOrBefore) return null;
	return 'over';
}

export function childcareDueOn(input: ChildcareInput): (day: IsoDate) => DayDue | null {
	const n = input.children ?? 1;
	return (day) => {
		const row = requireAt(childcareBenefit, day);
		const part = partOn(row.value, input.birthDate, day);
		if (!part) return null;
		let monthly = new Dec(part === 'under' ? row.value.under18Months : row.value.from18To24Months);
		const rows: RowInForce<unknown>[] = [row];
		if (n > 1) {
			const s = requireAt(multiplesSupplement, day);
			monthly = monthly.plus(new Dec(part === 'under' ? s.value.under18Months : s.value.from18To24Months).times(n - 1));
			rows.push(s);
		}
		return { monthly, rows };
	};
}

/** Days on which the childcare situation may change (rule rows, the ages that matter). */
export function childcareBreaks(input: ChildcareInput): IsoDate[] {
	const ages = childcareBenefit.rows.flatMap((r) => ('value' in r ? [r.value.bandMonths, r.value.untilMonths] : []));
	return [...tableBreaks(childcareBenefit, multiplesSupplement), ...ageBreaks(input.birthDate, [], ages)];
}

export function computeChildcare(input: ChildcareInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const n = input.children ?? 1;
	const birth = input.birthDate;
	const start = input.maternityEnd ? addDaysIso(input.maternityEnd, 1) : birth;

	// 1. The rates in force when the right arises, and the longest possible period under them.
	const first = requireAt(childcareBenefit, start);
	steps.push(
		step(
			'start',
			{ key: 'steps.start' },
			{
				value: dateValue(start),
				detail: input.maternityEnd
					? { key: 'steps.startAfterMaternity', params: { end: dateValue(input.maternityEnd) } }
					: { key: 'steps.startAtBirth' },
				rows: [first]
			}
		)
	);
	const bandDate = addYearsMonths(birth, 0, first.value.bandMonths);
	steps.push(
		step(
			'rateUnder',
			{ key: 'steps.rateUnder', params: { date: dateValue(bandDate) } },
			{ value: eur(first.value.under18Months), rows: [first] }
		)
	);
	const overPaid = partOn(first.value, birth, addYearsMonths(birth, 0, first.value.bandMonths)) === 'over';
	steps.push(
		step(
			'rateOver',
			{ key: 'steps.rateOver', params: { date: dateValue(addYearsMonths(birth, 0, first.value.untilMonths)) } },
			{
				value: overPaid ? eur(first.value.from18To24Months) : eur('0'),
				detail: overPaid
					? undefined
					: { key: 'steps.rateOverNone', params: { cutoff: dateValue(first.value.from18To24OnlyIfBornOnOrBefore ?? birth) } },
				rows: [first]
			}
		)
	);
	const dueOn = childcareDueOn(input);
	const firstDue = dueOn(start);
	if (n > 1 && firstDue) {
		steps.push(
			step(
				'multiples',
				{ key: 'steps.multiples', params: { n: n - 1, further: { type: 'number', value: String(n - 1), unit: 'children' } } },
				{
					value: eur(firstDue.monthly),
					rows: firstDue.rows
				}
			)
		);
	}

	// 2. Month by month until the last day with a right.
	const lastPossible = addDaysIso(addYearsMonths(birth, 0, first.value.untilMonths), -1);
	const breaks = childcareBreaks(input);
	const timeline = monthlyTimeline(start, lastPossible, dueOn, breaks);
	const stop = stoppedNotice(timeline);
	if (stop) notices.push(stop);

	const reasons: Msg[] = [];
	if (!input.resident) reasons.push({ key: 'reasons.resident' });
	if (timeline.months.length === 0) reasons.push({ key: 'reasons.noPeriod', params: { start: dateValue(start) } });
	if (timeline.months.length > 0) steps.push(timelineStep(timeline));

	// 3. The claim: within 6 months of the right arising, or only 6 months back.
	const rule = requireAt(claimRule, start);
	const deadline = addYearsMonths(start, 0, rule.value.claimWithinMonths);
	steps.push(
		step(
			'claimDeadline',
			{ key: 'steps.claimDeadline' },
			{
				value: dateValue(deadline),
				detail: {
					key: 'steps.claimDeadlineDetail',
					params: { months: { type: 'number', value: String(rule.value.claimWithinMonths), unit: 'months' } }
				},
				rows: [rule]
			}
		)
	);
	const figures: Figure[] = [
		{ id: 'monthly', label: { key: 'figures.monthly' }, value: eur(firstDue?.monthly ?? new Dec(0)) },
		{ id: 'start', label: { key: 'figures.start' }, value: dateValue(start) },
		{ id: 'total', label: { key: 'figures.total' }, value: eur(timeline.total) },
		{ id: 'claimDeadline', label: { key: 'figures.claimDeadline' }, value: dateValue(deadline) }
	];
	if (timeline.lastDay) figures.splice(2, 0, { id: 'end', label: { key: 'figures.end' }, value: dateValue(timeline.lastDay) });

	let late: { paidFrom: IsoDate; payableTotal: Dec } | undefined;
	if (asOf > deadline && timeline.lastDay) {
		const paidFrom = addYearsMonths(asOf, 0, -rule.value.backPayMonths);
		const payable =
			paidFrom <= timeline.lastDay ? monthlyTimeline(paidFrom > start ? paidFrom : start, timeline.lastDay, dueOn, breaks) : undefined;
		const payableTotal = payable?.total ?? new Dec(0);
		late = { paidFrom, payableTotal };
		notices.push({
			key: 'claim.late',
			params: {
				claim: dateValue(asOf),
				months: { type: 'number', value: String(rule.value.backPayMonths), unit: 'months' },
				from: dateValue(paidFrom)
			}
		});
		figures.push({ id: 'payableFrom', label: { key: 'figures.payableFrom' }, value: dateValue(paidFrom) });
		figures.push({ id: 'payableTotal', label: { key: 'figures.payableTotal' }, value: eur(payableTotal) });
		steps.push(
			step(
				'payable',
				{ key: 'steps.payable', params: { from: dateValue(paidFrom) } },
				{ value: eur(payableTotal), rows: [rule, ...(payable?.rows ?? [])] }
			)
		);
		if (payableTotal.isZero())
			reasons.push({ key: 'reasons.late', params: { deadline: dateValue(deadline), end: dateValue(timeline.lastDay) } });
	}
	if (timeline.lastDay && timeline.lastDay > asOf) notices.push({ key: 'timeline.future' });
	notices.push({ key: 'notices.arrears' });

	const tables = timeline.months.length > 0 ? [timelineTable(timeline)] : [];
	if (reasons.length > 0) {
		return { kind: 'not-eligible', primary: PRIMARY, summary: { key: 'summary.notEligible' }, reasons, figures, steps, notices, tables };
	}
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: late
			? {
					key: 'summary.late',
					params: { claim: dateValue(asOf), payable: eur(late.payableTotal), from: dateValue(late.paidFrom), total: eur(timeline.total) }
				}
			: {
					key: 'summary.result',
					params: {
						monthly: eur(firstDue?.monthly ?? new Dec(0)),
						start: dateValue(start),
						end: dateValue(timeline.lastDay!),
						total: eur(timeline.total)
					}
				},
		figures,
		steps,
		notices,
		tables,
		charts: [timelineChart(timeline)]
	};
}
