import { withCoverage } from '$lib/engine/coverage';
import { monthlyAboveAnnualMaximum } from '$lib/tax/plausibility';
import type { Calculator, FieldError } from '$lib/engine/calculator';
import { valueAt, type Table } from '$lib/engine/tables';
import { disabilityCoefficientsTable, minimumPensionBaseTable, survivorTable, workInjuryTable } from '$lib/benefits/tables';
import { vsnpSurvivor } from '$lib/state-benefits/tables';
import { computeWorkInjury, GROUPS, MODES, type WorkInjuryInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const loss = (v: Record<string, unknown>) => v.mode !== 'survivors';
const surv = (v: Record<string, unknown>) => v.mode === 'survivors';
/** Ask for the disability group only where the rule in force sets the minimum by it. */
const groupMatters = (v: Record<string, unknown>) => {
	if (!loss(v) || typeof v.eventDate !== 'string') return false;
	const r = valueAt(workInjuryTable, v.eventDate);
	return r.kind === 'ok' && r.row.value.minimumIsDisabilityPension;
};

const calculator: Calculator<WorkInjuryInput> = withCoverage<WorkInjuryInput>(
	// The site answers from 2016; the end is where the tables' data ends.
	{
		id: meta.id,
		domain: meta.domain,
		fields: [
			{ name: 'mode', key: 'md', type: 'choice', options: MODES, display: 'radio', required: true, default: 'loss' },
			{ name: 'eventDate', key: 'e', type: 'date', example: '2025-10-06', required: true, min: '2016-01-01' },
			{ name: 'averageWage', key: 'w', type: 'money', example: '1300', required: true, min: '0', max: '100000' },
			{ name: 'lossPercent', key: 'lp', type: 'integer', example: '40', min: 0, max: 100, required: true, showIf: loss },
			{
				name: 'disabilityGroup',
				key: 'g',
				type: 'choice',
				options: GROUPS,
				display: 'radio',
				required: true,
				default: 'none',
				showIf: groupMatters
			},
			{ name: 'children', key: 'ch', type: 'integer', example: '2', min: 0, max: 20, unit: 'children', required: true, showIf: surv },
			{ name: 'childrenUnder7', key: 'c7', type: 'integer', example: '1', min: 0, max: 20, unit: 'children', required: true, showIf: surv },
			{ name: 'orphan', key: 'or', type: 'boolean', required: true, default: false, showIf: surv }
		],
		crossValidate: (input) => {
			const errors: FieldError[] = [];
			if (input.mode === 'survivors' && (input.childrenUnder7 ?? 0) > (input.children ?? 0))
				errors.push({ field: 'childrenUnder7', msg: { key: 'errors.tooManyYoung' } });
			return errors;
		},
		compute: computeWorkInjury,
		plausibility: (input, asOf) => monthlyAboveAnnualMaximum('averageWage', [input.averageWage], asOf),
		tables: [workInjuryTable, minimumPensionBaseTable, disabilityCoefficientsTable, survivorTable, vsnpSurvivor] as Table<unknown>[],
		// In the browser the loader adds the page language only (calculators/loader.ts).
		messages: import.meta.env.SSR ? { lv, en } : ({} as Calculator['messages']),
		golden
	},
	{ from: '2016-01-01' }
);

export default calculator;
