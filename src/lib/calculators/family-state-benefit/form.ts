/** The questions of the family state benefit calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';

export const MAX_CHILDREN = 8;
export const AFTER_OPTIONS = ['none', 'school', 'higher', 'disabled'] as const;

/** A child-like birth date as each child's example, the eldest first (issue #8: examples fit the field). */
const CHILD_EXAMPLES = ['2008-09-12', '2011-03-15', '2013-06-02', '2015-01-20', '2017-10-05', '2019-04-28', '2021-08-14', '2024-02-09'];

const childFields: FieldDef[] = Array.from({ length: MAX_CHILDREN }, (_, i) => i + 1).flatMap((n): FieldDef[] => [
	{
		name: `child${n}`,
		key: `b${n}`,
		type: 'date',
		example: CHILD_EXAMPLES[n - 1],
		required: true,
		min: '1990-01-01',
		max: 'asOf',
		showIf: (v) => Number(v.children ?? 0) >= n
	},
	{
		name: `after${n}`,
		key: `s${n}`,
		type: 'choice',
		options: AFTER_OPTIONS,
		display: 'select',
		required: true,
		default: 'none',
		showIf: (v) => Number(v.children ?? 0) >= n
	}
]);

export const fields: FieldDef[] = [
	{ name: 'children', key: 'n', type: 'integer', example: '3', min: 1, max: MAX_CHILDREN, unit: 'children', required: true },
	...childFields
];
