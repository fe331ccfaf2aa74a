import json from '$data/benefits/national-average-contribution-wage.json';
import { defineTable } from '$lib/engine/tables';
import type { NationalWageRow } from '../tables';

export const nationalWageTable = defineTable<NationalWageRow>(json);
