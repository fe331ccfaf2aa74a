import type { Calculator, FieldDef } from '$lib/engine/calculator';
import { claimRule, fsbAgeLimits, fsbBirthOrder, fsbByCount, fsbScheme, fsbSupplement, partialMonthRule } from '$lib/state-benefits/tables';
import { AFTER_OPTIONS, computeFamily, MAX_CHILDREN, type FamilyInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const childFields: FieldDef[] = Array.from({ length: MAX_CHILDREN }, (_, i) => i + 1).flatMap((n): FieldDef[] => [
	{
		name: `child${n}`,
		key: `b${n}`,
		type: 'date',
		example: `${2009 + n}-03-15`,
		required: true,
		min: '1990-01-01',
		max: 'asOf',
		showIf: (v) => Number(v.children ?? 0) >= n
	},
	{
		name: `after${n}`,
		key: `s${n}`,
		type: 'choice',
		options: AFTER_OPTIONS,
		display: 'select',
		required: true,
		default: 'none',
		showIf: (v) => Number(v.children ?? 0) >= n
	}
]);

const calculator: Calculator<FamilyInput> = {
	id: meta.id,
	domain: meta.domain,
	fields: [
		{ name: 'children', key: 'n', type: 'integer', example: '3', min: 1, max: MAX_CHILDREN, unit: 'children', required: true },
		...childFields
	],
	asOfRange: { from: '2016-01-01', to: '2026-12-31' },
	compute: computeFamily,
	tables: [fsbScheme, fsbBirthOrder, fsbSupplement, fsbByCount, fsbAgeLimits, claimRule, partialMonthRule],
	messages: { lv, en },
	golden
};

export default calculator;
