import type { Messages } from '$lib/engine/calculator';

const en = {
	title: 'Pension after tax',
	question: 'How much of my pension will I get after income tax?',
	intro:
		'Find out how much personal income tax is withheld from the pension and how much is paid — a month and a year. You need the monthly pension (with the supplement, if any), where your tax book is lodged, and whether a relief applies to you.',
	notCovered:
		'The calculator does not work out the annual income tax return (the tax there may differ, for example when you also have a salary or other income), the relief for dependants, foreign pensions or pensions from private funds. Ask VSAA (phone 8001 0021) or VID.',
	fields: {
		pension: {
			what: 'your monthly pension',
			label: 'Pension a month (gross)',
			hint: 'The amount before tax, as in the VSAA decision or after the last indexation.',
			unit: '€'
		},
		supplement: {
			what: 'the supplement to your pension',
			label: 'Supplement for insurance record before 1996 (if any)',
			hint: 'The supplement is part of the taxable income. If you have none, leave it empty.',
			unit: '€'
		},
		taxBook: {
			label: 'Where is your tax book (algas nodokļa grāmatiņa) lodged?',
			options: {
				vsaa: { label: 'With VSAA (the pension payer)', hint: 'Usually, if you do not work or chose so.' },
				employer: {
					label: 'With my employer',
					hint: 'From 2025 the pensioners’ non-taxable minimum is then split between the pension and the salary.'
				},
				none: { label: 'Not lodged anywhere' }
			}
		},
		relief: {
			label: 'Do you get an additional relief?',
			options: {
				none: { label: 'No' },
				'disability-1-2': { label: 'Disability group I or II' },
				'disability-3': { label: 'Disability group III' },
				repressed: { label: 'Politically repressed person or participant in the national resistance movement' }
			}
		}
	},
	steps: {
		gross: 'Monthly pension before tax',
		grossWithSupplement: 'Monthly pension with the supplement before tax',
		grossDetail: 'Pension {{pension}} + supplement {{supplement}}.',
		ntm: 'Pensioners’ non-taxable minimum applied to the pension in {{month, loc}}',
		ntmDetail: 'The pensioners’ non-taxable minimum is {{monthly}} a month; no more than the pension is used.',
		ntmSplit:
			'The pensioners’ non-taxable minimum is {{monthly}} a month; as the tax book is with the employer, {{available}} applies to the pension and the rest to the salary.',
		relief: {
			applied: 'Additional relief',
			notHere: 'The additional relief is not applied to the pension: it applies where the tax book is lodged'
		},
		taxable: 'Taxable part',
		taxWithBook: 'Personal income tax (tax book with VSAA)',
		taxWithoutBook: 'Personal income tax (tax book not with VSAA)',
		taxDetail0: 'The taxable part is 0.',
		taxDetail1: '{{base1}} × {{rate1}}.',
		taxDetail2: '{{base1}} × {{rate1}} + {{base2}} × {{rate2}}.',
		net: 'Pension paid'
	},
	figures: {
		net: 'Paid a month',
		tax: 'Tax a month',
		annualNet: 'Paid in {{year}}',
		gross: 'Pension before tax',
		ntm: 'Non-taxable minimum',
		annualTax: 'Tax in {{year}}'
	},
	table: {
		caption: 'Pension by month in {{year}}',
		month: 'Month',
		gross: 'Pension, €',
		ntm: 'Non-taxable minimum, €',
		tax: 'Tax, €',
		net: 'Paid, €'
	},
	chart: { title: 'The monthly pension split', net: 'Paid', tax: 'Tax' },
	summary: {
		result: 'Of a pension of {{gross}} in {{month, loc}} you are paid {{net}}; the tax is {{tax}}.'
	},
	notices: {
		reliefElsewhere: 'The additional relief applies where the tax book is lodged; it is not applied to the pension here.',
		annualReturn: 'This is the tax withheld each month. In the annual income tax return, with all the year’s income, the tax may differ.'
	}
} satisfies Messages;

export default en;
