import json from '$data/benefits/maternity-benefit.json';
import { defineTable } from '$lib/engine/tables';
import type { MaternityRule } from '../tables';

export const maternityTable = defineTable<MaternityRule>(json);
