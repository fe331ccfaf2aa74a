/**
 * The old-age pension rule tables (data/pension/*) with their row types: the first-pillar contribution
 * rate, the capital index and its 2016 correction, G, the initial capital, the minimum old-age pension,
 * the October indexation, the supplement for record before 1996 and the projection's assumptions.
 * The JSON is validated against the zod schema by the data tests and at build time.
 */
import { defineTable, type Table } from '$lib/engine/tables';
import oldAgeRateJson from '$data/pension/old-age-contribution-rate.json';
import fundedRateJson from '$data/pension/funded-pillar-rate.json';
import capitalIndexJson from '$data/pension/capital-index.json';
import gValuesJson from '$data/pension/g-values.json';
import initialCapitalJson from '$data/pension/initial-capital.json';
import assumptionsJson from '$data/pension/projection-assumptions.json';
import minimumJson from '$data/pension/minimum-old-age-pension.json';
import indexationJson from '$data/pension/indexation.json';
import wholeJson from '$data/pension/indexation-whole-pension.json';
import supplementJson from '$data/pension/pension-supplement.json';
import minimumBaseJson from '$data/state-benefits/minimum-pension-base.json';

/** The capital indices applied to pensions granted from the row's date, by index year. */
export interface CapitalIndexSeries {
	byIndexYear: Record<string, string>;
}
export interface GValues {
	byAge: Record<string, string>;
}
export interface InitialCapitalRule {
	recordUntilYear: number;
	wageFromYear: number;
	wageToYear: number;
	averagingMonths: number;
	rate: string;
}
export interface ProjectionAssumptions {
	wageGrowth: string;
	indexEqualsWageGrowth: boolean;
	gLatestKnown: boolean;
}
export interface MinimumRule {
	method: 'bands' | 'linear';
	bands: Array<{ upToYears: number | null; coefficient: string }>;
	coefficient: string | null;
	perYearPercent: string | null;
	aboveYears: number | null;
}
export interface Indexation {
	cap: string | null;
	/** Old-age pensions by insurance record; null where the indices by record are not known. */
	bands: Array<{ fromYears: number; index: string }> | null;
	other: string | null;
	hazardousBandFromYears: number | null;
}
export const WHOLE_GROUPS = ['none', 'repressed', 'disability-group-1', 'chernobyl', 'parents-early'] as const;
export type WholeGroup = (typeof WHOLE_GROUPS)[number];
export interface WholePension {
	groups: WholeGroup[];
}
export interface Supplement {
	grantedUntil1996: string;
	grantedFrom1997: string;
	earlyGroupGrantedUntil: string;
	grantedUntil: string;
}
export interface MinimumBase {
	general: string;
	sinceChildhood: string;
}

/** The whole old-age pension contribution rate (first and second pillar), percent. */
export const oldAgeContributionRate = defineTable<string>(oldAgeRateJson);
/** The part of it that goes to the second pillar for its members, percent. */
export const fundedPillarRate = defineTable<string>(fundedRateJson);
export const capitalIndex = defineTable<CapitalIndexSeries>(capitalIndexJson);
export const gValues = defineTable<GValues>(gValuesJson);
export const initialCapital = defineTable<InitialCapitalRule>(initialCapitalJson);
export const projectionAssumptions = defineTable<ProjectionAssumptions>(assumptionsJson);
export const minimumOldAgePension = defineTable<MinimumRule>(minimumJson);
export const indexation = defineTable<Indexation>(indexationJson);
export const indexationWholePension = defineTable<WholePension>(wholeJson);
export const pensionSupplement = defineTable<Supplement>(supplementJson);
export const minimumPensionBase = defineTable<MinimumBase>(minimumBaseJson);

export const estimateTables: Table<unknown>[] = [
	oldAgeContributionRate,
	fundedPillarRate,
	capitalIndex,
	gValues,
	initialCapital,
	projectionAssumptions,
	minimumOldAgePension,
	minimumPensionBase,
	pensionSupplement
] as Table<unknown>[];
export const indexationTables: Table<unknown>[] = [indexation, indexationWholePension, pensionSupplement] as Table<unknown>[];
