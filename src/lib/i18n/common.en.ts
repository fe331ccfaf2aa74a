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
	about: {
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
		/** Added to a date or month field's hint, and the hint of a field without one: its own example. */
		example: 'For example, {{example}}',
		moneyListHint: 'One amount per line, or separate them with semicolons',
		noscript: 'The calculation needs JavaScript. The rules and their sources are shown below without it.'
	},
	errors: {
		summaryTitle: 'There is a problem',
		prefix: 'Error:',
		// Every field error names its field: {{what}} is the field's own phrase (fields.<name>.what),
		// {{example}} its own example (FieldDef.example).
		required: {
			date: 'Enter {{what}}, for example {{example}}',
			month: 'Enter {{what}}, for example {{example}}',
			money: 'Enter {{what}} in euro, for example {{example}}',
			'money-list': 'Enter {{what}}, one amount per line, for example {{example}}',
			integer: 'Enter {{what}}, for example {{example}}',
			decimal: 'Enter {{what}}, for example {{example}}',
			choice: 'Choose an answer to “{{what}}”',
			boolean: 'Answer “Yes” or “No” to “{{what}}”'
		},
		date: {
			format: 'Enter {{what}} as a real date dd.mm.yyyy, for example {{example}}',
			min: 'Enter {{what}} on or after {{min}}',
			max: 'Enter {{what}} on or before {{max}}',
			afterAsOf: 'Enter {{what}} no later than the date you calculate for ({{max}})',
			tooLong: 'Enter {{what}} in fewer characters, for example {{example}}'
		},
		month: {
			format: 'Enter {{what}} as mm.yyyy, for example {{example}}',
			min: 'Enter {{what}}: {{min}} or later',
			max: 'Enter {{what}}: {{max}} or earlier',
			tooLong: 'Enter {{what}} in fewer characters, for example {{example}}'
		},
		money: {
			format: 'Enter {{what}} in euro using digits, for example {{example}}',
			min: 'Enter {{what}}: {{min}} or more',
			max: 'Enter {{what}}: no more than {{max}}',
			cents: 'Enter {{what}} with no more than two decimal places, for example {{example}}',
			ambiguous: '“{{typed}}” could mean {{small}} or {{large}}; enter {{what}} as {{smallTyped}} or {{largeTyped}}',
			tooLong: 'Enter {{what}} in fewer characters, for example {{example}}'
		},
		moneyList: {
			item: 'Amount {{n}} (“{{value}}”) is not valid: enter {{what}} in euro, for example {{example}}',
			itemAmbiguous: 'Amount {{n}}, “{{typed}}”, could mean {{small}} or {{large}}; enter it as {{smallTyped}} or {{largeTyped}}',
			count: 'Enter {{what}}: between {{min}} and {{max}} amounts (you entered {{count}})',
			tooLong: 'Enter {{what}} in fewer characters, one amount per line'
		},
		integer: {
			format: 'Enter {{what}} as a whole number from {{min}} to {{max}}, for example {{example}}',
			range: 'Enter {{what}} from {{min}} to {{max}}, for example {{example}}',
			tooLong: 'Enter {{what}} in fewer characters, for example {{example}}'
		},
		decimal: {
			format: 'Enter {{what}} using digits, from {{min}} to {{max}}, for example {{example}}',
			range: 'Enter {{what}} from {{min}} to {{max}}, for example {{example}}',
			places: 'Enter {{what}} with no more than {{places}} decimal places, for example {{example}}',
			ambiguous: '“{{typed}}” could mean {{small}} or {{large}}; enter {{what}} as {{smallTyped}} or {{largeTyped}}',
			tooLong: 'Enter {{what}} in fewer characters, for example {{example}}'
		},
		choice: {
			unknown: 'Choose one of the answers shown to “{{what}}”',
			tooLong: 'Choose one of the answers shown to “{{what}}”'
		},
		boolean: {
			unknown: 'Answer “Yes” or “No” to “{{what}}”',
			tooLong: 'Answer “Yes” or “No” to “{{what}}”'
		},
		asOf: {
			required: 'Enter the date to calculate for, for example {{example}}',
			format: 'Enter the date to calculate for as a real date dd.mm.yyyy, for example {{example}}',
			before: 'We have rules from {{min}}; choose a later date to calculate for',
			after: 'We have rules until {{max}}; choose an earlier date to calculate for'
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
		rulesUsedSummary_zero: 'Show the {{count}} rules with their legal basis and sources',
		rulesUsedSummary_one: 'Show the rule with its legal basis and sources',
		rulesUsedSummary_other: 'Show the {{count}} rules with their legal basis and sources',
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
		loadingRules: 'Loading the rules and their sources…',
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
		openFull: 'Open the full calculator with sources in a new tab'
	},
	embedding: {
		embedThis: 'Embed this calculator on your site'
	},
	/** Valid but implausible values: shown first among the result's notices (README "Decisions"). */
	plausibility: {
		monthlyAboveAnnualMax:
			'Check “{{field}}”: {{amount}} a month is more than the maximum contribution object for the whole of {{year}} ({{max}}). If you entered a yearly amount, enter the monthly one.',
		sickLeaveTooLong:
			'Check the sick-leave dates: {{days}} is longer than the VSAA pays sickness benefit for ({{weeks}} weeks); the calculation covers only that time.'
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
		dat: {
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
			children_other: '{{count}} children'
		},
		gen: {
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
			children_other: '{{count}} children'
		},
		acc: {
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
			children_other: '{{count}} children'
		},
		loc: {
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
			children_other: '{{count}} children'
		},
		age: '{{years}} and {{months}}',
		perHour: '{{value}} per hour',
		perDay: '{{value}} per day'
	},
	/** Year rollover: the as-of date (or a date the calculation needs) is after the rules we have. */
	rollover: {
		year: 'We do not yet have the rules for {{year}}; the result below uses the rules in force on {{until}}.',
		after: 'We do not yet have the rules after {{until}}; the result below uses the rules in force on that day.',
		changeDate: 'Change the date to calculate for',
		tooLate: 'Enter a date no later than {{max}}',
		known: 'Rules known until {{until}}.'
	},
	// The rules pages, the change view, stale share links and the open data (issue 12 part 2).
	rulesPages: {
		nav: 'Rules',
		footer: {
			rules: 'All rules and their sources',
			changes: 'What changed',
			openData: 'Open data'
		},
		stale: {
			title: 'The rules for this calculation have changed',
			text: 'This link was made with rules that have been updated since for its date. The result below uses the current rules.',
			changed: 'What changed:',
			now: 'now: {{value}}, from {{from}}',
			unknown: 'The link does not say which rule it was made with. See what changed for this calculation.',
			changesLink: 'What changed for this calculation'
		},
		calcLinks: {
			changes: 'What changed for this calculation',
			rules: 'All rules and their sources'
		}
	},
	// Information pages (services, client-service standard, EU, glossary) and the offline page.
	info: {
		nav: { services: 'Services', eu: 'Work in the EU', glossary: 'Glossary' },
		footer: 'How to apply for benefits',
		footerStandard: 'VSAA client-service standard',
		footerEu: 'Working or living in another EU country',
		footerGlossary: 'Glossary',
		field: {
			term: 'What is “{{term}}”?',
			eService: 'Where to find it: the e-service “{{name}}” on latvija.gov.lv'
		}
	}
} satisfies Messages;

export default en;
