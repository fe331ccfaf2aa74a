import json from '$data/pension/capital-index.json';
import { defineTable } from '$lib/engine/tables';
import type { CapitalIndexSeries } from '../tables';

export const capitalIndex = defineTable<CapitalIndexSeries>(json);
