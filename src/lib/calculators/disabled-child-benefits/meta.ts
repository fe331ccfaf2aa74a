import type { CalculatorMeta } from '../registry';

export default {
	id: 'disabled-child-benefits',
	domain: 'benefits',
	order: 13,
	title: { lv: 'Pabalsti bērnam ar invaliditāti un kopšanai', en: 'Benefits for a child with a disability and for care' }
} satisfies CalculatorMeta;
