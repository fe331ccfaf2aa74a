import json from '$data/benefits/unemployment-average-wage-method.json';
import { defineTable } from '$lib/engine/tables';
import type { UnemploymentWageMethod } from '../tables';

export const unemploymentWageMethodTable = defineTable<UnemploymentWageMethod>(json);
