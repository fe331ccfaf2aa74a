import json from '$data/labour/pre-holiday-shortening.json';
import { defineTable } from '$lib/engine/tables';

export const shortening = defineTable<string>(json);
