import type { CalculatorMeta } from '../registry';

export default {
	id: 'funeral-benefit',
	domain: 'benefits',
	order: 6,
	title: { lv: 'Apbedīšanas pabalsts', en: 'Funeral benefit' }
} satisfies CalculatorMeta;
