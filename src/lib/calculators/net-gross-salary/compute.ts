/**
 * Net ⇄ gross salary for one month: employee contributions, the non-taxable minimum and reliefs,
 * income tax by bracket, net pay, employer contributions and the employer's total cost — for the
 * rules in force on the as-of date. The arithmetic lives in src/lib/tax/withholding.ts; this file
 * turns it into explained steps.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec, roundMoney, roundTo } from '$lib/engine/decimal';
import {
	money,
	step,
	text,
	type BarChart,
	type Display,
	type Figure,
	type Msg,
	type Outcome,
	type ResultTable,
	type Step
} from '$lib/engine/explain';
import { requireAt, type RowInForce } from '$lib/engine/tables';
import { maximumContributionObject, type EmployeeCategory } from '$lib/tax/tables';
import { netToGross, salaryContext, withhold, type MonthlyWithholding, type Relief, type SalaryParams } from '$lib/tax/withholding';

export interface NetGrossInput {
	mode: 'gross-to-net' | 'net-to-gross';
	/** Gross salary (gross-to-net) or the desired net pay (net-to-gross), euro with cents. */
	amount: string;
	category: EmployeeCategory;
	taxBook: boolean;
	pension: boolean;
	dependants?: number;
	relief?: Relief;
	/** 2018–2024: the VID-forecast monthly non-taxable minimum, if known. */
	vidNtm?: string;
}

const pct = (d: Dec): Display => ({ type: 'percent', value: d.toString() });
const eur = (d: Dec): Display => money(d);

function paramsOf(input: NetGrossInput): SalaryParams {
	return {
		category: input.category,
		taxBook: input.taxBook,
		pension: input.pension,
		dependants: input.taxBook ? (input.dependants ?? 0) : 0,
		relief: input.taxBook ? (input.relief ?? 'none') : 'none',
		vidNtm: input.vidNtm === undefined || input.vidNtm === '' ? undefined : new Dec(input.vidNtm)
	};
}

function ntmStep(w: MonthlyWithholding): Step {
	const s = w.ntmSource;
	const title: Msg = { key: 'steps.ntm' };
	const value = eur(w.ntm.applied);
	const common = { available: eur(w.ntm.available), applied: eur(w.ntm.applied) };
	switch (s.kind) {
		case 'no-tax-book':
			return step('ntm', title, { value, detail: { key: 'steps.ntmNoTaxBook' }, rows: [w.ctx.ntmRow] });
		case 'pension':
			return step('ntm', title, {
				value,
				detail:
					s.share === null
						? { key: 'steps.ntmPensionNone', params: { pensionNtm: eur(new Dec(s.row.value.monthly)) } }
						: { key: 'steps.ntmPensionShare', params: { ...common, pensionNtm: eur(new Dec(s.row.value.monthly)) } },
				rows: [s.row]
			});
		case 'monthly-minimum':
			return step('ntm', title, { value, detail: { key: 'steps.ntmMonthlyMinimum', params: common }, rows: [s.row] });
		case 'fixed':
			return step('ntm', title, { value, detail: { key: 'steps.ntmFixed', params: common }, rows: [s.row] });
		case 'vid-given':
			return step('ntm', title, { value, detail: { key: 'steps.ntmVidGiven', params: common }, rows: [s.row] });
		case 'vid-estimated': {
			const e = s.estimate;
			const months = s.row.value.periodMonths;
			const f = e.formula;
			const kShown = roundTo(f.k, 5, 'common:rounding.kShown');
			const params = {
				...common,
				gross: eur(w.gross),
				max: eur(f.max.div(months)),
				min: eur(f.incomeMin.div(months)),
				zero: eur(f.incomeMax.div(months)),
				k: { type: 'number' as const, value: kShown.value.toFixed(5), unit: 'none' as const }
			};
			const key = e.band === 'max' ? 'steps.ntmEstimateMax' : e.band === 'floor' ? 'steps.ntmEstimateZero' : 'steps.ntmEstimateFormula';
			return step('ntm', title, { value, detail: { key, params }, rows: [s.row], rounding: e.band === 'formula' ? e.rounding : undefined });
		}
	}
}

interface Built {
	steps: Step[];
	figures: Figure[];
	tables: ResultTable[];
	charts: BarChart[];
	notices: Msg[];
}

