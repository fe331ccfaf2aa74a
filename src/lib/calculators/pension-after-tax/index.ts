import { coverageOf } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { PENSION_RELIEFS, TAX_BOOK } from '$lib/pension/tax';
import { additionalReliefs, incomeTaxRates, pensionerNtm } from '$lib/tax/tables';
import { computePensionTax, type PensionTaxInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

/** Every table it reads; the range ends where the core ones end (README "Year rollover"). */
const TABLES = [pensionerNtm, incomeTaxRates, additionalReliefs] as Calculator['tables'];
/** None: every table it reads is needed for every answer. */
const PARTIAL = [] as Calculator['tables'];

const calculator: Calculator<PensionTaxInput> = {
	id: meta.id,
	domain: meta.domain,
	fields: [
		{ name: 'pension', key: 'p', type: 'money', example: '650', min: '0', max: '100000', required: true },
		{ name: 'supplement', key: 's', type: 'money', example: '40', min: '0', max: '1000', required: false },
		{ name: 'taxBook', key: 'b', type: 'choice', options: TAX_BOOK, display: 'radio', required: true, default: 'vsaa' },
		{ name: 'relief', key: 'r', type: 'choice', options: PENSION_RELIEFS, display: 'radio', required: true, default: 'none' }
	],
	asOfRange: coverageOf(TABLES, { from: '2016-01-01', partial: PARTIAL }),
	compute: computePensionTax,
	tables: TABLES,
	partialTables: PARTIAL,
	// In the browser the loader adds the page language only (calculators/loader.ts).
	messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
	golden
};

export default calculator;
