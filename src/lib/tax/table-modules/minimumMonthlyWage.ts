import json from '$data/labour/minimum-monthly-wage.json';
import { defineTable } from '$lib/engine/tables';

/** The national minimum monthly wage (one table for the whole project, MK noteikumi Nr. 656 p. 2). */
export const minimumMonthlyWage = defineTable<string>(json);
