import type { Messages } from '$lib/engine/calculator';
import cal from '$lib/calendar/messages.en';
import { monthFieldEn, scheduleFieldEn } from '$lib/calendar/fields.en';

export default {
	title: 'Minimum pay for my hours',
	question: 'What is the least I must be paid for my working hours?',
	intro:
		'Works out the lowest pay an employer may pay: for part-time work, in proportion to the minimum monthly wage; for the hours worked in a month, at the month’s minimum hourly rate; for summed working time, over the whole reference period (Cabinet Regulation No. 656).',
	notCovered:
		'It does not include supplements for overtime, night work or work on public holidays (Labour Law s.68) or taxes. If your pay is below the minimum, talk to your employer or the State Labour Inspectorate (vdi.gov.lv).',
	fields: {
		mode: {
			label: 'What do you want to work out?',
			options: {
				'part-time': { label: 'Part-time: the minimum monthly wage for the agreed hours a week' },
				hours: { label: 'Hours in a month: the minimum pay for the hours worked' },
				summed: { label: 'Summed working time: the minimum pay for the reference period' }
			}
		},
		month: monthFieldEn,
		schedule: scheduleFieldEn,
		weeklyHours: {
			what: 'the agreed working hours a week',
			label: 'Agreed working hours a week',
			hint: 'As in the employment contract, for example 20',
			unit: 'hours a week'
		},
		hoursWorked: {
			what: 'the hours to be paid in the month',
			label: 'Hours to be paid in the month',
			hint: 'Hours worked plus the paid holiday and pre-holiday hours, for example 184',
			unit: 'hours'
		},
		periodStart: {
			what: 'the first month of the reference period',
			label: 'First month of the reference period'
		},
		months: {
			what: 'the number of months in the reference period',
			label: 'Months in the reference period',
			hint: 'As set in the employment contract or collective agreement; we handle up to 12 months',
			unit: 'months'
		},
		periodHours: {
			what: 'the hours worked in the reference period',
			label: 'Hours worked in the reference period in total',
			hint: 'For example 520',
			unit: 'hours'
		}
	},
	summary: {
		partTime: '{{month}}: working {{hours}} a week, the minimum monthly wage is {{amount}}.',
		hours: '{{month}}: for {{hours}} you must be paid at least {{amount}}.',
		summed: 'In the reference period {{from}} to {{to}}, for {{hours}} you must be paid at least {{amount}}.'
	},
	figures: {
		partTimeMinimum: 'Minimum monthly wage for the agreed hours',
		minimumPay: 'Minimum pay',
		rate: 'Minimum hourly rate',
		minimumWage: 'Minimum monthly wage',
		normalHours: 'Normal working hours in the month',
		periodMinimum: 'Minimum wage for the period (all normal hours)',
		periodNormalHours: 'Normal working hours in the period',
		averageRate: 'Average minimum hourly rate of the period'
	},
	steps: {
		totalHours: 'Normal working hours: {{month}}',
		totalHoursDetail: '{{daily}} × {{weekdays}} from Monday to Friday, holiday and pre-holiday hours included',
		totalHoursDetailSixDay:
			'{{daily}} × {{weekdays}} from Monday to Friday and {{saturday}} × {{saturdays}} on Saturdays, holiday and pre-holiday hours included',
		normalWeek: 'Normal working time a week (Labour Law s.131)',
		partTimeMinimum: 'Minimum monthly wage for part-time work (in proportion to the time worked)',
		partTimeMinimumDetail: '{{wage}} × {{hours}} / {{normal}}',
		minimumPay: 'Minimum pay for the hours',
		minimumPayDetail: '{{rate}} × {{hours}}',
		periodMonth: '{{month}}: minimum monthly wage',
		periodMonthDetail: 'Normal working hours: {{total}}',
		periodMinimum: 'Minimum wage for the whole reference period ({{n}} months; Cabinet Regulation No. 656, point 4)',
		periodHours: 'Normal working hours in the reference period (hp)',
		averageRate: 'Average minimum hourly rate of the reference period (Cabinet Regulation No. 656, point 5)',
		averageRateDetail: '{{wages}} / {{hours}} = {{rate}}',
		summedPayFull: 'Minimum pay: all normal hours worked',
		summedPayFullDetail: '{{wages}} + {{extra}} × {{rate}}',
		summedPayShort: 'Minimum pay: fewer hours worked than the normal hours',
		summedPayShortDetail: '{{hours}} × {{rate}}'
	},
	table: {
		caption: 'Months of the reference period',
		month: 'Month',
		wage: 'Minimum monthly wage',
		total: 'Normal hours',
		rate: 'Hourly rate of the month'
	},
	notices: {
		derivedSixDay:
			'For the six-day week we use 7 hours a day (6 for the 35-hour week) and 5 on Saturday, as the Labour Law allows (s.133: at most 7 hours a day, a shorter Saturday). The Welfare Ministry publishes six-day tables, but we could not check our figures against them. Holidays and pre-holiday days only move hours between the columns; the total is the sum of the normal hours of every Monday–Saturday.',
		partTimeNoShortening: 'For part-time employees the pre-holiday shortening (Labour Law s.135) does not have to be applied.',
		overtime:
			'The hours exceed the month’s normal working time ({{normal}}). Overtime also earns a supplement (Labour Law s.68), which is not included here.',
		overtimeSummed:
			'{{extra}} more than the normal working time were worked in the period. Overtime also earns a supplement (Labour Law s.68), based on the period’s average rate; it is not included here.',
		shortPeriod:
			'Fewer than the normal hours ({{normal}}) were worked, so the point 4 minimum for the whole period does not apply; we pay the hours worked at the period’s average rate.',
		singleMonth:
			'Point 4 of Cabinet Regulation No. 656 concerns reference periods longer than one month; for a one-month period the minimum is the month’s minimum wage.'
	},
	errors: {
		notPartTime: 'Part-time means fewer than {{normal}} a week. Enter fewer hours or choose “Hours in a month”.',
		periodBeyondCoverage: 'The reference period must end by {{max}} at the latest. Choose an earlier start or fewer months.'
	},
	cal
} satisfies Messages;
