import json from '$data/state-benefits/family-state-benefit-supplement.json';
import { defineTable } from '$lib/engine/tables';
import type { FsbSupplement } from '../tables';

export const fsbSupplement = defineTable<FsbSupplement>(json);
