import json from '$data/benefits/parental-benefit-options.json';
import { defineTable } from '$lib/engine/tables';
import type { ParentalRule } from '../tables';

export const parentalOptionsTable = defineTable<ParentalRule>(json);
