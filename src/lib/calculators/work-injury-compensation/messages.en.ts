import type { Messages } from '$lib/engine/calculator';
import { sharedEn } from '$lib/benefits/messages.en';

const en = {
	claim: sharedEn.claim,
	timeline: {
		...sharedEn.timeline,
		captionYear: 'The first 12 months',
		loss: 'Compensation, {{rate}} of the average wage',
		survivors: 'Survivor\u2019s compensation for {{children}} children',
		monthN: 'Month {{n}}',
		perMonth: 'monthly amount'
	},
	title: 'Work-injury compensation and survivor\u2019s compensation',
	question: 'How much compensation is paid after a work accident or occupational disease?',
	intro:
		'Find out the monthly compensation the State Social Insurance Agency (VSAA) pays when a work accident or an occupational disease takes away at least 25 % of your capacity to work, or to the children of a person who died of it, and by when to claim. You will need the percentage set by the medical commission and the average wage.',
	notCovered:
		'Not covered: losses of 10–24 % (only treatment costs are reimbursed), compensation for other dependants (up to 25 %), children disabled since childhood, indexation after the grant, the supplement for additional expenses, and accidents before 1997. Since 2020 the compensation cannot be received together with a disability pension. VSAA decides: latvija.gov.lv or phone 8001 0021.',
	fields: {
		mode: {
			label: 'What do you want to work out?',
			options: {
				loss: { label: 'Compensation for my lost capacity to work' },
				survivors: { label: 'Compensation for the children of a person who died' }
			}
		},
		eventDate: {
			what: 'the date the loss of capacity was set, or the date of death',
			label: 'Date the loss of capacity was set, or the date of death'
		},
		averageWage: {
			what: 'the average monthly contribution wage',
			label: 'Average monthly contribution wage',
			hint: 'The monthly average of the 36 months with the highest contribution wages in the 5 years before the accident or disease (of the person who died, for survivors).',
			unit: '€'
		},
		lossPercent: {
			what: 'the loss of capacity to work in per cent',
			label: 'Loss of capacity to work set by the medical commission (%)',
			hint: 'Whole percent, 0 to 100.'
		},
		disabilityGroup: {
			label: 'Your disability group',
			hint: 'From 2026 the compensation is at least the minimum disability pension of your group.',
			options: { none: { label: 'No disability group' }, I: { label: 'Group I' }, II: { label: 'Group II' }, III: { label: 'Group III' } }
		},
		children: {
			what: 'the number of children entitled',
			label: 'Number of children entitled',
			hint: 'Under 18, or under 24 in full-time education, or disabled before 18.',
			unit: 'children'
		},
		childrenUnder7: { what: 'the number of those children up to age 6', label: 'Of them, children up to age 6', unit: 'children' },
		orphan: { label: 'Have the children lost both parents?' }
	},
	errors: { tooManyYoung: 'The children up to age 6 cannot be more than all the children' },
	steps: {
		lossCheck: 'Is the loss of capacity large enough?',
		lossCheckDetail: 'At least {{need}} % is needed; {{have}} % entered.',
		rate: 'Compensation rate',
		rateDetail: 'For a loss of {{lost}} % (band from {{from}} %).',
		compensation: 'Compensation per month',
		compensationDetail: '{{rate}} of {{wage}}.',
		minimum: 'Compensation per month with the minimum',
		minimumDetail: 'Not less than the minimum disability pension of group {{group}}: {{base}} × {{coefficient}} = {{floor}}.',
		survivorRate: 'Survivor\u2019s compensation rate',
		survivorRateDetail: 'For {{children}} children.',
		survivorRateOrphan: 'For {{children}} children who have lost both parents.',
		survivorCompensation: 'Compensation for all children per month',
		perChild: 'Share per child',
		perChildDetail:
			'Split between {{children}} children; each child gets at least the minimum: {{under7}} up to age 6 ({{young}} children, {{perYoung}} each) and {{from7}} from age 7 ({{perOld}} each).',
		perChildNoMinimum: 'Split between {{children}} children.'
	},
	figures: { monthly: 'Per month', rate: 'Rate', total: 'In the first 12 months', claimDeadline: 'Claim by' },
	summary: {
		loss: 'For a loss of {{lost}} % of your capacity to work you can get {{monthly}} a month ({{rate}} of your average wage).',
		survivors: 'The {{children}} children can get {{monthly}} a month together.',
		notEligible: 'Compensation is not paid for this loss of capacity.',
		notEligibleSurvivors: 'No survivor\u2019s compensation is calculated.'
	},
	reasons: {
		lossTooLow: 'You lost {{have}} % of your capacity to work; compensation is paid from {{need}} %.',
		noChildren: 'Enter the number of children who are entitled.'
	},
	notices: {
		noGroup:
			'If you have a disability group, the compensation is at least the minimum disability pension of that group; choose your group.',
		asGranted: 'The amount is the one granted on the date you entered; later indexation and changes of minimums are not shown.',
		minimumUnknown: 'The minimum per child for this date is not known to us; the amount may be higher.'
	}
} satisfies Messages;

export default en;
