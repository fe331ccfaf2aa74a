/** The questions of the pension after tax calculator, loaded by its page before the compute code (tests/unit/form-modules.test.ts). */
import type { FieldDef } from '$lib/engine/calculator';
import { PENSION_RELIEFS, TAX_BOOK } from '$lib/pension/options';

export const fields: FieldDef[] = [
	{ name: 'pension', key: 'p', type: 'money', example: '650', min: '0', max: '100000', required: true },
	{ name: 'supplement', key: 's', type: 'money', example: '40', min: '0', max: '1000', required: false },
	{ name: 'taxBook', key: 'b', type: 'choice', options: TAX_BOOK, display: 'radio', required: true, default: 'vsaa' },
	{ name: 'relief', key: 'r', type: 'choice', options: PENSION_RELIEFS, display: 'radio', required: true, default: 'none' }
];
