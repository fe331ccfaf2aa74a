import json from '$data/benefits/parental-benefit-working-share.json';
import { defineTable } from '$lib/engine/tables';

export const parentalShareTable = defineTable<string>(json);
