/** The questions of the childcare benefit calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';

export const fields: FieldDef[] = [
	{ name: 'birthDate', key: 'b', type: 'date', example: '2025-03-15', required: true, min: '2014-01-01' },
	{ name: 'children', key: 'n', type: 'integer', example: '2', min: 1, max: 6, unit: 'children', required: false },
	{ name: 'maternityEnd', key: 'm', type: 'date', example: '2025-05-16', required: false, min: '2014-01-01' },
	{ name: 'resident', key: 'r', type: 'boolean', required: true, default: true }
];
