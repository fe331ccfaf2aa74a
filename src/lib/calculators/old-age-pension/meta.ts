import type { CalculatorMeta } from '../registry';

export default {
	id: 'old-age-pension',
	domain: 'pension',
	order: 2,
	title: { lv: 'Vecuma pensijas aprēķins', en: 'Old-age pension estimate' }
} satisfies CalculatorMeta;
