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
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'benefit', key: 'k', type: 'choice', options: BENEFITS, display: 'radio', required: true, default: 'family-supplement' },
			{ name: 'birthDate', key: 'b', type: 'date', memorable: true, required: true, min: '1920-01-01', max: 'asOf' },
			{ name: 'disabilityFrom', key: 'f', type: 'date', required: false, min: '1990-01-01', showIf: (v) => v.benefit !== 'adult-care' },
			{ name: 'sinceChildhood', key: 'c', type: 'boolean', required: true, default: false, showIf: (v) => v.benefit === 'adult-care' }
		],
		crossValidate: (input) =>
			input.disabilityFrom && input.disabilityFrom < input.birthDate
				? [{ field: 'disabilityFrom', msg: { key: 'errors.disabilityBeforeBirth' } }]
				: [],
		compute: computeDisabled,
		tables: [disabledChildSupplement, disabledChildCare, disabledAdultCare, claimRule, partialMonthRule],
		messages: { lv, en },
		golden,
		partialTables: [disabledChildSupplement, disabledAdultCare] as Table<unknown>[]
	},
	// The site answers from 2016; the end is where the tables' data ends.
	{ from: '2016-01-01' }
);

export default calculator;
