import { withCoverage } from '$lib/engine/coverage';
import type { Calculator, FieldError } from '$lib/engine/calculator';
import type { Table } from '$lib/engine/tables';
import { conditionFields, wageFields } from '$lib/benefits/common';
import { contributionConditionTable, referencePeriodTable, sickChildTable, sicknessTable } from '$lib/benefits/tables';
import { CASES, computeSickness, type SicknessInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const own = (v: Record<string, unknown>) => v.case !== 'sick-child';
const child = (v: Record<string, unknown>) => v.case === 'sick-child';

const calculator: Calculator<SicknessInput> = withCoverage<SicknessInput>(
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'case', key: 'c', type: 'choice', options: CASES, display: 'radio', required: true, default: 'own-illness' },
			{ name: 'firstDay', key: 'f', type: 'date', required: true, min: '2016-01-01' },
			{ name: 'lastDay', key: 'l', type: 'date', required: true, min: '2016-01-01' },
			{ name: 'childBirthDate', key: 'b', type: 'date', memorable: true, required: true, min: '1990-01-01', showIf: child },
			{ name: 'hospital', key: 'h', type: 'boolean', required: true, default: false, showIf: child },
			{ name: 'extended', key: 'x', type: 'boolean', required: true, default: false, showIf: own },
			{ name: 'insured', key: 'i', type: 'boolean', required: true, default: true },
			...conditionFields(),
			...wageFields(),
			{ name: 'dailyEarnings', key: 'e', type: 'money', required: false, min: '0', max: '10000', showIf: own }
		],
		crossValidate: (input) => {
			const errors: FieldError[] = [];
			if (input.lastDay < input.firstDay) errors.push({ field: 'lastDay', msg: { key: 'errors.lastBeforeFirst' } });
			if (input.childBirthDate && input.childBirthDate > input.firstDay)
				errors.push({ field: 'childBirthDate', msg: { key: 'errors.childBornAfter' } });
			if (input.months24 !== undefined && input.months24 < input.months6)
				errors.push({ field: 'months24', msg: { key: 'errors.months24BelowMonths6' } });
			return errors;
		},
		compute: computeSickness,
		tables: [sicknessTable, sickChildTable, contributionConditionTable, referencePeriodTable] as Table<unknown>[],
		messages: { lv, en },
		golden
	},
	// The site answers from 2016; the end is where the tables' data ends.
	{ from: '2016-01-01' }
);

export default calculator;
