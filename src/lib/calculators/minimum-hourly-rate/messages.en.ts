import type { Messages } from '$lib/engine/calculator';
import cal from '$lib/calendar/messages.en';
import { followsTransfersFieldEn, monthFieldEn, scheduleFieldEn } from '$lib/calendar/fields.en';

export default {
	title: 'Minimum hourly rate',
	question: 'What is the minimum hourly rate in this month?',
	intro:
		'The minimum hourly rate is the minimum monthly wage divided by the month’s normal working hours, holiday and pre-holiday hours included (Cabinet Regulation No. 656). Choose a month and your working time: we show the rate, how the hours split, and every holiday, transferred and pre-holiday day with the article of law behind it.',
	notCovered:
		'It does not cover summed working time (see the calculator “Minimum pay for my hours”), shorter hours set by a collective agreement, or supplements for work on holidays or overtime. Ask the State Labour Inspectorate (vdi.gov.lv) about working time.',
	fields: {
		month: monthFieldEn,
		schedule: scheduleFieldEn,
		followsTransfers: followsTransfersFieldEn
	},
	summary: '{{month}}: the minimum hourly rate is {{rate}} ({{total}} of normal working time in the month, {{weekly}} a week).',
	figures: {
		rate: 'Minimum hourly rate',
		minimumWage: 'Minimum monthly wage',
		totalHours: 'Normal working hours in total',
		workedHours: 'Hours to work',
		holidayHours: 'Holiday hours',
		preHolidayHours: 'Pre-holiday hours',
		workingDays: 'Working days',
		payWorked: 'Pay for the hours worked',
		payPaidAbsence: 'Pay for holiday and pre-holiday hours'
	},
	chart: { title: 'How the hours split: {{month}}' },
	notices: {
		derived35:
			'For the 35-hour week we shorten pre-holiday days as for the 40-hour week (Labour Law s.135); no Welfare Ministry 35-hour table for 2016–2026 was found. Total hours and the rate do not depend on this.',
		derivedSixDay:
			'For the six-day week we use 7 hours a day (6 for the 35-hour week) and 5 on Saturday, as the Labour Law allows (s.133: at most 7 hours a day, a shorter Saturday). The Welfare Ministry publishes six-day tables, but we could not check our figures against them. Holidays and pre-holiday days only move hours between the columns; the total is the sum of the normal hours of every Monday–Saturday.',
		transfersNotFollowed:
			'The Welfare Ministry tables assume the Cabinet order transferring working days is followed. If the employer does not follow it, total hours and the rate are the same, but the split of the hours can differ.'
	},
	cal
} satisfies Messages;
