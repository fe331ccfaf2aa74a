import type { Messages } from '$lib/engine/calculator';
import { sharedEn } from '$lib/state-benefits/messages';
import type lv from './messages.lv';

const afterOptions = {
	none: { label: 'Does not study, or is married' },
	school: { label: 'Studies at a general or vocational school' },
	higher: { label: 'Studies full-time at a college or university', hint: 'Counts from 2026.' },
	disabled: { label: 'Is a child with a disability', hint: 'From 2021 the benefit is paid whether or not the child studies.' }
};

const child = (n: number) => ({
	[`child${n}`]: { what: `the date of birth of child ${n}`, label: `Date of birth of child ${n}` },
	[`after${n}`]: { label: `Child ${n} after the age of 15 (from 2022: 16)`, options: afterOptions }
});

const en: typeof lv = {
	...sharedEn,
	title: 'Family state benefit',
	question: 'How much family state benefit will I get, and for how long?',
	intro:
		'Work out the family state benefit for your children month by month until the age limit — under the 2016–2021 rules (by the child’s place in the birth order, with a supplement from March 2018) or after the 2022 reform (by the number of children). Enter the dates of birth of all your children, adults too — until 2021 the amount depended on the child’s place in the birth order.',
	notCovered:
		'The calculator does not work out the supplement for a child with a disability (another calculator does), the one-off Covid-19 and energy supports, or municipal benefits. It assumes that a child who studies goes on studying until the age limit and does not marry. For your own case ask VSAA (phone 8001 0021).',
	fields: {
		children: {
			what: 'the number of your children',
			label: 'How many children do you have?',
			hint: 'All children, adults too (at most 8).',
			unit: 'children'
		},
		...child(1),
		...child(2),
		...child(3),
		...child(4),
		...child(5),
		...child(6),
		...child(7),
		...child(8)
	},
	steps: {
		scheme: 'How the benefit is worked out',
		schemeBirthOrder: 'by the child’s place in the family’s birth order (and a supplement by the number of children)',
		schemeCount: 'by how many children you receive the benefit for',
		limits: 'The benefit is paid until the age of',
		limitsDetail: 'Paid from the age of {{from}}; if the child studies, until the age of {{study}}.',
		limitsDetailDisabled: 'Paid from the age of {{from}}; if the child studies or has a disability, until the age of {{study}}.',
		childOrder: 'Child {{n}} — number {{order}} in the family’s birth order',
		supplement: 'Supplement for {{children}}',
		perChild: 'Benefit for each child, when you receive it for {{children}}',
		monthlyNow: 'Benefit per month on {{date}}',
		claimDeadline: 'Claim the benefit for child {{n}} by',
		claimDeadlineDetail: '{{months}} from the child’s first birthday ({{birthday}}); claimed later, it is granted only 6 months back.'
	},
	figures: {
		monthlyNow: 'Per month now',
		eligibleNow: 'For',
		total: 'Total from {{from}}',
		until: 'Until',
		claimDeadline: 'Claim by'
	},
	children: {
		caption: 'Children on {{date}}',
		n: 'Child',
		born: 'Born',
		age: 'Age',
		paid: 'Benefit due'
	},
	summary: {
		now: 'You are entitled to {{monthly}} a month for {{children}}; {{total}} in all until {{until}}.',
		later: 'You will be entitled to the benefit from {{from}} until {{until}}, {{total}} in all.',
		notEligible: 'From what you entered, you are no longer entitled to the family state benefit.'
	},
	reasons: {
		overAge: 'Child {{n}} is {{age}} old; the benefit is paid until the child is {{limit}} old.',
		overAgeNotStudying:
			'Child {{n}} is {{age}} old; if the child does not study at a general or vocational school, the benefit is paid until the child is {{basic}} old.'
	},
	notices: {
		allChildren: 'Until 2021 the amount depended on the child’s place in the family’s birth order: enter all children, adults too.',
		higherFrom2026: 'Studies at a college or university count only from 1 January 2026.',
		higherApplication: 'For a child studying at a college or university an application must be made to VSAA.'
	}
} satisfies Messages;

export default en;
