import json from '$data/labour/six-day-week-working-time.json';
import { defineTable } from '$lib/engine/tables';
import type { NormalWorkingTime } from '../tables';

export const sixDayWorkingTime = defineTable<NormalWorkingTime>(json);
