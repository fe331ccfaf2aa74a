import type { CalculatorMeta } from '../registry';

export default {
	id: 'birth-grant',
	domain: 'benefits',
	order: 10,
	title: { lv: 'Bērna piedzimšanas pabalsts', en: 'Birth grant' }
} satisfies CalculatorMeta;
