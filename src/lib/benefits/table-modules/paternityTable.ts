import json from '$data/benefits/paternity-benefit.json';
import { defineTable } from '$lib/engine/tables';
import type { PaternityRule } from '../tables';

export const paternityTable = defineTable<PaternityRule>(json);
