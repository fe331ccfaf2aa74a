import type { CalculatorMeta } from '../registry';

export default {
	id: 'maternity-benefit',
	domain: 'benefits',
	order: 2,
	title: { lv: 'Maternitātes pabalsts', en: 'Maternity benefit' }
} satisfies CalculatorMeta;
