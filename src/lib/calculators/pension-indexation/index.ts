import { coverageOf } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { PENSION_KINDS, SUPPLEMENT_GROUPS } from '$lib/pension/indexation';
import { indexation, indexationTables, pensionSupplement, WHOLE_GROUPS } from '$lib/pension/tables';
import { computePensionIndexation, type PensionIndexationInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const banded = (v: Record<string, unknown>) => v.kind === 'old-age' || v.kind === 'hazardous';
const withSupplement = (v: Record<string, unknown>) => v.kind === 'old-age' || v.kind === 'hazardous' || v.kind === 'disability';

/** Every table it reads; the range ends where the core ones end (README "Year rollover"). */
const TABLES = indexationTables as Calculator['tables'];
/** After the last known indexation the amount stays as it was, with a notice. */
const PARTIAL = [indexation, pensionSupplement] as Calculator['tables'];

const calculator: Calculator<PensionIndexationInput> = {
	id: meta.id,
	domain: meta.domain,
	fields: [
		{ name: 'amount', key: 'a', type: 'money', example: '600', min: '0.01', max: '100000', required: true },
		{ name: 'paidFrom', key: 'f', type: 'date', example: '2025-01-01', min: '1990-01-01', max: 'asOf', required: true },
		{ name: 'kind', key: 'k', type: 'choice', options: PENSION_KINDS, display: 'radio', required: true, default: 'old-age' },
		{ name: 'record', key: 'r', type: 'integer', example: '35', min: 0, max: 70, unit: 'years', required: true, showIf: banded },
		{ name: 'wholeGroup', key: 'w', type: 'choice', options: WHOLE_GROUPS, display: 'radio', required: true, default: 'none' },
		{
			name: 'supplement',
			key: 's',
			type: 'choice',
			options: SUPPLEMENT_GROUPS,
			display: 'radio',
			required: true,
			default: 'none',
			showIf: withSupplement
		},
		{
			name: 'yearsBefore1996',
			key: 'y',
			type: 'integer',
			example: '25',
			min: 1,
			max: 60,
			unit: 'years',
			required: true,
			showIf: (v) => withSupplement(v) && v.supplement !== undefined && v.supplement !== 'none'
		}
	],
	asOfRange: coverageOf(TABLES, { from: '2016-01-01', partial: PARTIAL }),
	compute: computePensionIndexation,
	tables: TABLES,
	partialTables: PARTIAL,
	// In the browser the loader adds the page language only (calculators/loader.ts).
	messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
	golden
};

export default calculator;
