import json from '$data/social-insurance/general-rate-by-insurance-type.json';
import { defineTable } from '$lib/engine/tables';
import type { InsuranceTypeSplit } from '../tables';

export const generalRateByInsuranceType = defineTable<InsuranceTypeSplit>(json);
