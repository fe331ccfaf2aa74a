/**
 * The questions of the annual non-taxable minimum calculator, loaded by its page before the compute
 * code (tests/unit/form-modules.test.ts). The year's bounds and which questions a year needs come from
 * the non-taxable-minimum table, so this module loads that one table.
 */
import type { FieldDef } from '$lib/engine/calculator';
import { valueAt } from '$lib/engine/tables';
import { ntmYearRange, splitYears } from '$lib/tax/ntm-years';
import { nonTaxableMinimum } from '$lib/tax/table-modules/nonTaxableMinimum';

// Both derived from data/tax/non-taxable-minimum.json: the years it covers and the years with two periods.
const years = ntmYearRange();
const split = new Set(splitYears());
/** The fields about income matter only for years with a differentiated minimum. */
function differentiatedYear(v: Record<string, unknown>): boolean {
	if (typeof v.year !== 'number') return true;
	const r = valueAt(nonTaxableMinimum, `${v.year}-01-01`);
	return r.kind !== 'ok' || r.row.value.regime !== 'fixed';
}

export const fields: FieldDef[] = [
	{ name: 'year', key: 'y', type: 'integer', example: '2023', min: years.from, max: years.to, required: true },
	{
		name: 'income',
		key: 'i',
		type: 'money',
		example: '18000',
		min: '0',
		max: '100000000',
		required: true,
		showIf: (v) => differentiatedYear(v) && !split.has(v.year as number)
	},
	{
		name: 'incomeH1',
		key: 'i1',
		type: 'money',
		example: '8500',
		min: '0',
		max: '100000000',
		required: true,
		showIf: (v) => split.has(v.year as number)
	},
	{
		name: 'incomeH2',
		key: 'i2',
		type: 'money',
		example: '9500',
		min: '0',
		max: '100000000',
		required: true,
		showIf: (v) => split.has(v.year as number)
	},
	{ name: 'applied', key: 'ap', type: 'money', example: '900', min: '0', max: '100000', required: true, showIf: differentiatedYear },
	{
		name: 'contributions',
		key: 'vs',
		type: 'money',
		example: '1890',
		min: '0',
		max: '100000000',
		required: false,
		showIf: differentiatedYear
	}
];
