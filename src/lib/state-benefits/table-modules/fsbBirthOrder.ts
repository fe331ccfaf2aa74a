import json from '$data/state-benefits/family-state-benefit-birth-order.json';
import { defineTable } from '$lib/engine/tables';
import type { FsbBirthOrder } from '../tables';

export const fsbBirthOrder = defineTable<FsbBirthOrder>(json);
