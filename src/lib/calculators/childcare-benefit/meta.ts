import type { CalculatorMeta } from '../registry';

export default {
	id: 'childcare-benefit',
	domain: 'benefits',
	order: 11,
	title: { lv: 'Bērna kopšanas pabalsts', en: 'Childcare benefit' }
} satisfies CalculatorMeta;
