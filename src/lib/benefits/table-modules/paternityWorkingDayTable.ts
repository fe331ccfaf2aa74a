import json from '$data/benefits/paternity-working-day-average.json';
import { defineTable } from '$lib/engine/tables';
import type { PaternityWorkingDayRule } from '../tables';

export const paternityWorkingDayTable = defineTable<PaternityWorkingDayRule>(json);
