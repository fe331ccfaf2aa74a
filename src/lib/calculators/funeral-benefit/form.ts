/**
 * The questions of the funeral benefit calculator, loaded by its page before the compute code
 * (tests/unit/form-modules.test.ts). One showIf reads the funeral-benefit rule in force on the date of
 * death, so this module loads that one table.
 */
import type { FieldDef } from '$lib/engine/calculator';
import { valueAt } from '$lib/engine/tables';
import { wageFields } from '$lib/benefits/fields';
import { funeralTable } from '$lib/benefits/table-modules/funeralTable';

const insured = (v: Record<string, unknown>) => v.insured === true;
const pensioner = (v: Record<string, unknown>) => v.pensioner === true;
/** Ask for the pre-1996 supplement only where the rule in force on the date of death leaves it out. */
const supplementExcluded = (d: unknown) => {
	if (typeof d !== 'string') return false;
	const r = valueAt(funeralTable, d);
	return r.kind === 'ok' && !r.row.value.pensionIncludesPre1996Supplement;
};

export const fields: FieldDef[] = [
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
];
