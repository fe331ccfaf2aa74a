import json from '$data/calendar/public-holidays.json';
import { defineTable } from '$lib/engine/tables';
import type { PublicHolidays } from '../tables';

export const publicHolidays = defineTable<PublicHolidays>(json);
