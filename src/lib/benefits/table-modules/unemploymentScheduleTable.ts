import json from '$data/benefits/unemployment-benefit-schedule.json';
import { defineTable } from '$lib/engine/tables';
import type { UnemploymentScheduleRule } from '../tables';

export const unemploymentScheduleTable = defineTable<UnemploymentScheduleRule>(json);
