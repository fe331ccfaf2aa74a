import type { Table } from '$lib/engine/tables';
import { withCoverage } from '$lib/engine/coverage';
import type { Calculator } from '$lib/engine/calculator';
import { addYearsMonths } from '$lib/engine/dates';
import { childcareBenefit, claimRule, multiplesSupplement, partialMonthRule } from '$lib/state-benefits/tables';
import { computeChildcare, type ChildcareInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const calculator: Calculator<ChildcareInput> = withCoverage<ChildcareInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields,
		crossValidate: (input) => {
			if (!input.maternityEnd) return [];
			if (input.maternityEnd < input.birthDate) return [{ field: 'maternityEnd', msg: { key: 'errors.maternityBeforeBirth' } }];
			// A plausibility bound, not a legal rule: maternity leave after a birth lasts weeks, not a year.
			const max = addYearsMonths(input.birthDate, 1, 0);
			if (input.maternityEnd >= max)
				return [{ field: 'maternityEnd', msg: { key: 'errors.maternityTooLate', params: { max: { type: 'date', value: max } } } }];
			return [];
		},
		compute: computeChildcare,
		tables: [childcareBenefit, multiplesSupplement, claimRule, partialMonthRule],
		partialTables: [multiplesSupplement] as Table<unknown>[],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
