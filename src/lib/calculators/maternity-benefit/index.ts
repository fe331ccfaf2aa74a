import { withCoverage } from '$lib/engine/coverage';
import { wagePlausibility } from '$lib/benefits/common';
import type { Calculator } from '$lib/engine/calculator';
import type { Table } from '$lib/engine/tables';
import { wageFields } from '$lib/benefits/common';
import { maternityTable, referencePeriodTable } from '$lib/benefits/tables';
import { computeMaternity, type MaternityInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const notInsured = (v: Record<string, unknown>) => v.insured === false;

const calculator: Calculator<MaternityInput> = withCoverage<MaternityInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'dueDate', key: 'dd', type: 'date', example: '2026-09-01', required: true, min: '2016-03-01' },
			{ name: 'earlyRegistration', key: 'r', type: 'boolean', required: true, default: true },
			{ name: 'complications', key: 'k', type: 'boolean', required: true, default: false },
			{ name: 'insured', key: 'i', type: 'boolean', required: true, default: true },
			{
				name: 'daysSinceStatusLost',
				key: 'sl',
				type: 'integer',
				example: '30',
				min: 0,
				max: 3650,
				unit: 'days',
				required: true,
				showIf: notInsured
			},
			{ name: 'liquidation', key: 'lq', type: 'boolean', required: true, default: false, showIf: notInsured },
			...wageFields()
		],
		compute: computeMaternity,
		plausibility: wagePlausibility,
		tables: [maternityTable, referencePeriodTable] as Table<unknown>[],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
