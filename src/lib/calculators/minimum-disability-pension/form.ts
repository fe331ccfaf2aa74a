/** The questions of the minimum disability pension calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';

export const GROUPS = ['I', 'II', 'III'] as const;

export const fields: FieldDef[] = [
	{ name: 'group', key: 'g', type: 'choice', options: GROUPS, display: 'radio', required: true },
	{ name: 'sinceChildhood', key: 'c', type: 'boolean', required: true, default: false },
	{ name: 'pension', key: 'p', type: 'money', example: '180', min: '0', max: '100000', required: false }
];
