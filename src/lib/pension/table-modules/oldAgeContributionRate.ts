import json from '$data/pension/old-age-contribution-rate.json';
import { defineTable } from '$lib/engine/tables';

/** The whole old-age pension contribution rate (first and second pillar), percent. */
export const oldAgeContributionRate = defineTable<string>(json);
