import type { CalculatorMeta } from '../registry';

export default {
	id: 'sickness-benefit',
	domain: 'benefits',
	order: 1,
	title: { lv: 'Slimības nauda un slimības pabalsts', en: 'Sick pay and sickness benefit' }
} satisfies CalculatorMeta;
