import json from '$data/tax/income-tax-rates.json';
import { defineTable } from '$lib/engine/tables';
import type { IncomeTaxRates } from '../tables';

export const incomeTaxRates = defineTable<IncomeTaxRates>(json);
