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
import { Dec, percent, roundedValue, roundMoney, type Rounded, type RoundingNote } from '$lib/engine/decimal';
import { requireAt, type RowInForce } from '$lib/engine/tables';
import { bracketsTotal, marginalFraction, prepareBrackets, sumTax, taxByBrackets, type BracketLine } from './brackets';
import { differentiatedUnrounded, estimateMonthlyVidNtm, scaledFormula, type DifferentiatedResult } from './ntm';
import {
	additionalReliefs,
	CATEGORY_INFO,
	dependantRelief,
	incomeTaxRates,
	nonTaxableMinimum,
	pensionerNtm,
	type AdditionalReliefs,
	type Bracket,
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
const CENT = new Dec(1).div(100);

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

/**
 * Where this context's non-taxable minimum comes from: an amount that does not depend on the gross, or
 * the VID-forecast estimate from each gross. Decided once, used by `withhold` and by the search.
 */
type NtmRule =
	| { kind: 'amount'; source: NtmSource; available: Dec }
	| { kind: 'estimated'; row: RowInForce<NonTaxableMinimum>; v: Extract<NonTaxableMinimum, { regime: 'vid-forecast' }> };

function ntmRule(ctx: SalaryContext): NtmRule {
	const { params, ntmRow } = ctx;
	if (!params.taxBook) return { kind: 'amount', source: { kind: 'no-tax-book' }, available: ZERO };
	if (params.pension && ctx.pensionRow) {
		// 2016–2024: no non-taxable minimum on a salary in months with a pension (it goes to the pension);
		// from 2025 the part of the pensioners' minimum that may be applied to the salary (facts.md §2.3).
		const share = ctx.pensionRow.value.salaryShareWithTaxBook;
		return {
			kind: 'amount',
			source: { kind: 'pension', row: ctx.pensionRow, share: share === null ? null : new Dec(share) },
			available: share === null ? ZERO : new Dec(share)
		};
	}
	const v = ntmRow.value;
	switch (v.regime) {
		case 'monthly-minimum':
			return { kind: 'amount', source: { kind: 'monthly-minimum', row: ntmRow }, available: new Dec(v.monthlyMinimum) };
		case 'fixed':
			return { kind: 'amount', source: { kind: 'fixed', row: ntmRow }, available: new Dec(v.monthly) };
		case 'vid-forecast':
			if (params.vidNtm !== undefined) return { kind: 'amount', source: { kind: 'vid-given', row: ntmRow }, available: params.vidNtm };
			return { kind: 'estimated', row: ntmRow, v };
	}
}

function ntmFor(ctx: SalaryContext, gross: Dec): { source: NtmSource; available: Dec } {
	const rule = ntmRule(ctx);
	if (rule.kind === 'amount') return rule;
	const estimate = estimateMonthlyVidNtm(rule.v, gross);
	return { source: { kind: 'vid-estimated', row: rule.row, estimate }, available: estimate.value };
}

/** The reliefs for dependants and the additional relief: what the rules allow this month. */
function reliefsFor(ctx: SalaryContext): { perPerson: Dec; dependants: Dec; extra: Dec } {
	const { params } = ctx;
	const perPerson = ctx.dependantRow ? new Dec(ctx.dependantRow.value) : ZERO;
	return {
		perPerson,
		dependants: perPerson.times(params.taxBook ? params.dependants : 0),
		extra: ctx.reliefRow ? reliefAmount(ctx.reliefRow, params.relief) : ZERO
	};
}

/** The monthly brackets with a tax book; one bracket at the rate without one. */
function bracketsFor(ctx: SalaryContext): readonly Bracket[] {
	const rates = ctx.taxRow.value;
	return ctx.params.taxBook ? rates.monthlyWithTaxBook : [{ upTo: null, rate: rates.withoutTaxBook }];
}

const CONTRIB_REASON = 'common:rounding.cents';
const TAX_REASON = 'common:rounding.cents';

export function withhold(ctx: SalaryContext, gross: Dec): MonthlyWithholding {
	const employeeContributions = roundMoney(gross.times(percent(ctx.employeeRate)), CONTRIB_REASON);
	const employerContributions = roundMoney(gross.times(percent(ctx.employerRate)), CONTRIB_REASON);
	let remaining = Dec.max(ZERO, gross.minus(employeeContributions.value));

	const { source: ntmSource, available: ntmAvailable } = ntmFor(ctx, gross);
	const ntmApplied = Dec.min(ntmAvailable, remaining);
	remaining = remaining.minus(ntmApplied);

	const reliefs = reliefsFor(ctx);
	const depApplied = Dec.min(reliefs.dependants, remaining);
	remaining = remaining.minus(depApplied);

	const extraApplied = Dec.min(reliefs.extra, remaining);
	remaining = remaining.minus(extraApplied);

	const taxable = remaining;
	const brackets = taxByBrackets(taxable, bracketsFor(ctx));
	const incomeTax = roundMoney(sumTax(brackets), TAX_REASON);
	const net = gross.minus(employeeContributions.value).minus(incomeTax.value);
	return {
		ctx,
		gross,
		employeeContributions,
		ntmSource,
		ntm: { available: ntmAvailable, applied: ntmApplied },
		dependants: { available: reliefs.dependants, applied: depApplied, perPerson: reliefs.perPerson },
		extraRelief: { available: reliefs.extra, applied: extraApplied },
		taxable,
		brackets,
		incomeTax,
		net,
		employerContributions,
		employerCost: gross.plus(employerContributions.value)
	};
}

/** One point the search tried: the net in cents, and what the net's slope there depends on. */
export interface NetPoint {
	net: number;
	taxable: Dec;
	/** The minimum is estimated from this gross and lies on the sliding part of the formula. */
	sliding: boolean;
}

/** The net as the search sees it: its value at a gross in cents, and the slope of the unrounded net there. */
export interface NetCurve {
	at: (cents: number) => NetPoint;
	slope: (p: NetPoint) => Dec;
}

/**
 * `at` gives the net of `withhold(ctx, cents / 100)` in cents: the same decimal operations in the same
 * order (or, where noted, one that gives the same value exactly), so the same net to the cent, but
 * without what only the kept answer needs (rounding notes, bracket lines, employer contributions);
 * everything that does not depend on the gross is prepared once. withholding.search.test.ts checks it against `withhold` in every period.
 */
export function netCurve(ctx: SalaryContext): NetCurve {
	const employeeFraction = percent(ctx.employeeRate);
	const ntm = ntmRule(ctx);
	const estimate = ntm.kind === 'estimated' ? scaledFormula(ntm.v, ntm.v.periodMonths) : undefined;
	const ntmAmount = ntm.kind === 'amount' ? ntm.available : ZERO;
	const reliefs = reliefsFor(ctx);
	const brackets = prepareBrackets(bracketsFor(ctx));
	const untaxed = new Dec(1).minus(employeeFraction);
	// remaining − min(amount, remaining), as withhold subtracts what is applied: a zero amount leaves it as it is.
	const less = (remaining: Dec, amount: Dec) => (amount.isZero() ? remaining : amount.gte(remaining) ? ZERO : remaining.minus(amount));
	return {
		at: (cents) => {
			const gross = new Dec(cents).times(CENT);
			const contributions = roundedValue(gross.times(employeeFraction), 2);
			let remaining = Dec.max(ZERO, gross.minus(contributions));
			let ntmAvailable = ntmAmount;
			let sliding = false;
			if (estimate) {
				const e = differentiatedUnrounded(estimate, gross);
				ntmAvailable = roundedValue(e.unrounded, 2);
				sliding = e.band === 'formula';
			}
			remaining = less(less(less(remaining, ntmAvailable), reliefs.dependants), reliefs.extra);
			const tax = roundedValue(bracketsTotal(remaining, brackets), 2);
			const net = gross.minus(contributions).minus(tax);
			return { net: net.times(100).toNumber(), taxable: remaining, sliding };
		},
		slope: (p) => {
			if (!p.taxable.gt(0)) return untaxed;
			const taxableSlope = p.sliding && estimate ? untaxed.plus(estimate.formula.k) : untaxed;
			return untaxed.minus(marginalFraction(p.taxable, brackets).times(taxableSlope));
		}
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
 * gross; the "none" outcome is kept for rules where that would not hold.
 *
 * The search works in whole cents. Unrounded, net is a piecewise-linear function of gross: it rises by
 * s = 1 − c − t × (1 − c + K) per euro (c the employee rate, t the rate of the bracket the taxable income
 * is in, K the slope of the VID-estimated minimum where it slides, or 0), and by 1 − c where nothing is
 * taxable. Newton steps with that slope (`aimGross`) land within a cent or two of the answer; `searchNear`
 * then walks to the crossing (the lowest gross whose net reaches the target, net one cent lower) and
 * collects every gross giving exactly the target: about seven cents evaluated, where the binary search
 * (`searchCents`, the algorithm before) evaluated about 45, each through the full `withhold`. The binary
 * search still answers when the walk finds no exact gross (a net the rules skip: it then reports the
 * nearest nets, as before) or spends more than MAX_NEAR_EVALUATIONS (a net that does not behave as
 * below). withholding.search.test.ts compares both on thousands of seeded inputs: the same answers.
 *
 * Why the walk may stop two cents either side of the target: net grows by at least 0.62 cent per cent
 * of gross in every regime (contribution rate ≤ 11 %, monthly tax rate ≤ 25.5 %, and where the VID
 * estimate slides, K ≤ 0.43 at 20 %), and the three roundings (contributions, minimum, tax) put the net
 * at most one cent from the unrounded line; so as gross rises, net never falls back by more than one
 * cent (DROP). Once net is two cents below the target, no lower gross reaches it; once it is two cents
 * above, no higher gross comes back to it. By the same bounds all exact matches lie within a few cents
 * of the crossing, which the binary search's SCAN covers with a wide margin.
 */
const SCAN = 12;
const DROP = 1;
/** Evaluations `searchNear` may spend before it gives up (and the binary search answers). */
const MAX_NEAR_EVALUATIONS = 64;

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

/**
 * Every x ≥ 0 with f(x) = target (ascending), found from a start near the answer: walk to the crossing,
 * then outwards until f is more than `drop` past the target on each side (f changes by at most one per
 * step and never falls back by more than `drop` as x rises, so no x further out can give the target). Undefined when there is no exact x
 * near, or after `limit` evaluations: the caller then asks `searchCents`.
 */
export function searchNear(
	f: (cents: number) => number,
	target: number,
	start: number,
	drop = DROP,
	limit = MAX_NEAR_EVALUATIONS
): number[] | undefined {
	let steps = 0;
	const spent = () => ++steps > limit;
	let x = Math.max(0, start);
	if (f(x) < target) {
		while (f(++x) < target) if (spent()) return undefined;
	} else {
		while (x > 0 && f(x - 1) >= target) {
			x--;
			if (spent()) return undefined;
		}
	}
	const exact: number[] = [];
	for (let c = x; c >= 0; c--) {
		const n = f(c);
		if (n === target) exact.unshift(c);
		else if (n < target - drop) break;
		if (spent()) return undefined;
	}
	for (let c = x + 1; ; c++) {
		const n = f(c);
		if (n === target) exact.push(c);
		else if (n > target + drop) break;
		if (spent()) return undefined;
	}
	return exact.length > 0 ? exact : undefined;
}

/**
 * A gross near the answer: Newton steps along the net's slope, from the target itself (a lower bound:
 * net never exceeds gross). The answer is then confirmed by `searchNear`, so this only has to be close.
 */
export function aimGross(curve: NetCurve, target: number): number {
	let x = target;
	for (let i = 0; i < 6; i++) {
		const p = curve.at(x);
		const gap = target - p.net;
		if (Math.abs(gap) <= 1) break;
		const next = Math.max(0, x + new Dec(gap).div(curve.slope(p)).round().toNumber());
		if (next === x) break;
		x = next;
	}
	return x;
}

export function netToGross(targetNet: Dec, params: SalaryParams, date: IsoDate): InverseResult {
	const ctx = salaryContext(params, date);
	const target = targetNet.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
	const curve = netCurve(ctx);
	// Each cent is evaluated once: the walk and the fallback come back to the cents the aim tried.
	const seen = new Map<number, NetPoint>();
	const point = (cents: number): NetPoint => {
		let p = seen.get(cents);
		if (!p) {
			p = curve.at(cents);
			seen.set(cents, p);
		}
		return p;
	};
	const net = (cents: number) => point(cents).net;
	const at = (cents: number) => withhold(ctx, new Dec(cents).div(100));
	const near = target >= 0 ? searchNear(net, target, aimGross({ at: point, slope: curve.slope }, target)) : undefined;
	if (near) return { kind: 'exact', grosses: near.map((c) => new Dec(c).div(100)), result: at(near[0]) };
	const found = searchCents(net, target);
	if (found.exact.length > 0) return { kind: 'exact', grosses: found.exact.map((c) => new Dec(c).div(100)), result: at(found.exact[0]) };
	return { kind: 'none', below: found.below === undefined ? undefined : at(found.below), above: at(found.above) };
}

export type { BracketLine, RoundingNote };
