import type { Messages } from '$lib/engine/calculator';
import { sharedEn } from '$lib/state-benefits/messages';
import type lv from './messages.lv';

const en: typeof lv = {
	...sharedEn,
	title: 'Childcare benefit',
	question: 'How much childcare benefit will I get, for how long, and by when must I claim it?',
	intro:
		'Work out the state childcare benefit month by month — also for twins and triplets and with the 2026 changes. You need the child’s date of birth and, if maternity benefit was paid, its last day. We treat the date you calculate for as the day you claim.',
	notCovered:
		'The calculator does not work out the parental benefit (it depends on your pay), the maternity benefit, or municipal benefits. For your own case ask VSAA (phone 8001 0021) or claim on latvija.gov.lv.',
	fields: {
		birthDate: {
			what: 'the child’s date of birth',
			label: 'Child’s date of birth',
			hint: 'If the child is not born yet, enter the expected date.'
		},
		children: {
			what: 'the number of children born at this birth',
			label: 'How many children were born at this birth?',
			hint: 'Twins — 2. Empty means 1.',
			unit: 'children'
		},
		maternityEnd: {
			what: 'the last day of the maternity benefit',
			label: 'Last day of the maternity benefit (if it was paid)',
			hint: 'The date on sick-leave certificate B. The childcare benefit is not paid for that time. If no maternity benefit was paid, leave it empty.'
		},
		resident: { label: 'Do you and the child live permanently in Latvia and have a Latvian personal code?' }
	},
	errors: {
		maternityBeforeBirth: 'The last day of the maternity benefit cannot be before the child’s date of birth',
		maternityTooLate: 'The maternity benefit after a birth lasts a few months; check the date (it must be before {{max}})'
	},
	steps: {
		start: 'Right to the benefit from',
		startAtBirth: 'From the child’s day of birth, because no maternity benefit was paid.',
		startAfterMaternity: 'The day after the maternity benefit ended ({{end}}).',
		rateUnder: 'Benefit per month until the age of one and a half ({{date}})',
		rateOver: 'Benefit per month from one and a half to two ({{date}})',
		rateOverNone: 'For children born after {{cutoff}} this part is not paid.',
		multiples: 'Benefit with the supplement for each further child of the same birth ({{further}} more)',
		claimDeadline: 'Claim by',
		claimDeadlineDetail: '{{months}} from the day the right arises.',
		payable: 'Payable if you claim now (from {{from}})'
	},
	figures: {
		monthly: 'Per month at first',
		start: 'From',
		end: 'Until',
		total: 'Total',
		claimDeadline: 'Claim by',
		payableFrom: 'Paid from',
		payableTotal: 'Payable in total'
	},
	summary: {
		result: 'You are entitled to {{monthly}} a month from {{start}} until {{end}}, {{total}} in all.',
		late: 'If you claim on {{claim}}, you will get {{payable}}: the benefit is granted only from {{from}}. In all, {{total}} was due.',
		notEligible: 'From what you entered, the childcare benefit will not be paid to you.'
	},
	reasons: {
		resident: 'The benefit is paid only to people who live permanently in Latvia and who (and whose child) have a personal code.',
		noPeriod: 'From {{start}} there are no more days for which the benefit is due.',
		late: 'The benefit had to be claimed by {{deadline}}. Claimed later, it is paid only for the last months before the claim, but the right ended on {{end}}.'
	},
	notices: {
		arrears: 'The childcare benefit is paid for the previous month: for example, January’s benefit arrives in February.'
	}
} satisfies Messages;

export default en;
