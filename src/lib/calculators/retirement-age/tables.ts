/** The rule tables this calculator reads, and which category uses which. */
import { defineTable, type AgeValue, type Table } from '$lib/engine/tables';
import { CATEGORIES } from './form';
import general from '$data/pension/retirement-age-general.json';
import early from '$data/pension/retirement-age-early.json';
import parentsChernobylRepressed from '$data/pension/retirement-age-parents-chernobyl-repressed.json';
import womenDisabledOrChildren from '$data/pension/retirement-age-women-disabled-or-children.json';
import hazardous from '$data/pension/retirement-age-hazardous.json';
import especiallyHazardous from '$data/pension/retirement-age-especially-hazardous.json';
import womenShortStatureBlind from '$data/pension/retirement-age-women-short-stature-blind.json';
import recordGeneral from '$data/pension/minimum-record-general.json';
import recordEarly from '$data/pension/minimum-record-early.json';
import earlyPaymentShare from '$data/pension/early-pension-payment-share.json';
import hazardousListShare from '$data/pension/minimum-record-hazardous-list-share.json';

const recordModules = import.meta.glob<{ default: unknown }>('/data/pension/minimum-record-*.json', { eager: true });

export { CATEGORIES };
export type Category = (typeof CATEGORIES)[number];

export const generalAge = defineTable<AgeValue>(general);
export const earlyAge = defineTable<AgeValue>(early);
export const earlyShare = defineTable<string>(earlyPaymentShare);
/** Share of the record that must be in work under Lists 1/2 before 1996 (hazardous categories). */
export const listShare = defineTable<string>(hazardousListShare);
export const LIST_CATEGORIES: readonly Category[] = ['hazardous', 'especially-hazardous'];

const ageTables: Record<Category, Table<AgeValue>> = {
	general: generalAge,
	early: earlyAge,
	'many-children-parent': defineTable<AgeValue>(parentsChernobylRepressed),
	chernobyl: defineTable<AgeValue>(parentsChernobylRepressed),
	'politically-repressed': defineTable<AgeValue>(parentsChernobylRepressed),
	'women-disabled-or-children': defineTable<AgeValue>(womenDisabledOrChildren),
	hazardous: defineTable<AgeValue>(hazardous),
	'especially-hazardous': defineTable<AgeValue>(especiallyHazardous),
	// Seed Table 10 gives one schedule for women under List 1 and for men of short stature or blind;
	// the record condition (15 years) is sourced for the women only, so the men are a category of their own.
	'men-short-stature-blind': defineTable<AgeValue>(especiallyHazardous),
	'women-short-stature-blind': defineTable<AgeValue>(womenShortStatureBlind)
};

/**
 * Minimum insurance record per category: `data/pension/minimum-record-<category>.json`. A category
 * without a sourced table has no entry, and the calculator says the condition is not confirmed.
 */
const recordTables: Partial<Record<Category, Table<string>>> = {
	general: defineTable<string>(recordGeneral),
	early: defineTable<string>(recordEarly)
};
for (const [path, mod] of Object.entries(recordModules)) {
	const cat = path.replace(/^.*minimum-record-/, '').replace(/\.json$/, '') as Category;
	if ((CATEGORIES as readonly string[]).includes(cat)) recordTables[cat] = defineTable<string>(mod.default);
}

export function ageTableFor(c: Category): Table<AgeValue> {
	return ageTables[c];
}

export function recordTableFor(c: Category): Table<string> | undefined {
	return recordTables[c];
}

export const allTables: Table<unknown>[] = [
	...new Set<Table<unknown>>([...Object.values(ageTables), ...Object.values(recordTables), earlyShare, listShare] as Table<unknown>[])
];
