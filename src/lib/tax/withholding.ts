/**
 * Monthly withholding on a salary: gross → net, and its exact inverse net → gross.
 *
 * Order of the calculation (law "Par iedzīvotāju ienākuma nodokli" Art. 9–15; law "Par valsts sociālo
 * apdrošināšanu" Art. 18; the algorithm every source in ../shared/acceptance/worked-examples.md §6.2 uses):
 *   employee contributions = gross × the employee rate of the payer category, in cents;
 *   taxable income = gross − employee contributions − non-taxable minimum − reliefs (never below 0);
 *   income tax = taxable income over the monthly brackets, in cents;
 *   net pay = gross − employee contributions − income tax;
 *   employer cost = gross + employer contributions (gross × the employer rate, in cents).
 * The non-taxable minimum and the reliefs are applied only where the tax book (algas nodokļa grāmatiņa)
 * is lodged; elsewhere the rate "without a tax book" applies to the whole taxable income.
 */
import { CannotAnswerError } from '$lib/engine/explain';
import type { IsoDate } from '$lib/engine/dates';
import { Dec, percent, roundMoney, type Rounded, type RoundingNote } from '$lib/engine/decimal';
import { requireAt, type RowInForce } from '$lib/engine/tables';
import { sumTax, taxByBrackets, type BracketLine } from './brackets';
import { estimateMonthlyVidNtm, type DifferentiatedResult } from './ntm';
import {
	additionalReliefs,
	CATEGORY_INFO,
	dependantRelief,
	incomeTaxRates,
	nonTaxableMinimum,
	pensionerNtm,
	type AdditionalReliefs,
	type ContributionRate,
	type EmployeeCategory,
	type IncomeTaxRates,
	type NonTaxableMinimum,
	type PensionerNtm
} from './tables';

import type { Relief } from './options';

export { RELIEFS, type Relief } from './options';

export interface SalaryParams {
	category: EmployeeCategory;
	/** The tax book is lodged with this employer. */
	taxBook: boolean;
	dependants: number;
	relief: Relief;
	/** The employee receives a pension. */
	pension: boolean;
	/** 2018–2024: the monthly minimum forecast by VID, when the user knows it. */
	vidNtm?: Dec;
}

/** Where the non-taxable minimum applied this month comes from. */
export type NtmSource =
	| { kind: 'no-tax-book' }
	| { kind: 'pension'; row: RowInForce<PensionerNtm>; share: Dec | null }
	| { kind: 'monthly-minimum'; row: RowInForce<NonTaxableMinimum> }
	| { kind: 'vid-given'; row: RowInForce<NonTaxableMinimum> }
	| { kind: 'vid-estimated'; row: RowInForce<NonTaxableMinimum>; estimate: DifferentiatedResult }
	| { kind: 'fixed'; row: RowInForce<NonTaxableMinimum> };

/** A payer category whose rate row has no employer/employee split (or no rate) for the date. */
/** No source gives the rate (or its split) for this date: the runner answers "cannot answer". */
export class RateNotSourcedError extends CannotAnswerError {
	constructor(public readonly row: RowInForce<ContributionRate>) {
		super({
			key: 'cannot.rateNotSourced',
			params: { table: { type: 'localized', value: row.tableTitle }, since: { type: 'date', value: row.validFrom } }
		});
	}
}

/** Everything that does not depend on the gross amount: looked up once, reused by the inverse search. */
export interface SalaryContext {
	params: SalaryParams;
	date: IsoDate;
	rateRow: RowInForce<ContributionRate>;
	employeeRate: Dec;
	employerRate: Dec;
	taxRow: RowInForce<IncomeTaxRates>;
	ntmRow: RowInForce<NonTaxableMinimum>;
	pensionRow?: RowInForce<PensionerNtm>;
	dependantRow?: RowInForce<string>;
	reliefRow?: RowInForce<AdditionalReliefs>;
	/** The VID-forecast input was given but does not apply (other regime, no tax book, pension). */
	vidNtmIgnored: boolean;
}

