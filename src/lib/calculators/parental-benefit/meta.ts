import type { CalculatorMeta } from '../registry';

export default {
	id: 'parental-benefit',
	domain: 'benefits',
	order: 4,
	title: { lv: 'Vecāku pabalsts', en: 'Parental benefit' }
} satisfies CalculatorMeta;
