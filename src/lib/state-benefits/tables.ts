/**
 * The rule tables of the flat-amount state benefits (Valsts sociālo pabalstu likums,
 * https://likumi.lv/ta/id/68483, and the Cabinet regulations under it), with the shape of their rows.
 * Every legal number lives in these JSON files; the calculators only read them.
 */
import { defineTable } from '$lib/engine/tables';
import birthGrantAmountJson from '$data/state-benefits/birth-grant-amount.json';
import birthGrantConditionsJson from '$data/state-benefits/birth-grant-conditions.json';
import childcareJson from '$data/state-benefits/childcare-benefit.json';
import multiplesJson from '$data/state-benefits/childcare-multiples-supplement.json';
import claimRuleJson from '$data/state-benefits/regular-benefit-claim-rule.json';
import partialMonthJson from '$data/state-benefits/partial-month-rule.json';
import fsbSchemeJson from '$data/state-benefits/family-state-benefit-scheme.json';
import fsbBirthOrderJson from '$data/state-benefits/family-state-benefit-birth-order.json';
import fsbSupplementJson from '$data/state-benefits/family-state-benefit-supplement.json';
import fsbByCountJson from '$data/state-benefits/family-state-benefit-by-count.json';
import fsbAgeLimitsJson from '$data/state-benefits/family-state-benefit-age-limits.json';
import disabledSupplementJson from '$data/state-benefits/disabled-child-family-supplement.json';
import disabledChildCareJson from '$data/state-benefits/disabled-child-care-benefit.json';
import disabledAdultCareJson from '$data/state-benefits/disabled-adult-care-benefit.json';
import vsnpPensionAgeJson from '$data/state-benefits/vsnp-pension-age.json';
import vsnpGeneralJson from '$data/state-benefits/vsnp-disability-general.json';
import vsnpChildhoodJson from '$data/state-benefits/vsnp-disability-since-childhood.json';
import vsnpSurvivorJson from '$data/state-benefits/vsnp-survivor.json';
import vsnpConditionsJson from '$data/state-benefits/vsnp-conditions.json';
import minimumPensionBaseJson from '$data/state-benefits/minimum-pension-base.json';
import minimumDisabilityCoefJson from '$data/state-benefits/minimum-disability-pension-coefficients.json';
import maintenanceJson from '$data/state-benefits/minimum-child-maintenance.json';
import guardianJson from '$data/state-benefits/guardian-benefit.json';
import minimumWageJson from '$data/labour/minimum-monthly-wage.json';

/** Amounts are decimal strings (euro); counts and ages are integers. */
export interface BirthGrantConditions {
	rightArisesOnDayOfLife: number;
	guardianshipBeforeAgeYears: number;
	claimWithinMonths: number;
}
export interface ChildcareRow {
	under18Months: string;
	from18To24Months: string;
	bandMonths: number;
	untilMonths: number;
	/** ISO date; null = paid for every child. */
	from18To24OnlyIfBornOnOrBefore: string | null;
}
export interface MultiplesRow {
	under18Months: string;
	from18To24Months: string;
}
export interface ClaimRule {
	claimWithinMonths: number;
	backPayMonths: number;
}
export interface PartialMonthRule {
	method: 'pro-rata-calendar-days';
}
export interface FsbScheme {
	scheme: 'birth-order' | 'number-of-children';
}
export interface FsbBirthOrder {
	first: string;
	second: string;
	third: string;
	fourthAndLater: string;
}
export interface FsbSupplement {
	/** Number of children → supplement; empty = no supplement. */
	amounts: Record<string, string>;
	furtherChildIncrement: string;
}
export interface FsbByCount {
	perChildByCount: Record<string, string>;
	perChildForMore: string;
}
export interface FsbAgeLimits {
	fromAgeYears: number;
	untilAgeYears: number;
	studyUntilAgeYears: number;
	higherEducationCounts: boolean;
	disabledUntilAgeYears: number | null;
}
export interface AmountUntilAge {
	amount: string;
	untilAgeYears: number;
}
export interface AdultCareRow {
	general: string;
	sinceChildhood: string;
	fromAgeYears: number;
}
export type Group = 'I' | 'II' | 'III';
export interface VsnpDisabilityRow {
	I: { working: string; notWorking: string };
	II: { working: string; notWorking: string };
	III: string;
}
/**
 * One minimum per child who has lost a provider: the state social security benefit and the minimum
 * survivor's compensation of the work-injury insurance (one Cabinet regulation set both from
 * 01.04.2017; from 2021 both laws refer to the same amounts). Null where the amount is not known.
 */
