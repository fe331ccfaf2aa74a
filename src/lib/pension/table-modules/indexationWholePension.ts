import json from '$data/pension/indexation-whole-pension.json';
import { defineTable } from '$lib/engine/tables';
import type { WholePension } from '../tables';

export const indexationWholePension = defineTable<WholePension>(json);
