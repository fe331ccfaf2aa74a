/** The questions of the birth grant calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';

export const fields: FieldDef[] = [
	{ name: 'event', key: 'e', type: 'choice', options: ['birth', 'guardianship'], display: 'radio', required: true, default: 'birth' },
	{ name: 'birthDate', key: 'b', type: 'date', example: '2026-04-12', required: true, min: '2015-01-01' },
	{
		name: 'guardianshipDate',
		key: 'g',
		type: 'date',
		example: '2026-06-01',
		required: true,
		min: '2015-01-01',
		showIf: (v) => v.event === 'guardianship'
	},
	{ name: 'children', key: 'n', type: 'integer', example: '2', min: 1, max: 6, unit: 'children', required: false },
	{ name: 'resident', key: 'r', type: 'boolean', required: true, default: true }
];
