import json from '$data/benefits/parental-benefit-working-share-by-age.json';
import { defineTable } from '$lib/engine/tables';

export const parentalShareByAgeTable = defineTable<string>(json);
