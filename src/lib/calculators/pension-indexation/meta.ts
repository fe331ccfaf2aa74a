import type { CalculatorMeta } from '../registry';

export default {
	id: 'pension-indexation',
	domain: 'pension',
	order: 3,
	title: { lv: 'Pensijas indeksācija', en: 'Pension indexation' }
} satisfies CalculatorMeta;
