import json from '$data/labour/minimum-monthly-wage.json';
import { defineTable } from '$lib/engine/tables';

/** Owned by the labour tables (issue 3); read here for the minimum maintenance. */
export const minimumWage = defineTable<string>(json);
