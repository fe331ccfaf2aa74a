import json from '$data/state-benefits/family-state-benefit-by-count.json';
import { defineTable } from '$lib/engine/tables';
import type { FsbByCount } from '../tables';

export const fsbByCount = defineTable<FsbByCount>(json);
