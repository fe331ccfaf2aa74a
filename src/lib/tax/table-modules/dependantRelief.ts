import json from '$data/tax/dependant-relief.json';
import { defineTable } from '$lib/engine/tables';

export const dependantRelief = defineTable<string>(json);
