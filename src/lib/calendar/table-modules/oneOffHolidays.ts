import json from '$data/calendar/one-off-holidays.json';
import { defineTable } from '$lib/engine/tables';
import type { OneOffHolidays } from '../tables';

export const oneOffHolidays = defineTable<OneOffHolidays>(json);
