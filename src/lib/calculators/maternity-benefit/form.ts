/** The questions of the maternity benefit calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { wageFields } from '$lib/benefits/fields';

const notInsured = (v: Record<string, unknown>) => v.insured === false;

export const fields: FieldDef[] = [
	{ name: 'dueDate', key: 'dd', type: 'date', example: '2026-09-01', required: true, min: '2016-03-01' },
	{ name: 'earlyRegistration', key: 'r', type: 'boolean', required: true, default: true },
	{ name: 'complications', key: 'k', type: 'boolean', required: true, default: false },
	{ name: 'insured', key: 'i', type: 'boolean', required: true, default: true },
	{
		name: 'daysSinceStatusLost',
		key: 'sl',
		type: 'integer',
		example: '30',
		min: 0,
		max: 3650,
		unit: 'days',
		required: true,
		showIf: notInsured
	},
	{ name: 'liquidation', key: 'lq', type: 'boolean', required: true, default: false, showIf: notInsured },
	...wageFields()
];
