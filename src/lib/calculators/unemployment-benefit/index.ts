import { withCoverage } from '$lib/engine/coverage';
import { wagePlausibility } from '$lib/benefits/common';
import type { Calculator } from '$lib/engine/calculator';
import type { Table } from '$lib/engine/tables';
import {
	referencePeriodTable,
	unemploymentConditionsTable,
	unemploymentRateTable,
	unemploymentScheduleTable,
	unemploymentSpecialTable,
	unemploymentWageMethodTable,
	vsnpBaseTable
} from '$lib/benefits/tables';
import { computeUnemployment, type UnemploymentInput } from './compute';
import { fields } from './form';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const calculator: Calculator<UnemploymentInput> = withCoverage<UnemploymentInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields,
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
