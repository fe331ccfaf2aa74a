import { coverageOf } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { additionalReliefs, incomeTaxRates, pensionerNtm } from '$lib/tax/tables';
import { computePensionTax, type PensionTaxInput } from './compute';
import { fields } from './form';
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
	fields,
	asOfRange: coverageOf(TABLES, { from: '2016-01-01', partial: PARTIAL }),
	compute: computePensionTax,
	tables: TABLES,
	partialTables: PARTIAL,
	// In the browser the loader adds the page language only (calculators/loader.ts).
	messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
	golden
};

export default calculator;
