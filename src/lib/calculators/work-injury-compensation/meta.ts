import type { CalculatorMeta } from '../registry';

export default {
	id: 'work-injury-compensation',
	domain: 'benefits',
	order: 7,
	title: {
		lv: 'Atlīdzība par darbspēju zaudējumu un apgādnieka zaudējumu',
		en: 'Work-injury compensation and survivor\u2019s compensation'
	}
} satisfies CalculatorMeta;
