import { monthlyAboveAnnualMaximum } from '$lib/tax/plausibility';
import type { Calculator, FieldError } from '$lib/engine/calculator';
import type { IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { valueAt } from '$lib/engine/tables';
import { coverageOf } from '$lib/engine/coverage';
import { CATEGORY_INFO, EMPLOYEE_CATEGORIES, maximumContributionObject, nonTaxableMinimum, taxTables } from '$lib/tax/tables';
import { RELIEFS } from '$lib/tax/withholding';
import { computeNetGross, type NetGrossInput } from './compute';
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
	fields: [
		{
			name: 'mode',
			key: 'm',
			type: 'choice',
			options: ['gross-to-net', 'net-to-gross'],
			display: 'radio',
			required: true,
			default: 'gross-to-net'
		},
		{ name: 'amount', key: 'a', type: 'money', example: '1500', required: true, min: '0', max: '1000000' },
		{ name: 'category', key: 'c', type: 'choice', options: EMPLOYEE_CATEGORIES, display: 'radio', required: true, default: 'employee' },
		{ name: 'taxBook', key: 'b', type: 'boolean', required: true, default: true },
		{ name: 'pension', key: 'p', type: 'boolean', required: true, default: false },
		{ name: 'dependants', key: 'n', type: 'integer', example: '1', min: 0, max: 20, required: false, showIf: (v) => v.taxBook === true },
		{
			name: 'relief',
			key: 'r',
			type: 'choice',
			options: RELIEFS,
			display: 'radio',
			required: true,
			default: 'none',
			showIf: (v) => v.taxBook === true
		},
		{
			name: 'vidNtm',
			key: 'vn',
			type: 'money',
			example: '250',
			required: false,
			min: '0',
			max: '10000',
			showIf: (v) => v.taxBook === true && v.pension !== true
		}
	],
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
