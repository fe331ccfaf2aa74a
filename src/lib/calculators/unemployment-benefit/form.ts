/** The questions of the unemployment benefit calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { wageFields } from '$lib/benefits/fields';

export const SITUATIONS = ['general', 'childcare', 'disability-recovered', 'disabled-child-carer'] as const;

const general = (v: Record<string, unknown>) => v.situation !== 'disability-recovered' && v.situation !== 'disabled-child-carer';

export const fields: FieldDef[] = [
	{ name: 'statusDate', key: 's', type: 'date', example: '2026-04-01', required: true, min: '2016-01-01' },
	{ name: 'situation', key: 'sit', type: 'choice', options: SITUATIONS, display: 'radio', required: true, default: 'general' },
	{ name: 'recordYears', key: 'y', type: 'integer', example: '12', min: 0, max: 60, unit: 'years', required: true },
	{
		name: 'contributionMonths',
		key: 'm',
		type: 'integer',
		example: '14',
		min: 0,
		max: 16,
		unit: 'months',
		required: true,
		showIf: general
	},
	{ name: 'ownRequest', key: 'or', type: 'boolean', required: true, default: false },
	...wageFields().map((f) => ({
		...f,
		showIf: (v: Record<string, unknown>) => v.situation === 'general' && (!f.showIf || f.showIf(v))
	}))
];
