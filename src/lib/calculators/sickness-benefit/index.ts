import { withCoverage } from '$lib/engine/coverage';
import type { Calculator, FieldError } from '$lib/engine/calculator';
import type { Table } from '$lib/engine/tables';
import { wagePlausibility } from '$lib/benefits/common';
import { daysBetween } from '$lib/engine/dates';
import type { Msg } from '$lib/engine/explain';
import { valueAt } from '$lib/engine/tables';
import { contributionConditionTable, referencePeriodTable, sickChildTable, sicknessTable } from '$lib/benefits/tables';
import { computeSickness, type SicknessInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

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
		fields,
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
