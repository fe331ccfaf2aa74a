import json from '$data/tax/pensioner-non-taxable-minimum.json';
import { defineTable } from '$lib/engine/tables';
import type { PensionerNtm } from '../tables';

export const pensionerNtm = defineTable<PensionerNtm>(json);
