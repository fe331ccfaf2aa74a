import type { Messages } from '$lib/engine/calculator';

const en = {
	title: 'Retirement age',
	question: 'When can I get the old-age pension?',
	intro:
		'Find out the earliest date from which you can get the state old-age pension and how much insurance record you need for it. You will need your date of birth and to choose your situation. This calculator does not work out the amount of the pension.',
	notCovered:
		'The calculator does not work out the pension amount and does not cover service pensions, pensions from other countries or insurance record earned abroad. The pension is granted by VSAA (the State Social Insurance Agency): apply no earlier than one month before you become entitled, on latvija.gov.lv or at a VSAA customer service centre (phone 8001 0021).',
	fields: {
		birthDate: { what: 'your date of birth', label: 'Date of birth' },
		category: {
			label: 'Which situation applies to you?',
			hint: 'If you are not sure, choose the general case.',
			options: {
				general: { label: 'General case', hint: 'Old-age pension at the general retirement age.' },
				early: {
					label: 'Early retirement',
					hint: 'Two years earlier if you have at least 30 years of insurance record; part of the pension is paid until the general age.'
				},
				'many-children-parent': {
					label: 'Parent or guardian who raised 5 or more children or a child with a disability',
					hint: 'Each child raised for at least 8 years before the age of 18.'
				},
				chernobyl: { label: 'Participant in the clean-up of the Chernobyl nuclear accident' },
				'politically-repressed': { label: 'Politically repressed person' },
				'women-disabled-or-children': {
					label: 'Woman disabled for life, or who raised 5 or more children or a child with a disability to the age of 8'
				},
				hazardous: {
					label: 'Hazardous and heavy work: man under List 1 or woman under List 2',
					hint: 'Work under the USSR Council of Ministers lists No. 1 and No. 2 of 1956, until the end of 1995.'
				},
				'especially-hazardous': {
					label: 'Woman who worked in especially hazardous and heavy conditions (List 1)'
				},
				'men-short-stature-blind': { label: 'Man of short stature or blind' },
				'women-short-stature-blind': { label: 'Woman of short stature or blind' }
			}
		},
		record: {
			what: 'your insurance record in years',
			label: 'Insurance record you will have (years)',
			hint: 'Whole years. You can see your record on latvija.gov.lv (VSAA e-service “State social insurance contributions”). Leave it empty if you do not know.',
			unit: 'years'
		}
	},
	steps: {
		category: 'Your situation',
		requiredAge: 'Retirement age in force from {{from}}',
		requiredAgeDetail: 'The age that applies is the one in force on the day you reach it.',
		requiredAgeCapped: 'The age for your group would be higher than the general age in this period, so the general retirement age applies.',
		pensionDate: 'Earliest date you are entitled to the pension',
		pensionDateDetail: 'Date of birth {{birth}} + {{age}}.',
		minimumRecord: 'Insurance record required on that date',
		recordCheck: 'Is your record ({{has}}) enough?',
		listShare: 'Share of the record that must be work under the lists up to the end of 1995',
		listShareDetail: 'We do not check this condition: it needs your work history. Check it with VSAA.',
		generalDate: 'General retirement age — the pension is paid in full from',
		generalDateDetail: 'Until then the early pension is paid at {{share}} if you do not work; while you work it is not paid.'
	},
	figures: {
		pensionDate: 'Pension from',
		ageAtPension: 'Age on that date',
		minimumRecord: 'Insurance record required',
		recordMet: 'Record enough',
		fullPensionFrom: 'Full pension from',
		earlyShare: 'Paid until then'
	},
	summary: {
		future: 'You can get the old-age pension from {{date}}, at the age of {{age}}.',
		past: 'You became entitled to the old-age pension on {{date}}, at the age of {{age}}.',
		notEligible: 'You reach the age on {{date}}, but the record you entered is not enough for a pension on these terms.'
	},
	reasons: {
		record: 'You have {{has}} of insurance record but need {{required}} — {{missing}} short.',
		considerGeneral: 'Check the general case: it may need less record.'
	},
	notices: {
		recordUnknown: 'We could not confirm the insurance record this group needs in an official source; ask VSAA.',
		listShare: 'At least {{share}} of your insurance record must be work under List 1 or 2 up to 31 December 1995. We do not check this.',
		recordNotGiven: 'You did not enter your record. The pension needs at least {{required}} of insurance record.'
	},
	cannot: {
		beforeSchedule: 'You reached this age before {{from}}, when other rules applied that are not in our table “{{table}}”. Ask VSAA.',
		afterSchedule: 'The table “{{table}}” gives the retirement age until {{until}}; you reach it later. Ask VSAA.'
	}
} satisfies Messages;

export default en;
