import { withCoverage } from '$lib/engine/coverage';
import { wagePlausibility } from '$lib/benefits/common';
import type { Calculator } from '$lib/engine/calculator';
import { valueAt, type Table } from '$lib/engine/tables';
import { wageFields } from '$lib/benefits/common';
import { funeralTable, nationalWageTable, referencePeriodTable, vsnpBaseTable } from '$lib/benefits/tables';
import { computeFuneral, type FuneralInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const insured = (v: Record<string, unknown>) => v.insured === true;
const pensioner = (v: Record<string, unknown>) => v.pensioner === true;
/** Ask for the pre-1996 supplement only where the rule in force on the date of death leaves it out. */
const supplementExcluded = (d: unknown) => {
	if (typeof d !== 'string') return false;
	const r = valueAt(funeralTable, d);
	return r.kind === 'ok' && !r.row.value.pensionIncludesPre1996Supplement;
};

const calculator: Calculator<FuneralInput> = withCoverage<FuneralInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'deathDate', key: 'dd', type: 'date', example: '2026-02-14', required: true, min: '2016-01-01', max: 'asOf' },
			{ name: 'insured', key: 'ins', type: 'boolean', required: true, default: false },
			...wageFields().map((f) => ({ ...f, showIf: (v: Record<string, unknown>) => insured(v) && (!f.showIf || f.showIf(v)) })),
			{ name: 'dependant', key: 'dep', type: 'boolean', required: true, default: false },
			{ name: 'unemployed', key: 'un', type: 'boolean', required: true, default: false },
			{ name: 'pensioner', key: 'pen', type: 'boolean', required: true, default: false },
			{ name: 'pension', key: 'p', type: 'money', example: '650', required: true, min: '0', max: '100000', showIf: pensioner },
			{
				name: 'supplement',
				key: 'ps',
				type: 'money',
				example: '40',
				required: false,
				min: '0',
				max: '10000',
				showIf: (v) => pensioner(v) && supplementExcluded(v.deathDate)
			},
			{ name: 'vsnpRecipient', key: 'vs', type: 'boolean', required: true, default: false }
		],
		compute: computeFuneral,
		plausibility: wagePlausibility,
		tables: [funeralTable, nationalWageTable, vsnpBaseTable, referencePeriodTable] as Table<unknown>[],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
