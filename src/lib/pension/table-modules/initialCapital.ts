import json from '$data/pension/initial-capital.json';
import { defineTable } from '$lib/engine/tables';
import type { InitialCapitalRule } from '../tables';

export const initialCapital = defineTable<InitialCapitalRule>(json);
