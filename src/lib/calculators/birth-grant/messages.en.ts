import type { Messages } from '$lib/engine/calculator';
import { sharedEn } from '$lib/state-benefits/messages';
import type lv from './messages.lv';

const en: typeof lv = {
	...sharedEn,
	title: 'Birth grant',
	question: 'Can I get the birth grant, how much is it and by when must I claim it?',
	intro:
		'Find out the amount of the one-off state birth grant and the period in which you must claim it from the State Social Insurance Agency (VSAA). You need the child’s date of birth (a guardian also the date guardianship was established). We treat the date you calculate for as the day you claim.',
	notCovered:
		'The calculator does not cover municipal birth grants, the maternity, paternity or parental benefit, or adoption payments. For your own case ask VSAA (phone 8001 0021) or claim on latvija.gov.lv.',
	fields: {
		event: {
			label: 'Why are you claiming the grant?',
			options: {
				birth: { label: 'A child was born', hint: 'One of the parents receives the grant.' },
				guardianship: { label: 'I became the child’s guardian', hint: 'If the child was taken into guardianship before turning one.' }
			}
		},
		birthDate: {
			what: 'the child’s date of birth',
			label: 'Child’s date of birth',
			hint: 'If the child is not born yet, enter the expected date.'
		},
		guardianshipDate: {
			what: 'the date guardianship was established',
			label: 'Date guardianship was established',
			hint: 'The date in the orphan’s court decision.'
		},
		children: {
			what: 'the number of children born',
			label: 'How many children were born?',
			hint: 'Twins — 2. The grant is paid for each child. Empty means 1.',
			unit: 'children'
		},
		resident: {
			label: 'Do you and the child live permanently in Latvia and have a Latvian personal code?',
			hint: 'The grant is not paid to holders of a temporary residence permit.'
		}
	},
	errors: {
		guardianshipBeforeBirth: 'The guardianship date cannot be before the child’s date of birth'
	},
	steps: {
		guardianshipAge: 'Child’s age on the day guardianship was established',
		guardianshipAgeDetail: 'A guardian is entitled if the child was taken into guardianship before reaching {{limit}}.',
		rightDate: 'Day the right to the grant arises',
		rightDateBirth: 'The child’s day of life number {{day}} (the day of birth, {{birth}}, is day 1).',
		rightDateGuardianship: 'The day guardianship was established.',
		amount: 'Grant per child in force on {{date}}',
		total: 'Grant in total',
		totalDetail: '{{amount}} × {{children}}.',
		deadline: 'Claim by',
		deadlineDetail: 'The period is {{months}}, counted from {{from}}'
	},
	figures: {
		amount: 'Per child',
		total: 'Total',
		rightFrom: 'Can be claimed from',
		claimDeadline: 'Must be claimed by'
	},
	summary: {
		future: 'You will be entitled to {{total}}. You can claim it from {{from}} until {{until}}.',
		now: 'You are entitled to {{total}}. Claim it from VSAA by {{until}}.',
		notEligible: 'From what you entered, you are not entitled to the birth grant.'
	},
	reasons: {
		resident: 'The grant is paid only to people who live permanently in Latvia and who (and whose child) have a personal code.',
		guardianshipAge:
			'On the day guardianship was established the child was {{age}} old, but the grant is paid only if the child was taken into guardianship before reaching {{limit}} ({{date}}).',
		late: 'The grant had to be claimed by {{deadline}}; your date is {{days}} later. A grant claimed late is not paid.'
	},
	notices: {
		safeDeadline: 'The Welfare Ministry counts the period from the day of birth — it is safer to claim by {{date}}.'
	}
} satisfies Messages;

export default en;
