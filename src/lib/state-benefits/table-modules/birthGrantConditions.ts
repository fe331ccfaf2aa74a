import json from '$data/state-benefits/birth-grant-conditions.json';
import { defineTable } from '$lib/engine/tables';
import type { BirthGrantConditions } from '../tables';

export const birthGrantConditions = defineTable<BirthGrantConditions>(json);
