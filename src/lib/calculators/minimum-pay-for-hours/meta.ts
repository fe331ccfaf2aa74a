import type { CalculatorMeta } from '../registry';

export default {
	id: 'minimum-pay-for-hours',
	domain: 'labour',
	order: 3,
	title: { lv: 'Minimālā alga par manām stundām', en: 'Minimum pay for my hours' }
} satisfies CalculatorMeta;
