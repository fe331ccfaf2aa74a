import json from '$data/benefits/unemployment-benefit-conditions.json';
import { defineTable } from '$lib/engine/tables';
import type { UnemploymentConditions } from '../tables';

export const unemploymentConditionsTable = defineTable<UnemploymentConditions>(json);
