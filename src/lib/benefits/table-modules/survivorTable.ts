import json from '$data/benefits/survivor-compensation.json';
import { defineTable } from '$lib/engine/tables';
import type { SurvivorRule } from '../tables';

export const survivorTable = defineTable<SurvivorRule>(json);
