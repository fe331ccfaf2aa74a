import json from '$data/tax/non-taxable-minimum.json';
import { defineTable } from '$lib/engine/tables';
import type { NonTaxableMinimum } from '../tables';

export const nonTaxableMinimum = defineTable<NonTaxableMinimum>(json);
