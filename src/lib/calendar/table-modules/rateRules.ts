import json from '$data/labour/minimum-hourly-rate-rules.json';
import { defineTable } from '$lib/engine/tables';
import type { RateRules } from '../tables';

export const rateRules = defineTable<RateRules>(json);
