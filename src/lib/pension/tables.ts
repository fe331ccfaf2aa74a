/**
 * The old-age pension rule tables (data/pension/*) with their row types: the first-pillar contribution
 * rate, the capital index and its 2016 correction, G, the initial capital, the minimum old-age pension,
 * the October indexation, the supplement for record before 1996 and the projection's assumptions.
 * The JSON is validated against the zod schema by the data tests and at build time.
 */
import type { Table } from '$lib/engine/tables';
import type { WholeGroup } from './options';

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
export { WHOLE_GROUPS, type WholeGroup } from './options';
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
import { oldAgeContributionRate } from './table-modules/oldAgeContributionRate';
export { oldAgeContributionRate };
/** The part of it that goes to the second pillar for its members, percent. */
import { fundedPillarRate } from './table-modules/fundedPillarRate';
export { fundedPillarRate };
import { capitalIndex } from './table-modules/capitalIndex';
export { capitalIndex };
import { gValues } from './table-modules/gValues';
export { gValues };
import { initialCapital } from './table-modules/initialCapital';
export { initialCapital };
import { projectionAssumptions } from './table-modules/projectionAssumptions';
export { projectionAssumptions };
import { minimumOldAgePension } from './table-modules/minimumOldAgePension';
export { minimumOldAgePension };
import { indexation } from './table-modules/indexation';
export { indexation };
import { indexationWholePension } from './table-modules/indexationWholePension';
export { indexationWholePension };
import { pensionSupplement } from './table-modules/pensionSupplement';
export { pensionSupplement };
import { minimumPensionBase } from './table-modules/minimumPensionBase';
export { minimumPensionBase };

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
