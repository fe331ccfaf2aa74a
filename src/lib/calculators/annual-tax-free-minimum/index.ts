import { withCoverage } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { ntmYearRange, splitYears } from '$lib/tax/annual';
import { valueAt } from '$lib/engine/tables';
import { CATEGORY_INFO, incomeTaxRates, nonTaxableMinimum } from '$lib/tax/tables';
import { computeAnnualNtm, type AnnualNtmInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

// Both derived from data/tax/non-taxable-minimum.json: the years it covers and the years with two periods.
const years = ntmYearRange();
const split = new Set(splitYears());
/** The fields about income matter only for years with a differentiated minimum. */
function differentiatedYear(v: Record<string, unknown>): boolean {
	if (typeof v.year !== 'number') return true;
	const r = valueAt(nonTaxableMinimum, `${v.year}-01-01`);
	return r.kind !== 'ok' || r.row.value.regime !== 'fixed';
}

const calculator: Calculator<AnnualNtmInput> = withCoverage<AnnualNtmInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'year', key: 'y', type: 'integer', example: '2023', min: years.from, max: years.to, required: true },
			{
				name: 'income',
				key: 'i',
				type: 'money',
				example: '18000',
				min: '0',
				max: '100000000',
				required: true,
				showIf: (v) => differentiatedYear(v) && !split.has(v.year as number)
			},
			{
				name: 'incomeH1',
				key: 'i1',
				type: 'money',
				example: '8500',
				min: '0',
				max: '100000000',
				required: true,
				showIf: (v) => split.has(v.year as number)
			},
			{
				name: 'incomeH2',
				key: 'i2',
				type: 'money',
				example: '9500',
				min: '0',
				max: '100000000',
				required: true,
				showIf: (v) => split.has(v.year as number)
			},
			{ name: 'applied', key: 'ap', type: 'money', example: '900', min: '0', max: '100000', required: true, showIf: differentiatedYear },
			{
				name: 'contributions',
				key: 'vs',
				type: 'money',
				example: '1890',
				min: '0',
				max: '100000000',
				required: false,
				showIf: differentiatedYear
			}
		],
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
