/**
 * English strings every benefit calculator shares (average wage, contribution condition, claim
 * deadline, timeline). Spread into each calculator's messages; same keys as messages.lv.ts.
 */
export const sharedFieldsEn = {
	wageMode: {
		label: 'How do you want to give your earnings?',
		options: {
			monthly: { label: 'One average monthly amount', hint: 'Your average gross monthly pay from which social contributions were paid.' },
			list: { label: 'The 12 monthly amounts', hint: 'We will work out the average as VSAA does.' }
		}
	},
	averageWage: {
		what: 'the average monthly contribution wage',
		label: 'Average monthly contribution wage',
		hint: 'Gross pay before taxes from which social contributions were paid, on average per month over the 12 months that end two months before the month of the event. You can see it on latvija.gov.lv (VSAA e-service on contributions).',
		unit: '€'
	},
	monthlyWages: {
		what: 'the contribution wages of the 12 months',
		label: 'Contribution wage for each of the 12 months',
		hint: 'Oldest month first, one amount per line. The result shows which months these are. Enter 0 for a month without pay.'
	},
	months6: {
		what: 'the number of months with contributions in the last 6 months',
		label: 'In how many of the last 6 months were social contributions paid for you?',
		hint: 'Count the 6 calendar months before the month of the event.',
		unit: 'months'
	},
	months24: {
		what: 'the number of months with contributions in the last 24 months',
		label: 'And in how many of the last 24 months?',
		hint: 'Count the 24 calendar months before the month of the event.',
		unit: 'months'
	}
};

export const sharedEn = {
	wage: {
		values: { period: '{{from}} – {{to}}' },
		figureFrom: 'Average wage taken from the month of',
		figureTo: 'to the month of',
		steps: {
			referencePeriod: 'Months your average wage is taken from',
			referencePeriodDetail: 'The {{length}} calendar months ending {{gap}} months before the month of {{event}} ({{days}}).',
			average: 'Your average monthly contribution wage',
			averageEntered: 'You entered {{monthly}} per month; over {{length}} months that is {{sum}}.',
			averageFromList: 'Sum of the {{count}} months you entered: {{sum}}.',
			averageExcluded:
				'The lowest month ({{lowMonth}}, {{low}}) and the highest month ({{highMonth}}, {{high}}) are left out; the other {{keptMonths}} months add up to {{kept}}, which counts as {{sum}} for {{scaled}} months.',
			daily: 'Average contribution wage per calendar day',
			dailyDetail: '{{sum}} divided by {{days}}.',
			workingDay: 'Average contribution wage per working day',
			workingDayDetail: '{{sum}} divided by {{weekdays}} Mondays to Fridays in the period.'
		},
		table: { caption: 'Your contribution wages by month', month: 'Month', amount: 'Contribution wage', used: 'Used in the average' },
		notices: {
			zeroMonths:
				'You entered 0 for some months. If you had no pay in those months because of sick leave (sheet B), maternity, paternity or childcare leave, the law leaves those days out of the average, so your benefit may be higher. VSAA will calculate it from its records.',
			monthlyNoExclusion:
				'For unemployment benefit VSAA leaves out the month with the lowest and the month with the highest pay. With one average amount we cannot do that; enter the 12 monthly amounts for a closer estimate.'
		}
	},
	deceasedWage: {
		steps: { average: 'Average monthly contribution wage of the deceased' }
	},
	condition: {
		step: 'Have enough contributions been paid?',
		detail:
			'Needed: at least {{need6}} months of contributions in the last {{window6}} months ({{have6}} entered) or at least {{need24}} in the last {{window24}} months ({{have24}} entered).',
		reasonShort: 'You have {{have}} of the {{need}} months of contributions required in the last {{window}} months.',
		reasonLong: 'You have {{have}} of the {{need}} months of contributions required in the last {{window}} months.'
	},
	claim: {
		step: 'Claim the benefit by',
		detail: 'Within {{months}} months from {{from}}.',
		passed: 'The claim deadline ({{deadline}}) was before the date you calculate for ({{asOf}}). Ask VSAA whether you can still claim.'
	},
	timeline: {
		caption: 'Payment timeline',
		chart: 'Amount paid per period',
		bar: '{{from}} – {{to}}',
		month: '{{month}}',
		columns: { from: 'From', to: 'To', what: 'What is paid', days: 'Days', perDay: 'Per day', amount: 'Amount' },
		calendarDays_zero: '{{count}} calendar days',
		calendarDays_one: '{{count}} calendar day',
		calendarDays_other: '{{count}} calendar days',
		workingDays_zero: '{{count}} working days',
		workingDays_one: '{{count}} working day',
		workingDays_other: '{{count}} working days',
		notComputed: 'not calculated',
		oneOff: 'one-off payment',
		notApplicable: '—'
	}
};
