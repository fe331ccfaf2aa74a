import type { Messages } from '$lib/engine/calculator';

const en = {
	title: 'Net and gross salary',
	question: 'How much will I take home, and what does it cost the employer?',
	intro:
		'Work out one month’s net pay from the gross salary, or the gross salary needed to take home a given net amount. The calculation uses the rules in force on the date you choose (from 2016): social insurance contributions, the non-taxable minimum, reliefs and personal income tax. You will need the salary and a few facts about your situation.',
	notCovered:
		'The calculator works out one month at one employer. It does not cover: income from several employers at once, the annual income declaration (the top annual rate, the additional rate, deductible expenses), reaching the maximum contribution object during the year, employees insured in another country (A1 certificate), microenterprise tax, royalties, the business risk state fee, sick pay or holiday pay. Your VID-forecast non-taxable minimum (2018–2024) and your tax book are in the VID Electronic Declaration System (eds.vid.gov.lv); questions go to VID (phone 6712 0000).',
	fields: {
		mode: {
			label: 'What do you want to work out?',
			options: {
				'gross-to-net': { label: 'Net pay from the gross salary' },
				'net-to-gross': { label: 'The gross salary for a given net pay' }
			}
		},
		amount: {
			what: 'the amount per month',
			label: 'Amount per month',
			hint: 'Gross = before taxes, as in the employment contract. To work out the gross salary, enter the net pay you want to take home.',
			unit: '€'
		},
		category: {
			label: 'The employee’s social insurance status',
			hint: 'It decides the contribution rate. If you are not sure, choose the first one.',
			options: {
				employee: { label: 'Employee insured for all types of social insurance' },
				'employee-pension-age': { label: 'Employee who has reached pension age or receives an old-age pension' },
				'employee-service-pension': { label: 'Employee receiving a service pension or a disabled person’s special state pension' },
				'employee-prisoner': { label: 'Employee working while serving a prison sentence' },
				'employee-prisoner-pension-age': { label: 'Employee of pension age working while serving a prison sentence' }
			}
		},
		taxBook: {
			label: 'Is the tax book (algas nodokļa grāmatiņa) lodged with this employer?',
			hint: 'Only where the tax book is lodged are the non-taxable minimum and reliefs applied (and in 2018–2024 the lower rate).'
		},
		pension: {
			label: 'Does the employee receive a pension?',
			hint: 'A pensioner gets a different non-taxable minimum on the salary.'
		},
		dependants: {
			what: 'the number of dependants',
			label: 'Number of dependants',
			hint: 'How many dependants are registered in the tax book with this employer, for example children under 18.'
		},
		relief: {
			label: 'Additional relief',
			options: {
				none: { label: 'None' },
				'disability-1-2': { label: 'Disability group I or II' },
				'disability-3': { label: 'Disability group III' },
				repressed: { label: 'Politically repressed person or participant of the national resistance movement' }
			}
		},
		vidNtm: {
			what: 'the monthly non-taxable minimum forecast by VID',
			label: 'Monthly non-taxable minimum forecast by VID',
			hint: 'For 2018–2024 only. The amount is in your tax book in EDS. Leave it empty and we estimate it from this salary.',
			unit: '€'
		}
	},
	errors: {
		vidNtmAboveMax: 'In this period the VID-forecast non-taxable minimum cannot be more than {{max}} a month'
	},
	steps: {
		rates: 'Social insurance contribution rate for the employee',
		ratesDetail: '{{category}}: the employee pays {{employee}}, the employer {{employer}} ({{total}} in total).',
		employeeContributions: 'Employee’s social insurance contributions',
		employeeContributionsDetail: '{{gross}} × {{rate}} = {{amount}}.',
		ntm: 'Non-taxable minimum',
		ntmNoTaxBook: 'The tax book is not lodged with this employer, so no non-taxable minimum or relief is applied.',
		ntmPensionNone:
			'In months with a pension no non-taxable minimum is applied to the salary: the pensioners’ non-taxable minimum ({{pensionNtm}} a month) is applied to the pension.',
		ntmPensionShare:
			'The pensioners’ non-taxable minimum is {{pensionNtm}} a month; with the tax book at the employer, {{available}} of it is applied to the salary and the rest to the pension. Used: {{applied}}.',
		ntmMonthlyMinimum:
			'During the year the employer applies the minimum monthly non-taxable minimum of {{available}}. A larger annual differentiated minimum can be claimed in the annual income declaration. Used: {{applied}}.',
		ntmFixed: 'The non-taxable minimum is the same for everyone: {{available}} a month. Used: {{applied}}.',
		ntmVidGiven: 'Using the VID-forecast non-taxable minimum you entered, {{available}}. Used: {{applied}}.',
		ntmEstimateMax:
			'Estimated from this salary: {{gross}} is not more than {{min}}, so the maximum non-taxable minimum of {{max}} applies.',
		ntmEstimateZero: 'Estimated from this salary: {{gross}} reaches or exceeds {{zero}}, so the non-taxable minimum is 0.',
		ntmEstimateFormula:
			'Estimated from this salary with the period’s formula: {{max}} − {{k}} × ({{gross}} − {{min}}) = {{available}}. Used: {{applied}}.',
		dependants: 'Relief for dependants',
		dependantsDetail: '{{n}} × {{per}} = {{available}}.',
		relief: 'Additional relief',
		reliefDetail: '{{relief}}: {{available}} a month.',
		taxable: 'Taxable income',
		taxableDetail:
			'{{gross}} − {{contributions}} (contributions) − {{ntm}} (non-taxable minimum) − {{reliefs}} (reliefs) = {{taxable}} (not below 0).',
		bracket: 'Income tax at {{rate}} — {{range}}',
		bracketDetail: '{{base}} × {{rate}}.',
		incomeTax: 'Personal income tax',
		incomeTaxWithBook: 'The sum over the rates, rounded to the cent.',
		incomeTaxWithoutBook: 'Without a tax book, {{rate}} applies to all the taxable income.',
		net: 'Net pay',
		netDetail: '{{gross}} − {{contributions}} − {{tax}} = {{net}}.',
		employerContributions: 'Employer’s social insurance contributions',
		employerContributionsDetail: '{{gross}} × {{rate}} = {{amount}}.',
		employerCost: 'Total cost to the employer',
		employerCostDetail: '{{gross}} + {{employer}} = {{cost}}.',
		cap: 'Maximum contribution object per year',
		capDetail:
			'If this salary were paid all year, the maximum contribution object would be reached during the year. On income above it the solidarity tax is paid instead of contributions; during the year it is withheld at the same amount, so the monthly net pay does not change.',
		search: 'The gross salary found',
		searchOne: 'A gross salary of {{gross}} gives exactly {{net}} net.',
		searchSeveral: '{{n}} gross amounts from {{from}} to {{to}} give exactly {{net}} net (cents are rounded). The lowest is shown.',
		searchNone:
			'Because cents are rounded, no gross amount gives exactly {{net}} net. Shown is the lowest gross salary that gives more: {{aboveGross}} → {{aboveNet}}.'
	},
	brackets: {
		all: 'all taxable income',
		above: 'the part above {{from}}',
		upTo: 'up to {{upTo}}',
		between: 'from {{from}} to {{upTo}}'
	},
	ntmSources: {
		'no-tax-book': 'Not applied (no tax book)',
		pensionNone: 'Not applied (pension recipient)',
		pensionShare: 'Part of the pensioners’ non-taxable minimum',
		'monthly-minimum': 'Minimum monthly non-taxable minimum',
		'vid-given': 'The VID forecast you entered',
		'vid-estimated': 'Estimated from this salary',
		fixed: 'Fixed non-taxable minimum'
	},
	notices: {
		reliefsNotUsed:
			'Part of the non-taxable minimum or reliefs was not used this month because the income after contributions was smaller.',
		ntmEstimated:
			'The non-taxable minimum is an estimate: VID forecasts it from your income in an earlier period, not from this salary. The exact amount is in your tax book in EDS; enter it for an exact result.',
		vidNtmIgnored:
			'We did not use the VID-forecast non-taxable minimum you entered: it applies only in 2018–2024, where the tax book is with this employer and the employee receives no pension.',
		pensionNtm: 'The pensioners’ non-taxable minimum is applied to the pension paid by VSAA.',
		annualTopRate:
			'On annual income above {{threshold}} the rate of {{rate}} applies in the annual income declaration; monthly withholding does not include it.',
		surcharge: 'If the total annual income exceeds {{threshold}}, an additional {{rate}} is paid on the excess in the annual declaration.',
		cap: 'The calculation assumes that the maximum contribution object ({{cap}} a year) has not yet been reached this year.'
	},
	figures: {
		gross: 'Gross salary',
		employeeContributions: 'Employee’s contributions',
		ntmApplied: 'Non-taxable minimum applied',
		ntmSource: 'Non-taxable minimum used',
		reliefs: 'Reliefs',
		taxableIncome: 'Taxable income',
		incomeTax: 'Personal income tax',
		net: 'Net pay',
		employerContributions: 'Employer’s contributions',
		employerCost: 'Total cost to the employer',
		highestGrossSameNet: 'Highest gross salary with the same net pay',
		nearestBelowGross: 'Nearest lower gross salary',
		nearestBelowNet: 'Its net pay',
		nearestAboveGross: 'Nearest higher gross salary',
		nearestAboveNet: 'Its net pay'
	},
	tables: {
		brackets: { caption: 'Income tax by rate', range: 'Part of the income', rate: 'Rate', base: 'Amount', tax: 'Tax' }
	},
	charts: {
		whereGrossGoes: 'Where the gross salary of {{gross}} goes',
		net: 'Net pay',
		incomeTax: 'Income tax',
		employeeContributions: 'Employee’s contributions'
	},
	summary: {
		grossToNet: 'From a gross salary of {{gross}} you take home {{net}}; it costs the employer {{cost}}.',
		netToGross: 'To take home {{net}}, the gross salary must be {{gross}}; it costs the employer {{cost}}.',
		noExact: 'No gross salary gives exactly {{net}}: {{belowGross}} gives {{belowNet}} and {{aboveGross}} gives {{aboveNet}}.',
		noExactAbove: 'No gross salary gives exactly {{net}}; the nearest is {{aboveGross}}, which gives {{aboveNet}}.'
	},
	cannot: {
		rateNotSourced:
			'Our sources do not give the split of the contribution rate for this category (table “{{table}}”, from {{since}}). Ask VID.'
	}
} satisfies Messages;

export default en;
