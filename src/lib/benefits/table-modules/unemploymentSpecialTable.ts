import json from '$data/benefits/unemployment-special-amount.json';
import { defineTable } from '$lib/engine/tables';
import type { UnemploymentSpecialRule } from '../tables';

export const unemploymentSpecialTable = defineTable<UnemploymentSpecialRule>(json);
