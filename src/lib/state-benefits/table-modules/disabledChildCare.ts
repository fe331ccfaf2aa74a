import json from '$data/state-benefits/disabled-child-care-benefit.json';
import { defineTable } from '$lib/engine/tables';
import type { AmountUntilAge } from '../tables';

export const disabledChildCare = defineTable<AmountUntilAge>(json);
