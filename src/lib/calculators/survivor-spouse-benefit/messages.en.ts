import type { Messages } from '$lib/engine/calculator';
import { sharedEn } from '$lib/benefits/messages.en';

const en = {
	claim: sharedEn.claim,
	timeline: { ...sharedEn.timeline, month: 'Month {{n}}: 50 % of the pension', monthN: 'Month {{n}}', perMonth: 'monthly amount' },
	title: 'Benefit for a pensioner\u2019s surviving spouse',
	question: 'What do I get when my spouse, who received a pension, dies?',
	intro:
		'Find out the benefit the State Social Insurance Agency (VSAA) pays to the surviving spouse of a pensioner, for how long, and by when to claim it. You will need the date of death and the deceased\u2019s monthly pension.',
	notCovered:
		'Not covered: the one-off benefit for the spouse of a service-pension recipient under special laws (police, prosecutors, judges and others), the survivor\u2019s pension for children, and the funeral benefit (a separate calculator). VSAA decides: latvija.gov.lv or phone 8001 0021.',
	fields: {
		deathDate: { what: 'the date of your spouse’s death', label: 'Date of death' },
		pension: {
			what: 'the deceased’s monthly pension',
			label: 'Monthly pension of the deceased',
			hint: 'Old-age, disability, survivor\u2019s or service pension, including the supplement for insurance record before 1996.',
			unit: '€'
		},
		married: { label: 'Were you married to the deceased on the day of death?', hint: 'Since 2024 also a registered partnership.' },
		spousePensioner: { label: 'Do you receive an old-age, disability, service or special state pension?' }
	},
	values: { monthly: '50 % of the pension for 12 months', 'one-off': 'One-off benefit of 2 months\u2019 pension' },
	steps: {
		rule: 'Benefit for a death on this date',
		perMonth: 'Benefit per month',
		perMonthDetail: '{{share}} of the pension of {{pension}}, for {{months}} months from the day of death.',
		oneOff: 'One-off benefit',
		oneOffDetail: '{{months}} × the pension of {{pension}}.'
	},
	figures: { total: 'Benefit in total', perMonth: 'Per month', months: 'Paid for', end: 'Until', claimDeadline: 'Claim by' },
	summary: {
		monthly: 'You can get {{perMonth}} a month for {{months}} months, {{total}} in total; claim it by {{deadline}}.',
		oneOff: 'You can get a one-off benefit of {{total}}; claim it by {{deadline}}.',
		notEligible: 'You are not entitled to this benefit.'
	},
	reasons: {
		notMarried: 'The benefit is for a spouse who was married to the pensioner on the day of death.',
		notPensioner: 'The benefit is for a surviving spouse who also receives a pension.'
	},
	notices: {
		lateClaim:
			'If you claim later than 6 months after the death, the benefit is paid from 6 months before your claim, and never beyond 12 months from the death.'
	}
} satisfies Messages;

export default en;
