import type { Messages } from '$lib/engine/calculator';
import { sharedEn } from '$lib/state-benefits/messages';
import type lv from './messages.lv';

const en: typeof lv = {
	...sharedEn,
	title: 'Minimum disability pension',
	question: 'What is the minimum disability pension for my disability group?',
	intro:
		'Find out the minimum disability pension by disability group and by whether the disability is since childhood, on any date since 2016. If you know your calculated pension, you will see whether it is raised to the minimum.',
	notCovered:
		'The calculator does not work out the disability pension itself from insurance contributions and record, the supplement for record before 1996, or indexation. Ask VSAA (phone 8001 0021).',
	fields: {
		group: {
			label: 'Disability group',
			options: { I: { label: 'Group I' }, II: { label: 'Group II' }, III: { label: 'Group III' } }
		},
		sinceChildhood: { label: 'Is the disability since childhood?' },
		pension: {
			what: 'your calculated disability pension',
			label: 'Your calculated disability pension (if you know it)',
			hint: 'The amount in the VSAA decision, euro per month. May be left empty.',
			unit: '€'
		}
	},
	steps: {
		base: 'Base of the minimum pension',
		baseChildhood: 'Base of the minimum pension for persons disabled since childhood',
		coefficient: 'Coefficient for group {{group}}',
		minimum: 'Minimum disability pension',
		minimumDetail: '{{base}} × {{coef}}.',
		paid: 'Pension paid',
		paidOwn: 'The calculated pension {{own}} is not below the minimum {{minimum}}.',
		paidMinimum: 'The calculated pension {{own}} is below the minimum, so {{minimum}} is paid.'
	},
	figures: {
		minimum: 'Minimum pension per month',
		paid: 'Paid per month',
		topUp: 'Raised to the minimum by'
	},
	groups: {
		caption: 'Minimum disability pension by group',
		group: 'Group',
		general: 'In general',
		childhood: 'Disability since childhood'
	},
	summary: {
		minimum: 'The minimum disability pension for group {{group}} is {{minimum}} a month.',
		own: 'Your pension of {{paid}} is above the minimum ({{minimum}}) and is paid as calculated.',
		raised: 'Your pension is raised to the minimum: {{paid}} a month ({{topUp}} more).'
	}
} satisfies Messages;

export default en;
