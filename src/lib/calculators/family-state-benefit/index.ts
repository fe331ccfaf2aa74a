import type { Table } from '$lib/engine/tables';
import { withCoverage } from '$lib/engine/coverage';
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
		memorable: true,
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

const calculator: Calculator<FamilyInput> = withCoverage<FamilyInput>(
	{
		id: meta.id,
		domain: meta.domain,
		fields: [{ name: 'children', key: 'n', type: 'integer', min: 1, max: MAX_CHILDREN, unit: 'children', required: true }, ...childFields],
		compute: computeFamily,
		tables: [fsbScheme, fsbBirthOrder, fsbSupplement, fsbByCount, fsbAgeLimits, claimRule, partialMonthRule],
		messages: { lv, en },
		golden,
		partialTables: [fsbByCount] as Table<unknown>[]
	},
	// The site answers from 2016; the end is where the tables' data ends.
	{ from: '2016-01-01' }
);

export default calculator;
