import json from '$data/state-benefits/minimum-pension-base.json';
import { defineTable } from '$lib/engine/tables';
import type { MinimumBase } from '../tables';

export const minimumPensionBase = defineTable<MinimumBase>(json);
