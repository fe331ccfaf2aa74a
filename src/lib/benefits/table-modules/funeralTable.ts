import json from '$data/benefits/funeral-benefit.json';
import { defineTable } from '$lib/engine/tables';
import type { FuneralRule } from '../tables';

export const funeralTable = defineTable<FuneralRule>(json);
