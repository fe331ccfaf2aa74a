import type { CalculatorMeta } from '../registry';

export default {
	id: 'family-state-benefit',
	domain: 'benefits',
	order: 12,
	title: { lv: 'Ģimenes valsts pabalsts', en: 'Family state benefit' }
} satisfies CalculatorMeta;
