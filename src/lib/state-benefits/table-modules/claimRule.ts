import json from '$data/state-benefits/regular-benefit-claim-rule.json';
import { defineTable } from '$lib/engine/tables';
import type { ClaimRule } from '../tables';

export const claimRule = defineTable<ClaimRule>(json);
