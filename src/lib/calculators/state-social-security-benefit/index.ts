import { withCoverage } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import {
	partialMonthRule,
	vsnpConditions,
	vsnpDisabilityChildhood,
	vsnpDisabilityGeneral,
	vsnpPensionAge,
	vsnpSurvivor
} from '$lib/state-benefits/tables';
import { CATEGORIES, computeVsnp, GROUPS, STUDY, type VsnpInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const calculator: Calculator<VsnpInput> = withCoverage<VsnpInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'category', key: 'k', type: 'choice', options: CATEGORIES, display: 'radio', required: true, default: 'pension-age' },
			{ name: 'hasPension', key: 'p', type: 'boolean', required: true, default: false },
			{ name: 'reachedPensionAge', key: 'a', type: 'boolean', required: true, showIf: (v) => v.category === 'pension-age' },
			{
				name: 'birthDate',
				key: 'b',
				type: 'date',
				example: '1958-06-10',
				required: true,
				min: '1900-01-01',
				max: 'asOf',
				showIf: (v) => v.category !== 'pension-age'
			},
			{
				name: 'group',
				key: 'g',
				type: 'choice',
				options: GROUPS,
				display: 'radio',
				required: true,
				showIf: (v) => v.category === 'disability'
			},
			{ name: 'sinceChildhood', key: 'c', type: 'boolean', required: true, default: false, showIf: (v) => v.category === 'disability' },
			{
				name: 'working',
				key: 'w',
				type: 'boolean',
				required: true,
				default: false,
				showIf: (v) => v.category === 'disability' && v.group !== 'III'
			},
			{
				name: 'study',
				key: 's',
				type: 'choice',
				options: STUDY,
				display: 'radio',
				required: true,
				default: 'none',
				showIf: (v) => v.category === 'survivor'
			}
		],
		compute: computeVsnp,
		tables: [vsnpPensionAge, vsnpDisabilityGeneral, vsnpDisabilityChildhood, vsnpSurvivor, vsnpConditions, partialMonthRule],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
