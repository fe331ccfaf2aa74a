import json from '$data/state-benefits/vsnp-disability-general.json';
import { defineTable } from '$lib/engine/tables';
import type { VsnpDisabilityRow } from '../tables';

export const vsnpDisabilityGeneral = defineTable<VsnpDisabilityRow>(json);
