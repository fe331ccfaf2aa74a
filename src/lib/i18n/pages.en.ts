import type { Messages } from '$lib/engine/calculator';

/**
 * English strings of the site's own pages (home, about, rules pages, information pages, embedding,
 * the entitlement check's entry), kept apart from common.en.ts so that a calculator page does not
 * download them; merged into the `common` namespace where a page needs them (i18n/index.ts).
 * Same keys as pages.lv.ts (a test checks).
 */
const en = {
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
		someValues: 'Some values are marked {{list}}'
	},

	embedding: {
		title: 'Embed a calculator on your site',
		intro:
			'Ministries, agencies and other organisations can put any of these calculators on their own pages with one line of code. Choose a calculator and its look, check the preview and copy the code.',
		settings: 'Settings',
		calculator: 'Calculator',
		language: 'Language of the widget',
		langLv: 'Latvian',
		langEn: 'English',
		colorLabel: 'Colour (optional)',
		colorHint:
			'Your site’s colour as a hex code, for example #1d4f91. It colours the button and the links, so its contrast with white must be at least {{min}}:1.',
		colorFormat: 'Enter the colour as a hex code, for example #1d4f91',
		colorContrast: 'This colour’s contrast with white is {{ratio}}:1; it must be at least {{min}}:1. Choose a darker colour',
		compactLabel: 'Compact widget: without the introduction and “What this does not cover”',
		situationLabel: 'Start from this calculation (optional)',
		situationHint:
			'Paste a link from the “Copy a link to this calculation” button on a calculator page. The widget opens with those answers.',
		situationEmpty: 'This link holds no calculation. Paste a link from a calculator page',
		situationProblems: 'The link has problems: {{problems}}',
		situationCalculator: 'The link is for the calculator “{{title}}”, so that one is chosen.',
		preview: 'Preview',
		previewHint: 'This is the real widget, exactly as your page will show it: you can use it.',
		code: 'The code',
		codeLoader: 'Recommended: with the loader script',
		codeLoaderHint:
			'Paste the code where the calculator should appear on your page. The widget’s height follows its content. With several calculators on one page, the script line is needed only once. The link in the code is the fallback: it shows until the widget has loaded, and when scripts are blocked.',
		codeIframe: 'Without a script: a plain iframe',
		codeIframeHint:
			'This iframe has a fixed height ({{height}} pixels), so a longer result scrolls inside the widget. Use it only where your page may not include a script.',
		copy: 'Copy the code',
		copied: 'Code copied',
		copyFailed: 'The code could not be copied; select it and copy it.',
		needsScript: 'The settings, the preview and the code need JavaScript.',
		attributesTitle: 'Settings in the code',
		attributesIntro:
			'Settings are attributes of the element. The widget does not use an invalid value and explains why in the browser console.',
		attribute: 'Attribute',
		meaning: 'Meaning',
		attrCalculator: 'the calculator’s id (required), for example {{example}}',
		attrLang: 'lv or en; otherwise lv',
		attrColor: 'a colour #rrggbb whose contrast with white is at least {{min}}:1; otherwise the default colour',
		attrCompact: 'without the introduction and “What this does not cover”',
		attrSituation: 'the part of a calculator link after #: the form opens with those answers, checked like any shared link',
		attrDate: 'the date YYYY-MM-DD to calculate for; otherwise today',
		securityTitle: 'Security and privacy',
		privacyCookies: 'The widget uses no cookies, analytics or third-party services and stores nothing in the visitor’s browser.',
		privacyRequests: 'Once loaded it makes no requests: the calculation happens in the visitor’s browser, and nothing typed leaves it.',
		privacyMessages:
			'It tells your page only its height and that a result is shown, never what was typed, amounts or dates. It posts messages only to your site’s origin, and the loader accepts messages only from its own widgets.',
		privacyHost: 'The widget cannot open another page in place of yours and never scrolls your page.',
		cspIntro: 'If your site has a Content Security Policy, add to it:',
		referrer:
			'The loader gives the iframe referrerpolicy="origin": the widget learns only your site’s origin (not the page’s path) and checks that it posts to the right page. This works even when your page’s policy is no-referrer.',
		messagesIntro: 'Messages your page can listen to (the message event from this site’s origin):',
		testPage: 'Test page with every calculator embedded',
		allTitle: 'Every calculator as a widget',
		allIntro: 'On this page every calculator is embedded with the loader script, as on another site.',
		backToSettings: 'Back to the embedding settings'
	},

	// The rules pages, the change view, stale share links and the open data (issue 12 part 2).
	rulesPages: {
		index: {
			title: 'Rules and their sources',
			intro:
				'Every value the calculators use, with the dates it is in force, its legal basis and the evidence for it. Search in Latvian or English, or browse by area.',
			searchLabel: 'Search the rules',
			searchHint: 'Words in Latvian or English, for example “minimum wage” or “minimālā alga”',
			found_zero: '{{count}} tables found',
			found_one: '{{count}} table found',
			found_other: '{{count}} tables found',
			none: 'No rule matches “{{q}}”. Try another word, for example “wage”, “tax” or “pension”.',
			tables_zero: '{{count}} tables',
			tables_one: '{{count}} table',
			tables_other: '{{count}} tables',
			changesLink: 'Compare two dates: what changed',
			openDataLink: 'Download every rule as open data'
		},
		table: {
			back: 'All rules',
			rowsTitle: 'Every value',
			value: 'Value',
			period: 'In force',
			status: 'Status',
			basis: 'Legal basis',
			evidence: 'Evidence',
			note: 'Note',
			fromTo: '{{from}} – {{to}}',
			fromOn: 'from {{from}}',
			repealed: 'repealed',
			coveredUntil: 'The values are known until {{date}}. For later dates the calculators do not answer.',
			noEnd: 'The last value stays in force until the law changes it.',
			chartTitle: 'How the value changed',
			chartLabel: '{{title}}: {{first}} in {{firstYear}}, {{last}} in {{lastYear}}; every value is in the table below.',
			usedByTitle: 'Calculators that use it',
			usedByNone: 'No calculator uses this table directly.',
			download: 'Download this table (JSON)',
			rowCount_zero: '{{count}} values',
			rowCount_one: '{{count}} value',
			rowCount_other: '{{count}} values'
		},
		changes: {
			title: 'What changed',
			forCalc: 'What changed for “{{calc}}”',
			intro: 'Choose two dates to see every rule value that differs between them, with both values and the act that made the change.',
			from: 'First date',
			to: 'Second date',
			fromHint: 'For example, 31.12.2024',
			toHint: 'For example, 01.01.2025',
			fromError: 'Enter the first date as a real date, for example 31.12.2024',
			toError: 'Enter the second date as a real date, for example 01.01.2025',
			calc: 'Which rules',
			allCalcs: 'All rules',
			show: 'Show the changes',
			nextJanuary: 'What changes on 1 January {{year}}',
			loading: 'Loading the rules…',
			loadError: 'The rules could not be loaded. Check your connection and try again.',
			noscript: 'Comparing two dates needs JavaScript. Every value with its dates is on the rules pages.',
			summary_zero: '{{count}} values differ between {{from}} and {{to}}.',
			summary_one: '{{count}} value differs between {{from}} and {{to}}.',
			summary_other: '{{count}} values differ between {{from}} and {{to}}.',
			none: 'No value differs between {{from}} and {{to}}.',
			onDate: 'On {{date}}',
			changedBy: 'Changed by',
			between_zero: 'changed {{count}} times in between',
			between_one: 'changed once in between',
			between_other: 'changed {{count}} times in between',
			notKnown: 'not known for this date',
			repealedState: 'repealed'
		},
		openData: {
			title: 'Open data',
			intro:
				'Every rule table and every worked example the calculators are tested against, as files anyone may download, check and reuse. They are the same values this site calculates with.',
			filesTitle: 'Files',
			allTables: 'All rule tables, in one file',
			oneTable: 'Each table on its own: the download link on its rules page',
			golden: 'Worked examples: the input, the date and the expected result of each',
			formatTitle: 'Format of the rule tables',
			format:
				'A table has an id (area/name), a title and description in Latvian and English, a kind (one amount or rate, an age, or a set of named parameters), a unit and its rows. A row has the date it comes into force (validFrom; it ends when the next row begins), the value, a status, an optional note, its legal basis (the act, the provision and a link to likumi.lv or vestnesis.lv) and its sources (the page that states the value and the date it was consulted). A row with repealed instead of a value ends the rule. If coveredUntil is given, nothing is known after that date. A table of named parameters also has fields (each parameter’s name in Latvian and English, and the unit of its numbers) and codes (coded values in words): the rules pages show the parameters by these names.',
			valuesTitle: 'Values',
			values:
				'Amounts are in euro and rates in percent, written as decimal strings ("780.00", "10.50") so that no rounding creeps in. Dates are written as YYYY-MM-DD.',
			statusTitle: 'Statuses',
			goldenTitle: 'Format of the worked examples',
			goldenFormat:
				'Each example names the calculator, says what it shows and how it is worked out, and gives the date of calculation (asOf), the input and the expected outcome: its kind and the expected figures (amounts as "123.45", dates as YYYY-MM-DD, ages as "63y3m").',
			licence:
				'The legal acts are public. Please say where you took the data from and check values against the acts before relying on them.'
		}
	},

	// Information pages (services, client-service standard, EU, glossary) and the offline page.
	info: {
		source: 'Source',
		sources: 'Sources',
		checked: 'checked on {{date}}',
		secondary: 'not an official page',
		opensLv: 'in Latvian',
		opensEn: 'in English',
		services: {
			title: 'Services and how to apply',
			intro:
				'Where and how to apply for the benefits and pensions our calculators work out, how long a decision takes and what the deadlines are. The agency always decides; this page only repeats what the agencies publish.',
			howTitle: 'How to apply to VSAA',
			contactsTitle: 'If you have a question',
			appealTitle: 'If you disagree with a decision',
			listTitle: 'Benefits and pensions',
			apply: 'How to apply',
			documents: 'Documents',
			decision: 'Decision',
			deadline: 'Deadline to claim',
			noDeadline: 'We found no deadline in the agency’s description; ask VSAA.',
			calculator: 'Calculator',
			othersTitle: 'Other VSAA benefits',
			othersIntro: 'Apply to VSAA for these benefits in the same ways as above; ask the agency about deadlines and documents.',
			eTitle: 'E-services: where to find the figures the calculators ask for',
			eIntro:
				'After you log in, these statements are on the state portal latvija.gov.lv (VSAA e-services). They are about you, and only you can see them.',
			eOpen: 'Open'
		},
		standard: {
			title: 'VSAA client-service standard',
			intro:
				'What the State Social Insurance Agency promises its clients: where to go, how to prove who you are, how fast it answers and where to give feedback. The standard was approved on 14 August 2018; the agency’s page may show a newer version.',
			feedbackTitle: 'Feedback and complaints'
		},
		eu: {
			title: 'Working or living in another EU country',
			intro:
				'Which country’s social security covers you when you work or live in more than one European country, what the A1 certificate and the European Health Insurance Card are, and how work in other countries counts.',
			rulesTitle: 'Which country’s law applies',
			article: 'Regulation 883/2004, {{article}}',
			checkerTitle: 'Check your situation',
			checkerIntro:
				'Answer a few questions. The answer is a guide; the institution decides, and in complicated cases it assesses your situation.',
			noJs: 'The check needs JavaScript; the rules are described above.',
			a1Title: 'The A1 certificate',
			ehicTitle: 'European Health Insurance Card (EHIC)',
			periodsTitle: 'Work in other countries and your benefits',
			askTitle: 'Ask the agency',
			q: {
				residence: 'Which country do you live in?',
				activity: 'Do you work?',
				special: 'Does one of these apply to you?',
				workCountry: 'Which country do you work in?',
				workCountryBoth: 'Which other country do you work in (not your country of residence)?',
				workCountryHint: 'If you also work in the country where you live, choose the other country.',
				alsoInResidence: 'Do you also work in the country where you live?',
				posted: 'Did your employer send you there for a limited time (no more than 24 months) from the country where you normally work?',
				postedSelf:
					'Are you normally self-employed in the country where you live, going there for a limited time (no more than 24 months)?',
				substantial: 'Is at least a quarter (25 %) of your working time or pay in the country where you live?',
				substantialHint: 'Look at the next 12 months. For example, 2 days a week in another country and 3 days at home — yes.',
				employerSeat: 'Where is your employer (or are your employers) registered?',
				employedInResidence: 'In which country do you work as an employee?'
			},
			a: {
				activity: {
					none: 'I do not work',
					employed: 'I am an employee',
					'self-employed': 'I am self-employed',
					both: 'Employee in one country, self-employed in another'
				},
				special: {
					none: 'No',
					'civil-servant': 'I am a civil servant',
					seafarer: 'I work on a ship',
					'flight-crew': 'I am flight or cabin crew'
				},
				seat: {
					residence: 'In the country where I live',
					'work-country': 'In the other country where I work',
					both: 'I have employers in both countries',
					elsewhere: 'Somewhere else, or in several other countries'
				},
				residenceCountry: 'In the country where I live',
				otherCountry: 'In the other country',
				outside: 'Outside the EU, the EEA and Switzerland, or in the United Kingdom'
			},
			result: {
				title: 'Answer',
				country: 'The social security law of this country applies to you: {{country}}.',
				administration: 'The law of the country whose administration employs you applies.',
				rule: 'Rule: Regulation 883/2004, {{article}}.',
				a1: 'To show this to another country’s institutions you need an A1 certificate from that country’s institution (in Latvia, VSAA).',
				incomplete: 'Answer all the questions to see the answer.',
				ask: {
					seafarer: 'For seafarers the rules depend on the ship’s flag and the employer; we do not assess this case. Ask VSAA.',
					'flight-crew': 'For flight crew the law of the home base applies, with exceptions; we do not assess this case. Ask VSAA.',
					outside:
						'Work outside the EU, the EEA and Switzerland, or in the United Kingdom, follows other rules (bilateral agreements). Ask VSAA.',
					'centre-of-interest':
						'If less than a quarter of the work is in your country of residence, the law of the country where the centre of interest of your activities is applies; the institution assesses this. Ask VSAA.',
					'employer-elsewhere':
						'If your employers are in other countries, the answer depends on exactly where; the institution assesses this. Ask VSAA.'
				}
			}
		},
		glossary: {
			title: 'Glossary',
			intro: 'Words used by the calculators and in the agencies’ letters, in plain language.',
			abbr: 'Short form: {{abbr}}',
			law: 'Law'
		},
		offline: {
			title: 'No internet connection',
			intro: 'This page has not been saved on this device yet, so it cannot be opened without the internet.',
			visited:
				'Pages you have already opened on this device work without the internet too — and so do their calculations, which run in your browser.',
			retry: 'When the connection is back, reload the page.',
			home: 'Go to the home page'
		}
	},

	check: {
		homeLink: 'What am I entitled to? Check every benefit for your situation',
		homeText: 'Choose what is happening in your life and see which benefits you are entitled to, how much, and by when to claim them.'
	}
} satisfies Messages;

export default en;
