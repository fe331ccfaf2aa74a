import type { Messages } from '$lib/engine/calculator';

/** The check's own English texts (namespace `check`). Same keys as messages.lv.ts (a test checks). */
const en = {
	title: 'What am I entitled to?',
	question: 'What am I entitled to?',
	intro:
		'Choose what is happening in your life, answer a few questions, and see which benefits you are likely entitled to, how much, by when to claim them, and where — and which you are not entitled to yet, and how close you are. Each answer comes from the calculator for that benefit, which you can open with your answers filled in.',
	noscript: 'The check needs JavaScript. Each benefit’s calculator is listed on the home page.',
	situations: {
		legend: 'What is happening in your life?',
		hint: 'Choose all that apply.',
		'expecting-or-born': {
			label: 'We are expecting a child, or a child was born',
			hint: 'Maternity, paternity and parental benefits, the birth grant.'
		},
		'raising-children': {
			label: 'Raising children',
			hint: 'Including a child with a disability, and a child in your guardianship.'
		},
		'ill-or-sick-child': { label: 'I am ill, or caring for a sick child', hint: 'Sick pay and the sickness benefit.' },
		'lost-job': { label: 'I have lost my job', hint: 'The unemployment benefit.' },
		disability: { label: 'Disability or loss of capacity to work', hint: 'Also after an accident at work or an occupational disease.' },
		retiring: {
			label: 'Approaching retirement or retired',
			hint: 'When you can get the old-age pension, and the benefit if you have no pension.'
		},
		'death-in-family': { label: 'A death in the family', hint: 'The funeral benefit and the surviving spouse’s benefit.' },
		working: { label: 'Working', hint: 'Take-home pay, the minimum hourly rate, contributions of the self-employed.' }
	},
	what: { situations: 'what is happening in your life' },
	steps: {
		situations: 'Your situation',
		you: 'About you',
		work: 'Your work and contributions',
		birth: 'The child you are expecting or who was born',
		children: 'Your children',
		illness: 'The illness',
		job: 'The job you lost',
		disability: 'Your disability',
		retiring: 'Your retirement',
		death: 'The person who died',
		results: 'What you are likely entitled to'
	},
	progress: 'Step {{n}} of {{total}}',
	fields: {
		selfEmployed: {
			label: 'Are you self-employed?',
			hint: 'Registered with VID as performing economic activity, for example as a sole trader or a freelancer.'
		},
		childDisabled: { label: 'Do you have a child with a disability under 18?' },
		guardian: { label: 'Are you the guardian of a child (appointed by the orphan’s court)?' },
		workAccident: { label: 'Was the loss of capacity to work caused by an accident at work or an occupational disease?' }
	},
	form: {
		continue: 'Continue',
		back: 'Back',
		seeResults: 'See what I am entitled to',
		start: 'Start again'
	},
	loading: {
		wait: 'Loading the calculators for your situation…',
		failed: 'The calculators for your situation could not be loaded. Check your connection and try again.',
		retry: 'Try again'
	},
	errors: {
		situations: 'Choose at least one situation: what is happening in your life'
	},
	link: {
		situations: 'The link names a situation we do not know; it was left out.',
		page: 'The link names a page we do not know; the check starts from the first page.'
	},
	answers: {
		title: 'Your answers',
		change: 'Change',
		changeLabel: 'Change your answers on “{{page}}”',
		asOf: 'Checked with the rules in force on {{date}}.'
	},
	results: {
		startedTitle: 'Claim these first',
		startedIntro: 'Your answers show a right that has already begun. If you have not claimed it yet, do it now:',
		startedItem: '{{benefit}} — claim by {{date}}',
		startedItemNoDeadline: '{{benefit}} — can be claimed now',
		entitledTitle: 'Likely entitled',
		figuresTitle: 'Your pay and taxes',
		notEntitledTitle: 'Not entitled now — why, and how close you are',
		needsTitle: 'Needs more answers',
		needsIntro: 'This benefit needs answers the check does not ask. Open its calculator with your answers filled in and add the rest:',
		cannotTitle: 'We cannot answer',
		notAssessedTitle: 'Not assessed by this check',
		notAssessedIntro: 'These may also apply to you; the check does not work them out.',
		none: 'None for your answers.',
		status: {
			entitled: 'Likely entitled',
			started: 'Already begun — claim it if you have not',
			figures: 'Your figures',
			'not-entitled': 'Not entitled now',
			'needs-answers': 'Needs more answers',
			'cannot-answer': 'We cannot answer',
			link: 'Not assessed'
		},
		deadline: 'Claim by',
		deadlinePassed: 'The deadline to claim was {{date}}.',
		moreFigures: 'More figures',
		howToApply: 'Where and how to apply',
		open: 'Open the full calculation with these answers',
		openLink: 'Open the calculator',
		timelineTitle: 'Dates ahead',
		timelineIntro: 'Every date still ahead in your answers; the last days to claim are marked.',
		timelineDate: 'Date',
		timelineWhat: 'What',
		noDates: 'No dates ahead in your answers.',
		ics: 'Add every date ahead to my calendar (.ics)',
		icsSummary: '{{benefit}}: {{what}}',
		print: 'Print a summary',
		copyLink: 'Copy a link to these answers',
		copied: 'Link copied',
		copyFailed: 'The link could not be copied; copy it from the address bar.',
		disclaimer:
			'This is an estimate from what you entered, not a decision: the agency decides. The check does not know what you already receive or have claimed.'
	},
	apply: {
		vsaa: 'Apply to VSAA: on latvija.gov.lv with the e-service “E-iesniegums VSAA pakalpojumiem”, at any VSAA customer service centre, or by e-mail signed with a secure electronic signature.',
		'vsaa-pension':
			'Apply to VSAA for the pension: on latvija.gov.lv, at a VSAA customer service centre, or by e-mail signed with a secure electronic signature.',
		nva: 'First register as unemployed with the State Employment Agency (NVA), from the day after your job ended — online in the NVA CV and vacancy portal or at an NVA branch. Then apply to VSAA for the benefit.',
		employer: 'Your employer pays it; if your pay is below this, ask your employer or the State Labour Inspectorate.',
		vid: 'You declare your income and pay the contributions to VID, in its Electronic Declaration System (EDS).',
		'orphans-court': 'The guardian’s benefit is paid by VSAA on the orphan’s court decision; ask your orphan’s court or VSAA.'
	},
	applyUrl: {
		vsaa: 'https://latvija.gov.lv/Services/11887',
		'vsaa-pension': 'https://www.latvija.lv/lv/PPK/Socialie-pakalpojumi/Sociala-apdrosinasana/p311/ProcesaApraksts',
		nva: 'https://www.nva.gov.lv/lv/bezdarbnieka-statusa-iegusana',
		vid: 'https://eds.vid.lv',
		'orphans-court': 'https://www.vsaa.gov.lv'
	},
	linkReason: {
		'work-injury-compensation--survivors':
			'The compensation for survivors of an accident at work needs the deceased’s wage and the children’s ages; work it out in the calculator, and ask VSAA.',
		'state-social-security-benefit--survivor':
			'The benefit for children who lost a provider and get no survivor’s pension needs each child’s details; work it out in the calculator, and ask VSAA.',
		'old-age-pension':
			'How much the old-age pension will be depends on your pension capital or wages; estimate it in the calculator (your capital is on latvija.gov.lv, VSAA e-services).',
		'pension-indexation':
			'What the yearly indexation adds to a pension already granted needs its amount and date; work it out in the calculator.',
		'pension-after-tax': 'What is paid after income tax needs the pension’s amount; work it out in the calculator.',
		'minimum-pay-for-hours': 'The least pay for part-time or summed working time needs your hours; work it out in the calculator.',
		'minimum-hourly-rate-year': 'The minimum hourly rate for every month of a year is in its own calculator.',
		'annual-tax-free-minimum':
			'Tax you may get back for a year with lower income needs the year’s income; work it out in the calculator and claim it in your annual income return in VID EDS.'
	},
	notAssessed: {
		'municipal-social-assistance': {
			title: 'Municipal social assistance (guaranteed minimum income, housing benefit)',
			text: 'Depends on the income and property of the whole household; the social service of your municipality assesses it.',
			url: 'https://www.lm.gov.lv/lv/gmi-pabalsts?view=easy'
		},
		'municipal-birth': {
			title: 'Your municipality’s birth benefit',
			text: 'Many municipalities pay their own benefit at a birth, each under its own rules; ask your municipality or its registry office.',
			url: 'https://www.limbazunovads.lv/lv/pakalpojumi/pasvaldibas-pabalsts-par-berna-piedzimsanu-limbazu-novada-pasvaldiba'
		},
		'maintenance-fund': {
			title: 'Maintenance from the Maintenance Guarantee Fund',
			text: 'When a parent does not pay maintenance, the fund can pay it; the minimum amounts are in the child maintenance calculator. Ask the Maintenance Guarantee Fund Administration.',
			url: 'https://www.ugf.gov.lv/lv/pakalpojumi/pieteiksanas-uzturlidzeklu-sanemsanai'
		},
		'disability-pension': {
			title: 'The amount of your disability pension',
			text: 'It depends on your whole contribution record; the check shows only the minimum. VSAA works it out.',
			url: 'https://www.vsaa.gov.lv'
		},
		'old-age-pension-amount': {
			title: 'The amount of your old-age pension',
			text: 'It depends on your pension capital, which only VSAA knows; see it on latvija.gov.lv (VSAA e-services).',
			url: 'https://www.latvija.lv/lv/PPK/Socialie-pakalpojumi/Sociala-apdrosinasana/p311/ProcesaApraksts'
		},
		'survivor-pension': {
			title: 'The survivor’s pension for children who lost a provider',
			text: 'It depends on the deceased’s record and pension capital; VSAA works it out.',
			url: 'https://www.vsaa.gov.lv'
		},
		'municipal-funeral': {
			title: 'Your municipality’s funeral benefit',
			text: 'Many municipalities add their own funeral benefit to the state one, each under its own rules; ask your municipality.',
			url: 'https://www.lm.gov.lv/lv/apbedisanas-pabalsts?view=easy'
		},
		'employer-sick-pay': {
			title: 'Your employer’s sick pay under a collective agreement',
			text: 'An employer may pay more than the law requires; ask your employer.',
			url: 'https://www.vsaa.gov.lv'
		}
	},
	timeline: {
		rightFrom: 'the right begins',
		start: 'payments begin',
		end: 'last day paid',
		until: 'paid until',
		leaveStart: 'leave begins',
		leaveEnd: 'leave ends',
		pensionDate: 'the old-age pension can be granted',
		agencyFrom: 'the VSAA benefit begins',
		agencyTo: 'the VSAA benefit ends',
		latestDay: 'last day the leave can be used',
		claimDeadline: 'last day to claim'
	},
	print: {
		title: 'What am I entitled to? — summary'
	}
} satisfies Messages;

export default en;
