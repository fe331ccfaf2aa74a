/** The questions of the state social security benefit calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';

export const CATEGORIES = ['pension-age', 'disability', 'survivor'] as const;
export const GROUPS = ['I', 'II', 'III'] as const;
export const STUDY = ['none', 'school', 'higher'] as const;

export const fields: FieldDef[] = [
	{ name: 'category', key: 'k', type: 'choice', options: CATEGORIES, display: 'radio', required: true, default: 'pension-age' },
	{ name: 'hasPension', key: 'p', type: 'boolean', required: true, default: false },
	{ name: 'reachedPensionAge', key: 'a', type: 'boolean', required: true, showIf: (v) => v.category === 'pension-age' },
	{
		name: 'birthDate',
		key: 'b',
		type: 'date',
		example: '1958-06-10',
		required: true,
		min: '1900-01-01',
		max: 'asOf',
		showIf: (v) => v.category !== 'pension-age'
	},
	{
		name: 'group',
		key: 'g',
		type: 'choice',
		options: GROUPS,
		display: 'radio',
		required: true,
		showIf: (v) => v.category === 'disability'
	},
	{ name: 'sinceChildhood', key: 'c', type: 'boolean', required: true, default: false, showIf: (v) => v.category === 'disability' },
	{
		name: 'working',
		key: 'w',
		type: 'boolean',
		required: true,
		default: false,
		showIf: (v) => v.category === 'disability' && v.group !== 'III'
	},
	{
		name: 'study',
		key: 's',
		type: 'choice',
		options: STUDY,
		display: 'radio',
		required: true,
		default: 'none',
		showIf: (v) => v.category === 'survivor'
	}
];
