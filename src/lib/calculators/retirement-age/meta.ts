import type { CalculatorMeta } from '../registry';

export default {
	id: 'retirement-age',
	domain: 'pension',
	order: 1,
	title: { lv: 'Pensionēšanās vecums', en: 'Retirement age' }
} satisfies CalculatorMeta;
