import type { Messages } from '$lib/engine/calculator';

const en = {
	title: 'Social contributions by payer category',
	question: 'How much are the social insurance contributions, and who pays them?',
	intro:
		'Work out the mandatory state social insurance contributions (VSAOI) on a given amount (the contribution object) on any date from 2016: the rate, the employer’s and the employee’s share, the amount, the annual maximum contribution object and the solidarity tax above it, and the minimum-contribution rules from July 2021.',
	notCovered:
		'The calculation does not cover: microenterprise tax, royalties, the start-up fixed payment, the taxi advance, the self-employed minimum contributions VSAA computes per quarter, or the exemptions from the employee minimum-contribution rule (pensioners, people with disabilities, pupils and students, and others). You can see your contributions on latvija.gov.lv (VSAA e-service); questions go to VID (phone 6712 0000) or VSAA (phone 8001 0021).',
	fields: {
		category: {
			label: 'Payer category',
			hint: 'The rate depends on the category.',
			options: {
				employee: { label: 'Employee insured for all types of social insurance' },
				'employee-pension-age': { label: 'Employee who has reached pension age or receives an old-age pension' },
				'employee-service-pension': { label: 'Employee receiving a service pension or a disabled person’s special state pension' },
				'employee-prisoner': { label: 'Employee working while serving a prison sentence' },
				'employee-prisoner-pension-age': { label: 'Employee of pension age working while serving a prison sentence' },
				'board-member': { label: 'Board member (special payer category)' },
				'board-member-pension-age': { label: 'Board member of pension age (special payer category)' },
				'self-employed': { label: 'Self-employed person' },
				'self-employed-pension-age': { label: 'Self-employed person of pension age' },
				'real-estate': { label: 'Person letting real estate or land' },
				'foreign-employer': { label: 'Foreign employee of a foreign employer' },
				'voluntary-pension': { label: 'Voluntary contributions — pension insurance only' },
				'voluntary-full': { label: 'Voluntary contributions — pension, disability, maternity and sickness insurance' }
			}
		},
		amount: {
			what: 'the contribution object',
			label: 'Contribution object',
			hint: 'The amount the contributions are calculated on, for example the gross salary. For the self-employed: the month’s income.',
			unit: '€'
		},
		period: {
			label: 'What period is the amount for?',
			options: { month: { label: 'A month' }, year: { label: 'A year' } }
		},
		earlier: {
			what: 'the contribution object earlier this year',
			label: 'Contribution object earlier this year',
			hint: 'Needed to tell whether the annual maximum has been reached. Leave it empty if you do not know.',
			unit: '€'
		},
		chosenObject: {
			what: 'the contribution object chosen by the self-employed person',
			label: 'Contribution object chosen by the self-employed person',
			hint: 'At least the minimum wage. Leave it empty and we use the minimum wage.',
			unit: '€'
		}
	},
	periods: { month: 'a month', year: 'a year' },
	steps: {
		rate: 'Contribution rate',
		rateSplit: '{{category}}: {{total}} in total — employer {{employer}}, employee {{employee}}.',
		rateSelf: '{{category}}: {{total}}, paid by the person.',
		rateNoSplit: '{{category}}: {{total}} in total. Our sources do not say how it is split between payers.',
		selfEmployedSplit: 'Self-employed object at the full rate',
		selfEmployedAbove:
			'Income {{income}} reaches the minimum wage {{minimumWage}}: the full rate on {{full}}, and {{pensionRate}} for pension insurance on the remaining {{rest}}.',
		selfEmployedBelow:
			'Income {{income}} is below the minimum wage {{minimumWage}}: no full rate, only {{pensionRate}} for pension insurance on all the income.',
		cap: 'Annual maximum contribution object',
		capMonth: 'Contributions are due on at most {{cap}} a year. {{earlier}} has been counted this year, so {{left}} is left.',
		capYear: 'Contributions are due on at most {{cap}} a year.',
		insuredObject: 'Amount the contributions are due on',
		insuredObjectCapped: '{{above}} is above the maximum object: the solidarity tax is paid on it instead.',
		insuredObjectAll: 'The whole amount is below the maximum object.',
		contributions: 'Contributions in total',
		multiply: '{{object}} × {{rate}} = {{amount}}.',
		employerPart: 'Employer’s share',
		employeePart: 'Employee’s share',
		pensionOnly: 'Pension-insurance contributions on the rest of the income',
		solidarityWithheld: 'Solidarity tax withheld during the year',
		solidarityFinal: 'Solidarity tax at the annual rate',
		solidarityFinalDetail: '{{object}} × {{rate}} = {{amount}}. The rest ({{refund}}) is refunded after the year ends.',
		employeeMinimum: 'Minimum contributions per employee per quarter',
		employeeMinimumDetail:
			'Contributions are due on at least the minimum wage: {{minimumWage}} × {{months}} = {{object}} a quarter; {{object}} × {{rate}} = {{amount}}. If the quarter’s object is lower, VSAA computes the shortfall and the employer pays it (there are exemptions).',
		byType: 'Split of the rate by type of insurance',
		byTypeDetail: 'See the table.'
	},
	insuranceTypes: {
		pension: 'Pension insurance',
		unemployment: 'Unemployment insurance',
		workAccident: 'Insurance against accidents at work and occupational diseases',
		disability: 'Disability insurance',
		maternitySickness: 'Maternity and sickness insurance',
		parents: 'Parents’ insurance'
	},
	tables: {
		byType: { caption: 'Contributions by type of insurance', type: 'Type of insurance', rate: 'Rate', amount: 'Amount' }
	},
	figures: {
		totalRate: 'Total rate',
		employerRate: 'Employer’s rate',
		employeeRate: 'Employee’s rate',
		contributions: 'Contributions',
		employerPart: 'Employer’s share',
		employeePart: 'Employee’s share',
		pensionOnly: 'Pension contributions on the rest of the income',
		selfEmployedTotal: 'Self-employed contributions in total',
		aboveCap: 'Above the maximum object',
		solidarityWithheld: 'Solidarity tax (withheld)',
		solidarityFinal: 'Solidarity tax (final)',
		solidarityRefund: 'Difference refunded',
		quarterMinimumObject: 'Minimum object per quarter',
		quarterMinimumContributions: 'Minimum contributions per quarter'
	},
	notices: {
		chosenAdjusted: 'The chosen object was adjusted: it cannot be less than the minimum wage ({{minimumWage}}) or more than the income.',
		selfEmployedMinimum:
			'If a self-employed person’s quarterly income is below the minimum wage, VSAA may compute minimum contributions unless an income forecast was filed; they are not computed here.',
		selfEmployedBefore2021:
			'The self-employed minimum-object rules before 1 July 2021 are not modelled here: contributions are worked out on the whole amount.',
		voluntary:
			'Voluntary contributions are paid on an object the person chooses; the maximum object and the solidarity tax do not apply to them.',
		partsRounding: 'The employer’s and the employee’s shares are each rounded, so their sum can differ from the total by a cent.',
		solidarityNoRefund:
			'The rate applied during the year ({{rate}}) is not higher than the solidarity tax rate ({{flat}}), so nothing is refunded after the year ends: the tax withheld is the final tax (Solidarity Tax Law s.6.2(2)).',
		solidarityAtContributionRate: 'In this year the solidarity tax rate was the person’s contribution rate.'
	},
	summary: {
		plain: 'On {{object}} {{period}} the contributions are {{total}}.',
		withSolidarity:
			'On {{object}} {{period}} the contributions are {{total}}, and {{solidarity}} of solidarity tax is withheld during the year on the part above the maximum object.'
	},
	cannot: {
		rateNotSourced: 'No source gives this category’s rate for this date (table “{{table}}”, from {{since}}). Ask VID.'
	}
} satisfies Messages;

export default en;
