import type { Messages } from '$lib/engine/calculator';

const en = {
	title: 'Annual tax-free minimum and refund',
	question: 'What was my annual non-taxable minimum, and how much tax can I get back?',
	intro:
		'From 2016 to 2024 the non-taxable minimum depended on the year’s income: the lower the income, the larger the minimum. During the year the employer applied a smaller or forecast amount; VID works out the exact annual amount in the annual income declaration. Enter the year, your annual income (gross) and the non-taxable minimum your employer applied — we work out the annual minimum and the approximate refund. The date to calculate for does not matter here.',
	notCovered:
		'The calculation does not cover: part of a year (months without income), income other than salary, deductible expenses (education, medical, donations), reliefs for dependants and other reliefs, or pensions. VID works out the exact amount when you file the annual income declaration in EDS (eds.vid.gov.lv); questions go to VID, phone 6712 0000.',
	fields: {
		year: { what: 'the tax year', label: 'Year', hint: 'The tax year, for example 2023' },
		income: {
			what: 'the annual income before taxes',
			label: 'Annual income (gross)',
			hint: 'All taxable income of the year before taxes, for example 12 × the monthly salary.',
			unit: '€'
		},
		incomeH1: {
			what: 'the income from 1 January to 30 June',
			label: 'Income from 1 January to 30 June (gross)',
			hint: 'In this year each half-year is worked out separately.',
			unit: '€'
		},
		incomeH2: { what: 'the income from 1 July to 31 December', label: 'Income from 1 July to 31 December (gross)', unit: '€' },
		applied: {
			what: 'the non-taxable minimum applied during the year',
			label: 'Non-taxable minimum applied during the year',
			hint: 'The total over all months applied by the employer (for example 12 × 75 = 900 in 2016). It is in your tax book or on your payslips.',
			unit: '€'
		},
		contributions: {
			what: 'the employee’s social insurance contributions for the year',
			label: 'Employee’s social insurance contributions for the year',
			hint: 'Leave it empty and we work them out at the general rate.',
			unit: '€'
		}
	},
	steps: {
		fixed: 'Non-taxable minimum in {{year}}',
		fixedDetail:
			'In this year the non-taxable minimum is fixed: {{monthly}} a month or {{annual}} a year, whatever the income. There is no annual differentiated minimum.',
		year: 'Annual differentiated non-taxable minimum',
		halfYear: 'Differentiated non-taxable minimum for half-year {{n}}',
		periodMax: 'Income {{income}} is not more than {{min}}, so the maximum of {{max}} applies.',
		periodFloor: 'Income {{income}} reaches or exceeds {{zero}}, so only {{floor}} applies.',
		periodFormula: '{{max}} − {{k}} × ({{income}} − {{min}}) = {{result}}.',
		annualNtm: 'Annual non-taxable minimum in total',
		annualNtmSum: 'The sum of the two half-years.',
		difference: 'Unused non-taxable minimum',
		differenceDetail: '{{annual}} − {{applied}} = {{difference}}.',
		overApplied: 'Applied during the year above what is due',
		overAppliedDetail:
			'{{applied}} − {{annual}} = {{difference}}: the employer applied more non-taxable minimum during the year than is due for the year.',
		contributionsEstimated: 'Employee’s social insurance contributions (estimated)',
		contributionsEstimatedDetail: '{{income}} × {{rate}}.',
		contributionsGiven: 'Employee’s social insurance contributions (as entered)',
		baseApplied: 'Taxable income with the minimum applied during the year',
		baseAnnual: 'Taxable income with the annual differentiated minimum',
		baseDetail: '{{income}} − {{contributions}} − {{ntm}} = {{base}} (not below 0).',
		refund: 'Approximate tax refund',
		extraTax: 'Approximate extra tax to pay',
		refundDetail: 'Tax at the annual rates: {{taxApplied}} − {{taxAnnual}}.'
	},
	ranges: {
		all: 'all income',
		above: 'the part above {{from}}',
		upTo: 'up to {{upTo}}',
		between: 'from {{from}} to {{upTo}}'
	},
	tables: {
		annualBrackets: {
			caption: 'Annual tax by rate in {{year}}',
			range: 'Part of the income',
			rate: 'Rate',
			taxApplied: 'With the minimum applied',
			taxAnnual: 'With the annual minimum'
		}
	},
	figures: {
		fixedMonthly: 'Non-taxable minimum per month',
		fixedAnnual: 'Non-taxable minimum per year',
		annualNtm: 'Annual differentiated non-taxable minimum',
		applied: 'Applied during the year',
		difference: 'Difference',
		overApplied: 'Applied above what is due',
		refund: 'Approximate refund',
		extraTax: 'Approximate extra tax'
	},
	summary: {
		fixed: 'In {{year}} there is no differentiated minimum: everyone gets a fixed {{monthly}} a month ({{annual}} a year).',
		refund:
			'Your annual differentiated non-taxable minimum for {{year}} is {{annual}}; in the annual income declaration you can get back about {{refund}}.',
		extraTax:
			'Your annual differentiated non-taxable minimum for {{year}} is {{annual}}; more was applied during the year, so you will have to pay about {{tax}} with the declaration.',
		none: 'Your annual differentiated non-taxable minimum for {{year}} is {{annual}}; it was used exactly, so there is no refund.'
	},
	notices: {
		fixed:
			'If your employer did not apply the fixed minimum (for example because the tax book was not lodged), ask VID how it is taken into account in the annual declaration.',
		contributionsEstimated: 'The social insurance contributions are estimated at the general employee rate; enter yours if they differ.',
		otherIncome: 'This is an estimate: other income, reliefs and deductible expenses change the final amount.'
	},
	cannot: {
		income: 'Enter the annual income.',
		halfYearIncomes: 'For this year enter the income of each half-year separately.'
	}
} satisfies Messages;

export default en;
