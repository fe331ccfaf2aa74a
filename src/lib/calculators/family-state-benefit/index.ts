import type { Table } from '$lib/engine/tables';
import { withCoverage } from '$lib/engine/coverage';
import type { Calculator, FieldDef } from '$lib/engine/calculator';
import { claimRule, fsbAgeLimits, fsbBirthOrder, fsbByCount, fsbScheme, fsbSupplement, partialMonthRule } from '$lib/state-benefits/tables';
import { AFTER_OPTIONS, computeFamily, MAX_CHILDREN, type FamilyInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

/** A child-like birth date as each child's example, the eldest first (issue #8: examples fit the field). */
const CHILD_EXAMPLES = ['2008-09-12', '2011-03-15', '2013-06-02', '2015-01-20', '2017-10-05', '2019-04-28', '2021-08-14', '2024-02-09'];

const childFields: FieldDef[] = Array.from({ length: MAX_CHILDREN }, (_, i) => i + 1).flatMap((n): FieldDef[] => [
	{
		name: `child${n}`,
		key: `b${n}`,
		type: 'date',
		example: CHILD_EXAMPLES[n - 1],
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
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'children', key: 'n', type: 'integer', example: '3', min: 1, max: MAX_CHILDREN, unit: 'children', required: true },
			...childFields
		],
		compute: computeFamily,
		tables: [fsbScheme, fsbBirthOrder, fsbSupplement, fsbByCount, fsbAgeLimits, claimRule, partialMonthRule],
		partialTables: [fsbByCount] as Table<unknown>[],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
