import type { CalculatorMeta } from '../registry';

export default {
	id: 'survivor-spouse-benefit',
	domain: 'benefits',
	order: 8,
	title: { lv: 'Pabalsts mirušā pensionāra laulātajam', en: 'Benefit for a pensioner\u2019s surviving spouse' }
} satisfies CalculatorMeta;
