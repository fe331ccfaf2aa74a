import json from '$data/benefits/survivor-spouse-benefit.json';
import { defineTable } from '$lib/engine/tables';
import type { SurvivorSpouseRule } from '../tables';

export const survivorSpouseTable = defineTable<SurvivorSpouseRule>(json);
