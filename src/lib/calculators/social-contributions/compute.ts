/**
 * Social insurance contributions by payer category: the rate and its split, the amount for a contribution
 * object, the annual maximum object and the solidarity tax above it, and the minimum-contribution rules
 * from 1 July 2021. The arithmetic lives in src/lib/tax/contributions.ts.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { money, step, text, type Display, type Figure, type Msg, type Outcome, type ResultTable, type Step } from '$lib/engine/explain';
import { computeContributions, type ContributionResult } from '$lib/tax/contributions';
import type { PayerCategory } from '$lib/tax/tables';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['contributions', 'employerPart', 'employeePart'];

export interface ContributionsInput {
	category: PayerCategory;
	amount: string;
	period: 'month' | 'year';
	earlier?: string;
	chosenObject?: string;
}

const eur = (d: Dec): Display => money(d);
const pct = (d: Dec): Display => ({ type: 'percent', value: d.toString() });
const opt = (s: string | undefined) => (s === undefined || s === '' ? undefined : new Dec(s));

function explain(
	r: ContributionResult,
	input: ContributionsInput,
	object: Dec
): { steps: Step[]; figures: Figure[]; tables: ResultTable[]; notices: Msg[] } {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const figures: Figure[] = [];
	const category = text(`fields.category.options.${input.category}.label`);

	const split = r.employerRate && r.employeeRate;
	steps.push(
		step(
			'rate',
			{ key: 'steps.rate' },
			{
				value: pct(r.total),
				detail: split
					? {
							key: 'steps.rateSplit',
							params: { category, total: pct(r.total), employer: pct(r.employerRate!), employee: pct(r.employeeRate!) }
						}
					: { key: r.who === 'self' ? 'steps.rateSelf' : 'steps.rateNoSplit', params: { category, total: pct(r.total) } },
				rows: [r.rateRow]
			}
		)
	);
	figures.push({ id: 'totalRate', label: { key: 'figures.totalRate' }, value: pct(r.total) });
	if (split) {
		figures.push({ id: 'employerRate', label: { key: 'figures.employerRate' }, value: pct(r.employerRate!) });
		figures.push({ id: 'employeeRate', label: { key: 'figures.employeeRate' }, value: pct(r.employeeRate!) });
	}

	if (r.selfEmployed) {
		const s = r.selfEmployed;
		steps.push(
			step(
				'selfEmployedSplit',
				{ key: 'steps.selfEmployedSplit' },
				{
					value: eur(s.fullRateObject),
					detail: s.reachesMinimum
						? {
								key: 'steps.selfEmployedAbove',
								params: {
									income: eur(object),
									minimumWage: eur(s.minimumWage),
									full: eur(s.fullRateObject),
									rest: eur(s.pensionOnlyObject),
									pensionRate: pct(s.pensionRate)
								}
							}
						: {
								key: 'steps.selfEmployedBelow',
								params: { income: eur(object), minimumWage: eur(s.minimumWage), pensionRate: pct(s.pensionRate) }
							},
					rows: [s.row, s.wageRow]
				}
			)
		);
		if (s.chosenAdjusted) notices.push({ key: 'notices.chosenAdjusted', params: { minimumWage: eur(s.minimumWage) } });
		notices.push({ key: 'notices.selfEmployedMinimum' });
	}
	if (r.selfEmployedRulesNotModelled) notices.push({ key: 'notices.selfEmployedBefore2021' });

	if (r.voluntary) {
		notices.push({ key: 'notices.voluntary' });
	} else if (r.capRow && r.cap && r.capLeft) {
		steps.push(
			step(
				'cap',
				{ key: 'steps.cap' },
				{
					value: eur(r.cap),
					detail:
						input.period === 'month'
							? { key: 'steps.capMonth', params: { cap: eur(r.cap), earlier: eur(opt(input.earlier) ?? new Dec(0)), left: eur(r.capLeft) } }
							: { key: 'steps.capYear', params: { cap: eur(r.cap) } },
					rows: [r.capRow]
				}
			)
		);
	}
	steps.push(
		step(
			'insuredObject',
			{ key: 'steps.insuredObject' },
			{
				value: eur(r.insuredObject),
				detail: r.aboveCap.gt(0)
					? { key: 'steps.insuredObjectCapped', params: { above: eur(r.aboveCap) } }
					: { key: 'steps.insuredObjectAll' }
			}
		)
	);

	const c = r.contributions;
	steps.push(
		step(
			'contributions',
			{ key: 'steps.contributions' },
			{
				value: eur(c.total.value),
				detail: { key: 'steps.multiply', params: { object: eur(r.insuredObject), rate: pct(r.total), amount: eur(c.total.value) } },
				rows: [r.rateRow],
				rounding: c.total.rounding
			}
		)
	);
	figures.push({ id: 'contributions', label: { key: 'figures.contributions' }, value: eur(c.total.value) });
	if (c.employer && c.employee) {
		steps.push(
			step(
				'employerPart',
				{ key: 'steps.employerPart' },
				{
					value: eur(c.employer.value),
					detail: {
						key: 'steps.multiply',
						params: { object: eur(r.insuredObject), rate: pct(r.employerRate!), amount: eur(c.employer.value) }
					},
					rows: [r.rateRow],
					rounding: c.employer.rounding
				}
			)
		);
		steps.push(
			step(
				'employeePart',
				{ key: 'steps.employeePart' },
				{
					value: eur(c.employee.value),
					detail: {
						key: 'steps.multiply',
						params: { object: eur(r.insuredObject), rate: pct(r.employeeRate!), amount: eur(c.employee.value) }
					},
					rows: [r.rateRow],
					rounding: c.employee.rounding
				}
			)
		);
		figures.push({ id: 'employerPart', label: { key: 'figures.employerPart' }, value: eur(c.employer.value) });
		figures.push({ id: 'employeePart', label: { key: 'figures.employeePart' }, value: eur(c.employee.value) });
		// Each part is rounded on its own; their sum may differ from the rounded total by a cent.
		if (!c.employer.value.plus(c.employee.value).eq(c.total.value)) notices.push({ key: 'notices.partsRounding' });
	}
	if (r.selfEmployed) {
		const s = r.selfEmployed;
		steps.push(
			step(
				'pensionOnly',
				{ key: 'steps.pensionOnly' },
				{
					value: eur(s.pensionContribution.value),
					detail: {
						key: 'steps.multiply',
						params: { object: eur(s.pensionOnlyObject), rate: pct(s.pensionRate), amount: eur(s.pensionContribution.value) }
					},
					rows: [s.row, s.wageRow],
					rounding: s.pensionContribution.rounding
				}
			)
		);
		figures.push({ id: 'pensionOnly', label: { key: 'figures.pensionOnly' }, value: eur(s.pensionContribution.value) });
		const all = c.total.value.plus(s.pensionContribution.value);
		figures.push({ id: 'selfEmployedTotal', label: { key: 'figures.selfEmployedTotal' }, value: eur(all) });
	}

	if (r.solidarity) {
		const s = r.solidarity;
		steps.push(
			step(
				'solidarityWithheld',
				{ key: 'steps.solidarityWithheld' },
				{
					value: eur(s.withheld.total.value),
					detail: { key: 'steps.multiply', params: { object: eur(r.aboveCap), rate: pct(r.total), amount: eur(s.withheld.total.value) } },
					rows: [s.row],
					rounding: s.withheld.total.rounding
				}
			)
		);
		figures.push({ id: 'aboveCap', label: { key: 'figures.aboveCap' }, value: eur(r.aboveCap) });
		figures.push({ id: 'solidarityWithheld', label: { key: 'figures.solidarityWithheld' }, value: eur(s.withheld.total.value) });
		if (s.final && s.finalRate && s.refund) {
			steps.push(
				step(
					'solidarityFinal',
					{ key: 'steps.solidarityFinal' },
					{
						value: eur(s.final.value),
						detail: {
							key: 'steps.solidarityFinalDetail',
							params: { object: eur(r.aboveCap), rate: pct(s.finalRate), amount: eur(s.final.value), refund: eur(s.refund) }
						},
						rows: [s.row],
						rounding: s.final.rounding
					}
				)
			);
			figures.push({ id: 'solidarityFinal', label: { key: 'figures.solidarityFinal' }, value: eur(s.final.value) });
			figures.push({ id: 'solidarityRefund', label: { key: 'figures.solidarityRefund' }, value: eur(s.refund) });
		} else if (s.noRefund && s.finalRate) {
			notices.push({ key: 'notices.solidarityNoRefund', params: { rate: pct(r.total), flat: pct(s.finalRate) } });
		} else {
			notices.push({ key: 'notices.solidarityAtContributionRate' });
		}
	}

	if (r.employeeMinimum) {
		const m = r.employeeMinimum;
		steps.push(
			step(
				'employeeMinimum',
				{ key: 'steps.employeeMinimum' },
				{
					value: eur(m.quarterContributions.value),
					detail: {
						key: 'steps.employeeMinimumDetail',
						params: {
							minimumWage: eur(m.minimumWage),
							months: m.row.value.employeeQuarterMonths,
							object: eur(m.quarterObject),
							rate: pct(r.total),
							amount: eur(m.quarterContributions.value)
						}
					},
					rows: [m.row, m.wageRow],
					rounding: m.quarterContributions.rounding
				}
			)
		);
		figures.push({ id: 'quarterMinimumObject', label: { key: 'figures.quarterMinimumObject' }, value: eur(m.quarterObject) });
		figures.push({
			id: 'quarterMinimumContributions',
			label: { key: 'figures.quarterMinimumContributions' },
			value: eur(m.quarterContributions.value)
		});
	}

	const tables: ResultTable[] = [];
	if (r.byType) {
		tables.push({
			id: 'byType',
			caption: { key: 'tables.byType.caption' },
			columns: [
				{ id: 'type', label: { key: 'tables.byType.type' } },
				{ id: 'rate', label: { key: 'tables.byType.rate' }, numeric: true },
				{ id: 'amount', label: { key: 'tables.byType.amount' }, numeric: true }
			],
			rows: r.byType.lines.map((l) => [text(`insuranceTypes.${l.type}`), pct(l.rate), eur(l.amount.value)])
		});
		steps.push(step('byType', { key: 'steps.byType' }, { detail: { key: 'steps.byTypeDetail' }, rows: [r.byType.row] }));
	}
	return { steps, figures, tables, notices };
}

export function computeContributionsOutcome(input: ContributionsInput, asOf: IsoDate): Outcome {
	const object = new Dec(input.amount);
	const r = computeContributions(
		{ category: input.category, object, period: input.period, earlier: opt(input.earlier), chosenObject: opt(input.chosenObject) },
		asOf
	);
	const b = explain(r, input, object);
	const extra = r.selfEmployed ? r.selfEmployed.pensionContribution.value : new Dec(0);
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: {
			key: r.solidarity ? 'summary.withSolidarity' : 'summary.plain',
			params: {
				object: eur(object),
				total: eur(r.contributions.total.value.plus(extra)),
				solidarity: eur(r.solidarity ? r.solidarity.withheld.total.value : new Dec(0)),
				period: text(`periods.${input.period}`)
			}
		},
		...b
	};
}
