/**
 * The questions of the work-injury compensation calculator, loaded by its page before the compute
 * code (tests/unit/form-modules.test.ts). One showIf reads the work-injury rule in force on the date of
 * the event, so this module loads that one table.
 */
import type { FieldDef } from '$lib/engine/calculator';
import { valueAt } from '$lib/engine/tables';
import { workInjuryTable } from '$lib/benefits/table-modules/workInjuryTable';

export const MODES = ['loss', 'survivors'] as const;
export const GROUPS = ['none', 'I', 'II', 'III'] as const;

const loss = (v: Record<string, unknown>) => v.mode !== 'survivors';
const surv = (v: Record<string, unknown>) => v.mode === 'survivors';
/** Ask for the disability group only where the rule in force sets the minimum by it. */
const groupMatters = (v: Record<string, unknown>) => {
	if (!loss(v) || typeof v.eventDate !== 'string') return false;
	const r = valueAt(workInjuryTable, v.eventDate);
	return r.kind === 'ok' && r.row.value.minimumIsDisabilityPension;
};

export const fields: FieldDef[] = [
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
];