function explain(w: MonthlyWithholding, input: NetGrossInput): Built {
	const { ctx } = w;
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const total = ctx.employeeRate.plus(ctx.employerRate);

	steps.push(
		step(
			'rates',
			{ key: 'steps.rates' },
			{
				value: pct(ctx.employeeRate),
				detail: {
					key: 'steps.ratesDetail',
					params: {
						category: text(`fields.category.options.${input.category}.label`),
						employee: pct(ctx.employeeRate),
						employer: pct(ctx.employerRate),
						total: pct(total)
					}
				},
				rows: [ctx.rateRow]
			}
		)
	);
	steps.push(
		step(
			'employeeContributions',
			{ key: 'steps.employeeContributions' },
			{
				value: eur(w.employeeContributions.value),
				detail: {
					key: 'steps.employeeContributionsDetail',
					params: { gross: eur(w.gross), rate: pct(ctx.employeeRate), amount: eur(w.employeeContributions.value) }
				},
				rows: [ctx.rateRow],
				rounding: w.employeeContributions.rounding
			}
		)
	);
	steps.push(ntmStep(w));
	if (w.dependants.available.gt(0) && ctx.dependantRow) {
		steps.push(
			step(
				'dependants',
				{ key: 'steps.dependants' },
				{
					value: eur(w.dependants.applied),
					detail: {
						key: 'steps.dependantsDetail',
						params: { n: ctx.params.dependants, per: eur(w.dependants.perPerson), available: eur(w.dependants.available) }
					},
					rows: [ctx.dependantRow]
				}
			)
		);
	}
	if (w.extraRelief.available.gt(0) && ctx.reliefRow) {
		steps.push(
			step(
				'relief',
				{ key: 'steps.relief' },
				{
					value: eur(w.extraRelief.applied),
					detail: {
						key: 'steps.reliefDetail',
						params: { relief: text(`fields.relief.options.${ctx.params.relief}.label`), available: eur(w.extraRelief.available) }
					},
					rows: [ctx.reliefRow]
				}
			)
		);
	}
	const reliefsApplied = w.dependants.applied.plus(w.extraRelief.applied);
	const reliefsAvailable = w.dependants.available.plus(w.extraRelief.available);
	steps.push(
		step(
			'taxable',
			{ key: 'steps.taxable' },
			{
				value: eur(w.taxable),
				detail: {
					key: 'steps.taxableDetail',
					params: {
						gross: eur(w.gross),
						contributions: eur(w.employeeContributions.value),
						ntm: eur(w.ntm.applied),
						reliefs: eur(reliefsApplied),
						taxable: eur(w.taxable)
					}
				}
			}
		)
	);
	if (w.ntm.applied.lt(w.ntm.available) || reliefsApplied.lt(reliefsAvailable)) notices.push({ key: 'notices.reliefsNotUsed' });

	const bracketRows: Display[][] = [];
	w.brackets.forEach((b, i) => {
		const shown = roundMoney(b.tax, 'common:rounding.centsTotalOnce');
		const range: Display =
			b.upTo === null
				? text(i === 0 ? 'brackets.all' : 'brackets.above', { from: eur(b.from) })
				: text(i === 0 ? 'brackets.upTo' : 'brackets.between', { from: eur(b.from), upTo: eur(b.upTo) });
		bracketRows.push([range, pct(b.rate), eur(b.base), eur(shown.value)]);
		if (i === 0 || b.base.gt(0)) {
			steps.push(
				step(
					`bracket${i + 1}`,
					{ key: 'steps.bracket', params: { rate: pct(b.rate), range } },
					{
						value: eur(shown.value),
						detail: { key: 'steps.bracketDetail', params: { base: eur(b.base), rate: pct(b.rate) } },
						rows: [ctx.taxRow],
						rounding: shown.rounding
					}
				)
			);
		}
	});
	steps.push(
		step(
			'incomeTax',
			{ key: 'steps.incomeTax' },
			{
				value: eur(w.incomeTax.value),
				detail: {
					key: ctx.params.taxBook ? 'steps.incomeTaxWithBook' : 'steps.incomeTaxWithoutBook',
					params: { rate: pct(new Dec(ctx.taxRow.value.withoutTaxBook)) }
				},
				rows: [ctx.taxRow],
				rounding: w.incomeTax.rounding
			}
		)
	);
	steps.push(
		step(
			'net',
			{ key: 'steps.net' },
			{
				value: eur(w.net),
				detail: {
					key: 'steps.netDetail',
					params: { gross: eur(w.gross), contributions: eur(w.employeeContributions.value), tax: eur(w.incomeTax.value), net: eur(w.net) }
				}
			}
		)
	);
	steps.push(
		step(
			'employerContributions',
			{ key: 'steps.employerContributions' },
			{
				value: eur(w.employerContributions.value),
				detail: {
					key: 'steps.employerContributionsDetail',
					params: { gross: eur(w.gross), rate: pct(ctx.employerRate), amount: eur(w.employerContributions.value) }
				},
				rows: [ctx.rateRow],
				rounding: w.employerContributions.rounding
			}
		)
	);
	steps.push(
		step(
			'employerCost',
			{ key: 'steps.employerCost' },
			{
				value: eur(w.employerCost),
				detail: {
					key: 'steps.employerCostDetail',
					params: { gross: eur(w.gross), employer: eur(w.employerContributions.value), cost: eur(w.employerCost) }
				}
			}
		)
	);

	// Which non-taxable minimum was used, said in words (the issue asks to say it).
	const ntmSourceKey = `ntmSources.${w.ntmSource.kind === 'pension' ? (w.ntmSource.share === null ? 'pensionNone' : 'pensionShare') : w.ntmSource.kind}`;
	if (w.ntmSource.kind === 'vid-estimated') notices.push({ key: 'notices.ntmEstimated' });
	if (ctx.vidNtmIgnored) notices.push({ key: 'notices.vidNtmIgnored' });
	if (ctx.params.pension && w.ntmSource.kind === 'pension' && w.ntmSource.share === null) notices.push({ key: 'notices.pensionNtm' });

	// Annual matters that monthly withholding does not settle: only mentioned.
	const annualGross = w.gross.times(12);
	const rates = ctx.taxRow.value;
	const top = rates.annual[rates.annual.length - 1];
	const topFrom = rates.annual.length > 1 ? rates.annual[rates.annual.length - 2].upTo : null;
	if (topFrom !== null && annualGross.gt(topFrom)) {
		notices.push({ key: 'notices.annualTopRate', params: { threshold: eur(new Dec(topFrom)), rate: pct(new Dec(top.rate)) } });
	}
	if (rates.surcharge && annualGross.gt(rates.surcharge.annualIncomeAbove)) {
		notices.push({
			key: 'notices.surcharge',
			params: { threshold: eur(new Dec(rates.surcharge.annualIncomeAbove)), rate: pct(new Dec(rates.surcharge.rate)) }
		});
	}
	const capRow = requireAt(maximumContributionObject, ctx.date);
	if (annualGross.gt(capRow.value)) {
		steps.push(
			step(
				'cap',
				{ key: 'steps.cap' },
				{ value: eur(new Dec(capRow.value)), detail: { key: 'steps.capDetail' }, rows: [capRow as RowInForce<unknown>] }
			)
		);
		notices.push({ key: 'notices.cap', params: { cap: eur(new Dec(capRow.value)) } });
	}

	const figures: Figure[] = [
		{ id: 'gross', label: { key: 'figures.gross' }, value: eur(w.gross) },
		{ id: 'employeeContributions', label: { key: 'figures.employeeContributions' }, value: eur(w.employeeContributions.value) },
		{ id: 'ntmApplied', label: { key: 'figures.ntmApplied' }, value: eur(w.ntm.applied) },
		{ id: 'ntmSource', label: { key: 'figures.ntmSource' }, value: text(ntmSourceKey) },
		{ id: 'reliefs', label: { key: 'figures.reliefs' }, value: eur(reliefsApplied) },
		{ id: 'taxableIncome', label: { key: 'figures.taxableIncome' }, value: eur(w.taxable) },
		{ id: 'incomeTax', label: { key: 'figures.incomeTax' }, value: eur(w.incomeTax.value) },
		{ id: 'net', label: { key: 'figures.net' }, value: eur(w.net) },
		{ id: 'employerContributions', label: { key: 'figures.employerContributions' }, value: eur(w.employerContributions.value) },
		{ id: 'employerCost', label: { key: 'figures.employerCost' }, value: eur(w.employerCost) }
	];
	const tables: ResultTable[] = [
		{
			id: 'brackets',
			caption: { key: 'tables.brackets.caption' },
			columns: [
				{ id: 'range', label: { key: 'tables.brackets.range' } },
				{ id: 'rate', label: { key: 'tables.brackets.rate' }, numeric: true },
				{ id: 'base', label: { key: 'tables.brackets.base' }, numeric: true },
				{ id: 'tax', label: { key: 'tables.brackets.tax' }, numeric: true }
			],
			rows: bracketRows
		}
	];
	const charts: BarChart[] = [
		{
			type: 'bars',
			id: 'whereGrossGoes',
			title: { key: 'charts.whereGrossGoes', params: { gross: eur(w.gross) } },
			unit: 'eur',
			items: [
				{ label: { key: 'charts.net' }, value: w.net.toFixed(2) },
				{ label: { key: 'charts.incomeTax' }, value: w.incomeTax.value.toFixed(2) },
				{ label: { key: 'charts.employeeContributions' }, value: w.employeeContributions.value.toFixed(2) }
			]
		}
	];
	return { steps, figures, tables, charts, notices };
}

