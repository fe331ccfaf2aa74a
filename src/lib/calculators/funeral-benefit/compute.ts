/**
 * Funeral benefit (apbedīšanas pabalsts). Law «Par maternitātes un slimības apdrošināšanu» (insured
 * person and dependants), law «Par apdrošināšanu bezdarba gadījumam» (unemployed), law «Par valsts
 * pensijām» (pensioners), State Social Benefits Law (benefit recipients); VSAA, LM, seed 004:
 * - insured person: 2 × the deceased's average monthly contribution wage, but not less than the
 *   national average monthly contribution wage (the value for year t − 2);
 * - dependant family member of an insured person, or an unemployed person: 3 × the state social
 *   security benefit;
 * - pensioner: 2 months' pension (including the supplement for record before 1996 for deaths from
 *   01.01.2019);
 * - state social security benefit recipient: 2 × that benefit.
 * If several cases apply, only the largest is paid. Claimed within 6 months of the death.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec, roundMoney } from '$lib/engine/decimal';
import { money, step, type Display, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { requireAt, type RowInForce } from '$lib/engine/tables';
import { averageWage, type WageInput } from '$lib/benefits/average-wage';
import { claimDeadline, date, figure, timelineChart, timelineTable, type TimelineRow } from '$lib/benefits/common';
import { funeralTable, nationalWageTable, vsnpBaseTable } from '$lib/benefits/tables';

export interface FuneralInput extends WageInput {
	deathDate: IsoDate;
	/** The deceased was an employee or self-employed (or died within a month after that ended). */
	insured: boolean;
	/** A dependant family member of an insured person (child under 18, or under 24 in education). */
	dependant: boolean;
	/** Unemployed: received unemployment benefit, or had 12 months of contributions in the 36 before the status. */
	unemployed: boolean;
	/** Received a state pension or compensation for loss of capacity to work. */
	pensioner: boolean;
	/** The monthly pension, including the supplement for record before 1996. */
	pension?: string;
	/** The part of the pension that is the supplement for record before 1996. */
	supplement?: string;
	/** Received the state social security benefit. */
	vsnpRecipient: boolean;
}

const CASES = ['insured', 'dependant', 'unemployed', 'pensioner', 'vsnpRecipient'] as const;
type Case = (typeof CASES)[number];

interface CaseAmount {
	id: Case;
	amount: Dec;
}

const ROUND = 'common:rounding.cents';

