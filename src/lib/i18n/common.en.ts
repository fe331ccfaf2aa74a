import type { Messages } from '$lib/engine/calculator';

/** Shared English strings. Same keys as common.lv.ts (a test checks). */
const en = {
	/** Link problems found by outside probing: long links keep their valid values. */
	probe: {
		linkLong: 'The link is unusually long; only the values this calculator knows were read.',
		valueTooLong: 'Some values in the link are too long to be real ({{keys}}); they were not used.'
	},
	site: {
		name: 'Social rights calculators',
		tagline: 'Pensions, pay, taxes and benefits in Latvia — worked out with the law behind every number',
		skip: 'Skip to content',
		home: 'Home',
		about: 'About the data',
		language: 'Language',
		switchTo: 'Latviešu',
		switchToLabel: 'Lasīt šo lapu latviski'
	},
	footer: {
		estimates: 'Estimates, not decisions — the agency decides (VSAA, VID, NVA).',
		privacy: 'Nothing you type leaves your browser.',
		checked: 'Rules last checked on {{date}}.',
		dataLink: 'About the data and sources'
	},
	home: {
		title: 'Calculators',
		intro:
			'Work out when you can get your pension, what the minimum pay is, how much tax is withheld and which benefits you could get. Every number shows the law it comes from and since when it is in force.',
		forWhom:
			'The site is for people who want to understand what they are entitled to, and for employers, accountants and advisers. Choose your situation; a calculator may be under more than one.',
		situations: 'Life situations',
		sourcesTitle: 'Where the rules come from',
		sources:
			'The rules come from the laws and Cabinet regulations on likumi.lv and are checked against what the agencies publish: the State Social Insurance Agency (VSAA), the State Revenue Service (VID), the Ministry of Welfare (LM) and the State Employment Agency (NVA). Each step of a calculation shows its source and since when the rule is in force; values that no official source confirms are marked.',
		aboutLink: 'About the data, the sources and accessibility',
		privacyTitle: 'Privacy',
		privacy:
			'Nothing you type leaves your browser: the calculation runs on your device, with no cookies, no analytics and no third-party services.'
	},
	about: {
		title: 'About the data',
		intro:
			'These calculators help people, employers, accountants and advisers understand the rules in Latvia and estimate what is due — for this year and for past years.',
		coversTitle: 'What the site covers',
		covers:
			'The calculators ({{n}}) cover the retirement age, the minimum wage and working time, taxes and social contributions on pay, and social insurance and state social benefits. What each calculator does not cover is said on its page.',
		sourcesTitle: 'How the rules are sourced',
		sources:
			'For each value we give its legal basis — the law or Cabinet regulation, with the article or point, linked on likumi.lv — and the evidence: the page of an agency (VSAA, VID, LM, NVA) or of the official gazette that states the value. Where the act is not linked yet, the evidence is shown.',
		versioning:
			'Values are kept with the date they came into force, and a calculation uses those in force on the date you choose. If there is no rule for that date, the calculator says so instead of guessing.',
		statusTitle: 'What the marks on values mean',
		statuses: {
			confirmed: 'a legal act or an agency’s official page states the value.',
			secondary:
				'the value was found only in secondary sources (the press, advisory firms or trade unions), not on an official page; the result warns about it.',
			derived: 'the value is worked out from a confirmed rule (for example by a formula), not published as such.',
			unconfirmed: 'no official source for the value was found; the result warns about it.',
			planned: 'the value has been announced (for example in the draft budget) but not yet enacted.'
		},
		privacyTitle: 'Privacy',
		privacy:
			'Nothing you type is sent to a server. The site uses no cookies, no analytics and no third-party services. A link to a calculation keeps your values in the part of the address after “#”, which browsers do not send to servers.',
		accessibilityTitle: 'Accessibility statement',
		accessibility:
			'We build the site to the EN 301 549 standard (WCAG 2.1 level AA), which Cabinet Regulation No. 445 requires of public websites in Latvia. Every page is checked automatically with the axe tool; the pages are made to work with a keyboard and a screen reader, on a screen 320 pixels wide and at 400 % zoom.',
		accessibilityLimits:
			'Known limits: the pages can be read without JavaScript, but the calculation itself needs it; the texts of the laws we link to are on other sites, mostly in Latvian only. No independent accessibility audit has been made yet.',
		disclaimerTitle: 'Disclaimer',
		disclaimer:
			'Results are estimates that help you understand the rules. They are not a decision of the agency and create no rights. For your own case ask VSAA (phone 8001 0021), VID (phone 6712 0000) or use the e-services on latvija.gov.lv.',
		tablesTitle: 'Rule tables',
		tablesIntro:
			'All the rule tables ({{n}}) by area: each one’s title, the period it is known for, and the acts it rests on. Open an area to see its tables; the sources of each value are shown on the calculator’s page.',
		domains: {
			pension: 'Pensions',
			labour: 'Pay and working time',
			calendar: 'Public holidays and the working-time calendar',
			tax: 'Personal income tax',
			'social-insurance': 'Social insurance contributions',
			benefits: 'Social insurance benefits',
			'state-benefits': 'State social benefits'
		},
		coverage: {
			from: 'known from {{from}}',
			until: 'known from {{from}} to {{until}}',
			repealed: 'from {{from}}, repealed from {{until}}'
		},
		basis: 'Legal basis:',
		evidence: 'Evidence:',
		someValues: 'Some values are marked {{list}}',
		rowCount_zero: '{{count}} rows',
		rowCount_one: '{{count}} row',
		rowCount_other: '{{count}} rows'
	},
	notFound: {
		title: 'Page not found',
		text: 'There is no such page. All the calculators are on the home page, grouped by life situation.',
		home: 'Go to the home page (in English)',
		errorTitle: 'Something went wrong',
		errorText: 'The page could not be shown. Try again or open the home page.'
	},
	form: {
		asOf: {
			label: 'Date to calculate for',
			hint: 'The calculation uses the rules in force on this date, for example 22.11.2026. Today by default.'
		},
		submit: 'Calculate',
		optional: '(optional)',
		yes: 'Yes',
		no: 'No',
		dateHint: 'For example, 15.03.1962',
		monthHint: 'For example, 03.2026',
		moneyListHint: 'One amount per line, or separate them with semicolons',
		noscript: 'The calculation needs JavaScript. The rules and their sources are shown below without it.'
	},
	errors: {
		summaryTitle: 'There is a problem',
		prefix: 'Error:',
		tooLong: 'The text you entered is too long',
		required: {
			date: 'Enter a date, for example 15.03.1962',
			month: 'Enter a month, for example 03.2026',
			money: 'Enter an amount in euro, for example 1234.56',
			'money-list': 'Enter the amounts, one per line',
			integer: 'Enter a number',
			decimal: 'Enter a number',
			choice: 'Choose one of the options',
			boolean: 'Answer “Yes” or “No”'
		},
		date: {
			format: 'Enter a real date as dd.mm.yyyy, for example 15.03.1962',
			min: 'The date must be {{min}} or later',
			max: 'The date must be {{max}} or earlier',
			afterAsOf: 'The date cannot be after the date you calculate for ({{max}})'
		},
		month: {
			format: 'Enter a month as mm.yyyy, for example 03.2026',
			min: 'The month must be {{min}} or later',
			max: 'The month must be {{max}} or earlier'
		},
		money: {
			format: 'Enter an amount in euro using digits, for example 1234.56',
			min: 'Enter an amount of {{min}} or more',
			max: 'Enter an amount no larger than {{max}}',
			cents: 'Enter an amount with no more than two decimal places'
		},
		moneyList: {
			item: 'Amount {{n}} (“{{value}}”) is not valid: enter an amount in euro, for example 812.50',
			count: 'Enter between {{min}} and {{max}} amounts (you entered {{count}})'
		},
		integer: {
			format: 'Enter a whole number from {{min}} to {{max}}',
			range: 'Enter a number from {{min}} to {{max}}'
		},
		decimal: {
			format: 'Enter a number from {{min}} to {{max}}',
			range: 'Enter a number from {{min}} to {{max}}',
			places: 'Enter no more than {{places}} decimal places'
		},
		choice: { unknown: 'Choose one of the options shown' },
		boolean: { unknown: 'Answer “Yes” or “No”' },
		asOf: {
			before: 'We have rules from {{min}}; choose a later date',
			after: 'We have rules until {{max}}; choose an earlier date'
		},
		unexpected: 'The calculation could not be completed. Please check what you entered or try again.'
	},
	link: {
		title: 'The link could not be read in full',
		tooLong: 'The link is too long, so its values were not used.',
		malformed: 'The link is damaged, so its values were not used.',
		repeated: 'The value “{{key}}” appears more than once in the link; the first one was used.',
		version: 'The link was made for another version of the calculator; check the values.',
		unknownKeys: 'The link has parts we do not recognise ({{keys}}); they were not used.',
		kept: 'The valid values have been kept in the form.'
	},
	coverage: {
		before: 'We cannot answer: the table “{{table}}” has rules from {{from}}, but this calculation needs the date {{date}}.',
		after: 'We cannot answer: the rules in the table “{{table}}” are known until {{until}}, but this calculation needs the date {{date}}.',
		repealed: 'We cannot answer: the rule “{{table}}” was repealed on {{since}} (the date needed is {{date}}).'
	},
	status: {
		confirmed: 'confirmed',
		derived: 'derived',
		secondary: 'confirmed by secondary sources only',
		unconfirmed: 'unconfirmed',
		planned: 'planned, not yet enacted',
		notice: {
			confirmed: '',
			derived: 'The value in the table “{{table}}” (in force from {{since}}) is derived from a rule, not published as such.',
			secondary:
				'The value in the table “{{table}}” (in force from {{since}}) was found only in secondary sources (press, advisory firms or trade unions), not on an official page. Check it with the agency.',
			unconfirmed:
				'The value in the table “{{table}}” (in force from {{since}}) is not confirmed by an official source. Check it with the agency.',
			planned: 'The value in the table “{{table}}” (from {{since}}) has been announced but not yet enacted.'
		}
	},
	print: {
		printedOn: 'Printed on {{date}}.',
		asOf: 'Calculated with the rules in force on {{date}}.',
		link: 'Link that repeats this calculation:'
	},
	result: {
		rulesUsed: 'Rules used',
		basis: 'Legal basis',
		evidence: 'Value confirmed by',
		namedOn: 'provision named on',
		secondarySource: 'secondary source',
		ruleRef_zero: 'rules {{rules}}',
		ruleRef_one: 'rule {{rules}}',
		ruleRef_other: 'rules {{rules}}',
		showArithmetic: 'Show the arithmetic',
		hideArithmetic: 'Hide the arithmetic',
		rows_zero: '{{count}} rows',
		rows_one: '{{count}} row',
		rows_other: '{{count}} rows',
		region: 'Result',
		figures: 'Key figures',
		how: 'How we calculated this',
		validFrom: 'In force from',
		value: 'Value',
		rule: 'Rule',
		source: 'Source',
		inForceSince: 'in force since {{date}}',
		inForceUntil: 'until {{date}}',
		rounding: 'Rounded from {{from}} to {{to}}: {{reason}}',
		notices: 'Please note',
		notEligible: 'You are not entitled yet',
		reasons: 'Why',
		cannotAnswer: 'We cannot answer',
		notCoveredTitle: 'What this does not cover',
		copyLink: 'Copy a link to this calculation',
		copied: 'Link copied',
		copyFailed: 'The link could not be copied; copy it from the address bar.',
		print: 'Print',
		addToCalendar: 'Add the deadline ({{date}}) to my calendar (.ics)',
		deadlineSummary: 'deadline to apply',
		downloadCsv: 'Download CSV',
		inputs: 'What you entered',
		chartSummary: '{{label}}: {{value}}',
		sourcesTitle: 'Rules and sources this calculator uses',
		consulted: 'consulted {{date}}',
		unitEur: '€'
	},
	rounding: {
		kShown: 'K is shown to 5 decimal places; the calculation uses its exact value',
		centsTotalOnce: 'shown in whole cents; the total tax is rounded once',
		cents: 'amounts are set in whole cents',
		hourlyRate: 'the Welfare Ministry publishes the minimum hourly rate to this many decimals (Cabinet Regulation No. 656)',
		paySplit: 'the Welfare Ministry tables split the minimum wage to this many decimals'
	},
	embed: {
		openFull: 'Open the full calculator with sources in a new tab',
		title: 'Embed on your site',
		intro:
			'This calculator can be embedded on another site as an iframe widget. It sends nothing to any server and tells the host page only its height.'
	},
	units: {
		years_zero: '{{count}} years',
		years_one: '{{count}} year',
		years_other: '{{count}} years',
		months_zero: '{{count}} months',
		months_one: '{{count}} month',
		months_other: '{{count}} months',
		days_zero: '{{count}} days',
		days_one: '{{count}} day',
		days_other: '{{count}} days',
		hours_zero: '{{count}} hours',
		hours_one: '{{count}} hour',
		hours_other: '{{count}} hours',
		children_zero: '{{count}} children',
		children_one: '{{count}} child',
		children_other: '{{count}} children',
		age: '{{years}} and {{months}}',
		perHour: '{{value}} per hour',
		perDay: '{{value}} per day'
	}
} satisfies Messages;

export default en;
