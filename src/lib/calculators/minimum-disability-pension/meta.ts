import type { CalculatorMeta } from '../registry';

export default {
	id: 'minimum-disability-pension',
	domain: 'benefits',
	order: 15,
	title: { lv: 'Minimālā invaliditātes pensija', en: 'Minimum disability pension' }
} satisfies CalculatorMeta;
