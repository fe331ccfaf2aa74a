import json from '$data/state-benefits/disabled-child-family-supplement.json';
import { defineTable } from '$lib/engine/tables';
import type { AmountUntilAge } from '../tables';

export const disabledChildSupplement = defineTable<AmountUntilAge>(json);
