import json from '$data/state-benefits/disabled-adult-care-benefit.json';
import { defineTable } from '$lib/engine/tables';
import type { AdultCareRow } from '../tables';

export const disabledAdultCare = defineTable<AdultCareRow>(json);
