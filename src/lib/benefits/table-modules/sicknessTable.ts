import json from '$data/benefits/sickness-benefit.json';
import { defineTable } from '$lib/engine/tables';
import type { SicknessRule } from '../tables';

export const sicknessTable = defineTable<SicknessRule>(json);
