import json from '$data/state-benefits/minimum-pension-base.json';
import { defineTable } from '$lib/engine/tables';
import type { MinimumPensionBase } from '../tables';

/** The minimum disability pension = base × the group's coefficient (state-benefits tables). */
export const minimumPensionBaseTable = defineTable<MinimumPensionBase>(json);
