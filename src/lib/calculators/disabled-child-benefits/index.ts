import type { Table } from '$lib/engine/tables';
import { withCoverage } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { claimRule, disabledAdultCare, disabledChildCare, disabledChildSupplement, partialMonthRule } from '$lib/state-benefits/tables';
import { BENEFITS, computeDisabled, type DisabledInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const calculator: Calculator<DisabledInput> = withCoverage<DisabledInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			// The default is a benefit whose rules the data knows today: the family-supplement table ends in
			// 2022, so a page opened on it could not answer (issue #8 §3 "defaults that answer").
			{ name: 'benefit', key: 'k', type: 'choice', options: BENEFITS, display: 'radio', required: true, default: 'child-care' },
			{ name: 'birthDate', key: 'b', type: 'date', example: '2015-03-15', required: true, min: '1920-01-01', max: 'asOf' },
			{
				name: 'disabilityFrom',
				key: 'f',
				type: 'date',
				example: '2020-09-01',
				required: false,
				min: '1990-01-01',
				showIf: (v) => v.benefit !== 'adult-care'
			},
			{ name: 'sinceChildhood', key: 'c', type: 'boolean', required: true, default: false, showIf: (v) => v.benefit === 'adult-care' }
		],
		crossValidate: (input) =>
			input.disabilityFrom && input.disabilityFrom < input.birthDate
				? [{ field: 'disabilityFrom', msg: { key: 'errors.disabilityBeforeBirth' } }]
				: [],
		compute: computeDisabled,
		tables: [disabledChildSupplement, disabledChildCare, disabledAdultCare, claimRule, partialMonthRule],
		partialTables: [disabledChildSupplement, disabledAdultCare] as Table<unknown>[],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
