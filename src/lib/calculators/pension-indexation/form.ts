/** The questions of the pension indexation calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { PENSION_KINDS, SUPPLEMENT_GROUPS, WHOLE_GROUPS } from '$lib/pension/options';

const banded = (v: Record<string, unknown>) => v.kind === 'old-age' || v.kind === 'hazardous';
const withSupplement = (v: Record<string, unknown>) => v.kind === 'old-age' || v.kind === 'hazardous' || v.kind === 'disability';

export const fields: FieldDef[] = [
	{ name: 'amount', key: 'a', type: 'money', example: '600', min: '0.01', max: '100000', required: true },
	{ name: 'paidFrom', key: 'f', type: 'date', example: '2025-01-01', min: '1990-01-01', max: 'asOf', required: true },
	{ name: 'kind', key: 'k', type: 'choice', options: PENSION_KINDS, display: 'radio', required: true, default: 'old-age' },
	{ name: 'record', key: 'r', type: 'integer', example: '35', min: 0, max: 70, unit: 'years', required: true, showIf: banded },
	{ name: 'wholeGroup', key: 'w', type: 'choice', options: WHOLE_GROUPS, display: 'radio', required: true, default: 'none' },
	{
		name: 'supplement',
		key: 's',
		type: 'choice',
		options: SUPPLEMENT_GROUPS,
		display: 'radio',
		required: true,
		default: 'none',
		showIf: withSupplement
	},
	{
		name: 'yearsBefore1996',
		key: 'y',
		type: 'integer',
		example: '25',
		min: 1,
		max: 60,
		unit: 'years',
		required: true,
		showIf: (v) => withSupplement(v) && v.supplement !== undefined && v.supplement !== 'none'
	}
];
