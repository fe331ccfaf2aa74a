/**
 * The old-age pension capital (law "Par valsts pensijām", Art. 11–12; MK 27.03.2007. noteikumi Nr. 205):
 * the contributions credited to the first pillar each year, actualised with the capital index of each
 * following year, and the initial capital for record before 1996.
 *
 * Convention (MK Nr. 205 p. 6–7 and the VSAA notices "indekss 2017. gadam … piemērojams … no 2018. gada
 * 1. janvāra"): the index of year t applies from 1 January t+1 to the capital accumulated up to the end
 * of t−1. For a pension granted in year g, the capital of contribution year c is therefore multiplied by
 * the indices of the years c+1 … g−1, and the capital of the years g−1 and g is not actualised. This
 * reproduces every value of the VSAA table of cumulative indices for pensions granted in 2015 and 2016
 * (golden cases). From 2016 the law replaces the 2009–2015 indices by 1: each row of the capital-index
 * table holds the series that applies to pensions granted from its date.
 *
 * Years whose index is not yet determined are projected with an assumed index (the user's wage growth);
 * each such year is marked `projected`.
 */
import { Dec } from '$lib/engine/decimal';
import type { IsoDate } from '$lib/engine/dates';
import { NotCoveredError, requireAt, rowsInForce, valueAt, type RowInForce } from '$lib/engine/tables';
import {
	capitalIndex,
	fundedPillarRate,
	initialCapital,
	oldAgeContributionRate,
	type CapitalIndexSeries,
	type InitialCapitalRule
} from './tables';

const jan1 = (year: number) => `${String(year).padStart(4, '0')}-01-01`;
const monthStart = (year: number, month: number) => `${jan1(year).slice(0, 5)}${String(month).padStart(2, '0')}-01`;
export const yearOf = (d: IsoDate) => Number(d.slice(0, 4));
export const monthOf = (d: IsoDate) => Number(d.slice(5, 7));

export interface IndexUsed {
	/** The index year (VSAA's label). */
	year: number;
	value: Dec;
	projected: boolean;
}

/**
 * The series of indices that applies to a pension granted on `grantDate`: the row in force on that day,
 * or — for a grant after the data ends — the latest row, whose missing years are then projected.
 */
export function indexSeries(grantDate: IsoDate): RowInForce<CapitalIndexSeries> {
	const look = valueAt(capitalIndex, grantDate);
	if (look.kind === 'ok') return look.row;
	if (look.kind === 'after-coverage') return rowsInForce(capitalIndex).pop()!;
	throw new NotCoveredError(look);
}

/** The index of index year `t` in a series, or the assumed index where the series does not have it yet. */
export function indexFor(t: number, series: RowInForce<CapitalIndexSeries>, assumedIndex: Dec): IndexUsed {
	const v = series.value.byIndexYear[String(t)];
	return v === undefined ? { year: t, value: assumedIndex, projected: true } : { year: t, value: new Dec(v), projected: false };
}

export interface Factor {
	value: Dec;
	indices: IndexUsed[];
	/** The series of indices used (cited by the explanation). */
	series: RowInForce<CapitalIndexSeries>;
}

/**
 * The actualisation factors for every contribution year from `firstYear` for a pension granted on
 * `grantDate`: the index series is read once and the products are built backwards, so a long career
 * costs one pass, not one per year.
 */
export function factorsFor(firstYear: number, grantDate: IsoDate, assumedIndex: Dec): (contributionYear: number) => Factor {
	const g = yearOf(grantDate);
	const series = indexSeries(grantDate);
	const indices: IndexUsed[] = [];
	for (let t = firstYear + 1; t <= g - 1; t++) indices.push(indexFor(t, series, assumedIndex));
	// suffix[i] = product of indices[i …]; the factor of year c starts at the index of year c+1.
	const suffix: Dec[] = new Array(indices.length + 1);
	suffix[indices.length] = new Dec(1);
	for (let i = indices.length - 1; i >= 0; i--) suffix[i] = suffix[i + 1].times(indices[i].value);
	return (c) => {
		const i = Math.max(0, c + 1 - (firstYear + 1));
		if (i >= indices.length) return { value: new Dec(1), indices: [], series };
		return { value: suffix[i], indices: indices.slice(i), series };
	};
}

/** Product of the indices of the years c+1 … g−1: what one euro of capital of year c is worth at a grant in year g. */
export function actualisationFactor(contributionYear: number, grantDate: IsoDate, assumedIndex: Dec): Factor {
	return factorsFor(contributionYear, grantDate, assumedIndex)(contributionYear);
}