export function computeNetGross(input: NetGrossInput, asOf: IsoDate): Outcome {
	const params = paramsOf(input);
	const amount = new Dec(input.amount);
	if (input.mode === 'gross-to-net') {
		const w = withhold(salaryContext(params, asOf), amount);
		const b = explain(w, input);
		return {
			kind: 'result',
			primary: ['net', 'employerCost'],
			summary: { key: 'summary.grossToNet', params: { gross: eur(w.gross), net: eur(w.net), cost: eur(w.employerCost) } },
			...b
		};
	}
	const inv = netToGross(amount, params, asOf);
	if (inv.kind === 'exact') {
		const w = inv.result;
		const b = explain(w, input);
		const several = inv.grosses.length > 1;
		const search = step(
			'search',
			{ key: 'steps.search' },
			{
				value: eur(w.gross),
				detail: several
					? {
							key: 'steps.searchSeveral',
							params: { net: eur(amount), from: eur(inv.grosses[0]), to: eur(inv.grosses[inv.grosses.length - 1]), n: inv.grosses.length }
						}
					: { key: 'steps.searchOne', params: { net: eur(amount), gross: eur(w.gross) } }
			}
		);
		const highest: Figure[] = several
			? [{ id: 'highestGrossSameNet', label: { key: 'figures.highestGrossSameNet' }, value: eur(inv.grosses[inv.grosses.length - 1]) }]
			: [];
		return {
			kind: 'result',
			primary: ['gross', 'employerCost'],
			summary: { key: 'summary.netToGross', params: { gross: eur(w.gross), net: eur(w.net), cost: eur(w.employerCost) } },
			...b,
			figures: [...b.figures.slice(0, 1), ...highest, ...b.figures.slice(1)],
			steps: [search, ...b.steps]
		};
	}
	const w = inv.above;
	const b = explain(w, input);
	const nearest: Figure[] = [
		...(inv.below
			? [
					{ id: 'nearestBelowGross', label: { key: 'figures.nearestBelowGross' }, value: eur(inv.below.gross) },
					{ id: 'nearestBelowNet', label: { key: 'figures.nearestBelowNet' }, value: eur(inv.below.net) }
				]
			: []),
		{ id: 'nearestAboveGross', label: { key: 'figures.nearestAboveGross' }, value: eur(inv.above.gross) },
		{ id: 'nearestAboveNet', label: { key: 'figures.nearestAboveNet' }, value: eur(inv.above.net) }
	];
	const search = step(
		'search',
		{ key: 'steps.search' },
		{
			value: eur(w.gross),
			detail: { key: 'steps.searchNone', params: { net: eur(amount), aboveGross: eur(inv.above.gross), aboveNet: eur(inv.above.net) } }
		}
	);
	return {
		kind: 'result',
		primary: ['gross', 'employerCost'],
		summary: inv.below
			? {
					key: 'summary.noExact',
					params: {
						net: eur(amount),
						belowGross: eur(inv.below.gross),
						belowNet: eur(inv.below.net),
						aboveGross: eur(inv.above.gross),
						aboveNet: eur(inv.above.net)
					}
				}
			: { key: 'summary.noExactAbove', params: { net: eur(amount), aboveGross: eur(inv.above.gross), aboveNet: eur(inv.above.net) } },
		...b,
		figures: [...nearest, ...b.figures],
		steps: [search, ...b.steps]
	};
}
