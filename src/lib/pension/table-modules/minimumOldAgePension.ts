import json from '$data/pension/minimum-old-age-pension.json';
import { defineTable } from '$lib/engine/tables';
import type { MinimumRule } from '../tables';

export const minimumOldAgePension = defineTable<MinimumRule>(json);
