/** The questions of the social contributions calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { CATEGORY_TRAITS, PAYER_CATEGORIES } from '$lib/tax/options';

const isSelfEmployed = (v: Record<string, unknown>) =>
	typeof v.category === 'string' && CATEGORY_TRAITS[v.category as keyof typeof CATEGORY_TRAITS]?.selfEmployed === true;

export const fields: FieldDef[] = [
	{ name: 'category', key: 'c', type: 'choice', options: PAYER_CATEGORIES, display: 'select', required: true, default: 'employee' },
	{ name: 'amount', key: 'a', type: 'money', example: '1500', required: true, min: '0', max: '100000000' },
	{ name: 'period', key: 'pe', type: 'choice', options: ['month', 'year'], display: 'radio', required: true, default: 'month' },
	{
		name: 'earlier',
		key: 'e',
		type: 'money',
		example: '12000',
		required: false,
		min: '0',
		max: '100000000',
		showIf: (v) => v.period === 'month'
	},
	{
		name: 'chosenObject',
		key: 'so',
		type: 'money',
		example: '1000',
		required: false,
		min: '0',
		max: '100000000',
		showIf: (v) => v.period === 'month' && isSelfEmployed(v)
	}
];
