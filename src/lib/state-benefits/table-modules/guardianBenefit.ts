import json from '$data/state-benefits/guardian-benefit.json';
import { defineTable } from '$lib/engine/tables';
import type { GuardianRow } from '../tables';

export const guardianBenefit = defineTable<GuardianRow>(json);
