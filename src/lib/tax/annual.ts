/**
 * The annual differentiated non-taxable minimum and the estimate of the tax it gives back (or costs)
 * in the annual income declaration, 2016–2024 (MK 05.01.2016 Nr. 1; MK 14.11.2017 Nr. 676 points 2
 * and 2.1). From 2025 the minimum is fixed and there is no annual differentiated amount.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec, percent, roundMoney, type Rounded } from '$lib/engine/decimal';
import { requireAt, rowsInForce, type RowInForce } from '$lib/engine/tables';
import { sumTax, taxByBrackets, type BracketLine } from './brackets';
import { differentiated, type DifferentiatedResult } from './ntm';
import {
	CATEGORY_INFO,
	incomeTaxRates,
	nonTaxableMinimum,
	type ContributionRate,
	type IncomeTaxRates,
	type NonTaxableMinimum
} from './tables';

const yearStart = (year: number): IsoDate => `${String(year).padStart(4, '0')}-01-01`;
const yearEnd = (year: number): IsoDate => `${String(year).padStart(4, '0')}-12-31`;

/** The rows of the non-taxable-minimum table in force during a calendar year (two in 2022). */
export function ntmPeriodsOfYear(year: number): RowInForce<NonTaxableMinimum>[] {
	// requireAt first: a year outside the table's coverage ends in "cannot answer".
	requireAt(nonTaxableMinimum, yearStart(year));
	requireAt(nonTaxableMinimum, yearEnd(year));
	return rowsInForce(nonTaxableMinimum).filter(
		(r) => r.validFrom <= yearEnd(year) && (r.validUntil === undefined || r.validUntil >= yearStart(year))
	);
}

export { ntmYearRange, splitYears } from './ntm-years';

export interface PeriodNtm {
	row: RowInForce<NonTaxableMinimum>;
	income: Dec;
	result: DifferentiatedResult;
}

export type AnnualNtm =
	| { kind: 'fixed'; row: RowInForce<NonTaxableMinimum>; monthly: Dec; annual: Dec }
	| {
			kind: 'differentiated';
			periods: PeriodNtm[];
			total: Dec;
	  };

/**
 * `incomes`: the gross taxable income of each period of the year, in the order of the periods
 * (one for a whole year; two for 2022).
 */
export function annualNtm(year: number, incomes: Dec[]): AnnualNtm {
	const periods = ntmPeriodsOfYear(year);
	const first = periods[0];
	if (first.value.regime === 'fixed') {
		const monthly = new Dec(first.value.monthly);
		return { kind: 'fixed', row: first, monthly, annual: monthly.times(first.value.periodMonths) };
	}
	if (periods.length !== incomes.length) throw new Error(`annualNtm: ${year} has ${periods.length} periods, got ${incomes.length} incomes`);
	const out: PeriodNtm[] = periods.map((row, i) => {
		const v = row.value;
		if (v.regime === 'fixed') throw new Error(`annualNtm: mixed regimes in ${year}`);
		return { row, income: incomes[i], result: differentiated(v, incomes[i]) };
	});
	return { kind: 'differentiated', periods: out, total: out.reduce((s, p) => s.plus(p.result.value), new Dec(0)) };
}

export interface RefundEstimate {
	taxRow: RowInForce<IncomeTaxRates>;
	/** Employee contributions used to place the income in the brackets: given, or estimated at the general employee rate. */
	contributions: Dec;
	contributionsEstimate?: { row: RowInForce<ContributionRate>; rate: Dec; rounded: Rounded };
	/** Unused minimum (annual − applied); negative when more was applied than is due. */
	difference: Dec;
	baseApplied: Dec;
	baseAnnual: Dec;
	bracketsApplied: BracketLine[];
	bracketsAnnual: BracketLine[];
	/** Tax on the base with the minimum applied during the year minus tax with the annual minimum: positive = refund. */
	refund: Rounded;
}

/**
 * Estimated refund: annual tax on (income − contributions − minimum applied by employers) minus
 * annual tax on (income − contributions − annual differentiated minimum), over the year's annual brackets.
 * Other reliefs and deductible expenses are not included.
 */
export function refundEstimate(year: number, income: Dec, annual: Dec, applied: Dec, contributions?: Dec): RefundEstimate {
	const taxRow = requireAt(incomeTaxRates, yearStart(year));
	let contributionsEstimate: RefundEstimate['contributionsEstimate'];
	let contrib = contributions;
	if (contrib === undefined) {
		const row = requireAt(CATEGORY_INFO.employee.table, yearStart(year));
		const rate = new Dec(row.value.employee ?? '0');
		const rounded = roundMoney(income.times(percent(rate)), 'common:rounding.cents');
		contributionsEstimate = { row, rate, rounded };
		contrib = rounded.value;
	}
	const afterContrib = Dec.max(0, income.minus(contrib));
	const baseApplied = Dec.max(0, afterContrib.minus(applied));
	const baseAnnual = Dec.max(0, afterContrib.minus(annual));
	const bracketsApplied = taxByBrackets(baseApplied, taxRow.value.annual);
	const bracketsAnnual = taxByBrackets(baseAnnual, taxRow.value.annual);
	const refund = roundMoney(sumTax(bracketsApplied).minus(sumTax(bracketsAnnual)), 'common:rounding.cents');
	return {
		taxRow,
		contributions: contrib,
		contributionsEstimate,
		difference: annual.minus(applied),
		baseApplied,
		baseAnnual,
		bracketsApplied,
		bracketsAnnual,
		refund
	};
}
