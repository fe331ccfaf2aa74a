import json from '$data/benefits/unemployment-benefit-rate.json';
import { defineTable } from '$lib/engine/tables';
import type { UnemploymentRateRule } from '../tables';

export const unemploymentRateTable = defineTable<UnemploymentRateRule>(json);
