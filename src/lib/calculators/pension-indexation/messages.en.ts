import type { Messages } from '$lib/engine/calculator';

const en = {
	title: 'Pension indexation',
	question: 'How much is my pension after indexation?',
	intro:
		'Find out how a granted pension changed at each indexation (usually on 1 October) up to the date you choose, and how much the supplement for record before 1996 is. You need the pension, the date from which it has been paid at that amount, the kind of pension and, for an old-age pension, your insurance record.',
	notCovered:
		'The calculator does not work out the recalculation after you keep working, the raise to the minimum pension, the split of a survivor’s pension between several recipients, or foreign pensions. The supplement for pensions granted from 2012 is not included. You can see the exact amount on latvija.gov.lv, or ask VSAA (phone 8001 0021).',
	fields: {
		amount: {
			what: 'your monthly pension',
			label: 'Pension a month (without the supplement)',
			hint: 'The amount in the VSAA decision or after the last indexation, before tax.',
			unit: '€'
		},
		paidFrom: {
			what: 'the date from which the pension has been paid at this amount',
			label: 'Paid at this amount from',
			hint: 'The date of granting, or of the last indexation or recalculation, for example 01.10.2025.'
		},
		kind: {
			label: 'Kind of pension',
			options: {
				'old-age': { label: 'Old-age pension' },
				hazardous: {
					label: 'Old-age pension for work in hazardous and heavy conditions (List 1 or 2)',
					hint: 'From 2018 indexed with at least the index for 30–39 years of record.'
				},
				disability: { label: 'Disability pension' },
				survivor: { label: 'Survivor’s pension' },
				service: { label: 'Service pension' }
			}
		},
		record: {
			what: 'your insurance record in years',
			label: 'Insurance record (years)',
			hint: 'Full years, as in the VSAA decision. The index of an old-age pension depends on the record.',
			unit: 'years'
		},
		wholeGroup: {
			label: 'Is your whole pension indexed?',
			hint: 'For these groups the whole pension is indexed, not only the part up to the limit.',
			options: {
				none: { label: 'No' },
				repressed: { label: 'Politically repressed person' },
				'disability-group-1': { label: 'Person with group I disability' },
				chernobyl: { label: 'Participant in the clean-up of the Chernobyl accident' },
				'parents-early': {
					label: 'Parent who retired early because of 5 or more children or a child with a disability',
					hint: 'From the 2025 indexation.'
				}
			}
		},
		supplement: {
			label: 'Do you get the supplement for insurance record before 1996?',
			options: {
				none: { label: 'No' },
				'granted-until-1996': { label: 'Yes, the pension was granted by 31 December 1996' },
				'granted-from-1997': { label: 'Yes, the pension was granted from 1997 to 2011' }
			}
		},
		yearsBefore1996: {
			what: 'your insurance record before 1996',
			label: 'Insurance record up to the end of 1995 (years)',
			hint: 'Full years for which the supplement is paid.',
			unit: 'years'
		}
	},
	bands: {
		from0: 'record up to 29 years',
		from30: 'record 30–39 years',
		from40: 'record from 40 years',
		from45: 'record 45 years or more',
		'old-age': 'old-age pension',
		hazardous: 'old-age pension for hazardous work',
		disability: 'disability pension',
		survivor: 'survivor’s pension',
		service: 'service pension'
	},
	steps: {
		start: 'Pension paid from {{from}}',
		indexation: 'Indexation on {{date}}',
		indexationDetail: '{{band}}: {{part}} × ({{index}} − 1) = {{increase}}.',
		indexationCapped: '{{band}}: only the part {{part}} is indexed: {{part}} × ({{index}} − 1) = {{increase}}.',
		indexationWhole: '{{band}}: the whole pension is indexed: {{part}} × ({{index}} − 1) = {{increase}}.',
		supplement: 'Supplement for record before 1996',
		supplementDetail: '{{years}} years × {{perYear}}.',
		total: 'Pension with the supplement'
	},
	figures: {
		amount: 'Pension now',
		increase: 'Increase',
		total: 'With the supplement',
		supplement: 'Supplement',
		indexations: 'Indexations'
	},
	table: {
		caption: 'The pension after each indexation',
		date: 'Date',
		index: 'Index',
		part: 'Indexed part, €',
		increase: 'Increase, €',
		after: 'Pension after, €',
		supplement: 'Supplement, €'
	},
	chart: {
		title: 'The pension after each indexation',
		start: 'From {{date}}',
		after: 'After {{date}}'
	},
	summary: {
		result: 'After the indexations since {{from}} the pension is {{amount}} a month ({{increase}} more).',
		unchanged: 'There has been no indexation since {{from}}: the pension is {{amount}} a month.'
	},
	notices: {
		none: 'There was no indexation between {{from}} and the date you chose.',
		knownUntil:
			'Indexations after {{until}} are not in our data yet: the amount is after the last indexation we know. You can see the new amount on latvija.gov.lv.'
	},
	cannot: {
		indexUnknown: 'We do not know the index of the indexation on {{date}} for this kind of pension. Ask VSAA.',
		bandsUnknown:
			'We do not know the indices by insurance record for old-age pensions at the indexation on {{date}}. Enter the pension paid after that indexation (from {{date}}), or ask VSAA.'
	}
} satisfies Messages;

export default en;
