import type { Messages } from '$lib/engine/calculator';
import { sharedEn } from '$lib/state-benefits/messages';
import type lv from './messages.lv';

const en: typeof lv = {
	...sharedEn,
	title: 'Benefits for a child with a disability and for care',
	question:
		'Which benefit will I get for a child with a disability or for caring for a person with a disability, how much and for how long?',
	intro:
		'Work out the supplement to the family state benefit for a child with a disability, the care benefit for a child with a disability, or the benefit for a person with a disability who needs care. You need the date of birth and, if known, the date the disability was established.',
	notCovered:
		'The calculator does not decide whether a disability or a need for special care will be recognised — the State Medical Commission (VDEĀVK) does. It does not cover the disability pension, the transport allowance or assistant services. We know the 2023+ amount of the supplement for a child with a disability (160 euro) without the date it took effect, so we cannot answer for later dates. Ask VSAA (phone 8001 0021).',
	fields: {
		benefit: {
			label: 'Which benefit should we work out?',
			options: {
				'family-supplement': { label: 'Supplement to the family state benefit for a child with a disability' },
				'child-care': {
					label: 'Care benefit for a child with a disability',
					hint: 'If the commission found that the child needs special care because of severe functional impairment.'
				},
				'adult-care': {
					label: 'Benefit for a person with a disability who needs care',
					hint: 'After the age of 18, with the commission’s opinion that special care is needed.'
				}
			}
		},
		birthDate: {
			what: 'the date of birth of the child (person)',
			label: 'Date of birth of the child (person)'
		},
		disabilityFrom: {
			what: 'the date the disability was established',
			label: 'Date the disability was established (if known)',
			hint: 'The date in the commission’s decision. If empty, we count from the month you calculate for.'
		},
		sinceChildhood: { label: 'Is the disability caused by an illness since childhood?' }
	},
	errors: {
		disabilityBeforeBirth: 'The date of the disability cannot be before the date of birth'
	},
	steps: {
		amount: {
			'family-supplement': 'Supplement per month',
			'child-care': 'Care benefit for a child with a disability per month',
			'adult-care': 'Care benefit per month (in general)',
			adultChildhood: 'Care benefit per month (disability since childhood)'
		},
		ageLimit: 'Paid until the day before',
		ageLimitDetail: 'Until the age of {{limit}}.',
		adultDetail: 'In general {{general}}; where the disability is caused by an illness since childhood, {{childhood}}.',
		claimDeadline: 'Claim by',
		claimDeadlineDetail: '{{months}} from the day the disability was established ({{from}}).'
	},
	figures: {
		monthlyNow: 'Per month now',
		monthly: 'Per month',
		total: 'Total until the age limit',
		until: 'Until',
		claimDeadline: 'Claim by'
	},
	summary: {
		child: 'You are entitled to {{monthly}} a month until {{until}}, {{total}} in all.',
		childLater: 'The benefit will be due from {{from}} until {{until}}, {{total}} in all.',
		adult: 'The benefit is {{monthly}} a month for as long as the commission’s opinion on the need for care is valid.',
		notEligible: 'From what you entered, this benefit is not due.'
	},
	reasons: {
		overAge:
			'The child is {{age}} old; this benefit is paid until the age of {{limit}}. After that the benefit for a person with a disability who needs care may be due.',
		underAge:
			'The person is {{age}} old; this benefit is granted from the age of {{limit}} ({{from}}). Until then — the care benefit for a child with a disability.'
	},
	notices: {
		commission: 'The benefit is granted only with an opinion of the State Medical Commission (VDEĀVK).'
	}
} satisfies Messages;

export default en;
