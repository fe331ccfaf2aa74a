import json from '$data/state-benefits/minimum-disability-pension-coefficients.json';
import { defineTable } from '$lib/engine/tables';
import type { GroupCoefficients } from '../tables';

export const minimumDisabilityCoefficients = defineTable<GroupCoefficients>(json);
