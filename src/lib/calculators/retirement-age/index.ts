import { withCoverage } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { computeRetirement, type RetirementInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';
import { allTables, CATEGORIES } from './tables';

const calculator: Calculator<RetirementInput> = withCoverage<RetirementInput>(
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'birthDate', key: 'b', type: 'date', memorable: true, required: true, min: '1900-01-01', max: 'asOf' },
			{ name: 'category', key: 'c', type: 'choice', options: CATEGORIES, display: 'radio', required: true, default: 'general' },
			{ name: 'record', key: 'r', type: 'integer', min: 0, max: 70, unit: 'years', required: false }
		],
		compute: computeRetirement,
		tables: allTables,
		messages: { lv, en },
		golden
	},
	// The site answers from 2016; the end is where the tables' data ends.
	{ from: '2016-01-01' }
);

export default calculator;