export function salaryContext(params: SalaryParams, date: IsoDate): SalaryContext {
	const rateRow = requireAt(CATEGORY_INFO[params.category].table, date);
	const { employee, employer } = rateRow.value;
	if (employee === null || employer === null) throw new RateNotSourcedError(rateRow);
	const taxRow = requireAt(incomeTaxRates, date);
	const ntmRow = requireAt(nonTaxableMinimum, date);
	const pensionRow = params.pension ? requireAt(pensionerNtm, date) : undefined;
	const dependantRow = params.taxBook && params.dependants > 0 ? requireAt(dependantRelief, date) : undefined;
	const reliefRow = params.taxBook && params.relief !== 'none' ? requireAt(additionalReliefs, date) : undefined;
	const vidNtmIgnored = params.vidNtm !== undefined && (!params.taxBook || params.pension || ntmRow.value.regime !== 'vid-forecast');
	return {
		params,
		date,
		rateRow,
		employeeRate: new Dec(employee),
		employerRate: new Dec(employer),
		taxRow,
		ntmRow,
		pensionRow,
		dependantRow,
		reliefRow,
		vidNtmIgnored
	};
}

export interface ReliefLine {
	/** What the rule allows this month, and what could be used of it (not more than the income left). */
	available: Dec;
	applied: Dec;
}

export interface MonthlyWithholding {
	ctx: SalaryContext;
	gross: Dec;
	employeeContributions: Rounded;
	ntmSource: NtmSource;
	ntm: ReliefLine;
	dependants: ReliefLine & { perPerson: Dec };
	extraRelief: ReliefLine;
	taxable: Dec;
	/** Brackets used: the monthly brackets with a tax book, or one bracket at the rate without one. */
	brackets: BracketLine[];
	incomeTax: Rounded;
	net: Dec;
	employerContributions: Rounded;
	employerCost: Dec;
}

const ZERO = new Dec(0);

function reliefAmount(row: RowInForce<AdditionalReliefs>, relief: Relief): Dec {
	switch (relief) {
		case 'disability-1-2':
			return new Dec(row.value.disabilityGroup1or2);
		case 'disability-3':
			return new Dec(row.value.disabilityGroup3);
		case 'repressed':
			return new Dec(row.value.politicallyRepressed);
		case 'none':
			return ZERO;
	}
}

function ntmFor(ctx: SalaryContext, gross: Dec): { source: NtmSource; available: Dec } {
	const { params, ntmRow } = ctx;
	if (!params.taxBook) return { source: { kind: 'no-tax-book' }, available: ZERO };
	if (params.pension && ctx.pensionRow) {
		// 2016–2024: no non-taxable minimum on a salary in months with a pension (it goes to the pension);
		// from 2025 the part of the pensioners' minimum that may be applied to the salary (facts.md §2.3).
		const share = ctx.pensionRow.value.salaryShareWithTaxBook;
		return {
			source: { kind: 'pension', row: ctx.pensionRow, share: share === null ? null : new Dec(share) },
			available: share === null ? ZERO : new Dec(share)
		};
	}
	const v = ntmRow.value;
	switch (v.regime) {
		case 'monthly-minimum':
			return { source: { kind: 'monthly-minimum', row: ntmRow }, available: new Dec(v.monthlyMinimum) };
		case 'fixed':
			return { source: { kind: 'fixed', row: ntmRow }, available: new Dec(v.monthly) };
		case 'vid-forecast': {
			if (params.vidNtm !== undefined) return { source: { kind: 'vid-given', row: ntmRow }, available: params.vidNtm };
			const estimate = estimateMonthlyVidNtm(v, gross);
			return { source: { kind: 'vid-estimated', row: ntmRow, estimate }, available: estimate.value };
		}
	}
}

const CONTRIB_REASON = 'common:rounding.cents';
const TAX_REASON = 'common:rounding.cents';

export function withhold(ctx: SalaryContext, gross: Dec): MonthlyWithholding {
	const { params } = ctx;
	const employeeContributions = roundMoney(gross.times(percent(ctx.employeeRate)), CONTRIB_REASON);
	const employerContributions = roundMoney(gross.times(percent(ctx.employerRate)), CONTRIB_REASON);
	let remaining = Dec.max(ZERO, gross.minus(employeeContributions.value));

	const { source: ntmSource, available: ntmAvailable } = ntmFor(ctx, gross);
	const ntmApplied = Dec.min(ntmAvailable, remaining);
	remaining = remaining.minus(ntmApplied);

	const perPerson = ctx.dependantRow ? new Dec(ctx.dependantRow.value) : ZERO;
	const depAvailable = perPerson.times(params.taxBook ? params.dependants : 0);
	const depApplied = Dec.min(depAvailable, remaining);
	remaining = remaining.minus(depApplied);

	const extraAvailable = ctx.reliefRow ? reliefAmount(ctx.reliefRow, params.relief) : ZERO;
	const extraApplied = Dec.min(extraAvailable, remaining);
	remaining = remaining.minus(extraApplied);

	const taxable = remaining;
	const rates = ctx.taxRow.value;
	const brackets = taxByBrackets(taxable, params.taxBook ? rates.monthlyWithTaxBook : [{ upTo: null, rate: rates.withoutTaxBook }]);
	const incomeTax = roundMoney(sumTax(brackets), TAX_REASON);
	const net = gross.minus(employeeContributions.value).minus(incomeTax.value);
	return {
		ctx,
		gross,
		employeeContributions,
		ntmSource,
		ntm: { available: ntmAvailable, applied: ntmApplied },
		dependants: { available: depAvailable, applied: depApplied, perPerson },
		extraRelief: { available: extraAvailable, applied: extraApplied },
		taxable,
		brackets,
		incomeTax,
		net,
		employerContributions,
		employerCost: gross.plus(employerContributions.value)
	};
}

