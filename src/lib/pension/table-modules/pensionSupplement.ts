import json from '$data/pension/pension-supplement.json';
import { defineTable } from '$lib/engine/tables';
import type { Supplement } from '../tables';

export const pensionSupplement = defineTable<Supplement>(json);
