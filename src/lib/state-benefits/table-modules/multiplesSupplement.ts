import json from '$data/state-benefits/childcare-multiples-supplement.json';
import { defineTable } from '$lib/engine/tables';
import type { MultiplesRow } from '../tables';

export const multiplesSupplement = defineTable<MultiplesRow>(json);