export interface VsnpSurvivorRow {
	under7: string | null;
	from7: string | null;
}
export interface VsnpConditions {
	disabilityFromAgeYears: number;
	survivorUntilAgeYears: number;
	survivorSchoolUntilAgeYears: number;
	survivorHigherEducationUntilAgeYears: number;
	survivorBandAgeYears: number;
}
export interface MinimumPensionBase {
	general: string;
	sinceChildhood: string;
}
export type GroupCoefficients = Record<Group, string>;
export interface MaintenanceRow {
	underBandPercent: string;
	fromBandPercent: string;
	bandAgeYears: number;
	untilAgeYears: number;
}
export type GuardianRow =
	| { basis: 'fixed'; underBand: string; fromBand: string; bandAgeYears: number; untilAgeYears: number }
	| { basis: 'minimum-maintenance'; bandAgeYears: number; untilAgeYears: number };

export const birthGrantAmount = defineTable<string>(birthGrantAmountJson);
export const birthGrantConditions = defineTable<BirthGrantConditions>(birthGrantConditionsJson);
export const childcareBenefit = defineTable<ChildcareRow>(childcareJson);
export const multiplesSupplement = defineTable<MultiplesRow>(multiplesJson);
export const claimRule = defineTable<ClaimRule>(claimRuleJson);
export const partialMonthRule = defineTable<PartialMonthRule>(partialMonthJson);
export const fsbScheme = defineTable<FsbScheme>(fsbSchemeJson);
export const fsbBirthOrder = defineTable<FsbBirthOrder>(fsbBirthOrderJson);
export const fsbSupplement = defineTable<FsbSupplement>(fsbSupplementJson);
export const fsbByCount = defineTable<FsbByCount>(fsbByCountJson);
export const fsbAgeLimits = defineTable<FsbAgeLimits>(fsbAgeLimitsJson);
export const disabledChildSupplement = defineTable<AmountUntilAge>(disabledSupplementJson);
export const disabledChildCare = defineTable<AmountUntilAge>(disabledChildCareJson);
export const disabledAdultCare = defineTable<AdultCareRow>(disabledAdultCareJson);
export const vsnpPensionAge = defineTable<string>(vsnpPensionAgeJson);
export const vsnpDisabilityGeneral = defineTable<VsnpDisabilityRow>(vsnpGeneralJson);
export const vsnpDisabilityChildhood = defineTable<VsnpDisabilityRow>(vsnpChildhoodJson);
export const vsnpSurvivor = defineTable<VsnpSurvivorRow>(vsnpSurvivorJson);
export const vsnpConditions = defineTable<VsnpConditions>(vsnpConditionsJson);
export const minimumPensionBase = defineTable<MinimumPensionBase>(minimumPensionBaseJson);
export const minimumDisabilityCoefficients = defineTable<GroupCoefficients>(minimumDisabilityCoefJson);
export const minimumMaintenance = defineTable<MaintenanceRow>(maintenanceJson);
export const guardianBenefit = defineTable<GuardianRow>(guardianJson);
/** Owned by the labour tables (issue 3); read here for the minimum maintenance. */
export const minimumWage = defineTable<string>(minimumWageJson);
