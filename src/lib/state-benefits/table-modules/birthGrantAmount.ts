import json from '$data/state-benefits/birth-grant-amount.json';
import { defineTable } from '$lib/engine/tables';

export const birthGrantAmount = defineTable<string>(json);
