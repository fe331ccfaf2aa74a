/**
 * Mandatory state social insurance contributions (VSAOI) for one payer category and one contribution
 * object: the rate and its employer/employee split (Cabinet rate regulations under the law "Par valsts
 * sociālo apdrošināšanu"), the annual maximum contribution object and the solidarity tax on income
 * above it (Solidaritātes nodokļa likums), and the minimum-contribution rules from 1 July 2021.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec, percent, roundMoney, type Rounded } from '$lib/engine/decimal';
import { requireAt, valueAt, type RowInForce } from '$lib/engine/tables';
import {
	CATEGORY_INFO,
	generalRateByInsuranceType,
	maximumContributionObject,
	minimumContributions,
	minimumMonthlyWage,
	solidarityTax,
	type ContributionRate,
	type InsuranceTypeSplit,
	type MinimumContributions,
	type PayerCategory,
	type SolidarityTax
} from './tables';
import { RateNotSourcedError } from './withholding';

export interface ContributionInput {
	category: PayerCategory;
	/** The contribution object for the period (a month's or a year's income). */
	object: Dec;
	period: 'month' | 'year';
	/** Month mode: the object already counted earlier in the same calendar year (for the annual cap). */
	earlier?: Dec;
	/** Self-employed, month mode: the object chosen for the full rate (at least the minimum wage). */
	chosenObject?: Dec;
}

export interface Amounts {
	total: Rounded;
	employer?: Rounded;
	employee?: Rounded;
}

export interface SelfEmployedSplit {
	row: RowInForce<MinimumContributions>;
	wageRow: RowInForce<string>;
	minimumWage: Dec;
	/** Income reaches the minimum wage: full rate on the chosen object, the pension rate on the rest. */
	reachesMinimum: boolean;
	fullRateObject: Dec;
	pensionOnlyObject: Dec;
	pensionRate: Dec;
	pensionContribution: Rounded;
	/** The chosen object was below the minimum wage or above the income and was adjusted. */
	chosenAdjusted: boolean;
}

export interface EmployeeMinimum {
	row: RowInForce<MinimumContributions>;
	wageRow: RowInForce<string>;
	minimumWage: Dec;
	quarterObject: Dec;
	quarterContributions: Rounded;
}

export interface ContributionResult {
	rateRow: RowInForce<ContributionRate>;
	total: Dec;
	employerRate?: Dec;
	employeeRate?: Dec;
	who: (typeof CATEGORY_INFO)[PayerCategory]['who'];
	voluntary: boolean;
	/** The annual maximum; absent for voluntary contributions. */
	capRow?: RowInForce<string>;
	cap?: Dec;
	capLeft?: Dec;
	/** The part of the object on which contributions are due at the category rate. */
	insuredObject: Dec;
	/** Above the cap: subject to the solidarity tax. */
	aboveCap: Dec;
	contributions: Amounts;
	selfEmployed?: SelfEmployedSplit;
	/** The self-employed minimum rules are not in the data for this date (before 1 July 2021). */
	selfEmployedRulesNotModelled: boolean;
	solidarity?: {
		row: RowInForce<SolidarityTax>;
		/** Withheld during the year at the contribution rate (split like the contributions). */
		withheld: Amounts;
		/** The final tax at the flat rate (from 2019); absent when the rate is the contribution rate. */
		finalRate?: Dec;
		final?: Rounded;
		/** withheld − final: refunded after the year ends (only when positive). */
		refund?: Dec;
		/**
		 * The contribution rate applied during the year is not above the flat rate (24.91 % against 25 %
		 * for a board member or prisoner of pension age from 2021): nothing was overpaid, so nothing is
		 * refunded, and the law sets no top-up (Solidarity Tax Law s.6.2(2)). The withheld tax stays.
		 */
		noRefund?: boolean;
	};
	employeeMinimum?: EmployeeMinimum;
	byType?: { row: RowInForce<InsuranceTypeSplit>; lines: Array<{ type: keyof InsuranceTypeSplit; rate: Dec; amount: Rounded }> };
}

const REASON = 'common:rounding.cents';

function amountsAt(object: Dec, total: Dec, employer?: Dec, employee?: Dec): Amounts {
	return {
		total: roundMoney(object.times(percent(total)), REASON),
		employer: employer ? roundMoney(object.times(percent(employer)), REASON) : undefined,
		employee: employee ? roundMoney(object.times(percent(employee)), REASON) : undefined
	};
}

const INSURANCE_TYPES: Array<keyof InsuranceTypeSplit> = [
	'pension',
	'unemployment',
	'workAccident',
	'disability',
	'maternitySickness',
	'parents'
];

