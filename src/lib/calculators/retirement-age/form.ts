/** The questions of the retirement age calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';

/** The categories of people with their own retirement age (tables.ts names the table of each). */
export const CATEGORIES = [
	'general',
	'early',
	'many-children-parent',
	'chernobyl',
	'politically-repressed',
	'women-disabled-or-children',
	'hazardous',
	'especially-hazardous',
	'men-short-stature-blind',
	'women-short-stature-blind'
] as const;

export const fields: FieldDef[] = [
	{ name: 'birthDate', key: 'b', type: 'date', example: '1962-03-15', required: true, min: '1900-01-01', max: 'asOf' },
	{ name: 'category', key: 'c', type: 'choice', options: CATEGORIES, display: 'radio', required: true, default: 'general' },
	{ name: 'record', key: 'r', type: 'integer', example: '30', min: 0, max: 70, unit: 'years', required: false }
];
