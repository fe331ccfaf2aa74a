/** The questions of the child maintenance calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';

export const ROLES = ['parent', 'guardian'] as const;

export const fields: FieldDef[] = [
	{ name: 'role', key: 'w', type: 'choice', options: ROLES, display: 'radio', required: true, default: 'parent' },
	{ name: 'birthDate', key: 'b', type: 'date', example: '2016-09-01', required: true, min: '1990-01-01', max: 'asOf' }
];
