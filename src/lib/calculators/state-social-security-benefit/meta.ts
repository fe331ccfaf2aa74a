import type { CalculatorMeta } from '../registry';

export default {
	id: 'state-social-security-benefit',
	domain: 'benefits',
	order: 14,
	title: { lv: 'Valsts sociālā nodrošinājuma pabalsts', en: 'State social security benefit' }
} satisfies CalculatorMeta;
