import { withCoverage } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { minimumDisabilityCoefficients, minimumPensionBase } from '$lib/state-benefits/tables';
import { computeMinimumDisability, type MinimumDisabilityInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const calculator: Calculator<MinimumDisabilityInput> = withCoverage<MinimumDisabilityInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields,
		compute: computeMinimumDisability,
		tables: [minimumPensionBase, minimumDisabilityCoefficients],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
