import type { CalculatorMeta } from '../registry';

export default {
	id: 'net-gross-salary',
	domain: 'tax',
	order: 1,
	title: { lv: 'Neto un bruto alga', en: 'Net and gross salary' }
} satisfies CalculatorMeta;
