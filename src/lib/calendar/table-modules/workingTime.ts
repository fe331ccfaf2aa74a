import json from '$data/labour/normal-working-time.json';
import { defineTable } from '$lib/engine/tables';
import type { NormalWorkingTime } from '../tables';

export const workingTime = defineTable<NormalWorkingTime>(json);
