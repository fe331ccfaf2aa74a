import json from '$data/pension/indexation.json';
import { defineTable } from '$lib/engine/tables';
import type { Indexation } from '../tables';

export const indexation = defineTable<Indexation>(json);
