/** English labels of the shared fields (fields.ts), spread into each calculator's `fields`. */
export const scheduleFieldEn = {
	label: 'Normal working time',
	hint: 'Adolescents and employees whose work involves special risk work 35 hours a week. A six-day week is allowed only where a five-day week cannot be kept; adolescents always work five days.',
	options: {
		40: { label: '40 hours a week, five days (8 hours a day)' },
		35: { label: '35 hours a week, five days (7 hours a day)', hint: 'Adolescents; work involving special risk' },
		'40-6': { label: '40 hours a week, six days (7 hours a day, 5 on Saturday)' },
		'35-6': { label: '35 hours a week, six days (6 hours a day, 5 on Saturday)', hint: 'Work involving special risk' }
	}
};

export const followsTransfersFieldEn = {
	label: 'The employer follows the Cabinet order transferring working days',
	hint: 'State-budget institutions must; other employers are advised to. The month’s total hours and the rate do not change, only how the hours are split.'
};

export const monthFieldEn = {
	what: 'the month',
	label: 'Month'
};
