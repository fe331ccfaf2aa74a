import type { CalculatorMeta } from '../registry';

export default {
	id: 'social-contributions',
	domain: 'tax',
	order: 3,
	title: { lv: 'Sociālās iemaksas pa maksātāju kategorijām', en: 'Social contributions by payer category' }
} satisfies CalculatorMeta;
