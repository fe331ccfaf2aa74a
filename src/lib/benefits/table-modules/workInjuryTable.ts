import json from '$data/benefits/work-injury-compensation.json';
import { defineTable } from '$lib/engine/tables';
import type { WorkInjuryRule } from '../tables';

export const workInjuryTable = defineTable<WorkInjuryRule>(json);
