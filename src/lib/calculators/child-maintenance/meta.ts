import type { CalculatorMeta } from '../registry';

export default {
	id: 'child-maintenance',
	domain: 'benefits',
	order: 16,
	title: { lv: 'Minimālie uzturlīdzekļi un pabalsts aizbildnim', en: 'Minimum child maintenance and the guardian’s benefit' }
} satisfies CalculatorMeta;
