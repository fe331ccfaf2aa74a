import { withCoverage } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { computeRetirement, type RetirementInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';
import { allTables, CATEGORIES } from './tables';

const calculator: Calculator<RetirementInput> = withCoverage<RetirementInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'birthDate', key: 'b', type: 'date', example: '1962-03-15', required: true, min: '1900-01-01', max: 'asOf' },
			{ name: 'category', key: 'c', type: 'choice', options: CATEGORIES, display: 'radio', required: true, default: 'general' },
			{ name: 'record', key: 'r', type: 'integer', example: '30', min: 0, max: 70, unit: 'years', required: false }
		],
		compute: computeRetirement,
		tables: allTables,
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
