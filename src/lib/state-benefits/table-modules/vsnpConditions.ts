import json from '$data/state-benefits/vsnp-conditions.json';
import { defineTable } from '$lib/engine/tables';
import type { VsnpConditions } from '../tables';

export const vsnpConditions = defineTable<VsnpConditions>(json);
