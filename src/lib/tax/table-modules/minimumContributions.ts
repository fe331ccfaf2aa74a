import json from '$data/social-insurance/minimum-contributions.json';
import { defineTable } from '$lib/engine/tables';
import type { MinimumContributions } from '../tables';

export const minimumContributions = defineTable<MinimumContributions>(json);
