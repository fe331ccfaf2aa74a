/** The questions of the minimum pay for hours calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { coverageMonths, monthField, scheduleField } from '$lib/calendar/fields';

export const MODES = ['part-time', 'hours', 'summed'] as const;

const is = (mode: string) => (v: Record<string, unknown>) => v.mode === mode;

// The upper bounds below are physical (hours in a week, in a 31-day month, in a leap year) or the
// longest period this calculator handles; the legal limits are checked against the data.
export const fields: FieldDef[] = [
	{ name: 'mode', key: 'o', type: 'choice', options: MODES, display: 'radio', default: 'hours', required: true },
	{ ...monthField, showIf: (v) => v.mode !== 'summed' },
	scheduleField,
	{
		name: 'weeklyHours',
		key: 'w',
		type: 'decimal',
		example: '20',
		min: '0.01',
		max: '168',
		places: 2,
		unit: 'hours',
		required: true,
		showIf: is('part-time')
	},
	{
		name: 'hoursWorked',
		key: 'h',
		type: 'decimal',
		example: '184',
		min: '0',
		max: '744',
		places: 2,
		unit: 'hours',
		required: true,
		showIf: is('hours')
	},
	{
		name: 'periodStart',
		key: 'b',
		type: 'month',
		example: '2026-01',
		min: coverageMonths.min,
		max: coverageMonths.max,
		required: true,
		showIf: is('summed')
	},
	{ name: 'months', key: 'n', type: 'integer', example: '4', min: 1, max: 12, unit: 'months', required: true, showIf: is('summed') },
	{
		name: 'periodHours',
		key: 'p',
		type: 'decimal',
		example: '520',
		min: '0',
		max: '8784',
		places: 2,
		unit: 'hours',
		required: true,
		showIf: is('summed')
	}
];
