import json from '$data/state-benefits/minimum-disability-pension-coefficients.json';
import { defineTable } from '$lib/engine/tables';
import type { DisabilityGroupCoefficients } from '../tables';

export const disabilityCoefficientsTable = defineTable<DisabilityGroupCoefficients>(json);
