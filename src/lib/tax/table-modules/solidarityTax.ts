import json from '$data/social-insurance/solidarity-tax.json';
import { defineTable } from '$lib/engine/tables';
import type { SolidarityTax } from '../tables';

export const solidarityTax = defineTable<SolidarityTax>(json);
