import type { Messages } from '$lib/engine/calculator';
import { sharedEn, sharedFieldsEn } from '$lib/benefits/messages.en';

const en = {
	...sharedEn,
	title: 'Sick pay and sickness benefit',
	question: 'How much will I get while I am ill or caring for a sick child?',
	intro:
		'Find out who pays for which days of your sick leave, how much the State Social Insurance Agency (VSAA) will pay, for how long, and by when to claim. You will need the dates of the sick leave and your average earnings.',
	notCovered:
		'Not covered: work accidents and occupational diseases, sick leave with breaks (the limit is 52 weeks in 3 years), a seriously ill child or a child with a fracture (longer periods), the self-employed (contributions by quarter) and the COVID-19 exceptions of 2020–2022. The employer\u2019s sick pay is a minimum; your contract may give more. VSAA decides: latvija.gov.lv or phone 8001 0021.',
	fields: {
		...sharedFieldsEn,
		case: {
			label: 'Who is ill?',
			options: { 'own-illness': { label: 'I am ill' }, 'sick-child': { label: 'I care for a sick child under 14' } }
		},
		firstDay: {
			what: 'the first day of the sick leave',
			label: 'First day of the sick leave',
			hint: 'The first day on the sick-leave certificate.'
		},
		lastDay: { what: 'the last day of the sick leave', label: 'Last day of the sick leave', hint: 'Actual or expected.' },
		childBirthDate: { what: 'the child’s date of birth', label: 'Child\u2019s date of birth' },
		hospital: { label: 'Was the child cared for in hospital for part of the time?' },
		extended: {
			label: 'Has the medical commission (VDEĀVK) extended your sick leave beyond 26 weeks?',
			hint: 'Only for long illnesses.'
		},
		insured: { label: 'Were you an employee or self-employed when the sick leave began?' },
		dailyEarnings: {
			what: 'your average earnings per working day',
			label: 'Your average earnings per working day',
			hint: 'The average your employer uses for holiday pay (vidējā izpeļņa). Leave empty if you do not know; we then work out only the VSAA part.',
			unit: '€'
		}
	},
	errors: {
		lastBeforeFirst: 'The last day must be the same as or after the first day',
		childBornAfter: 'The child\u2019s date of birth must be before the first day of the sick leave',
		months24BelowMonths6: 'The months in the last 24 cannot be fewer than the months in the last 6'
	},
	values: { dayN: 'from day {{n}}' },
	steps: {
		case: 'Your situation',
		childAge: 'Age of the child on the first day',
		childAgeDetail: 'The benefit is paid for a child who is not yet {{limit}}.',
		agencyFirstDay: 'VSAA pays the sickness benefit',
		agencyFirstDayDetail:
			'For sick leave starting on {{first}}. Day 1 is not paid; the employer pays days 2 to {{employerLast}} (sheet A).',
		maxDuration: 'VSAA pays at the longest until',
		maxDurationDetail: 'At most {{weeks}} weeks of continuous sick leave.',
		maxDurationExtended: 'At most {{weeks}} weeks, as extended by the medical commission.',
		childMaxDuration: 'The benefit is paid at the longest until',
		childHome: 'Up to day {{days}} when the child is cared for at home.',
		childHospital: 'Up to day {{days}} when the child was also cared for in hospital.',
		employerDaily: 'Employer\u2019s sick pay per working day, days {{from}}–{{to}}',
		employerDailyDetail: 'At least {{rate}} of your average earnings of {{earnings}} per day.',
		benefitPerDay: 'Sickness benefit per calendar day',
		benefitPerDayDetail: '{{rate}} of {{average}}.'
	},
	figures: {
		agencyTotal: 'Sickness benefit from VSAA',
		agencyDays: 'Days paid by VSAA',
		benefitPerDay: 'Benefit per day',
		agencyFrom: 'VSAA pays from',
		agencyTo: 'VSAA pays until',
		employerTotal: 'Employer\u2019s sick pay (at least)',
		total: 'Total calculated',
		claimDeadline: 'Claim by'
	},
	summary: {
		result: 'VSAA will pay you {{total}} of sickness benefit for {{days}} days, from {{from}} to {{to}}.',
		employerOnly: 'Your sick leave ends before VSAA starts paying ({{from}}); only the employer pays sick pay.',
		notEligible: 'You are not entitled to sickness benefit for this sick leave.'
	},
	reasons: {
		notInsured: 'Sickness benefit is paid to employees and the self-employed who lose income because of the illness.',
		childTooOld: 'The child was {{age}} on the first day; the benefit is paid for a child under {{limit}}.'
	},
	timeline: {
		...sharedEn.timeline,
		day1: 'Day 1 — not paid',
		employer: 'Employer\u2019s sick pay (sheet A), days {{fromDay}}–{{toDay}}, {{rate}}',
		agency: 'VSAA sickness benefit (sheet B), {{rate}}'
	},
	notices: {
		weekdaysAssumed:
			'The employer pays for the days you would have worked; we assumed Monday to Friday and did not subtract public holidays.',
		employerNotComputed: 'The employer\u2019s sick pay was not calculated because you did not give your average earnings per working day.',
		beyondMaximum:
			'Sickness benefit is not paid after {{end}} ({{unpaid}} days of your sick leave) unless the medical commission extends it.'
	}
} satisfies Messages;

export default en;