export function computeContributions(input: ContributionInput, date: IsoDate): ContributionResult {
	const info = CATEGORY_INFO[input.category];
	const rateRow = requireAt(info.table, date);
	if (rateRow.value.total === null) throw new RateNotSourcedError(rateRow);
	const total = new Dec(rateRow.value.total);
	const employerRate = rateRow.value.employer === null ? undefined : new Dec(rateRow.value.employer);
	const employeeRate = rateRow.value.employee === null ? undefined : new Dec(rateRow.value.employee);
	const object = input.object;

	// Self-employed, month mode, from 1 July 2021: full rate on an object of at least the minimum wage,
	// a pension-only rate on the rest of the income; below the minimum wage only the pension-only rate.
	let selfEmployed: SelfEmployedSplit | undefined;
	let selfEmployedRulesNotModelled = false;
	let fullRateObject = object;
	if (info.selfEmployed && input.period === 'month') {
		const minLookup = valueAt(minimumContributions, date);
		const wageLookup = valueAt(minimumMonthlyWage, date);
		if (minLookup.kind === 'ok' && wageLookup.kind === 'ok') {
			const row = minLookup.row;
			const wageRow = wageLookup.row;
			const minimumWage = new Dec(wageRow.value);
			const pensionRate = new Dec(row.value.selfEmployedPensionRate);
			const reachesMinimum = object.gte(minimumWage);
			let chosen = input.chosenObject ?? minimumWage;
			let chosenAdjusted = false;
			if (chosen.lt(minimumWage) || chosen.gt(object)) {
				chosen = reachesMinimum ? Dec.min(Dec.max(chosen, minimumWage), object) : new Dec(0);
				chosenAdjusted = input.chosenObject !== undefined;
			}
			fullRateObject = reachesMinimum ? chosen : new Dec(0);
			const pensionOnlyObject = object.minus(fullRateObject);
			selfEmployed = {
				row,
				wageRow,
				minimumWage,
				reachesMinimum,
				fullRateObject,
				pensionOnlyObject,
				pensionRate,
				pensionContribution: roundMoney(pensionOnlyObject.times(percent(pensionRate)), REASON),
				chosenAdjusted
			};
		} else {
			selfEmployedRulesNotModelled = true;
		}
	}

	let capRow: RowInForce<string> | undefined;
	let cap: Dec | undefined;
	let capLeft: Dec | undefined;
	let insuredObject = fullRateObject;
	let aboveCap = new Dec(0);
	if (!info.voluntary) {
		capRow = requireAt(maximumContributionObject, date);
		cap = new Dec(capRow.value);
		const earlier = input.period === 'month' ? (input.earlier ?? new Dec(0)) : new Dec(0);
		capLeft = Dec.max(0, cap.minus(earlier));
		insuredObject = Dec.min(fullRateObject, capLeft);
		aboveCap = fullRateObject.minus(insuredObject);
	}
	const contributions = amountsAt(insuredObject, total, employerRate, employeeRate);

	let solidarity: ContributionResult['solidarity'];
	if (aboveCap.gt(0)) {
		const row = requireAt(solidarityTax, date);
		const withheld = amountsAt(aboveCap, total, employerRate, employeeRate);
		if (row.value.mode === 'flat') {
			const finalRate = new Dec(row.value.rate);
			const final = roundMoney(aboveCap.times(percent(finalRate)), REASON);
			const refund = withheld.total.value.minus(final.value);
			// s.6.2(2): only tax overpaid at a higher contribution rate is refunded; a lower rate is not topped up.
			solidarity = refund.gt(0) ? { row, withheld, finalRate, final, refund } : { row, withheld, finalRate, noRefund: true };
		} else {
			solidarity = { row, withheld };
		}
	}

	// Employees from 1 July 2021: contributions at least on the minimum wage, checked per quarter.
	let employeeMinimum: EmployeeMinimum | undefined;
	if (input.category === 'employee') {
		const minLookup = valueAt(minimumContributions, date);
		const wageLookup = valueAt(minimumMonthlyWage, date);
		if (minLookup.kind === 'ok' && wageLookup.kind === 'ok') {
			const row = minLookup.row;
			const wageRow = wageLookup.row;
			const minimumWage = new Dec(wageRow.value);
			const quarterObject = minimumWage.times(row.value.employeeQuarterMonths);
			employeeMinimum = {
				row,
				wageRow,
				minimumWage,
				quarterObject,
				quarterContributions: roundMoney(quarterObject.times(percent(total)), REASON)
			};
		}
	}

	// The split of the general rate by insurance type, where the data has it (2017).
	let byType: ContributionResult['byType'];
	if (input.category === 'employee') {
		const split = valueAt(generalRateByInsuranceType, date);
		if (split.kind === 'ok') {
			byType = {
				row: split.row,
				lines: INSURANCE_TYPES.map((type) => {
					const rate = new Dec(split.row.value[type]);
					return { type, rate, amount: roundMoney(insuredObject.times(percent(rate)), REASON) };
				})
			};
		}
	}

	return {
		rateRow,
		total,
		employerRate,
		employeeRate,
		who: info.who,
		voluntary: info.voluntary,
		capRow,
		cap,
		capLeft,
		insuredObject,
		aboveCap,
		contributions,
		selfEmployed,
		selfEmployedRulesNotModelled,
		solidarity,
		employeeMinimum,
		byType
	};
}
