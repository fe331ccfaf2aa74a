import json from '$data/state-benefits/vsnp-survivor.json';
import { defineTable } from '$lib/engine/tables';
import type { VsnpSurvivorRow } from '../tables';

export const vsnpSurvivor = defineTable<VsnpSurvivorRow>(json);
