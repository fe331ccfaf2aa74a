/**
 * The rule tables of the flat-amount state benefits (Valsts sociālo pabalstu likums,
 * https://likumi.lv/ta/id/68483, and the Cabinet regulations under it), with the shape of their rows.
 * Every legal number lives in these JSON files; the calculators only read them.
 */

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

import { birthGrantAmount } from './table-modules/birthGrantAmount';
export { birthGrantAmount };
import { birthGrantConditions } from './table-modules/birthGrantConditions';
export { birthGrantConditions };
import { childcareBenefit } from './table-modules/childcareBenefit';
export { childcareBenefit };
import { multiplesSupplement } from './table-modules/multiplesSupplement';
export { multiplesSupplement };
import { claimRule } from './table-modules/claimRule';
export { claimRule };
import { partialMonthRule } from './table-modules/partialMonthRule';
export { partialMonthRule };
import { fsbScheme } from './table-modules/fsbScheme';
export { fsbScheme };
import { fsbBirthOrder } from './table-modules/fsbBirthOrder';
export { fsbBirthOrder };
import { fsbSupplement } from './table-modules/fsbSupplement';
export { fsbSupplement };
import { fsbByCount } from './table-modules/fsbByCount';
export { fsbByCount };
import { fsbAgeLimits } from './table-modules/fsbAgeLimits';
export { fsbAgeLimits };
import { disabledChildSupplement } from './table-modules/disabledChildSupplement';
export { disabledChildSupplement };
import { disabledChildCare } from './table-modules/disabledChildCare';
export { disabledChildCare };
import { disabledAdultCare } from './table-modules/disabledAdultCare';
export { disabledAdultCare };
import { vsnpPensionAge } from './table-modules/vsnpPensionAge';
export { vsnpPensionAge };
import { vsnpDisabilityGeneral } from './table-modules/vsnpDisabilityGeneral';
export { vsnpDisabilityGeneral };
import { vsnpDisabilityChildhood } from './table-modules/vsnpDisabilityChildhood';
export { vsnpDisabilityChildhood };
import { vsnpSurvivor } from './table-modules/vsnpSurvivor';
export { vsnpSurvivor };
import { vsnpConditions } from './table-modules/vsnpConditions';
export { vsnpConditions };
import { minimumPensionBase } from './table-modules/minimumPensionBase';
export { minimumPensionBase };
import { minimumDisabilityCoefficients } from './table-modules/minimumDisabilityCoefficients';
export { minimumDisabilityCoefficients };
import { minimumMaintenance } from './table-modules/minimumMaintenance';
export { minimumMaintenance };
import { guardianBenefit } from './table-modules/guardianBenefit';
export { guardianBenefit };
/** Owned by the labour tables (issue 3); read here for the minimum maintenance. */
import { minimumWage } from './table-modules/minimumWage';
export { minimumWage };
