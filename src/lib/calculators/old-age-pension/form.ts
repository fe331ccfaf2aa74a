/** The questions of the old-age pension calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';

export const ROUTES = ['general', 'early'] as const;
export const MODES = ['salary', 'wages', 'capital'] as const;

const is =
	(...modes: string[]) =>
	(v: Record<string, unknown>) =>
		modes.includes(String(v.mode ?? 'salary'));

export const fields: FieldDef[] = [
	{ name: 'birthDate', key: 'b', type: 'date', example: '1975-03-15', required: true, min: '1930-01-01', max: 'asOf' },
	{ name: 'route', key: 'o', type: 'choice', options: ROUTES, display: 'radio', required: true, default: 'general' },
	{ name: 'mode', key: 'm', type: 'choice', options: MODES, display: 'radio', required: true, default: 'salary' },
	{ name: 'salary', key: 's', type: 'money', example: '1500', min: '0', max: '100000', required: true, showIf: is('salary', 'capital') },
	{ name: 'startYear', key: 'y', type: 'integer', example: '2000', min: 1996, max: 2027, required: true, showIf: is('salary', 'wages') },
	{
		name: 'wages',
		key: 'w',
		type: 'money-list',
		example: '9000;9600;10200',
		minItems: 1,
		maxItems: 60,
		required: true,
		showIf: is('wages')
	},
	{ name: 'capital', key: 'k', type: 'money', example: '25000', min: '0', max: '10000000', required: true, showIf: is('capital') },
	{ name: 'growth', key: 'g', type: 'decimal', example: '4', min: '0', max: '20', places: 1, unit: 'percent', required: false },
	{ name: 'fundedMember', key: 'f', type: 'boolean', required: true, default: false },
	{
		name: 'fundedCapital',
		key: 'fc',
		type: 'money',
		example: '12000',
		min: '0',
		max: '10000000',
		required: false,
		showIf: (v) => v.fundedMember === true
	},
	{ name: 'recordBefore1996', key: 'a', type: 'integer', example: '10', min: 0, max: 50, unit: 'years', required: false },
	{
		name: 'wage1996to1999',
		key: 'vi',
		type: 'money',
		example: '250',
		min: '0',
		max: '100000',
		required: false,
		showIf: (v) => typeof v.recordBefore1996 === 'number' && v.recordBefore1996 > 0
	},
	{ name: 'record', key: 'r', type: 'integer', example: '40', min: 0, max: 70, unit: 'years', required: false },
	{ name: 'g', key: 'gv', type: 'decimal', example: '18.49', min: '1', max: '50', places: 2, required: false }
];
