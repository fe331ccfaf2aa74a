/**
 * The social-insurance benefit rule tables (data/benefits/), typed. The JSON is checked against the
 * table schema by the data-integrity test and the build; the value types here name what each
 * record row holds.
 */
import { defineTable } from '$lib/engine/tables';
import referencePeriodJson from '$data/benefits/average-wage-reference-period.json';
import sicknessJson from '$data/benefits/sickness-benefit.json';
import conditionJson from '$data/benefits/contribution-months-condition.json';
import sickChildJson from '$data/benefits/sick-child-benefit.json';
import maternityJson from '$data/benefits/maternity-benefit.json';
import paternityJson from '$data/benefits/paternity-benefit.json';
import paternityWorkingDayJson from '$data/benefits/paternity-working-day-average.json';
import parentalOptionsJson from '$data/benefits/parental-benefit-options.json';
import parentalShareByAgeJson from '$data/benefits/parental-benefit-working-share-by-age.json';
import parentalShareJson from '$data/benefits/parental-benefit-working-share.json';
import unemploymentRateJson from '$data/benefits/unemployment-benefit-rate.json';
import unemploymentScheduleJson from '$data/benefits/unemployment-benefit-schedule.json';
import unemploymentConditionsJson from '$data/benefits/unemployment-benefit-conditions.json';
import unemploymentMethodJson from '$data/benefits/unemployment-average-wage-method.json';
import unemploymentSpecialJson from '$data/benefits/unemployment-special-amount.json';
// Shared with the state-benefit calculators (data/state-benefits/): one table per fact.
import vsnpJson from '$data/state-benefits/vsnp-pension-age.json';
import minimumPensionBaseJson from '$data/state-benefits/minimum-pension-base.json';
import disabilityCoefficientsJson from '$data/state-benefits/minimum-disability-pension-coefficients.json';
import funeralJson from '$data/benefits/funeral-benefit.json';
import nationalWageJson from '$data/benefits/national-average-contribution-wage.json';
import workInjuryJson from '$data/benefits/work-injury-compensation.json';
import survivorJson from '$data/benefits/survivor-compensation.json';
import survivorSpouseJson from '$data/benefits/survivor-spouse-benefit.json';

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

export const referencePeriodTable = defineTable<ReferencePeriodRule>(referencePeriodJson);
export const sicknessTable = defineTable<SicknessRule>(sicknessJson);
export const contributionConditionTable = defineTable<ContributionCondition>(conditionJson);
export const sickChildTable = defineTable<SickChildRule>(sickChildJson);
export const maternityTable = defineTable<MaternityRule>(maternityJson);
export const paternityTable = defineTable<PaternityRule>(paternityJson);
export const paternityWorkingDayTable = defineTable<PaternityWorkingDayRule>(paternityWorkingDayJson);
export const parentalOptionsTable = defineTable<ParentalRule>(parentalOptionsJson);
export const parentalShareByAgeTable = defineTable<string>(parentalShareByAgeJson);
export const parentalShareTable = defineTable<string>(parentalShareJson);
export const unemploymentRateTable = defineTable<UnemploymentRateRule>(unemploymentRateJson);
export const unemploymentScheduleTable = defineTable<UnemploymentScheduleRule>(unemploymentScheduleJson);
export const unemploymentConditionsTable = defineTable<UnemploymentConditions>(unemploymentConditionsJson);
export const unemploymentWageMethodTable = defineTable<UnemploymentWageMethod>(unemploymentMethodJson);
export const unemploymentSpecialTable = defineTable<UnemploymentSpecialRule>(unemploymentSpecialJson);
export const vsnpBaseTable = defineTable<string>(vsnpJson);
export const funeralTable = defineTable<FuneralRule>(funeralJson);
export const nationalWageTable = defineTable<NationalWageRow>(nationalWageJson);
export const workInjuryTable = defineTable<WorkInjuryRule>(workInjuryJson);
/** The minimum disability pension = base × the group's coefficient (state-benefits tables). */
export const minimumPensionBaseTable = defineTable<MinimumPensionBase>(minimumPensionBaseJson);
export const disabilityCoefficientsTable = defineTable<DisabilityGroupCoefficients>(disabilityCoefficientsJson);
export const survivorTable = defineTable<SurvivorRule>(survivorJson);
export const survivorSpouseTable = defineTable<SurvivorSpouseRule>(survivorSpouseJson);
