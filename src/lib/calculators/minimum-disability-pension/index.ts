import { withCoverage } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { minimumDisabilityCoefficients, minimumPensionBase } from '$lib/state-benefits/tables';
import { computeMinimumDisability, GROUPS, type MinimumDisabilityInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const calculator: Calculator<MinimumDisabilityInput> = withCoverage<MinimumDisabilityInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'group', key: 'g', type: 'choice', options: GROUPS, display: 'radio', required: true },
			{ name: 'sinceChildhood', key: 'c', type: 'boolean', required: true, default: false },
			{ name: 'pension', key: 'p', type: 'money', example: '180', min: '0', max: '100000', required: false }
		],
		compute: computeMinimumDisability,
		tables: [minimumPensionBase, minimumDisabilityCoefficients],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
