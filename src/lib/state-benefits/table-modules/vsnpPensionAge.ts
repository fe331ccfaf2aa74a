import json from '$data/state-benefits/vsnp-pension-age.json';
import { defineTable } from '$lib/engine/tables';

export const vsnpPensionAge = defineTable<string>(json);