export function grossToNet(gross: Dec, params: SalaryParams, date: IsoDate): MonthlyWithholding {
	return withhold(salaryContext(params, date), gross);
}

export type InverseResult =
	| {
			kind: 'exact';
			/** Every gross amount (ascending) whose net is exactly the target; the first is the answer. */
			grosses: Dec[];
			result: MonthlyWithholding;
	  }
	| {
			kind: 'none';
			/** The nearest nets on either side: no gross gives exactly the target (cents are rounded). */
			below?: MonthlyWithholding;
			above: MonthlyWithholding;
	  };

/**
 * Net → gross to the cent. Net pay is a sum of amounts rounded to cents, so several gross amounts can
 * give the same net. Under the rules in the data a one-cent rise of gross never raises net by more than
 * one cent (contributions and tax never fall when gross rises), so every net from 0 up is given by some
 * gross; the "none" outcome is kept for rules where that would not hold. The search works in whole cents: a binary
 * search for the lowest gross whose net reaches the target, then a scan of the cents around it that
 * collects every gross giving exactly the target. Net grows by at least ~0.6 cent per cent of gross in
 * every regime (contribution rate ≤ 11 %, tax rate ≤ 25.5 %, the VID-estimate slope K < 0.45), and the
 * rounding moves it by at most ~1.2 cent, so all exact matches lie within a few cents of the crossing;
 * SCAN covers that with a wide margin.
 */
const SCAN = 12;

export interface CentSearch {
	exact: number[];
	below?: number;
	above: number;
}

/**
 * Search over whole cents for every x with f(x) = target, where f is non-decreasing up to small
 * rounding dips and f(x) ≤ x (net never exceeds gross). Exported so the search itself can be tested
 * on functions the real rules never produce (e.g. ones that skip a value).
 */
export function searchCents(f: (cents: number) => number, target: number, scan = SCAN): CentSearch {
	let lo = target;
	let hi = Math.max(2 * target, target + 100);
	while (f(hi) < target) hi *= 2;
	while (lo < hi) {
		const mid = Math.floor((lo + hi) / 2);
		if (f(mid) >= target) hi = mid;
		else lo = mid + 1;
	}
	const exact: number[] = [];
	let below: number | undefined;
	let above: number | undefined;
	for (let c = Math.max(0, lo - scan); c <= lo + scan; c++) {
		const n = f(c);
		if (n === target) exact.push(c);
		else if (n < target) {
			if (below === undefined || n > f(below) || (n === f(below) && c > below)) below = c;
		} else if (above === undefined || n < f(above)) above = c;
	}
	return { exact, below, above: above ?? lo };
}

export function netToGross(targetNet: Dec, params: SalaryParams, date: IsoDate): InverseResult {
	const ctx = salaryContext(params, date);
	const cache = new Map<number, MonthlyWithholding>();
	const at = (cents: number): MonthlyWithholding => {
		let r = cache.get(cents);
		if (!r) {
			r = withhold(ctx, new Dec(cents).div(100));
			cache.set(cents, r);
		}
		return r;
	};
	const target = targetNet.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
	const found = searchCents((c) => at(c).net.times(100).toNumber(), target);
	if (found.exact.length > 0) return { kind: 'exact', grosses: found.exact.map((c) => new Dec(c).div(100)), result: at(found.exact[0]) };
	return { kind: 'none', below: found.below === undefined ? undefined : at(found.below), above: at(found.above) };
}

export type { BracketLine, RoundingNote };
