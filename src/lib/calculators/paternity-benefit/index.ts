import { withCoverage } from '$lib/engine/coverage';
import { wagePlausibility } from '$lib/benefits/common';
import type { Calculator, FieldError } from '$lib/engine/calculator';
import type { Table } from '$lib/engine/tables';
import { contributionConditionTable, paternityTable, paternityWorkingDayTable, referencePeriodTable } from '$lib/benefits/tables';
import { computePaternity, type PaternityInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const calculator: Calculator<PaternityInput> = withCoverage<PaternityInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields,
		crossValidate: (input) => {
			const errors: FieldError[] = [];
			if (input.leaveStart < input.birthDate) errors.push({ field: 'leaveStart', msg: { key: 'errors.leaveBeforeBirth' } });
			if (input.months24 !== undefined && input.months24 < input.months6)
				errors.push({ field: 'months24', msg: { key: 'errors.months24BelowMonths6' } });
			return errors;
		},
		compute: computePaternity,
		plausibility: wagePlausibility,
		tables: [paternityTable, paternityWorkingDayTable, contributionConditionTable, referencePeriodTable] as Table<unknown>[],
		partialTables: [paternityWorkingDayTable] as Table<unknown>[],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
