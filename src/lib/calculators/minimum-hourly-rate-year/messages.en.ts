import type { Messages } from '$lib/engine/calculator';
import cal from '$lib/calendar/messages.en';
import { followsTransfersFieldEn, scheduleFieldEn } from '$lib/calendar/fields.en';

export default {
	title: 'Minimum hourly rates by month',
	question: 'What is the minimum hourly rate in each month of the year?',
	intro:
		'All twelve months of a year: working days, hours to work, holiday and pre-holiday hours, total normal working hours and the minimum hourly rate (Cabinet Regulation No. 656), as the Welfare Ministry computes them each year. The table can be downloaded as CSV.',
	notCovered:
		'It does not cover summed working time or shorter hours set by a collective agreement. The calculator “Minimum hourly rate” shows each day of a month and why. Ask the State Labour Inspectorate (vdi.gov.lv) about working time.',
	fields: {
		year: { what: 'the year', label: 'Year', hint: 'For example 2026' },
		schedule: scheduleFieldEn,
		followsTransfers: followsTransfersFieldEn
	},
	summary:
		'In {{year}} ({{weekly}} a week) the normal working time is {{total}}; the minimum hourly rate ranges from {{lowest}} to {{highest}}.',
	figures: {
		totalHours: 'Normal working hours in the year',
		workedHours: 'Hours to work',
		holidayHours: 'Holiday hours',
		preHolidayHours: 'Pre-holiday hours',
		workingDays: 'Working days',
		lowestRate: 'Lowest monthly rate',
		highestRate: 'Highest monthly rate'
	},
	table: {
		caption: 'Minimum hourly rates in {{year}}, {{weekly}} a week',
		month: 'Month',
		workingDays: 'Working days',
		worked: 'Hours to work',
		holiday: 'Holiday hours',
		preHoliday: 'Pre-holiday hours',
		total: 'Total hours',
		wage: 'Minimum monthly wage',
		rate: 'Hourly rate',
		payWorked: 'Pay for the hours worked',
		payPaidAbsence: 'Pay for holiday and pre-holiday hours'
	},
	steps: {
		wage: 'Minimum monthly wage from {{since}}',
		calendarFollowed:
			'Working-time calendar for {{year}}: public holidays, days off in their place, the Cabinet order transferring working days and the pre-holiday shortening',
		calendarSixDay:
			'Working-time calendar for {{year}}: public holidays, days off in their place and the pre-holiday shortening (Cabinet orders transferring working days concern only five-day weeks)',
		calendarNotFollowed:
			'Working-time calendar for {{year}}: public holidays, days off in their place and the pre-holiday shortening (the Cabinet order transferring working days is not followed)',
		month: '{{month}}',
		monthDetail: '{{worked}} + {{holiday}} + {{pre}} = {{total}}; {{wage}} / {{total}} = {{rate}}'
	},
	notices: {
		derived35:
			'For the 35-hour week we shorten pre-holiday days as for the 40-hour week (Labour Law s.135); no Welfare Ministry 35-hour table for 2016–2026 was found. Total hours and the rates do not depend on this.',
		derivedSixDay:
			'For the six-day week we use 7 hours a day (6 for the 35-hour week) and 5 on Saturday, as the Labour Law allows (s.133: at most 7 hours a day, a shorter Saturday). The Welfare Ministry publishes six-day tables, but we could not check our figures against them. Holidays and pre-holiday days only move hours between the columns; the total is the sum of the normal hours of every Monday–Saturday.',
		transfersNotFollowed:
			'The Welfare Ministry tables assume the Cabinet order transferring working days is followed. If the employer does not follow it, total hours and the rates are the same, but the split of the hours can differ.'
	},
	cal
} satisfies Messages;
