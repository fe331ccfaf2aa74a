/** The state-benefit calculators, imported directly (for tests that check only these folders). */
import type { Calculator } from '$lib/engine/calculator';
import birthGrant from '$lib/calculators/birth-grant';
import childcare from '$lib/calculators/childcare-benefit';
import family from '$lib/calculators/family-state-benefit';
import disabled from '$lib/calculators/disabled-child-benefits';
import vsnp from '$lib/calculators/state-social-security-benefit';
import minimumDisability from '$lib/calculators/minimum-disability-pension';
import maintenance from '$lib/calculators/child-maintenance';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const STATE_BENEFIT_CALCULATORS: Calculator<any>[] = [birthGrant, childcare, family, disabled, vsnp, minimumDisability, maintenance];
