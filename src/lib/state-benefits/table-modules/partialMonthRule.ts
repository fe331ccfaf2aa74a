import json from '$data/state-benefits/partial-month-rule.json';
import { defineTable } from '$lib/engine/tables';
import type { PartialMonthRule } from '../tables';

export const partialMonthRule = defineTable<PartialMonthRule>(json);
