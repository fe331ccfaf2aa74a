import type { Calculator, FieldDef, FieldError } from '$lib/engine/calculator';
import { coverage, coverageMonths, minimumRateTables, monthField, scheduleField, workingTimeTables } from '$lib/calendar';
import { valueAt } from '$lib/engine/tables';
import { Dec } from '$lib/engine/decimal';
import { compute, MODES, periodMonths, type MinimumPayInput } from './compute';
import { golden } from './golden';
import en from './messages.en';
import lv from './messages.lv';

const is = (mode: string) => (v: Record<string, unknown>) => v.mode === mode;

// The upper bounds below are physical (hours in a week, in a 31-day month, in a leap year) or the
// longest period this calculator handles; the legal limits are checked against the data.
const fields: FieldDef[] = [
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

function crossValidate(input: MinimumPayInput): FieldError[] {
	if (input.mode === 'part-time' && input.month && input.weeklyHours) {
		// Part-time means fewer hours than the normal week of the schedule (Labour Law s.131).
		const normal = workingTimeTables
			.map((t) => valueAt(t, `${input.month}-01`))
			.map((wt) => (wt.kind === 'ok' ? wt.row.value.schedules[input.schedule]?.weeklyHours : undefined))
			.find((h) => h !== undefined);
		if (normal && new Dec(input.weeklyHours).gte(normal)) {
			return [
				{ field: 'weeklyHours', msg: { key: 'errors.notPartTime', params: { normal: { type: 'number', value: normal, unit: 'hours' } } } }
			];
		}
	}
	if (input.mode === 'summed' && input.periodStart && input.months) {
		const last = periodMonths(input.periodStart, input.months).at(-1)!;
		if (last > coverageMonths.max) {
			return [
				{ field: 'months', msg: { key: 'errors.periodBeyondCoverage', params: { max: { type: 'month', value: coverageMonths.max } } } }
			];
		}
	}
	return [];
}

const calculator: Calculator<MinimumPayInput> = {
	id: 'minimum-pay-for-hours',
	domain: 'labour',
	fields,
	asOfRange: coverage,
	crossValidate,
	compute,
	tables: minimumRateTables,
	// In the browser the loader adds the page language only (calculators/loader.ts).
	messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
	golden
};

export default calculator;
