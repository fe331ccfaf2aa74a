import type { CalculatorMeta } from '../registry';

export default {
	id: 'annual-tax-free-minimum',
	domain: 'tax',
	order: 2,
	title: { lv: 'Gada neapliekamais minimums un nodokļa atmaksa', en: 'Annual tax-free minimum and refund' }
} satisfies CalculatorMeta;
