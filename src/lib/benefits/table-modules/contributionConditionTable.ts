import json from '$data/benefits/contribution-months-condition.json';
import { defineTable } from '$lib/engine/tables';
import type { ContributionCondition } from '../tables';

export const contributionConditionTable = defineTable<ContributionCondition>(json);
