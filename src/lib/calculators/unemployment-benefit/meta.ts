import type { CalculatorMeta } from '../registry';

export default {
	id: 'unemployment-benefit',
	domain: 'benefits',
	order: 5,
	title: { lv: 'Bezdarbnieka pabalsts', en: 'Unemployment benefit' }
} satisfies CalculatorMeta;
