import json from '$data/state-benefits/childcare-benefit.json';
import { defineTable } from '$lib/engine/tables';
import type { ChildcareRow } from '../tables';

export const childcareBenefit = defineTable<ChildcareRow>(json);
