import type { CalculatorMeta } from '../registry';

export default {
	id: 'minimum-hourly-rate',
	domain: 'labour',
	order: 1,
	title: { lv: 'Minimālā stundas tarifa likme', en: 'Minimum hourly rate' }
} satisfies CalculatorMeta;
