import type { Calculator } from '$lib/engine/calculator';
import { PENSION_RELIEFS, TAX_BOOK } from '$lib/pension/tax';
import { additionalReliefs, incomeTaxRates, pensionerNtm } from '$lib/tax/tables';
import { computePensionTax, type PensionTaxInput } from './compute';
import golden from './golden';
import en from './messages.en';
import lv from './messages.lv';
import meta from './meta';

const calculator: Calculator<PensionTaxInput> = {
	id: meta.id,
	domain: meta.domain,
	fields: [
		{ name: 'pension', key: 'p', type: 'money', example: '650', min: '0', max: '100000', required: true },
		{ name: 'supplement', key: 's', type: 'money', example: '40', min: '0', max: '1000', required: false },
		{ name: 'taxBook', key: 'b', type: 'choice', options: TAX_BOOK, display: 'radio', required: true, default: 'vsaa' },
		{ name: 'relief', key: 'r', type: 'choice', options: PENSION_RELIEFS, display: 'radio', required: true, default: 'none' }
	],
	asOfRange: { from: '2016-01-01', to: '2026-12-31' },
	compute: computePensionTax,
	tables: [pensionerNtm, incomeTaxRates, additionalReliefs],
	messages: { lv, en },
	golden
};

export default calculator;
