import type { Messages } from '$lib/engine/calculator';
import { sharedEn, sharedFieldsEn } from '$lib/benefits/messages.en';

const en = {
	...sharedEn,
	title: 'Maternity benefit',
	question: 'How much maternity benefit will I get, and when?',
	intro:
		'Find out how much maternity benefit the State Social Insurance Agency (VSAA) pays for your pregnancy and post-natal leave, for which days, and by when to claim each part. You will need the expected date of birth and your average earnings.',
	notCovered:
		'Not covered: the self-employed (contributions by quarter), a child born before the pregnancy leave began (at least 112 days are paid), the benefit for the father or another person when the mother cannot care for the child, and adoption. VSAA decides: latvija.gov.lv or phone 8001 0021.',
	fields: {
		...sharedFieldsEn,
		dueDate: { what: 'the expected date of birth', label: 'Expected date of birth', hint: 'As your doctor set it.' },
		earlyRegistration: {
			label: 'Did you register with a doctor by the 12th week of pregnancy?',
			hint: 'Then the pregnancy leave is 70 days instead of 56.'
		},
		complications: {
			label: 'Complications in the birth or after it, or twins or more?',
			hint: 'Then the post-natal leave is 70 days instead of 56. Leave “No” if you do not know yet.'
		},
		insured: { label: 'Will you be an employee or self-employed on the first day of the leave?' },
		daysSinceStatusLost: {
			what: 'the number of days since your employment ended',
			label: 'How many days before the leave did your employment (or self-employment) end?',
			unit: 'days'
		},
		liquidation: { label: 'Did it end because the employer was liquidated?' }
	},
	steps: {
		prenatal: 'Pregnancy leave',
		prenatalDetail: 'From {{start}}, 56 days before the expected birth on {{due}}.',
		prenatalEarly: 'From {{start}}: 70 days before the expected birth on {{due}}, because you registered with a doctor by the 12th week.',
		postnatal: 'Post-natal leave',
		postnatalDetail: '56 days from the birth.',
		postnatalComplications: '70 days from the birth, because of complications or a multiple birth.',
		statusLost: 'Is the end of your employment close enough to the leave?',
		statusLostDetail: 'The benefit is paid if the status was lost at most {{grace}} days before the leave ({{lost}} days entered).',
		benefitPerDay: 'Maternity benefit per calendar day',
		benefitPerDayDetail: '{{rate}} of {{average}}.',
		claimPrenatal: 'Claim the first part by',
		claimPostnatal: 'Claim the second part by'
	},
	figures: {
		total: 'Maternity benefit in total',
		benefitPerDay: 'Benefit per day',
		totalDays: 'Days paid',
		leaveStart: 'Pregnancy leave from',
		leaveEnd: 'Post-natal leave until (if born on the expected date)',
		prenatalAmount: 'First part (pregnancy leave)',
		postnatalAmount: 'Second part (after the birth)',
		claimPrenatal: 'Claim the first part by',
		claimPostnatal: 'Claim the second part by (if born on the expected date)'
	},
	summary: {
		result:
			'You can get {{total}} of maternity benefit for {{days}} days: {{part1}} for the pregnancy leave from {{start}} and {{part2}} after the birth.',
		notEligible: 'You are not entitled to maternity benefit.'
	},
	reasons: {
		notInsured: 'Until 2019 the benefit was paid only to women who were employed or self-employed when the leave began ({{start}}).',
		statusLostTooEarly:
			'Your employment ended {{lost}} days before the leave; the benefit is paid if it ended at most {{grace}} days before.'
	},
	timeline: {
		...sharedEn.timeline,
		prenatal: 'Maternity benefit, first part (pregnancy leave)',
		postnatal: 'Maternity benefit, second part (post-natal leave)',
		prenatalBar: 'Pregnancy leave',
		postnatalBar: 'Post-natal leave'
	},
	notices: {
		birthDate:
			'The second part starts on the actual date of birth; we used the expected date. Nothing is deducted if the child is born earlier or later than expected.'
	}
} satisfies Messages;

export default en;
