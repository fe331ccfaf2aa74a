import { withCoverage } from '$lib/engine/coverage';
import { monthlyAboveAnnualMaximum } from '$lib/tax/plausibility';
import type { Calculator, FieldError } from '$lib/engine/calculator';
import type { Table } from '$lib/engine/tables';
import { disabilityCoefficientsTable, minimumPensionBaseTable, survivorTable, workInjuryTable } from '$lib/benefits/tables';
import { vsnpSurvivor } from '$lib/state-benefits/tables';
import { computeWorkInjury, type WorkInjuryInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const calculator: Calculator<WorkInjuryInput> = withCoverage<WorkInjuryInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields,
		crossValidate: (input) => {
			const errors: FieldError[] = [];
			if (input.mode === 'survivors' && (input.childrenUnder7 ?? 0) > (input.children ?? 0))
				errors.push({ field: 'childrenUnder7', msg: { key: 'errors.tooManyYoung' } });
			return errors;
		},
		compute: computeWorkInjury,
		plausibility: (input, asOf) => monthlyAboveAnnualMaximum('averageWage', [input.averageWage], asOf),
		tables: [workInjuryTable, minimumPensionBaseTable, disabilityCoefficientsTable, survivorTable, vsnpSurvivor] as Table<unknown>[],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
