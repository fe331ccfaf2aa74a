/** The questions of the survivor spouse benefit calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';

export const fields: FieldDef[] = [
	{ name: 'deathDate', key: 'dd', type: 'date', example: '2026-01-20', required: true, min: '2016-01-01', max: 'asOf' },
	{ name: 'pension', key: 'p', type: 'money', example: '720', required: true, min: '0', max: '100000' },
	{ name: 'married', key: 'm', type: 'boolean', required: true, default: true },
	{ name: 'spousePensioner', key: 'sp', type: 'boolean', required: true, default: true }
];
