import json from '$data/state-benefits/family-state-benefit-scheme.json';
import { defineTable } from '$lib/engine/tables';
import type { FsbScheme } from '../tables';

export const fsbScheme = defineTable<FsbScheme>(json);
