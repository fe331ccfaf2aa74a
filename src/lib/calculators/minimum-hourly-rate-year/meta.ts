import type { CalculatorMeta } from '../registry';

export default {
	id: 'minimum-hourly-rate-year',
	domain: 'labour',
	order: 2,
	title: { lv: 'Minimālās stundas likmes pa mēnešiem', en: 'Minimum hourly rates by month' }
} satisfies CalculatorMeta;
