import type { Messages } from '$lib/engine/calculator';
import { sharedEn, sharedFieldsEn } from '$lib/benefits/messages.en';

const en = {
	...sharedEn,
	title: 'Funeral benefit',
	question: 'How much funeral benefit can be paid, and by when must it be claimed?',
	intro:
		'Find out the funeral benefit the State Social Insurance Agency (VSAA) pays to the person who arranges the funeral, for each situation of the person who died, and which one is paid. You will need the date of death and, depending on the situation, the earnings or the pension of the deceased.',
	notCovered:
		'Not covered: deaths from a work accident or occupational disease with other compensation, the one-off benefit for the spouse of a service-pension recipient, and municipal funeral support. VSAA decides: latvija.gov.lv or phone 8001 0021.',
	fields: {
		...sharedFieldsEn,
		averageWage: {
			...sharedFieldsEn.averageWage,
			what: 'the deceased’s average monthly contribution wage',
			label: 'Average monthly contribution wage of the deceased',
			hint: 'Gross pay from which social contributions were paid, on average per month over the 12 months that end two months before the month of death.'
		},
		monthlyWages: {
			...sharedFieldsEn.monthlyWages,
			what: 'the deceased’s contribution wages of the 12 months',
			label: 'Contribution wage of the deceased for each of the 12 months'
		},
		deathDate: { what: 'the date of death', label: 'Date of death' },
		insured: {
			label: 'Was the deceased an employee or self-employed?',
			hint: 'Also if that ended less than a month before the death.'
		},
		dependant: {
			label: 'Was the deceased a dependant of an insured person?',
			hint: 'For example, a child under 18, or under 24 in secondary or higher education, of a working parent.'
		},
		unemployed: {
			label: 'Was the deceased unemployed?',
			hint: 'Received unemployment benefit, or had at least 12 months of unemployment contributions in the 36 months before becoming unemployed.'
		},
		pensioner: { label: 'Did the deceased receive a state pension (or compensation for loss of capacity to work)?' },
		pension: {
			what: 'the deceased’s monthly pension',
			label: 'Monthly pension of the deceased',
			hint: 'Including the supplement for insurance record before 1996.',
			unit: '€'
		},
		supplement: {
			what: 'the supplement for insurance record before 1996',
			label: 'Of which the supplement for insurance record before 1996',
			hint: 'For deaths before 2019 the supplement is not counted.',
			unit: '€'
		},
		vsnpRecipient: { label: 'Did the deceased receive the state social security benefit?' }
	},
	cases: {
		insured: 'Insured person',
		dependant: 'Dependant of an insured person',
		unemployed: 'Unemployed person',
		pensioner: 'Pensioner',
		vsnpRecipient: 'State social security benefit recipient'
	},
	steps: {
		case: {
			insured: 'Benefit for an insured person',
			dependant: 'Benefit for a dependant of an insured person',
			unemployed: 'Benefit for an unemployed person',
			pensioner: 'Benefit for a pensioner',
			vsnpRecipient: 'Benefit for a state social security benefit recipient'
		},
		insuredDetail:
			'{{times}} × {{wage}} = {{twice}}, but not less than the national average monthly contribution wage of {{floor}} (the {{year}} value).',
		insuredFloorUnknown:
			'{{times}} × {{wage}} = {{twice}}. The minimum (the national average contribution wage for {{year}}) is not known to us.',
		pensionerDetail: '{{months}} × the monthly pension of {{pension}}.',
		pensionerWithoutSupplement: '{{months}} × ({{pension}} − the supplement {{supplement}}) = {{months}} × {{base}}.',
		vsnpDetail: '{{times}} × the state social security benefit of {{vsnp}}.',
		largest: 'Only the largest benefit is paid'
	},
	figures: { total: 'Funeral benefit', case: 'Paid as', claimDeadline: 'Claim by', totalAtLeast: 'Funeral benefit, at least' },
	summary: {
		atLeast:
			'The funeral benefit is at least {{total}} ({{case}}): it may be higher, because the legal minimum for this year is not known to us. Claim it by {{deadline}}.',
		result: 'The funeral benefit is {{total}} ({{case}}); claim it by {{deadline}}.',
		notEligible: 'From what you entered, no funeral benefit is paid.'
	},
	reasons: {
		noCase:
			'The funeral benefit is paid if the deceased was insured, a dependant of an insured person, unemployed, a pensioner or a state social security benefit recipient. Choose the situations that applied.'
	},
	table: { caption: 'Funeral benefit by situation', case: 'Situation', amount: 'Amount', paid: 'Paid' },
	timeline: { ...sharedEn.timeline, oneOffPayment: 'Funeral benefit ({{case}})' },
	notices: {
		floorUnknown:
			'The funeral benefit for an insured person is at least the national average monthly contribution wage for {{year}}, which we do not know; the benefit may be higher than shown.'
	}
} satisfies Messages;

export default en;