export function computeFuneral(input: FuneralInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const applies = CASES.filter((c) => input[c]);
	if (applies.length === 0) {
		return {
			kind: 'not-eligible',
			summary: { key: 'summary.notEligible' },
			reasons: [{ key: 'reasons.noCase' }],
			figures: [],
			steps,
			notices
		};
	}
	const rule = requireAt(funeralTable, input.deathDate);
	const r = rule.value;
	let vsnp: RowInForce<string> | undefined;
	const vsnpRow = () => (vsnp ??= requireAt(vsnpBaseTable, input.deathDate));
	const amounts: CaseAmount[] = [];
	let wageTable;
	/**
	 * The insured person's benefit has a floor (the national average contribution wage) that is not in
	 * the data for this year: every amount below is then only a lower bound of what is paid.
	 */
	let floorUnknown = false;

	for (const c of applies) {
		if (c === 'insured') {
			const wage = averageWage(input, input.deathDate, { label: 'deceasedWage' });
			steps.push(...wage.steps.filter((s) => s.id !== 'dailyAverage'));
			notices.push(...wage.notices);
			wageTable = wage.table;
			const twice = roundMoney(wage.monthly.times(r.insuredWageMultiplier), ROUND);
			const national = requireAt(nationalWageTable, input.deathDate);
			const floor = national.value.amount;
			const amount = floor !== null && twice.value.lt(floor) ? new Dec(floor) : twice.value;
			steps.push(
				step(
					'case-insured',
					{ key: 'steps.case.insured' },
					{
						value: money(amount),
						detail: {
							key: floor === null ? 'steps.insuredFloorUnknown' : 'steps.insuredDetail',
							params: {
								times: r.insuredWageMultiplier,
								wage: money(wage.monthly),
								twice: money(twice.value),
								year: national.value.wageYear,
								...(floor !== null ? { floor: money(floor) } : {})
							}
						},
						rows: [rule, national],
						rounding: twice.rounding
					}
				)
			);
			if (floor === null) {
				floorUnknown = true;
				notices.push({ key: 'notices.floorUnknown', params: { year: national.value.wageYear } });
			}
			amounts.push({ id: c, amount });
		} else if (c === 'pensioner') {
			const pension = new Dec(input.pension ?? '0');
			const supplement = new Dec(input.supplement ?? '0');
			const base = r.pensionIncludesPre1996Supplement ? pension : Dec.max(pension.minus(supplement), 0);
			const amount = roundMoney(base.times(r.pensionMonths), ROUND);
			steps.push(
				step(
					'case-pensioner',
					{ key: 'steps.case.pensioner' },
					{
						value: money(amount.value),
						detail: {
							key: r.pensionIncludesPre1996Supplement ? 'steps.pensionerDetail' : 'steps.pensionerWithoutSupplement',
							params: { months: r.pensionMonths, pension: money(pension), supplement: money(supplement), base: money(base) }
						},
						rows: [rule],
						rounding: amount.rounding
					}
				)
			);
			amounts.push({ id: c, amount: amount.value });
		} else {
			const times =
				c === 'vsnpRecipient' ? r.vsnpRecipientMultiplier : c === 'dependant' ? r.dependantVsnpMultiplier : r.unemployedVsnpMultiplier;
			const row = vsnpRow();
			const amount = roundMoney(new Dec(row.value).times(times), ROUND);
			steps.push(
				step(
					`case-${c}`,
					{ key: `steps.case.${c}` },
					{
						value: money(amount.value),
						detail: { key: 'steps.vsnpDetail', params: { times, vsnp: money(row.value) } },
						rows: [rule, row],
						rounding: amount.rounding
					}
				)
			);
			amounts.push({ id: c, amount: amount.value });
		}
	}

	// Only the largest benefit is paid (the first one listed if two are equal).
	const best = amounts.reduce((a, b) => (b.amount.gt(a.amount) ? b : a));
	steps.push(step('largest', { key: 'steps.largest' }, { value: money(best.amount), detail: { key: `cases.${best.id}` }, rows: [rule] }));
	const claim = claimDeadline(input.deathDate, r.claimMonths, rule, asOf);
	steps.push(claim.step);
	notices.push(...claim.notices);

	const rows: TimelineRow[] = [
		{
			from: input.deathDate,
			to: input.deathDate,
			days: 1,
			dayKind: 'one-off',
			what: { key: 'timeline.oneOffPayment', params: { case: { type: 'text', key: `cases.${best.id}` } } },
			amount: best.amount,
			label: { key: `cases.${best.id}` }
		}
	];
	const casesTable = {
		id: 'cases',
		caption: { key: 'table.caption' },
		columns: [
			{ id: 'case', label: { key: 'table.case' } },
			{ id: 'amount', label: { key: 'table.amount' }, numeric: true },
			{ id: 'paid', label: { key: 'table.paid' } }
		],
		rows: amounts.map((a): Display[] => [{ type: 'text', key: `cases.${a.id}` }, money(a.amount), { type: 'yesno', value: a === best }])
	};

	return {
		kind: 'result',
		summary: {
			key: floorUnknown ? 'summary.atLeast' : 'summary.result',
			params: { total: money(best.amount), case: { type: 'text', key: `cases.${best.id}` }, deadline: date(claim.deadline) }
		},
		figures: [
			figure('total', money(best.amount), floorUnknown ? { key: 'figures.totalAtLeast' } : undefined),
			figure('case', { type: 'text', key: `cases.${best.id}` }),
			figure('claimDeadline', date(claim.deadline))
		],
		steps,
		notices,
		tables: [casesTable, timelineTable(rows), ...(wageTable ? [wageTable] : [])],
		charts: [
			{
				type: 'bars',
				id: 'casesChart',
				title: { key: 'table.caption' },
				unit: 'eur',
				items: amounts.map((a) => ({ label: { key: `cases.${a.id}` }, value: a.amount.toFixed(2) }))
			},
			timelineChart(rows)
		]
	};
}
