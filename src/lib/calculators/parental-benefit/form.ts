/** The questions of the parental benefit calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { conditionFields, wageFields } from '$lib/benefits/fields';

export const OPTIONS = ['shorter', 'longer'] as const;
export const CLAIMANTS = ['mother', 'other-parent'] as const;

const other = (v: Record<string, unknown>) => v.claimant === 'other-parent';

export const fields: FieldDef[] = [
	{ name: 'birthDate', key: 'b', type: 'date', example: '2026-02-10', required: true, min: '2016-01-01' },
	{ name: 'option', key: 'o', type: 'choice', options: OPTIONS, display: 'radio', required: true, default: 'shorter' },
	{ name: 'claimant', key: 'p', type: 'choice', options: CLAIMANTS, display: 'radio', required: true, default: 'mother' },
	{ name: 'postnatal70', key: 'k', type: 'boolean', required: true, default: false, showIf: (v) => v.claimant !== 'other-parent' },
	{ name: 'startDate', key: 's', type: 'date', example: '2026-06-01', required: false, min: '2016-01-01' },
	{ name: 'working', key: 'wk', type: 'boolean', required: true, default: false },
	{ name: 'insured', key: 'i', type: 'boolean', required: true, default: true, showIf: other },
	...conditionFields().map((f) => ({ ...f, showIf: (v: Record<string, unknown>) => other(v) && (!f.showIf || f.showIf(v)) })),
	...wageFields()
];
