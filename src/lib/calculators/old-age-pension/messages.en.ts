import type { Messages } from '$lib/engine/calculator';

const en = {
	title: 'Old-age pension estimate',
	question: 'How much will my old-age pension be?',
	intro:
		'Estimate the state old-age pension with the formula of the law: the pension capital divided by G (the planned payment period in years) and by 12. Your date of birth and today’s salary are enough; it is more precise if you enter your contribution wages by year or the capital from your statement on latvija.gov.lv. For years still to come we use assumptions that you can see and change.',
	notCovered:
		'This is an estimate, not a VSAA decision. The calculator does not take into account work abroad, childcare and other periods for which the state pays contributions, the maximum contribution object, the return on second-pillar investments, service pensions or pensions on special terms. You can see your accumulated capital and the VSAA forecast on latvija.gov.lv (e-service “My pension capital”); ask VSAA (phone 8001 0021).',
	fields: {
		birthDate: { what: 'your date of birth', label: 'Date of birth' },
		route: {
			label: 'When do you want to retire?',
			options: {
				general: { label: 'At the general retirement age' },
				early: {
					label: 'Early (two years earlier)',
					hint: 'You need at least 30 years of record; half the pension is paid until the general age.'
				}
			}
		},
		mode: {
			label: 'What do you know about your contributions?',
			options: {
				salary: { label: 'My salary today', hint: 'We work out the wages of past and future years with the wage-growth assumption.' },
				wages: {
					label: 'My contribution wages by year',
					hint: 'From the VSAA statement on latvija.gov.lv: the yearly insurance contribution wages.'
				},
				capital: {
					label: 'My accumulated pension capital',
					hint: 'From your statement on latvija.gov.lv; we work out the rest from today’s salary.'
				}
			}
		},
		salary: {
			what: 'your gross monthly salary today',
			label: 'Gross salary a month today',
			hint: 'The amount before taxes. If you do not work, enter 0.',
			unit: '€'
		},
		startYear: {
			what: 'the year you started working (from 1996)',
			label: 'Year from which contributions were paid',
			hint: 'The first year with insurance contributions, not before 1996. If you enter the wages by year, the first amount is for this year.'
		},
		wages: {
			what: 'your yearly insurance contribution wages',
			label: 'Yearly insurance contribution wages, starting with the year above',
			hint: 'One amount a year, one per line. After the last amount we assume the wage growth.'
		},
		capital: {
			what: 'your accumulated pension capital',
			label: 'Accumulated pension capital (first pillar) at the end of last year',
			hint: 'The amount from your statement on latvija.gov.lv.',
			unit: '€'
		},
		growth: {
			what: 'the yearly wage growth in percent',
			label: 'Assumed wage growth a year',
			hint: 'If you leave it empty we use 5.1 % — the average growth of the capital index in 2009–2024. The future capital indices use the same growth.',
			unit: '%'
		},
		fundedMember: {
			label: 'Are you in the second pension pillar (the state funded pension scheme)?',
			hint: 'It is compulsory for those born after 1 July 1971. Then part of the contributions goes to the second pillar and the first-pillar capital is smaller.'
		},
		fundedCapital: {
			what: 'your second-pillar capital',
			label: 'Second-pillar capital you will add to the pension (if you want)',
			hint: 'At retirement it can be added to the first-pillar capital or used to buy a life annuity. We do not project its return.',
			unit: '€'
		},
		recordBefore1996: {
			what: 'your insurance record before 1996',
			label: 'Insurance record up to the end of 1995 (years)',
			hint: 'Full years; you can see it on latvija.gov.lv. If none, leave it empty.',
			unit: 'years'
		},
		wage1996to1999: {
			what: 'your average monthly contribution wage in 1996–1999',
			label: 'Average monthly insurance contribution wage in 1996–1999',
			hint: 'The sum of the four years’ contribution wages divided by 48 (also if you worked less). The amounts are on latvija.gov.lv. If you leave it empty we use those years’ wages from above.',
			unit: '€'
		},
		record: {
			what: 'your total insurance record in years',
			label: 'Total insurance record at retirement (years)',
			hint: 'Needed to check the minimum pension and early retirement. May be left empty.',
			unit: 'years'
		},
		g: {
			what: 'the value of G',
			label: 'G from the VSAA forecast (if you know it)',
			hint: 'If you leave it empty we use G by age from the table.'
		}
	},
	errors: {
		startYearFuture: 'The year from which contributions were paid cannot be later than {{year}}',
		wagesTooMany: 'Contribution wages can be entered from {{from}} to {{year}} — at most {{count}} amounts',
		wage1996Needed:
			'Enter your average monthly contribution wage in 1996–1999, for example 250: without it the initial capital cannot be worked out'
	},
	steps: {
		pensionDate: {
			general: 'You can get the pension from',
			early: 'You can get the early pension from'
		},
		pensionDateDetail: 'Date of birth {{birth}} + {{age}}.',
		assumptions: 'Assumed wage growth a year (and future capital index)',
		assumptionsDefault: 'You did not enter it, so we use the default. It is an assumption, not a figure of the law.',
		assumptionsGiven: 'The assumption you entered.',
		contributions: 'Contributions to the first-pillar pension capital in {{from}}–{{to}}',
		contributionsDetail: 'Contribution wage × rate for every month. Years worked out: {{estimated}}; years projected: {{projected}}.',
		contributionsFunded:
			'Contribution wage × the first-pillar rate for every month (part goes to the second pillar). Years worked out: {{estimated}}; years projected: {{projected}}.',
		actualised: 'Capital actualised to {{year}}',
		actualisedDetail:
			'Each year’s contributions are multiplied by the capital indices of the following years; the last two years’ contributions are not actualised.',
		actualisedProjected:
			'Each year’s contributions are multiplied by the capital indices of the following years; the last two years’ contributions are not actualised. The index of {{projected}} years is not yet determined — we assume {{index}} (projection).',
		statement: 'Capital from the statement (end of {{year}}), actualised',
		statementDetail: '{{capital}} × {{factor}} (the capital indices of the following years).',
		initialCapital: 'Initial capital for record before 1996',
		initialCapitalGiven:
			'The average wage of {{from}}–{{to}}, actualised: {{vi}} × record {{years}} × {{rate}} × 12. Each year’s wage is actualised and the sum divided by {{months}}.',
		initialCapitalWages:
			'From the wages of {{from}}–{{to}}: the sum, actualised and divided by {{months}}, is {{vi}}; {{vi}} × record {{years}} × {{rate}} × 12.',
		noInitialCapital: 'No initial capital: no insurance record up to the end of {{year}} was entered',
		funded: 'Second-pillar capital you add',
		totalCapital: 'Total pension capital',
		g: 'G — the planned payment period in years at the age of {{age}}',
		gUser: 'The value you entered.',
		gLatest: 'G for {{year}} is not in our data; we use the latest known value (from {{from}}). This is an assumption.',
		pension: 'Old-age pension a month',
		pensionProjected: 'Old-age pension a month (projection)',
		pensionDetail: '{{total}} / {{g}} / 12.',
		minimum: 'Minimum old-age pension with your record (your pension is higher)',
		minimumLifts: 'Minimum old-age pension with your record — your pension is raised to it',
		minimumBands: 'Base {{base}} × coefficient {{coef}}.',
		minimumLinear: 'Base {{base}} × {{coef}} + {{percent}} of the base × {{years}} above the threshold.',
		noSupplement: 'Supplement for record before 1996: not granted to pensions granted after {{until}}',
		earlyPaid: 'Paid until {{until}} (the general age)',
		earlyPaidDetail: '{{share}} of {{full}}; while you work the early pension is not paid.'
	},
	figures: {
		monthlyPension: 'Pension a month',
		monthlyPensionProjected: 'Pension a month (projection)',
		pensionDate: 'Pension from',
		totalCapital: 'Pension capital',
		g: 'G',
		initialCapital: 'Initial capital',
		minimum: 'Minimum pension',
		earlyPaid: 'Paid until the general age',
		fullPensionFrom: 'Full pension from'
	},
	comparison: {
		caption: 'If you retire later',
		chart: 'Pension a month by retirement date',
		when: 'When',
		date: 'Date',
		capital: 'Capital, €',
		g: 'G',
		pension: 'Pension a month, €',
		earliest: 'Earliest date',
		later1: 'One year later',
		later2: 'Two years later',
		later3: 'Three years later'
	},
	years: {
		caption: 'Pension capital by year, actualised to {{year}}',
		year: 'Year',
		wage: 'Contribution wage, €',
		basis: 'Based on',
		rate: 'Rate, %',
		contribution: 'Contributions, €',
		factor: 'Product of indices',
		actualised: 'Actualised, €',
		bases: {
			given: 'entered',
			estimated: 'worked out from today’s salary',
			projected: 'projection',
			indexProjected: 'entered; index projected'
		}
	},
	chart: {
		title: 'Accumulated pension capital by year (actualised to {{year}})',
		year: '{{year}}',
		date: '{{date}}'
	},
	summary: {
		result: 'Your old-age pension from {{date}} would be {{amount}} a month.',
		projected: 'By this projection your old-age pension from {{date}} would be about {{amount}} a month.'
	},
	notices: {
		projection:
			'This is a projection: the wages of future years, the capital indices not yet determined and G are assumptions (wage growth {{growth}} a year). The actual pension may differ.',
		gLatest:
			'G for {{year}} is not published yet or not known to us; we use {{value}} (from {{from}}). If you know G from the VSAA forecast, enter it.',
		minimumUnknown: 'The minimum pension rules for {{date}} are not known to us yet; we did not compare with the minimum pension.',
		recordNotGiven: 'You did not enter your total record, so we did not check the minimum pension.',
		earlyRecord:
			'Early retirement needs at least {{need}} of insurance record; with the record you entered you can retire only at the general age.',
		whereFrom:
			'For a more precise estimate use your own data on latvija.gov.lv: the contribution wages by year, the accumulated capital and the record before 1996.'
	},
	cannot: {
		beforeSchedule: 'You reached the retirement age before {{date}}, when other rules applied. Ask VSAA.',
		afterSchedule: 'The retirement age is in our data until {{date}}; you reach it later.',
		noG: 'We do not know G for the age of {{age}}. Enter G from the VSAA forecast.'
	}
} satisfies Messages;

export default en;
