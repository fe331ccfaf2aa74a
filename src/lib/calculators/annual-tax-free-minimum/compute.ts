/**
 * Annual differentiated non-taxable minimum and the estimated refund (or extra tax) in the annual
 * income declaration, 2016–2024 (MK 05.01.2016 Nr. 1; MK 14.11.2017 Nr. 676 points 2 and 2.1; seed 004
 * gives the 2016 idea: 1 200 − 900 applied = 300 unused × 23 % = 69). From 2025 the minimum is fixed.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec, roundMoney, roundTo } from '$lib/engine/decimal';
import { money, step, text, type Display, type Figure, type Msg, type Outcome, type ResultTable, type Step } from '$lib/engine/explain';
import { annualNtm, ntmPeriodsOfYear, refundEstimate } from '$lib/tax/annual';
import { sumTax, type BracketLine } from '$lib/tax/brackets';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['annualNtm', 'refund', 'extraTax', 'fixedMonthly', 'fixedAnnual'];

export interface AnnualNtmInput {
	year: number;
	/** Annual gross taxable income (all months in one period). */
	income?: string;
	/** Years with two periods (2022): the income of each half-year. */
	incomeH1?: string;
	incomeH2?: string;
	/** The non-taxable minimum employers applied during the year (sum over the months). */
	applied?: string;
	/** Employee social insurance contributions of the year; estimated at the general rate if empty. */
	contributions?: string;
}

const eur = (d: Dec): Display => money(d);
const pct = (d: Dec): Display => ({ type: 'percent', value: d.toString() });
const dec = (s: string | undefined) => (s === undefined || s === '' ? undefined : new Dec(s));

