import json from '$data/tax/additional-reliefs.json';
import { defineTable } from '$lib/engine/tables';
import type { AdditionalReliefs } from '../tables';

export const additionalReliefs = defineTable<AdditionalReliefs>(json);
