import json from '$data/labour/minimum-monthly-wage.json';
import { defineTable } from '$lib/engine/tables';

export const minimumWage = defineTable<string>(json);
