import type { CalculatorMeta } from '../registry';

export default {
	id: 'paternity-benefit',
	domain: 'benefits',
	order: 3,
	title: { lv: 'Paternitātes pabalsts', en: 'Paternity benefit' }
} satisfies CalculatorMeta;
