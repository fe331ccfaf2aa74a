import type { Messages } from '$lib/engine/calculator';
import { sharedEn } from '$lib/state-benefits/messages';
import type lv from './messages.lv';

const en: typeof lv = {
	...sharedEn,
	title: 'State social security benefit',
	question: 'Can I get the state social security benefit, and how much is it?',
	intro:
		'The state social security benefit is paid to people with no right to a state pension: persons of pension age, persons with a disability and children who lost a provider. Work out its amount on any date since 2016.',
	notCovered:
		'The calculator does not work out state pensions (other calculators do), benefits for Chernobyl clean-up participants or the benefit for an assistant. It does not check residence and other conditions that VSAA assesses. Ask VSAA (phone 8001 0021).',
	fields: {
		category: {
			label: 'Who is the benefit for?',
			options: {
				'pension-age': {
					label: 'A person who has reached the retirement age',
					hint: 'Without an old-age pension, for example because of too short an insurance record.'
				},
				disability: { label: 'A person with a disability', hint: 'Over 18, with no right to a disability pension.' },
				survivor: { label: 'A child who lost a provider', hint: 'With no right to a survivor’s pension.' }
			}
		},
		hasPension: {
			label: 'Does this person have a right to a state pension or an insurance compensation?',
			hint: 'If so, the benefit is not paid.'
		},
		reachedPensionAge: { label: 'Has the person reached the retirement age?', hint: 'The “Retirement age” calculator tells you the age.' },
		birthDate: {
			what: 'the date of birth of the person who will get the benefit',
			label: 'Date of birth (of the person who will get the benefit)'
		},
		group: {
			label: 'Disability group',
			options: {
				I: { label: 'Group I' },
				II: { label: 'Group II' },
				III: { label: 'Group III' }
			}
		},
		sinceChildhood: { label: 'Is the disability since childhood?' },
		working: {
			label: 'Does the person work (as an employee or self-employed)?',
			hint: 'From 2021 the benefit for groups I and II is higher when the person does not work.'
		},
		study: {
			label: 'Does the child study?',
			options: {
				none: { label: 'Does not study', hint: 'The benefit until 18.' },
				school: { label: 'At a general or vocational school', hint: 'Until 20.' },
				higher: { label: 'At a university', hint: 'Until 24.' }
			}
		}
	},
	steps: {
		pensionAge: 'Benefit for a person of pension age per month',
		base: 'Benefit for a person with a disability (group III) per month',
		baseChildhood: 'Benefit for a person disabled since childhood (group III) per month',
		group: 'Benefit for group {{group}}',
		groupDetail: 'If working — {{working}}, if not working — {{notWorking}}.',
		working: 'Works',
		adult: 'The benefit for a person with a disability is granted from',
		under7: 'Benefit per month until the age of seven ({{date}})',
		from7: 'Benefit per month from the age of seven',
		survivorUntil: 'Paid until'
	},
	figures: {
		monthly: 'Per month',
		monthlyNow: 'Per month now',
		total: 'Total until the age limit',
		until: 'Until'
	},
	groups: {
		caption: '{{table}}: amounts on {{date}}',
		group: 'Group',
		working: 'If working',
		notWorking: 'If not working'
	},
	summary: {
		monthly: 'The benefit is {{monthly}} a month.',
		disability: 'The benefit for group {{group}} is {{monthly}} a month.',
		survivor: 'The benefit is {{monthly}} a month, {{total}} in all until {{until}}.',
		notEligible: 'From what you entered, the state social security benefit is not due.'
	},
	reasons: {
		hasPension: 'The benefit is paid only when there is no right to a state pension or an insurance compensation.',
		notPensionAge: 'For a person of pension age the benefit is granted only after reaching the retirement age.',
		underAge: 'The person is {{age}} old; for a person with a disability the benefit is granted from the age of {{limit}} ({{from}}).',
		survivorAge: 'The child is {{age}} old; the benefit was due until {{until}}.'
	},
	notices: {
		pensionAge: 'The “Retirement age” calculator works out the retirement age and the insurance record needed.',
		workingChanges: 'If the person starts or stops working, the amount of the benefit changes.'
	}
} satisfies Messages;

export default en;
