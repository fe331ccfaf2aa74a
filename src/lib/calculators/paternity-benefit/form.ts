/** The questions of the paternity benefit calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { conditionFields, wageFields } from '$lib/benefits/fields';

export const fields: FieldDef[] = [
	{ name: 'birthDate', key: 'b', type: 'date', example: '2026-05-04', required: true, min: '2016-01-01' },
	{ name: 'leaveStart', key: 's', type: 'date', example: '2026-05-11', required: true, min: '2016-01-01' },
	{ name: 'insured', key: 'i', type: 'boolean', required: true, default: true },
	...conditionFields(),
	...wageFields()
];
