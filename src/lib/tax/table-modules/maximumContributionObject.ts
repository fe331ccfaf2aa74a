import json from '$data/social-insurance/maximum-contribution-object.json';
import { defineTable } from '$lib/engine/tables';

export const maximumContributionObject = defineTable<string>(json);
