/** The questions of the disabled-child benefits calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';

export const BENEFITS = ['family-supplement', 'child-care', 'adult-care'] as const;

export const fields: FieldDef[] = [
	// The default is a benefit whose rules the data knows today: the family-supplement table ends in
	// 2022, so a page opened on it could not answer (issue #8 §3 "defaults that answer").
	{ name: 'benefit', key: 'k', type: 'choice', options: BENEFITS, display: 'radio', required: true, default: 'child-care' },
	{ name: 'birthDate', key: 'b', type: 'date', example: '2015-03-15', required: true, min: '1920-01-01', max: 'asOf' },
	{
		name: 'disabilityFrom',
		key: 'f',
		type: 'date',
		example: '2020-09-01',
		required: false,
		min: '1990-01-01',
		showIf: (v) => v.benefit !== 'adult-care'
	},
	{ name: 'sinceChildhood', key: 'c', type: 'boolean', required: true, default: false, showIf: (v) => v.benefit === 'adult-care' }
];
