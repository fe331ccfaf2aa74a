import json from '$data/pension/projection-assumptions.json';
import { defineTable } from '$lib/engine/tables';
import type { ProjectionAssumptions } from '../tables';

export const projectionAssumptions = defineTable<ProjectionAssumptions>(json);
