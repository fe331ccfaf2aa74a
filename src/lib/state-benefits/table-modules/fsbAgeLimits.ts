import json from '$data/state-benefits/family-state-benefit-age-limits.json';
import { defineTable } from '$lib/engine/tables';
import type { FsbAgeLimits } from '../tables';

export const fsbAgeLimits = defineTable<FsbAgeLimits>(json);
