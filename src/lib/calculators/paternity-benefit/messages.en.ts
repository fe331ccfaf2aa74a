import type { Messages } from '$lib/engine/calculator';
import { sharedEn, sharedFieldsEn } from '$lib/benefits/messages.en';

const en = {
	...sharedEn,
	title: 'Paternity benefit',
	question: 'How much paternity benefit will I get for the leave after my child\u2019s birth?',
	intro:
		'Find out how much the State Social Insurance Agency (VSAA) pays for the father\u2019s leave after a child is born, until when the leave must be used and by when to claim. You will need the child\u2019s date of birth, the first day of your leave and your average earnings.',
	notCovered:
		'Not covered: adoption, the self-employed (contributions by quarter), several employers granting the leave for different days, and public holidays inside the leave. Since 2022 the leave may also be taken by a person the mother names if paternity is not established. VSAA decides: latvija.gov.lv or phone 8001 0021.',
	fields: {
		...sharedFieldsEn,
		birthDate: { what: 'the child’s date of birth', label: 'Child\u2019s date of birth' },
		leaveStart: {
			what: 'the first day of your leave',
			label: 'First day of your leave',
			hint: 'The leave your employer granted because of the birth.'
		},
		insured: { label: 'Are you an employee or self-employed?' }
	},
	errors: {
		leaveBeforeBirth: 'The leave cannot start before the child is born',
		months24BelowMonths6: 'The months in the last 24 cannot be fewer than the months in the last 6'
	},
	values: {
		calendarDays_zero: '{{count}} calendar days',
		calendarDays_one: '{{count}} calendar day',
		calendarDays_other: '{{count}} calendar days',
		workingDays_zero: '{{count}} working days',
		workingDays_one: '{{count}} working day',
		workingDays_other: '{{count}} working days'
	},
	steps: {
		leaveRule: 'Leave paid for a child born on this date',
		leaveRuleDetail: 'For a child born on {{birth}} the leave must be used within {{window}}, by {{end}}.',
		benefitPerDay: 'Paternity benefit per calendar day',
		benefitPerWorkingDay: 'Paternity benefit per working day',
		benefitPerDayDetail: '{{rate}} of {{average}}.'
	},
	figures: {
		total: 'Paternity benefit',
		benefitPerDay: 'Benefit per day',
		paidDays: 'Days paid',
		leaveStart: 'Leave from',
		leaveEnd: 'Leave until',
		latestDay: 'Leave must be used by',
		claimDeadline: 'Claim by'
	},
	summary: {
		resultCalendar: 'You can get {{total}} of paternity benefit for {{count}} calendar days, from {{from}} to {{to}}.',
		resultWorking: 'You can get {{total}} of paternity benefit for {{count}} working days, from {{from}} to {{to}}.',
		notEligible: 'You are not entitled to paternity benefit for this leave.'
	},
	reasons: {
		notInsured: 'Paternity benefit is paid to employees and the self-employed.',
		tooLate: 'The leave must be used before the child is {{window}} months old, by {{end}}.'
	},
	timeline: { ...sharedEn.timeline, paternity: 'Paternity benefit, {{rate}}' },
	notices: {
		partlyLate: '{{unpaid}} days of your leave fall after {{end}}, when the child is too old; they are not paid.',
		weekdaysAssumed:
			'We counted Monday to Friday as working days and did not subtract public holidays; if a holiday falls inside your leave, it ends later.'
	}
} satisfies Messages;

export default en;
