import type { CalculatorMeta } from '../registry';

export default {
	id: 'pension-after-tax',
	domain: 'pension',
	order: 4,
	title: { lv: 'Pensija pēc nodokļa', en: 'Pension after tax' }
} satisfies CalculatorMeta;
