import { coverageOf } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { indexation, indexationTables, pensionSupplement } from '$lib/pension/tables';
import { computePensionIndexation, type PensionIndexationInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

/** Every table it reads; the range ends where the core ones end (README "Year rollover"). */
const TABLES = indexationTables as Calculator['tables'];
/** After the last known indexation the amount stays as it was, with a notice. */
const PARTIAL = [indexation, pensionSupplement] as Calculator['tables'];

const calculator: Calculator<PensionIndexationInput> = {
	id: meta.id,
	domain: meta.domain,
	fields,
	asOfRange: coverageOf(TABLES, { from: '2016-01-01', partial: PARTIAL }),
	compute: computePensionIndexation,
	tables: TABLES,
	partialTables: PARTIAL,
	// In the browser the loader adds the page language only (calculators/loader.ts).
	messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
	golden
};

export default calculator;
