/** The questions of the sickness benefit calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { conditionFields, wageFields } from '$lib/benefits/fields';

export const CASES = ['own-illness', 'sick-child'] as const;

const own = (v: Record<string, unknown>) => v.case !== 'sick-child';
const child = (v: Record<string, unknown>) => v.case === 'sick-child';

export const fields: FieldDef[] = [
	{ name: 'case', key: 'c', type: 'choice', options: CASES, display: 'radio', required: true, default: 'own-illness' },
	{ name: 'firstDay', key: 'f', type: 'date', example: '2026-03-15', required: true, min: '2016-01-01' },
	{ name: 'lastDay', key: 'l', type: 'date', example: '2026-03-28', required: true, min: '2016-01-01' },
	{ name: 'childBirthDate', key: 'b', type: 'date', example: '2018-05-20', required: true, min: '1990-01-01', showIf: child },
	{ name: 'hospital', key: 'h', type: 'boolean', required: true, default: false, showIf: child },
	{ name: 'extended', key: 'x', type: 'boolean', required: true, default: false, showIf: own },
	{ name: 'insured', key: 'i', type: 'boolean', required: true, default: true },
	...conditionFields(),
	...wageFields(),
	{ name: 'dailyEarnings', key: 'e', type: 'money', example: '68.50', required: false, min: '0', max: '10000', showIf: own }
];
