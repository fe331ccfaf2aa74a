import json from '$data/state-benefits/minimum-pension-base.json';
import { defineTable } from '$lib/engine/tables';
import type { MinimumPensionBase } from '../tables';

export const minimumPensionBase = defineTable<MinimumPensionBase>(json);
