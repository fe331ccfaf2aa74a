/**
 * The social-insurance benefit rule tables (data/benefits/), typed. The JSON is checked against the
 * table schema by the data-integrity test and the build; the value types here name what each
 * record row holds.
 */

export interface ReferencePeriodRule {
	lengthMonths: number;
	gapMonths: number;
}
export interface SicknessRule {
	employerFirstDay: number;
	employerLowerRateLastDay: number;
	employerLowerRate: string;
	employerHigherRate: string;
	agencyFirstDay: number;
	benefitRate: string;
	maxWeeksContinuous: number;
	maxWeeksExtended: number;
	claimMonths: number;
}
export interface ContributionCondition {
	shortWindowMonths: number;
	shortRequiredMonths: number;
	longWindowMonths: number;
	longRequiredMonths: number;
}
export interface SickChildRule {
	childAgeLimitYears: number;
	homeMaxDays: number;
	hospitalMaxDays: number;
	benefitRate: string;
	claimMonths: number;
}
export interface MaternityRule {
	benefitRate: string;
	prenatalDays: number;
	prenatalDaysEarlyRegistration: number;
	postnatalDays: number;
	postnatalDaysComplications: number;
	lostStatusGraceDays: number;
	lostStatusGraceDaysLiquidation: number;
	claimMonths: number;
}
export interface PaternityRule {
	benefitRate: string;
	leaveDays: number;
	leaveDayKind: 'calendar' | 'working';
	windowMonths: number;
	claimMonths: number;
}
export interface PaternityWorkingDayRule {
	divisor: string;
}
export type ParentalRule =
	| {
			scheme: 'age';
			shorter: { rate: string; untilAgeMonths: number };
			longer: { rate: string; untilAgeMonths: number };
			claimMonths: number;
	  }
	| {
			scheme: 'months';
			shorter: { rate: string; totalMonths: number; basicMonths: number };
			longer: { rate: string; totalMonths: number; basicMonths: number };
			nonTransferableMonths: number;
			nonTransferableUntilAgeYears: number;
			nonTransferablePaidWhileWorking: boolean;
			claimMonths: number;
	  };
export interface UnemploymentRateRule {
	bands: Array<{ fromYears: number; rate: string }>;
}
export interface UnemploymentScheduleRule {
	monthShares: string[];
}
export interface UnemploymentConditions {
	minRecordYears: number;
	windowMonths: number;
	requiredMonths: number;
	ownRequestDelayMonths: number;
}
export interface UnemploymentWageMethod {
	excludeHighestAndLowest: boolean;
	keptMonths: number;
	scaledToMonths: number;
}
export interface UnemploymentSpecialRule {
	vsnpMultiplier: string;
	share: string;
}
export interface FuneralRule {
	insuredWageMultiplier: string;
	dependantVsnpMultiplier: string;
	unemployedVsnpMultiplier: string;
	pensionMonths: string;
	pensionIncludesPre1996Supplement: boolean;
	vsnpRecipientMultiplier: string;
	claimMonths: number;
}
export interface NationalWageRow {
	wageYear: number;
	amount: string | null;
}
export interface WorkInjuryRule {
	minLossPercent: number;
	bands: Array<{ fromPercent: number; rate: string }>;
	minimumIsDisabilityPension: boolean;
	claimMonths: number;
}
export interface DisabilityGroupCoefficients {
	I: string;
	II: string;
	III: string;
}
export interface MinimumPensionBase {
	general: string;
	sinceChildhood: string;
}
export interface SurvivorRule {
	byChildren: Array<{ children: number; rate: string; orphanRate: string }>;
	claimMonths: number;
}
export type SurvivorSpouseRule =
	{ kind: 'one-off'; pensionMonths: string; claimMonths: number } | { kind: 'monthly'; share: string; months: number; claimMonths: number };

import { referencePeriodTable } from './table-modules/referencePeriodTable';
export { referencePeriodTable };
import { sicknessTable } from './table-modules/sicknessTable';
export { sicknessTable };
import { contributionConditionTable } from './table-modules/contributionConditionTable';
export { contributionConditionTable };
import { sickChildTable } from './table-modules/sickChildTable';
export { sickChildTable };
import { maternityTable } from './table-modules/maternityTable';
export { maternityTable };
import { paternityTable } from './table-modules/paternityTable';
export { paternityTable };
import { paternityWorkingDayTable } from './table-modules/paternityWorkingDayTable';
export { paternityWorkingDayTable };
import { parentalOptionsTable } from './table-modules/parentalOptionsTable';
export { parentalOptionsTable };
import { parentalShareByAgeTable } from './table-modules/parentalShareByAgeTable';
export { parentalShareByAgeTable };
import { parentalShareTable } from './table-modules/parentalShareTable';
export { parentalShareTable };
import { unemploymentRateTable } from './table-modules/unemploymentRateTable';
export { unemploymentRateTable };
import { unemploymentScheduleTable } from './table-modules/unemploymentScheduleTable';
export { unemploymentScheduleTable };
import { unemploymentConditionsTable } from './table-modules/unemploymentConditionsTable';
export { unemploymentConditionsTable };
import { unemploymentWageMethodTable } from './table-modules/unemploymentWageMethodTable';
export { unemploymentWageMethodTable };
import { unemploymentSpecialTable } from './table-modules/unemploymentSpecialTable';
export { unemploymentSpecialTable };
import { vsnpBaseTable } from './table-modules/vsnpBaseTable';
export { vsnpBaseTable };
import { funeralTable } from './table-modules/funeralTable';
export { funeralTable };
import { nationalWageTable } from './table-modules/nationalWageTable';
export { nationalWageTable };
import { workInjuryTable } from './table-modules/workInjuryTable';
export { workInjuryTable };
/** The minimum disability pension = base × the group's coefficient (state-benefits tables). */
import { minimumPensionBaseTable } from './table-modules/minimumPensionBaseTable';
export { minimumPensionBaseTable };
import { disabilityCoefficientsTable } from './table-modules/disabilityCoefficientsTable';
export { disabilityCoefficientsTable };
import { survivorTable } from './table-modules/survivorTable';
export { survivorTable };
import { survivorSpouseTable } from './table-modules/survivorSpouseTable';
export { survivorSpouseTable };
