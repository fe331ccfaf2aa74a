import { withCoverage } from '$lib/engine/coverage';
import type { Calculator, FieldError } from '$lib/engine/calculator';
import type { Table } from '$lib/engine/tables';
import { conditionFields, wageFields, wagePlausibility } from '$lib/benefits/common';
import { daysBetween } from '$lib/engine/dates';
import type { Msg } from '$lib/engine/explain';
import { valueAt } from '$lib/engine/tables';
import { contributionConditionTable, referencePeriodTable, sickChildTable, sicknessTable } from '$lib/benefits/tables';
import { CASES, computeSickness, type SicknessInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const own = (v: Record<string, unknown>) => v.case !== 'sick-child';
const child = (v: Record<string, unknown>) => v.case === 'sick-child';

/**
 * A sick leave longer than the law pays sickness benefit for (the continuous or, when the medical
 * commission extends it, the extended maximum of `benefits/sickness-benefit`, with its sources)
 * is questioned, not silently cut.
 */
function sickLeaveTooLong(input: SicknessInput): Msg[] {
	if (input.case === 'sick-child') return [];
	const rule = valueAt(sicknessTable, input.firstDay);
	if (rule.kind !== 'ok') return [];
	const weeks = input.extended ? rule.row.value.maxWeeksExtended : rule.row.value.maxWeeksContinuous;
	const days = daysBetween(input.firstDay, input.lastDay) + 1;
	if (days <= weeks * 7) return [];
	return [{ key: 'common:plausibility.sickLeaveTooLong', params: { days: { type: 'number', value: String(days), unit: 'days' }, weeks } }];
}

const calculator: Calculator<SicknessInput> = withCoverage<SicknessInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'case', key: 'c', type: 'choice', options: CASES, display: 'radio', required: true, default: 'own-illness' },
			{ name: 'firstDay', key: 'f', type: 'date', example: '2026-03-15', required: true, min: '2016-01-01' },
			{ name: 'lastDay', key: 'l', type: 'date', example: '2026-03-28', required: true, min: '2016-01-01' },
			{ name: 'childBirthDate', key: 'b', type: 'date', example: '2018-05-20', required: true, min: '1990-01-01', showIf: child },
			{ name: 'hospital', key: 'h', type: 'boolean', required: true, default: false, showIf: child },
			{ name: 'extended', key: 'x', type: 'boolean', required: true, default: false, showIf: own },
			{ name: 'insured', key: 'i', type: 'boolean', required: true, default: true },
			...conditionFields(),
			...wageFields(),
			{ name: 'dailyEarnings', key: 'e', type: 'money', example: '68.50', required: false, min: '0', max: '10000', showIf: own }
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
		plausibility: (input, asOf) => [...wagePlausibility(input, asOf), ...sickLeaveTooLong(input)],
		tables: [sicknessTable, sickChildTable, contributionConditionTable, referencePeriodTable] as Table<unknown>[],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
