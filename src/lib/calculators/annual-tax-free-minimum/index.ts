import { withCoverage } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { CATEGORY_INFO, incomeTaxRates, nonTaxableMinimum } from '$lib/tax/tables';
import { computeAnnualNtm, type AnnualNtmInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const calculator: Calculator<AnnualNtmInput> = withCoverage<AnnualNtmInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields,
		// The as-of date does not change the answer (the year does); the page still asks for one.
		compute: computeAnnualNtm,
		tables: [nonTaxableMinimum, incomeTaxRates, CATEGORY_INFO.employee.table] as Calculator['tables'],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
