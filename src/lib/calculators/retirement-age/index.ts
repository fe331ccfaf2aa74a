import { withCoverage } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { computeRetirement, type RetirementInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';
import { allTables } from './tables';

const calculator: Calculator<RetirementInput> = withCoverage<RetirementInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields,
		compute: computeRetirement,
		tables: allTables,
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
