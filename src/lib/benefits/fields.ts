/**
 * The input fields the benefit calculators share: the average wage and the contribution months. Kept
 * apart from common.ts so that a calculator's form (`form.ts`) loads them without decimal.js or the
 * rule tables.
 */
import type { FieldDef } from '$lib/engine/calculator';

export const WAGE_MODES = ['monthly', 'list'] as const;
export type WageMode = (typeof WAGE_MODES)[number];

/** Average wage: a monthly figure, or the 12 monthly contribution wages of the reference period. */
export function wageFields(): FieldDef[] {
	return [
		{ name: 'wageMode', key: 'wm', type: 'choice', options: WAGE_MODES, display: 'radio', required: true, default: 'monthly' },
		{
			name: 'averageWage',
			key: 'w',
			type: 'money',
			example: '1250',
			required: true,
			min: '0',
			max: '100000',
			showIf: (v) => v.wageMode !== 'list'
		},
		{
			name: 'monthlyWages',
			key: 'wl',
			type: 'money-list',
			example: '1212.50',
			minItems: 12,
			maxItems: 12,
			required: true,
			showIf: (v) => v.wageMode === 'list'
		}
	];
}

/** Months with contributions in the last 6 and (only if fewer than 3) the last 24 months. */
export function conditionFields(): FieldDef[] {
	return [
		{ name: 'months6', key: 'm6', type: 'integer', example: '6', min: 0, max: 6, unit: 'months', required: true },
		{
			name: 'months24',
			key: 'm24',
			type: 'integer',
			example: '20',
			min: 0,
			max: 24,
			unit: 'months',
			required: false,
			showIf: (v) => typeof v.months6 !== 'number' || v.months6 < 3
		}
	];
}
