/**
 * The income-tax and social-insurance rule tables (data/tax/*, data/social-insurance/*) with their
 * row types. The JSON is validated against the zod schema by the data tests and at build time; the
 * interfaces below only name what that schema and the rows guarantee.
 */
import { defineTable, type Table } from '$lib/engine/tables';
import { CATEGORY_TRAITS, PAYER_CATEGORIES, type CategoryTraits, type PayerCategory } from './options';
import rateEmployeeJson from '$data/social-insurance/rate-employee.json';
import rateEmployeePensionAgeJson from '$data/social-insurance/rate-employee-pension-age.json';
import rateEmployeeServicePensionJson from '$data/social-insurance/rate-employee-service-pension.json';
import rateEmployeePrisonerJson from '$data/social-insurance/rate-employee-prisoner.json';
import rateEmployeePrisonerPensionAgeJson from '$data/social-insurance/rate-employee-prisoner-pension-age.json';
import rateBoardMemberJson from '$data/social-insurance/rate-board-member.json';
import rateBoardMemberPensionAgeJson from '$data/social-insurance/rate-board-member-pension-age.json';
import rateSelfEmployedJson from '$data/social-insurance/rate-self-employed.json';
import rateSelfEmployedPensionAgeJson from '$data/social-insurance/rate-self-employed-pension-age.json';
import rateRealEstateJson from '$data/social-insurance/rate-real-estate.json';
import rateForeignEmployerJson from '$data/social-insurance/rate-foreign-employer.json';
import rateVoluntaryPensionJson from '$data/social-insurance/rate-voluntary-pension.json';
import rateVoluntaryFullJson from '$data/social-insurance/rate-voluntary-full.json';

/** A bracket: the rate applies to the part of the base up to `upTo` (null = no upper limit). Percent strings. */
export interface Bracket {
	upTo: string | null;
	rate: string;
}

export interface IncomeTaxRates {
	/** Monthly withholding where the tax book is lodged; limits apply to the monthly taxable income. */
	monthlyWithTaxBook: Bracket[];
	/** Monthly withholding rate where the tax book is not lodged. */
	withoutTaxBook: string;
	/** Annual progressive brackets, applied in the annual return. */
	annual: Bracket[];
	/** The additional rate on total annual income above a threshold (Art. 15.1, from 2025), or null. */
	surcharge: { rate: string; annualIncomeAbove: string } | null;
}

/** The non-taxable minimum for employment income in force for a period. Amounts are per period of `periodMonths` months. */
export type NonTaxableMinimum =
	| {
			/** 2016–2017 (MK Nr. 1/2016): the employer applies `monthlyMinimum`; the annual differentiated minimum is granted in the return. */
			regime: 'monthly-minimum';
			periodMonths: number;
			monthlyMinimum: string;
			periodMaximum: string;
			incomeFullUpTo: string;
			incomeMinimumOnlyAbove: string;
	  }
	| {
			/** 2018–2024 (MK Nr. 676/2017): the employer applies the monthly minimum forecast by VID. */
			regime: 'vid-forecast';
			periodMonths: number;
			periodMaximum: string;
			incomeFullUpTo: string;
			incomeZeroAbove: string;
	  }
	| {
			/** From 2025: a fixed monthly minimum. */
			regime: 'fixed';
			periodMonths: number;
			monthly: string;
	  };

export interface PensionerNtm {
	monthly: string;
	/** The part that may be applied to a salary where the tax book is lodged with the employer (null: none). */
	salaryShareWithTaxBook: string | null;
}

export interface AdditionalReliefs {
	disabilityGroup1or2: string;
	disabilityGroup3: string;
	politicallyRepressed: string;
}

export interface ContributionRate {
	total: string | null;
	employer: string | null;
	employee: string | null;
}

export type SolidarityTax = { mode: 'contribution-rate'; rate: null } | { mode: 'flat'; rate: string };

export interface MinimumContributions {
	employeeQuarterMonths: number;
	selfEmployedPensionRate: string;
}

export type InsuranceTypeSplit = Record<
	'pension' | 'unemployment' | 'workAccident' | 'disability' | 'maternitySickness' | 'parents',
	string
>;

import { incomeTaxRates } from './table-modules/incomeTaxRates';
export { incomeTaxRates };
import { nonTaxableMinimum } from './table-modules/nonTaxableMinimum';
export { nonTaxableMinimum };
import { pensionerNtm } from './table-modules/pensionerNtm';
export { pensionerNtm };
import { dependantRelief } from './table-modules/dependantRelief';
export { dependantRelief };
import { additionalReliefs } from './table-modules/additionalReliefs';
export { additionalReliefs };
import { generalRateByInsuranceType } from './table-modules/generalRateByInsuranceType';
export { generalRateByInsuranceType };
import { maximumContributionObject } from './table-modules/maximumContributionObject';
export { maximumContributionObject };
import { solidarityTax } from './table-modules/solidarityTax';
export { solidarityTax };
import { minimumContributions } from './table-modules/minimumContributions';
export { minimumContributions };
/** The national minimum monthly wage (one table for the whole project, MK noteikumi Nr. 656 p. 2). */
import { minimumMonthlyWage } from './table-modules/minimumMonthlyWage';
export { minimumMonthlyWage };

export { EMPLOYEE_CATEGORIES, PAYER_CATEGORIES, type EmployeeCategory, type PayerCategory } from './options';

/** A payer category: its rate table and what it is (options.ts). */
export interface CategoryInfo extends CategoryTraits {
	table: Table<ContributionRate>;
}

const info = (json: unknown, category: PayerCategory): CategoryInfo => ({
	table: defineTable<ContributionRate>(json),
	...CATEGORY_TRAITS[category]
});

export const CATEGORY_INFO: Record<PayerCategory, CategoryInfo> = {
	employee: info(rateEmployeeJson, 'employee'),
	'employee-pension-age': info(rateEmployeePensionAgeJson, 'employee-pension-age'),
	'employee-service-pension': info(rateEmployeeServicePensionJson, 'employee-service-pension'),
	'employee-prisoner': info(rateEmployeePrisonerJson, 'employee-prisoner'),
	'employee-prisoner-pension-age': info(rateEmployeePrisonerPensionAgeJson, 'employee-prisoner-pension-age'),
	'board-member': info(rateBoardMemberJson, 'board-member'),
	'board-member-pension-age': info(rateBoardMemberPensionAgeJson, 'board-member-pension-age'),
	'self-employed': info(rateSelfEmployedJson, 'self-employed'),
	'self-employed-pension-age': info(rateSelfEmployedPensionAgeJson, 'self-employed-pension-age'),
	'real-estate': info(rateRealEstateJson, 'real-estate'),
	'foreign-employer': info(rateForeignEmployerJson, 'foreign-employer'),
	'voluntary-pension': info(rateVoluntaryPensionJson, 'voluntary-pension'),
	'voluntary-full': info(rateVoluntaryFullJson, 'voluntary-full')
};

export const contributionRateTables: Table<ContributionRate>[] = PAYER_CATEGORIES.map((c) => CATEGORY_INFO[c].table);

export const taxTables: Table<unknown>[] = [
	incomeTaxRates,
	nonTaxableMinimum,
	pensionerNtm,
	dependantRelief,
	additionalReliefs
] as Table<unknown>[];

export const socialInsuranceTables: Table<unknown>[] = [
	...contributionRateTables,
	generalRateByInsuranceType,
	maximumContributionObject,
	solidarityTax,
	minimumContributions,
	minimumMonthlyWage
] as Table<unknown>[];
