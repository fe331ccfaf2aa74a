import type { Messages } from '$lib/engine/calculator';
import { sharedEn } from '$lib/state-benefits/messages';
import type lv from './messages.lv';

const en: typeof lv = {
	...sharedEn,
	title: 'Minimum child maintenance and the guardian’s benefit',
	question: 'How much is the minimum child maintenance, and the guardian’s benefit for the child’s maintenance?',
	intro:
		'Each parent must provide their child with at least the minimum maintenance — a share of the national minimum monthly wage that depends on the child’s age. A guardian receives a state benefit for each child under guardianship. Work out the amount month by month until the child turns 18.',
	notCovered:
		'The calculator does not work out maintenance set by a court, which can be higher, maintenance from the Maintenance Guarantee Fund, maintenance after 18 (for example while the child studies), or the guardian’s fee for performing the duties. About maintenance ask the Maintenance Guarantee Fund or a lawyer; about the guardian’s benefit ask VSAA (phone 8001 0021).',
	fields: {
		role: {
			label: 'What should we work out?',
			options: {
				parent: { label: 'The minimum maintenance each parent must provide' },
				guardian: { label: 'The guardian’s benefit for the child’s maintenance' }
			}
		},
		birthDate: { what: 'the child’s date of birth', label: 'Child’s date of birth' }
	},
	steps: {
		wage: 'National minimum monthly wage',
		share: 'Share for a child aged {{age}}',
		amount: 'Minimum maintenance per month',
		amountDetail: '{{wage}} × {{share}}.',
		guardianLinked: 'Guardian’s benefit per month (equal to the minimum maintenance)',
		guardianFixed: 'Guardian’s benefit per month for a child aged {{age}}'
	},
	figures: {
		monthlyNow: 'Per month now',
		total: 'Total from {{from}}',
		until: 'Until'
	},
	summary: {
		parent: 'The minimum maintenance is {{monthly}} a month; {{total}} in all until {{until}}.',
		guardian: 'The guardian’s benefit is {{monthly}} a month; {{total}} in all until {{until}}.',
		notEligible: 'The child has reached the age up to which this amount is set.'
	},
	reasons: {
		overAge: {
			parent:
				'The child is {{age}} old; the minimum maintenance is set until the age of {{limit}}. After that maintenance may be due while the child studies, but its amount is set by a court or by agreement.',
			guardian: 'The child is {{age}} old; the guardian’s benefit is paid until the age of {{limit}}.'
		}
	},
	notices: {
		guardianReduced:
			'If a survivor’s pension, the state social security benefit, maintenance from the Maintenance Guarantee Fund or the family state benefit is received for the child, the guardian’s benefit may be reduced by that sum (Welfare Ministry) — the calculator does not take this into account.'
	}
} satisfies Messages;

export default en;
