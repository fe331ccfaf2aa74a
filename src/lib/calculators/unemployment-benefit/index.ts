import { withCoverage } from '$lib/engine/coverage';
import { wagePlausibility } from '$lib/benefits/common';
import type { Calculator } from '$lib/engine/calculator';
import type { Table } from '$lib/engine/tables';
import { wageFields } from '$lib/benefits/common';
import {
	referencePeriodTable,
	unemploymentConditionsTable,
	unemploymentRateTable,
	unemploymentScheduleTable,
	unemploymentSpecialTable,
	unemploymentWageMethodTable,
	vsnpBaseTable
} from '$lib/benefits/tables';
import { computeUnemployment, SITUATIONS, type UnemploymentInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const general = (v: Record<string, unknown>) => v.situation !== 'disability-recovered' && v.situation !== 'disabled-child-carer';

const calculator: Calculator<UnemploymentInput> = withCoverage<UnemploymentInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'statusDate', key: 's', type: 'date', example: '2026-04-01', required: true, min: '2016-01-01' },
			{ name: 'situation', key: 'sit', type: 'choice', options: SITUATIONS, display: 'radio', required: true, default: 'general' },
			{ name: 'recordYears', key: 'y', type: 'integer', example: '12', min: 0, max: 60, unit: 'years', required: true },
			{
				name: 'contributionMonths',
				key: 'm',
				type: 'integer',
				example: '14',
				min: 0,
				max: 16,
				unit: 'months',
				required: true,
				showIf: general
			},
			{ name: 'ownRequest', key: 'or', type: 'boolean', required: true, default: false },
			...wageFields().map((f) => ({
				...f,
				showIf: (v: Record<string, unknown>) => v.situation === 'general' && (!f.showIf || f.showIf(v))
			}))
		],
		compute: computeUnemployment,
		plausibility: wagePlausibility,
		tables: [
			unemploymentConditionsTable,
			unemploymentRateTable,
			unemploymentScheduleTable,
			unemploymentWageMethodTable,
			unemploymentSpecialTable,
			vsnpBaseTable,
			referencePeriodTable
		] as Table<unknown>[],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
