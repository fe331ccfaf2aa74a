/** The questions of the net/gross salary calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { EMPLOYEE_CATEGORIES, RELIEFS } from '$lib/tax/options';

export const fields: FieldDef[] = [
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
];
