import { withCoverage } from '$lib/engine/coverage';
import { wagePlausibility } from '$lib/benefits/common';
import type { Calculator, FieldError } from '$lib/engine/calculator';
import type { Table } from '$lib/engine/tables';
import { conditionFields, wageFields } from '$lib/benefits/common';
import {
	contributionConditionTable,
	maternityTable,
	parentalOptionsTable,
	parentalShareByAgeTable,
	parentalShareTable,
	referencePeriodTable
} from '$lib/benefits/tables';
import { CLAIMANTS, computeParental, OPTIONS, type ParentalInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const other = (v: Record<string, unknown>) => v.claimant === 'other-parent';

const calculator: Calculator<ParentalInput> = withCoverage<ParentalInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'birthDate', key: 'b', type: 'date', example: '2026-02-10', required: true, min: '2016-01-01' },
			{ name: 'option', key: 'o', type: 'choice', options: OPTIONS, display: 'radio', required: true, default: 'shorter' },
			{ name: 'claimant', key: 'p', type: 'choice', options: CLAIMANTS, display: 'radio', required: true, default: 'mother' },
			{ name: 'postnatal70', key: 'k', type: 'boolean', required: true, default: false, showIf: (v) => v.claimant !== 'other-parent' },
			{ name: 'startDate', key: 's', type: 'date', example: '2026-06-01', required: false, min: '2016-01-01' },
			{ name: 'working', key: 'wk', type: 'boolean', required: true, default: false },
			{ name: 'insured', key: 'i', type: 'boolean', required: true, default: true, showIf: other },
			...conditionFields().map((f) => ({ ...f, showIf: (v: Record<string, unknown>) => other(v) && (!f.showIf || f.showIf(v)) })),
			...wageFields()
		],
		crossValidate: (input) => {
			const errors: FieldError[] = [];
			if (input.startDate && input.startDate < input.birthDate)
				errors.push({ field: 'startDate', msg: { key: 'errors.startBeforeBirth' } });
			if (input.months6 !== undefined && input.months24 !== undefined && input.months24 < input.months6) {
				errors.push({ field: 'months24', msg: { key: 'errors.months24BelowMonths6' } });
			}
			return errors;
		},
		compute: computeParental,
		plausibility: wagePlausibility,
		tables: [
			parentalOptionsTable,
			parentalShareByAgeTable,
			parentalShareTable,
			maternityTable,
			contributionConditionTable,
			referencePeriodTable
		] as Table<unknown>[],
		partialTables: [parentalShareTable] as Table<unknown>[],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
