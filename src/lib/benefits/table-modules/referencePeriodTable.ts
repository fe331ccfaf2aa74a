import json from '$data/benefits/average-wage-reference-period.json';
import { defineTable } from '$lib/engine/tables';
import type { ReferencePeriodRule } from '../tables';

export const referencePeriodTable = defineTable<ReferencePeriodRule>(json);
