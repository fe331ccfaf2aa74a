/**
 * The non-taxable minimum (neapliekamais minimums) for employment income.
 *
 * 2016–2017 (MK 05.01.2016 Nr. 1): the employer applies the minimum monthly amount; the annual
 *   differentiated minimum GDNM = GNMmax − K × (AI − AImin), K = (GNMmax − NMmin × 12) / (AImax − AImin),
 *   never below NMmin × 12, is granted in the annual return.
 * 2018–2024 (MK 14.11.2017 Nr. 676, point 2; law "Par IIN" Art. 12(1.4)–(1.7)): GDNM = GNMmax − K × (AI − AImin),
 *   K = GNMmax / (AImax − AImin), 0 above AImax; during the year the employer applies the monthly
 *   minimum forecast by VID. In 2022 each half-year is computed separately and the two are added (point 2.1).
 * From 2025: a fixed monthly amount.
 * AI is the taxable income before deductions (VID sums the gross amounts — Bilance, plz.lv).
 */
import { Dec, roundMoney, type RoundingNote } from '$lib/engine/decimal';
import type { NonTaxableMinimum } from './tables';

type Differentiated = Extract<NonTaxableMinimum, { regime: 'monthly-minimum' | 'vid-forecast' }>;

export interface DifferentiatedFormula {
	/** Maximum for the period, the income up to which it applies in full, the income above which only the floor applies. */
	max: Dec;
	incomeMin: Dec;
	incomeMax: Dec;
	/** The floor: NMmin × months (2016–2017) or 0 (2018–2024). */
	floor: Dec;
	/** K, unrounded: the regulations define it by a formula (published values like 0.38462 are rounded for display). */
	k: Dec;
}

export function formulaFor(v: Differentiated): DifferentiatedFormula {
	const max = new Dec(v.periodMaximum);
	const incomeMin = new Dec(v.incomeFullUpTo);
	if (v.regime === 'monthly-minimum') {
		const incomeMax = new Dec(v.incomeMinimumOnlyAbove);
		const floor = new Dec(v.monthlyMinimum).times(v.periodMonths);
		return { max, incomeMin, incomeMax, floor, k: max.minus(floor).div(incomeMax.minus(incomeMin)) };
	}
	const incomeMax = new Dec(v.incomeZeroAbove);
	return { max, incomeMin, incomeMax, floor: new Dec(0), k: max.div(incomeMax.minus(incomeMin)) };
}

export interface DifferentiatedResult {
	formula: DifferentiatedFormula;
	/** Which part of the formula decided: full maximum, the sliding formula, or the floor. */
	band: 'max' | 'formula' | 'floor';
	unrounded: Dec;
	value: Dec;
	rounding: RoundingNote;
}

/** The formula with its amounts divided for one month of the period (or for the whole period: divisor 1). */
export interface ScaledFormula {
	formula: DifferentiatedFormula;
	max: Dec;
	incomeMin: Dec;
	floor: Dec;
}

export function scaledFormula(v: Differentiated, divisor = 1): ScaledFormula {
	const f = formulaFor(v);
	return { formula: f, max: f.max.div(divisor), incomeMin: f.incomeMin.div(divisor), floor: f.floor.div(divisor) };
}

/** The formula's band and value for an income, before rounding. */
export function differentiatedUnrounded(s: ScaledFormula, income: Dec): { band: DifferentiatedResult['band']; unrounded: Dec } {
	if (income.lte(s.incomeMin)) return { band: 'max', unrounded: s.max };
	const unrounded = s.max.minus(s.formula.k.times(income.minus(s.incomeMin)));
	return unrounded.lte(s.floor) ? { band: 'floor', unrounded: s.floor } : { band: 'formula', unrounded };
}

/**
 * GDNM for a period's income. The formula is linear, so the same function serves the whole period
 * (divisor 1) or one month of it (divisor = the period's months: every amount divided, K unchanged).
 */
export function differentiated(v: Differentiated, income: Dec, divisor = 1, reason = 'common:rounding.cents'): DifferentiatedResult {
	const s = scaledFormula(v, divisor);
	const { band, unrounded } = differentiatedUnrounded(s, income);
	const r = roundMoney(unrounded, reason);
	return { formula: s.formula, band, unrounded, value: r.value, rounding: r.rounding };
}

/**
 * Estimate of the VID-forecast monthly minimum from one month's salary: the period's formula with
 * every amount divided by the months of the period (the same as the annual formula for 12 × this salary).
 */
export function estimateMonthlyVidNtm(v: Extract<NonTaxableMinimum, { regime: 'vid-forecast' }>, monthlyGross: Dec): DifferentiatedResult {
	return differentiated(v, monthlyGross, v.periodMonths, 'common:rounding.cents');
}