interface MonthRate {
	/** First-pillar rate, percent: the whole rate, less the second-pillar share for its members. */
	percent: Dec;
	rows: RowInForce<string>[];
}
const rateCache = new Map<string, MonthRate>();
function rateAt(year: number, month: number, fundedMember: boolean): MonthRate {
	const key = `${monthStart(year, month)}/${fundedMember}`;
	let r = rateCache.get(key);
	if (!r) {
		const whole = requireAt(oldAgeContributionRate, monthStart(year, month));
		const funded = fundedMember ? requireAt(fundedPillarRate, monthStart(year, month)) : undefined;
		r = { percent: new Dec(whole.value).minus(funded?.value ?? 0), rows: funded ? [whole, funded] : [whole] };
		rateCache.set(key, r);
	}
	return r;
}

export type WageBasis = 'given' | 'estimated' | 'projected';

export interface YearWage {
	year: number;
	/** Annual insurance contribution wage (euro). */
	wage: Dec;
	basis: WageBasis;
}

export interface YearCapital extends YearWage {
	/** Months of the year that count (the year of granting counts up to the month before the pension starts). */
	months: number;
	/** Weighted first-pillar rate of the months counted, percent. */
	rate: Dec;
	contribution: Dec;
	factor: Factor;
	actualised: Dec;
	rateRows: RowInForce<string>[];
}

/**
 * Contributions credited to the first pillar for each year, actualised to the year of granting. The
 * rate is looked up month by month (the funded pillar started on 1 July 2001; its share changed on
 * 1 January of later years). In the year of granting the months before the pension starts count.
 */
export function notionalCapital(wages: YearWage[], grantDate: IsoDate, fundedMember: boolean, assumedIndex: Dec): YearCapital[] {
	const g = yearOf(grantDate);
	const counted = wages.filter((w) => w.year <= g);
	const factorOf = factorsFor(Math.min(...counted.map((w) => w.year), g), grantDate, assumedIndex);
	return counted.map((w) => {
		const months = w.year === g ? monthOf(grantDate) - 1 : 12;
		const monthly = w.wage.div(12);
		let percentMonths = new Dec(0);
		const rows: RowInForce<string>[] = [];
		for (let m = 1; m <= months; m++) {
			const rate = rateAt(w.year, m, fundedMember);
			for (const row of rate.rows) if (!rows.some((r) => r.table === row.table && r.validFrom === row.validFrom)) rows.push(row);
			percentMonths = percentMonths.plus(rate.percent);
		}
		const contribution = monthly.times(percentMonths).div(100);
		const counted = monthly.times(months);
		const rate = counted.isZero() ? new Dec(0) : contribution.div(counted).times(100);
		const factor = factorOf(w.year);
		return { ...w, months, rate, contribution, factor, actualised: contribution.times(factor.value), rateRows: rows };
	});
}

export interface InitialCapitalResult {
	rule: RowInForce<InitialCapitalRule>;
	series: RowInForce<CapitalIndexSeries>;
	/** Actualised average monthly contribution wage of the wage years (Vi). */
	vi: Dec;
	recordYears: number;
	value: Dec;
	indicesProjected: boolean;
}

/**
 * Ks = Vi × As × rate × 12, Vi = Σ (wage of each year 1996–1999 × its actualisation factor) / 48
 * (LM "How the old age pension should be calculated"; MK Nr. 205 p. 8: each year's wage is actualised
 * with the indices of the years that follow it, up to the year of granting).
 */
export function initialCapitalFor(
	recordYears: number,
	annualWageOf: (year: number) => Dec,
	grantDate: IsoDate,
	assumedIndex: Dec
): InitialCapitalResult {
	const rule = requireAt(initialCapital, grantDate);
	const r = rule.value;
	let sum = new Dec(0);
	let projected = false;
	const factorOf = factorsFor(r.wageFromYear, grantDate, assumedIndex);
	for (let y = r.wageFromYear; y <= r.wageToYear; y++) {
		const f = factorOf(y);
		projected ||= f.indices.some((i) => i.projected);
		sum = sum.plus(annualWageOf(y).times(f.value));
	}
	const vi = sum.div(r.averagingMonths);
	const value = vi.times(recordYears).times(r.rate).div(100).times(12);
	return { rule, series: factorOf(r.wageFromYear).series, vi, recordYears, value, indicesProjected: projected };
}

/** The rule's wage years, for callers that need to know which wages the initial capital uses. */
export function initialCapitalRule(grantDate: IsoDate): RowInForce<InitialCapitalRule> {
	return requireAt(initialCapital, grantDate);
}
