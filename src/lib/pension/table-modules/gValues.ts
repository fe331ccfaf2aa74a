import json from '$data/pension/g-values.json';
import { defineTable } from '$lib/engine/tables';
import type { GValues } from '../tables';

export const gValues = defineTable<GValues>(json);