export function computeAnnualNtm(input: AnnualNtmInput, _asOf: IsoDate): Outcome {
	const year = input.year;
	// A year is a label, not a quantity: passed as text so that it is not formatted with a thousands separator.
	const yearDisplay = String(year);
	const steps: Step[] = [];
	const notices: Msg[] = [];

	// Which periods the year has decides which incomes are needed (two half-years in 2022).
	const periods = ntmPeriodsOfYear(year);
	if (periods[0].value.regime === 'fixed') {
		const probe = annualNtm(year, []);
		if (probe.kind !== 'fixed') throw new Error('unreachable');
		steps.push(
			step(
				'fixed',
				{ key: 'steps.fixed', params: { year: yearDisplay } },
				{
					value: eur(probe.monthly),
					detail: { key: 'steps.fixedDetail', params: { monthly: eur(probe.monthly), annual: eur(probe.annual) } },
					rows: [probe.row]
				}
			)
		);
		return {
			kind: 'result',
			primary: PRIMARY,
			summary: { key: 'summary.fixed', params: { year: yearDisplay, monthly: eur(probe.monthly), annual: eur(probe.annual) } },
			figures: [
				{ id: 'fixedMonthly', label: { key: 'figures.fixedMonthly' }, value: eur(probe.monthly) },
				{ id: 'fixedAnnual', label: { key: 'figures.fixedAnnual' }, value: eur(probe.annual) }
			],
			steps,
			notices: [{ key: 'notices.fixed' }]
		};
	}

	const incomes = (periods.length > 1 ? [input.incomeH1, input.incomeH2] : [input.income]).map(dec);
	if (incomes.some((x) => x === undefined)) {
		return { kind: 'cannot-answer', reason: { key: periods.length > 1 ? 'cannot.halfYearIncomes' : 'cannot.income' }, steps, notices };
	}
	const res = annualNtm(year, incomes as Dec[]);
	if (res.kind !== 'differentiated') throw new Error('unreachable');
	const income = (incomes as Dec[]).reduce((s, x) => s.plus(x), new Dec(0));
	res.periods.forEach((p, i) => {
		const f = p.result.formula;
		const kShown = roundTo(f.k, 5, 'common:rounding.kShown');
		const params = {
			income: eur(p.income),
			max: eur(f.max),
			min: eur(f.incomeMin),
			zero: eur(f.incomeMax),
			floor: eur(f.floor),
			k: { type: 'number' as const, value: kShown.value.toFixed(5), unit: 'none' as const },
			result: eur(p.result.value)
		};
		const key = p.result.band === 'max' ? 'steps.periodMax' : p.result.band === 'floor' ? 'steps.periodFloor' : 'steps.periodFormula';
		steps.push(
			step(
				`period${i + 1}`,
				{ key: res.periods.length > 1 ? 'steps.halfYear' : 'steps.year', params: { n: i + 1, year: yearDisplay } },
				{
					value: eur(p.result.value),
					detail: { key, params },
					rows: [p.row],
					rounding: p.result.band === 'formula' ? p.result.rounding : undefined
				}
			)
		);
	});
	if (res.periods.length > 1) {
		steps.push(step('annualNtm', { key: 'steps.annualNtm' }, { value: eur(res.total), detail: { key: 'steps.annualNtmSum' } }));
	}

	const applied = dec(input.applied) ?? new Dec(0);
	const est = refundEstimate(year, income, res.total, applied, dec(input.contributions));
	steps.push(
		step(
			'difference',
			// Amounts on screen are never negative: "more applied than due" is its own wording.
			{ key: est.difference.gte(0) ? 'steps.difference' : 'steps.overApplied' },
			{
				value: eur(est.difference.abs()),
				detail: {
					key: est.difference.gte(0) ? 'steps.differenceDetail' : 'steps.overAppliedDetail',
					params: { annual: eur(res.total), applied: eur(applied), difference: eur(est.difference.abs()) }
				}
			}
		)
	);
	if (est.contributionsEstimate) {
		const c = est.contributionsEstimate;
		steps.push(
			step(
				'contributions',
				{ key: 'steps.contributionsEstimated' },
				{
					value: eur(c.rounded.value),
					detail: { key: 'steps.contributionsEstimatedDetail', params: { income: eur(income), rate: pct(c.rate) } },
					rows: [c.row],
					rounding: c.rounded.rounding
				}
			)
		);
		notices.push({ key: 'notices.contributionsEstimated' });
	} else {
		steps.push(step('contributions', { key: 'steps.contributionsGiven' }, { value: eur(est.contributions) }));
	}
	steps.push(
		step(
			'baseApplied',
			{ key: 'steps.baseApplied' },
			{
				value: eur(est.baseApplied),
				detail: {
					key: 'steps.baseDetail',
					params: { income: eur(income), contributions: eur(est.contributions), ntm: eur(applied), base: eur(est.baseApplied) }
				},
				rows: [est.taxRow]
			}
		)
	);
	steps.push(
		step(
			'baseAnnual',
			{ key: 'steps.baseAnnual' },
			{
				value: eur(est.baseAnnual),
				detail: {
					key: 'steps.baseDetail',
					params: { income: eur(income), contributions: eur(est.contributions), ntm: eur(res.total), base: eur(est.baseAnnual) }
				},
				rows: [est.taxRow]
			}
		)
	);
	const refund = est.refund.value;
	steps.push(
		step(
			'refund',
			{ key: refund.gte(0) ? 'steps.refund' : 'steps.extraTax' },
			{
				value: eur(refund.abs()),
				detail: {
					key: 'steps.refundDetail',
					params: { taxApplied: eur(sumShown(est.bracketsApplied)), taxAnnual: eur(sumShown(est.bracketsAnnual)) }
				},
				rows: [est.taxRow],
				rounding: est.refund.rounding
			}
		)
	);
	notices.push({ key: 'notices.otherIncome' });

	const bracketTable: ResultTable = {
		id: 'annualBrackets',
		caption: { key: 'tables.annualBrackets.caption', params: { year: yearDisplay } },
		columns: [
			{ id: 'range', label: { key: 'tables.annualBrackets.range' } },
			{ id: 'rate', label: { key: 'tables.annualBrackets.rate' }, numeric: true },
			{ id: 'taxApplied', label: { key: 'tables.annualBrackets.taxApplied' }, numeric: true },
			{ id: 'taxAnnual', label: { key: 'tables.annualBrackets.taxAnnual' }, numeric: true }
		],
		rows: est.bracketsApplied.map((b, i) => [
			b.upTo === null
				? text(i === 0 ? 'ranges.all' : 'ranges.above', { from: eur(b.from) })
				: text(i === 0 ? 'ranges.upTo' : 'ranges.between', { from: eur(b.from), upTo: eur(b.upTo) }),
			pct(b.rate),
			eur(roundMoney(b.tax, 'common:rounding.cents').value),
			eur(roundMoney(est.bracketsAnnual[i].tax, 'common:rounding.cents').value)
		])
	};
	const figures: Figure[] = [
		{ id: 'annualNtm', label: { key: 'figures.annualNtm' }, value: eur(res.total) },
		{ id: 'applied', label: { key: 'figures.applied' }, value: eur(applied) },
		est.difference.gte(0)
			? { id: 'difference', label: { key: 'figures.difference' }, value: eur(est.difference) }
			: { id: 'overApplied', label: { key: 'figures.overApplied' }, value: eur(est.difference.abs()) },
		refund.gte(0)
			? { id: 'refund', label: { key: 'figures.refund' }, value: eur(refund) }
			: { id: 'extraTax', label: { key: 'figures.extraTax' }, value: eur(refund.abs()) }
	];
	return {
		kind: 'result',
		primary: PRIMARY,
		summary: refund.gt(0)
			? { key: 'summary.refund', params: { year: yearDisplay, annual: eur(res.total), refund: eur(refund) } }
			: refund.lt(0)
				? { key: 'summary.extraTax', params: { year: yearDisplay, annual: eur(res.total), tax: eur(refund.abs()) } }
				: { key: 'summary.none', params: { year: yearDisplay, annual: eur(res.total) } },
		figures,
		tables: [bracketTable],
		steps,
		notices
	};
}

function sumShown(lines: BracketLine[]): Dec {
	return roundMoney(sumTax(lines), 'common:rounding.cents').value;
}
