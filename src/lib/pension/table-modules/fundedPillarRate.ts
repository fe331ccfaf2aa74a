import json from '$data/pension/funded-pillar-rate.json';
import { defineTable } from '$lib/engine/tables';

/** The part of it that goes to the second pillar for its members, percent. */
export const fundedPillarRate = defineTable<string>(json);
