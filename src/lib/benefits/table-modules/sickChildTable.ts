import json from '$data/benefits/sick-child-benefit.json';
import { defineTable } from '$lib/engine/tables';
import type { SickChildRule } from '../tables';

export const sickChildTable = defineTable<SickChildRule>(json);
