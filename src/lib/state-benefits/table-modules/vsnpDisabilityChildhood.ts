import json from '$data/state-benefits/vsnp-disability-since-childhood.json';
import { defineTable } from '$lib/engine/tables';
import type { VsnpDisabilityRow } from '../tables';

export const vsnpDisabilityChildhood = defineTable<VsnpDisabilityRow>(json);
