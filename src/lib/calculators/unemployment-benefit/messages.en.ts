import type { Messages } from '$lib/engine/calculator';
import { sharedEn, sharedFieldsEn } from '$lib/benefits/messages.en';

const en = {
	...sharedEn,
	title: 'Unemployment benefit',
	question: 'Can I get unemployment benefit, how much and for how long?',
	intro:
		'Find out whether you are entitled to unemployment benefit, how much the State Social Insurance Agency (VSAA) pays month by month and when to apply. You will need the date you became unemployed (registered with the State Employment Agency, NVA), your insurance record and your earnings.',
	notCovered:
		'Not covered: insurance record before 1996 that VSAA has no documents for, contributions paid abroad, months of sickness or childcare leave in the average, and the benefit when a court later awards pay for the same time. Register as unemployed with NVA first, then apply to VSAA (latvija.gov.lv, phone 8001 0021).',
	fields: {
		...sharedFieldsEn,
		averageWage: {
			...sharedFieldsEn.averageWage,
			hint: 'Gross pay from which unemployment contributions were paid, on average per month over the 12 months that end two months before the month you became unemployed.'
		},
		monthlyWages: {
			...sharedFieldsEn.monthlyWages,
			hint: 'Oldest month first. VSAA leaves out the lowest and the highest month; the result shows which months they are.'
		},
		statusDate: {
			what: 'the date you got unemployed status',
			label: 'Date you got unemployed status',
			hint: 'The date the State Employment Agency (NVA) received your application.'
		},
		situation: {
			label: 'Before becoming unemployed, did any of these apply?',
			options: {
				general: { label: 'None of these: I was working' },
				childcare: {
					label: 'I cared for a child under 1½ and the state paid my contributions for the whole period',
					hint: 'A flat amount is paid.'
				},
				'disability-recovered': {
					label: 'I regained capacity to work after a disability',
					hint: 'A flat amount; no contribution condition.'
				},
				'disabled-child-carer': {
					label: 'I cared for a child with a disability until the age of 18',
					hint: 'A flat amount; no contribution condition.'
				}
			}
		},
		recordYears: {
			what: 'your total insurance record in years',
			label: 'Your total insurance record',
			hint: 'Whole years. See latvija.gov.lv (VSAA e-service on your insurance record).',
			unit: 'years'
		},
		contributionMonths: {
			what: 'the number of months with unemployment contributions',
			label: 'Months with unemployment contributions in the 16 months before the status',
			hint: 'In the 12 months before the status if you got it before 1 April 2017.',
			unit: 'months'
		},
		ownRequest: { label: 'Did your job end at your own request or because of a breach of discipline?' }
	},
	steps: {
		record: 'Insurance record of at least the required years?',
		recordDetail: 'Needed: {{need}} year; you have {{have}}.',
		contributions: 'Enough months of unemployment contributions?',
		contributionsDetail: 'Needed: {{need}} months in the last {{window}} months before the status; you have {{have}}.',
		contributionsExempt: 'Not required in your situation.',
		schedule: 'Paid for',
		scheduleDetail: 'Month by month, as a share of the granted benefit: {{shares}}.',
		ownRequest: 'Benefit starts (job ended at own request or for a breach)',
		ownRequestDetail: 'No earlier than {{months}} months after the status.',
		specialAmount: 'Granted benefit per month',
		specialAmountDetail: '{{share}} of {{times}} × the state social security benefit of {{vsnp}}.',
		rate: 'Benefit rate for your insurance record',
		rateDetail: 'Insurance record of {{years}} years.',
		grantedPerDay: 'Granted benefit per calendar day',
		grantedPerDayDetail: '{{rate}} of {{average}}.',
		applyBy: 'Apply to VSAA on',
		applyByDetail:
			'The benefit is granted from the day you apply, so apply on the day you get the status (both applications can be made together on the NVA portal).'
	},
	figures: {
		total: 'Unemployment benefit in total',
		firstMonth: 'First month',
		grantedPerMonth: 'Granted per month',
		rate: 'Rate',
		grantedPerDay: 'Granted per day',
		months: 'Paid for',
		start: 'From',
		end: 'Until',
		applyBy: 'Apply to VSAA on'
	},
	summary: {
		result: 'You can get {{total}} of unemployment benefit over {{months}} months, from {{from}} to {{to}}; {{first}} in the first month.',
		notEligible: 'You are not entitled to unemployment benefit.'
	},
	reasons: {
		record: 'You have {{have}} years of insurance record; at least {{need}} is needed.',
		contributions: 'You have {{have}} of the {{need}} months of unemployment contributions required in the last {{window}} months.'
	},
	timeline: {
		...sharedEn.timeline,
		month: 'Month {{n}}: {{share}} of the granted benefit',
		monthSpecial: 'Month {{n}}: {{share}} of the granted amount',
		monthN: 'Month {{n}}',
		perMonth: 'monthly amount'
	},
	notices: {
		seeWageTable: 'The table of your monthly wages shows which months were left out.'
	}
} satisfies Messages;

export default en;
