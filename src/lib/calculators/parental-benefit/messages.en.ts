import type { Messages } from '$lib/engine/calculator';
import { sharedEn, sharedFieldsEn } from '$lib/benefits/messages.en';

const en = {
	...sharedEn,
	title: 'Parental benefit',
	question: 'How much parental benefit will I get, and for how long?',
	intro:
		'Compare the shorter and the longer parental-benefit option for your child, see the amount month by month, what is paid if you work, and by when to claim. You will need the child\u2019s date of birth and your average earnings.',
	notCovered:
		'Not covered: the childcare benefit (a separate flat benefit), twins and multiple births, adoption, the self-employed (contributions by quarter), months of unpaid leave in the average, and the other parent\u2019s own amount. Once the option is chosen and the benefit granted, it cannot be changed for the same child. VSAA decides: latvija.gov.lv or phone 8001 0021.',
	fields: {
		...sharedFieldsEn,
		birthDate: { what: 'the child’s date of birth', label: 'Child\u2019s date of birth' },
		option: {
			label: 'Which option?',
			hint: 'For children born from 2023 the months are counted from the birth and include the maternity benefit period.',
			options: {
				shorter: { label: 'Shorter: to age 1 (born up to 2022) or 13 months (born from 2023), 60 %' },
				longer: { label: 'Longer: to age 1½ (born up to 2022) or 19 months (born from 2023), 43.75 %' }
			}
		},
		claimant: {
			label: 'Who will receive it?',
			options: {
				mother: { label: 'The mother, after her maternity benefit' },
				'other-parent': { label: 'The father or the other parent' }
			}
		},
		postnatal70: { label: 'Was the mother\u2019s post-natal leave 70 days (complications or twins)?' },
		startDate: {
			what: 'the date from which you want the benefit',
			label: 'From which date do you want the benefit?',
			hint: 'Leave empty: the day after the maternity leave for the mother, the birth date for the other parent.'
		},
		working: {
			label: 'Will you work or earn income as self-employed while receiving it?',
			hint: 'Then a smaller share is paid.'
		},
		insured: { label: 'Are you an employee or self-employed?' }
	},
	errors: {
		startBeforeBirth: 'The benefit cannot start before the child is born',
		months24BelowMonths6: 'The months in the last 24 cannot be fewer than the months in the last 6'
	},
	values: {
		range: '{{from}} – {{to}}',
		age: { shorter: 'To the child\u2019s 1st birthday, 60 %', longer: 'To age 1½, 43.75 %' },
		months: { shorter: '13 months (9 + 2 + 2), 60 %', longer: '19 months (15 + 2 + 2), 43.75 %' }
	},
	steps: {
		startAfterMaternity: 'The benefit starts after the maternity leave',
		startAfterMaternityDetail: 'The post-natal leave lasts {{days}} days from the birth.',
		startFromBirth: 'The benefit starts on the child\u2019s birth date',
		startEntered: 'The benefit starts on the date you chose',
		scheme: 'Option',
		schemeAge: 'For a child born on {{birth}} (up to 2022) the benefit is paid until a set age of the child.',
		schemeMonths:
			'For a child born on {{birth}} (from 2023) the benefit is a basic part plus each parent\u2019s 2 non-transferable months.',
		benefitPerDay: 'Parental benefit per calendar day',
		benefitPerDayDetail: '{{rate}} of {{average}}.',
		part: {
			age: 'Paid for',
			basic: 'Basic part',
			nonTransferable: 'Your 2 non-transferable months (assumed right after the basic part)'
		},
		nonTransferableDetail: 'Each parent can use their own 2 months at any time until the child is 8; the other parent cannot use them.',
		workingShare: 'Share paid while working, from {{since}}'
	},
	figures: {
		total: 'Parental benefit in total',
		benefitPerDay: 'Granted per day',
		firstMonthPerDay: 'Paid per day while working (first month)',
		paidDays: 'Days paid',
		start: 'From',
		end: 'Until',
		claimDeadline: 'Claim by',
		otherParentMonths: 'Non-transferable months for the other parent'
	},
	summary: {
		result: 'You can get {{total}} of parental benefit from {{from}} to {{to}} ({{perDay}}).',
		resultWorking:
			'While you work you can get {{total}} of parental benefit from {{from}} to {{to}} (granted {{perDay}}, of which a share is paid).',
		notEligible: 'You are not entitled to parental benefit for this period.'
	},
	reasons: {
		notInsured:
			'Parental benefit is paid to a parent who is an employee or self-employed (or a mother who received maternity benefit for the child).',
		periodOver: 'The period for this option ended on {{end}}.',
		tooOld: 'The non-transferable months can be used only until the child is 8 (until {{end}}).'
	},
	timeline: {
		...sharedEn.timeline,
		age: 'Parental benefit, {{rate}}',
		ageWorking: 'Parental benefit while working: {{share}} of the granted {{rate}}',
		basic: 'Basic part, {{rate}}',
		basicWorking: 'Basic part while working: {{share}} of the granted {{rate}}',
		nonTransferable: 'Non-transferable part, {{rate}}',
		nonTransferableWorking: 'Non-transferable part: not paid while working'
	},
	comparison: {
		caption: 'The options side by side',
		option: 'Option',
		rate: 'Rate',
		perDay: 'Per day',
		days: 'Days you are paid',
		onLeave: 'Total on childcare leave',
		working: 'Total while working',
		none: 'not available',
		unknown: 'rule not yet known'
	},
	notices: {
		motherAfterMaternity:
			'We assume the mother received maternity benefit for this child; then she can get parental benefit even if she is not employed.',
		nonTransferableNotWhileWorking:
			'The non-transferable months are paid only while you are on childcare leave and not earning self-employed income.',
		otherParent: 'The other parent has their own {{months}} non-transferable months, paid from their own average wage.'
	}
} satisfies Messages;

export default en;
