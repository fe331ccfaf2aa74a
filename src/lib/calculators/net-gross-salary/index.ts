import { monthlyAboveAnnualMaximum } from '$lib/tax/plausibility';
import type { Calculator, FieldError } from '$lib/engine/calculator';
import type { IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { valueAt } from '$lib/engine/tables';
import { coverageOf } from '$lib/engine/coverage';
import { CATEGORY_INFO, EMPLOYEE_CATEGORIES, maximumContributionObject, nonTaxableMinimum, taxTables } from '$lib/tax/tables';
import { computeNetGross, type NetGrossInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

/** The VID forecast can never exceed the period's maximum monthly minimum (MK 676 point 2). */
function crossValidate(input: NetGrossInput, asOf: IsoDate): FieldError[] {
	if (input.vidNtm === undefined || input.vidNtm === '') return [];
	const r = valueAt(nonTaxableMinimum, asOf);
	if (r.kind !== 'ok' || r.row.value.regime !== 'vid-forecast') return [];
	const max = new Dec(r.row.value.periodMaximum).div(r.row.value.periodMonths);
	if (new Dec(input.vidNtm).gt(max)) {
		return [{ field: 'vidNtm', msg: { key: 'errors.vidNtmAboveMax', params: { max: { type: 'money', value: max.toFixed(2) } } } }];
	}
	return [];
}

const employeeTables = EMPLOYEE_CATEGORIES.map((c) => CATEGORY_INFO[c].table);
const tables = [...taxTables, ...employeeTables, maximumContributionObject] as Calculator['tables'];
/** The prisoner categories' rates are sourced from 2017 only: the range starts with the other tables. */
const prisonerTables = [
	CATEGORY_INFO['employee-prisoner'].table,
	CATEGORY_INFO['employee-prisoner-pension-age'].table
] as Calculator['tables'];

const calculator: Calculator<NetGrossInput> = {
	id: meta.id,
	domain: meta.domain,
	fields,
	asOfRange: coverageOf(tables, { partial: prisonerTables }),
	crossValidate,
	plausibility: (input, asOf) => monthlyAboveAnnualMaximum('amount', [input.amount], asOf),
	compute: computeNetGross,
	tables,
	partialTables: prisonerTables,
	// In the browser the loader adds the page language only (calculators/loader.ts).
	messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
	golden
};

export default calculator;
