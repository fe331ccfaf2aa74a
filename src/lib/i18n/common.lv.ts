import type { Messages } from '$lib/engine/calculator';

/** Shared Latvian strings. Same keys as common.en.ts (a test checks). */
const lv = {
	/** Link problems found by outside probing: long links keep their valid values. */
	probe: {
		linkLong: 'Saite ir neparasti gara; nolasītas tikai vērtības, ko šis kalkulators pazīst.',
		valueTooLong: 'Dažas vērtības saitē ir pārāk garas, lai būtu īstas ({{keys}}); tās netika izmantotas.'
	},
	site: {
		name: 'Sociālo tiesību kalkulatori',
		tagline: 'Pensijas, darba samaksa, nodokļi un pabalsti Latvijā — aprēķins ar likuma atsauci katram skaitlim',
		skip: 'Pāriet uz saturu',
		home: 'Sākums',
		about: 'Par datiem',
		language: 'Valoda',
		switchTo: 'English',
		switchToLabel: 'Read this page in English'
	},
	footer: {
		estimates: 'Aprēķini ir aplēses, nevis lēmumi — lēmumu pieņem iestāde (VSAA, VID, NVA).',
		privacy: 'Nekas, ko ievadāt, neatstāj jūsu pārlūku.',
		checked: 'Noteikumi pēdējoreiz pārbaudīti {{date}}.',
		dataLink: 'Par datiem un avotiem'
	},
	about: {
		rowCount_zero: '{{count}} ieraksti',
		rowCount_one: '{{count}} ieraksts',
		rowCount_other: '{{count}} ieraksti'
	},
	notFound: {
		title: 'Lapa nav atrasta',
		text: 'Šādas lapas nav. Visi kalkulatori ir sākumlapā, sagrupēti pa dzīves situācijām.',
		home: 'Uz sākumlapu (latviski)',
		errorTitle: 'Radās kļūda',
		errorText: 'Lapu neizdevās parādīt. Mēģiniet vēlreiz vai atveriet sākumlapu.'
	},
	form: {
		asOf: {
			label: 'Datums, uz kuru rēķināt',
			hint: 'Aprēķinā tiek izmantoti noteikumi, kas bija spēkā šajā datumā, piemēram, 22.11.2026. Pēc noklusējuma — šodiena.'
		},
		submit: 'Aprēķināt',
		optional: '(nav obligāti)',
		yes: 'Jā',
		no: 'Nē',
		/** Added to a date or month field's hint, and the hint of a field without one: its own example. */
		example: 'Piemēram, {{example}}',
		moneyListHint: 'Katru summu jaunā rindā vai atdaliet ar semikolu',
		noscript: 'Aprēķinam vajadzīgs JavaScript. Noteikumi un to avoti ir redzami zemāk arī bez tā.'
	},
	errors: {
		summaryTitle: 'Ir kļūda',
		prefix: 'Kļūda:',
		// Every field error names its field: {{what}} is the field's own phrase (fields.<name>.what, in
		// the accusative: "slimības lapas pirmo dienu"), {{example}} its own example (FieldDef.example).
		required: {
			date: 'Ievadiet {{what}}, piemēram, {{example}}',
			month: 'Ievadiet {{what}}, piemēram, {{example}}',
			money: 'Ievadiet {{what}} eiro, piemēram, {{example}}',
			'money-list': 'Ievadiet {{what}}, katru summu jaunā rindā, piemēram, {{example}}',
			integer: 'Ievadiet {{what}}, piemēram, {{example}}',
			decimal: 'Ievadiet {{what}}, piemēram, {{example}}',
			choice: 'Izvēlieties atbildi uz jautājumu “{{what}}”',
			boolean: 'Atbildiet “Jā” vai “Nē” uz jautājumu “{{what}}”'
		},
		date: {
			format: 'Ievadiet {{what}} kā īstu datumu formā dd.mm.gggg, piemēram, {{example}}',
			min: 'Ievadiet {{what}}, ne agrāk kā {{min}}',
			max: 'Ievadiet {{what}}, ne vēlāk kā {{max}}',
			afterAsOf: 'Ievadiet {{what}}, ne vēlāk kā aprēķina datumā ({{max}})',
			tooLong: 'Ievadiet {{what}} īsāk, piemēram, {{example}}'
		},
		month: {
			format: 'Ievadiet {{what}} formā mm.gggg, piemēram, {{example}}',
			min: 'Ievadiet {{what}}, ne agrāk kā {{min, acc}}',
			max: 'Ievadiet {{what}}, ne vēlāk kā {{max, acc}}',
			tooLong: 'Ievadiet {{what}} īsāk, piemēram, {{example}}'
		},
		money: {
			format: 'Ievadiet {{what}} eiro ar cipariem, piemēram, {{example}}',
			min: 'Ievadiet {{what}}: {{min}} vai vairāk',
			max: 'Ievadiet {{what}}: ne vairāk kā {{max}}',
			cents: 'Ievadiet {{what}} ar ne vairāk kā diviem cipariem aiz komata, piemēram, {{example}}',
			ambiguous: '“{{typed}}” var nozīmēt {{small}} vai {{large}}; ievadiet {{what}} kā {{smallTyped}} vai {{largeTyped}}',
			tooLong: 'Ievadiet {{what}} īsāk, piemēram, {{example}}'
		},
		moneyList: {
			item: '{{n}}. summa (“{{value}}”) nav derīga: ievadiet {{what}} eiro, piemēram, {{example}}',
			itemAmbiguous: '{{n}}. summa “{{typed}}” var nozīmēt {{small}} vai {{large}}; ievadiet to kā {{smallTyped}} vai {{largeTyped}}',
			count: 'Ievadiet {{what}}: no {{min}} līdz {{max}} summām (ievadītas: {{count}})',
			tooLong: 'Ievadiet {{what}} īsāk, katru summu jaunā rindā'
		},
		integer: {
			format: 'Ievadiet {{what}} kā veselu skaitli no {{min}} līdz {{max}}, piemēram, {{example}}',
			range: 'Ievadiet {{what}} no {{min}} līdz {{max}}, piemēram, {{example}}',
			tooLong: 'Ievadiet {{what}} īsāk, piemēram, {{example}}'
		},
		decimal: {
			format: 'Ievadiet {{what}} ar cipariem no {{min}} līdz {{max}}, piemēram, {{example}}',
			range: 'Ievadiet {{what}} no {{min}} līdz {{max}}, piemēram, {{example}}',
			places: 'Ievadiet {{what}} ar ne vairāk kā {{places}} cipariem aiz komata, piemēram, {{example}}',
			ambiguous: '“{{typed}}” var nozīmēt {{small}} vai {{large}}; ievadiet {{what}} kā {{smallTyped}} vai {{largeTyped}}',
			tooLong: 'Ievadiet {{what}} īsāk, piemēram, {{example}}'
		},
		choice: {
			unknown: 'Izvēlieties vienu no piedāvātajām atbildēm uz jautājumu “{{what}}”',
			tooLong: 'Izvēlieties vienu no piedāvātajām atbildēm uz jautājumu “{{what}}”'
		},
		boolean: {
			unknown: 'Atbildiet “Jā” vai “Nē” uz jautājumu “{{what}}”',
			tooLong: 'Atbildiet “Jā” vai “Nē” uz jautājumu “{{what}}”'
		},
		asOf: {
			required: 'Ievadiet datumu, uz kuru rēķināt, piemēram, {{example}}',
			format: 'Ievadiet datumu, uz kuru rēķināt, kā īstu datumu formā dd.mm.gggg, piemēram, {{example}}',
			before: 'Mums ir noteikumi no {{min}}; izvēlieties vēlāku datumu, uz kuru rēķināt',
			after: 'Mums ir noteikumi līdz {{max}}; izvēlieties agrāku datumu, uz kuru rēķināt'
		},
		unexpected: 'Aprēķinu neizdevās pabeigt. Lūdzu, pārbaudiet ievadīto vai mēģiniet vēlreiz.'
	},
	link: {
		title: 'Saiti nevarēja nolasīt pilnībā',
		tooLong: 'Saite ir pārāk gara, tāpēc tās vērtības netika izmantotas.',
		malformed: 'Saite ir bojāta, tāpēc tās vērtības netika izmantotas.',
		repeated: 'Saitē vērtība “{{key}}” ir vairākas reizes; izmantota pirmā.',
		version: 'Saite ir veidota citai kalkulatora versijai; pārbaudiet vērtības.',
		unknownKeys: 'Saitē ir nezināmas daļas ({{keys}}), tās netika izmantotas.',
		kept: 'Derīgās vērtības ir saglabātas formā.'
	},
	coverage: {
		before: 'Nevaram atbildēt: tabulā “{{table}}” noteikumi ir no {{from}}, bet aprēķinam vajadzīgs datums {{date}}.',
		after: 'Nevaram atbildēt: tabulā “{{table}}” noteikumi zināmi līdz {{until}}, bet aprēķinam vajadzīgs datums {{date}}.',
		repealed: 'Nevaram atbildēt: noteikums “{{table}}” ir atcelts no {{since}} (vajadzīgs datums {{date}}).'
	},
	status: {
		confirmed: 'apstiprināta',
		derived: 'atvasināta',
		secondary: 'apstiprināta tikai neoficiālos avotos',
		unconfirmed: 'neapstiprināta',
		planned: 'plānota, vēl nav pieņemta',
		notice: {
			confirmed: '',
			derived: 'Vērtība tabulā “{{table}}” (spēkā no {{since}}) ir atvasināta no noteikuma, nevis tieši publicēta.',
			secondary:
				'Vērtību tabulā “{{table}}” (spēkā no {{since}}) esam atraduši tikai neoficiālos avotos (presē, konsultāciju uzņēmumu vai arodbiedrību materiālos). Pārbaudiet to iestādē.',
			unconfirmed: 'Vērtība tabulā “{{table}}” (spēkā no {{since}}) nav apstiprināta oficiālā avotā. Pārbaudiet to iestādē.',
			planned: 'Vērtība tabulā “{{table}}” (no {{since}}) ir izziņota, bet vēl nav pieņemta.'
		}
	},
	print: {
		printedOn: 'Izdrukāts {{date}}.',
		asOf: 'Aprēķināts pēc noteikumiem, kas spēkā {{date}}',
		link: 'Saite, kas atkārto šo aprēķinu:'
	},
	result: {
		rulesUsedSummary_zero: 'Rādīt {{count}} noteikumus ar tiesisko pamatu un avotiem',
		rulesUsedSummary_one: 'Rādīt {{count}} noteikumu ar tiesisko pamatu un avotiem',
		rulesUsedSummary_other: 'Rādīt {{count}} noteikumus ar tiesisko pamatu un avotiem',
		rulesUsed: 'Izmantotie noteikumi',
		basis: 'Tiesiskais pamats',
		evidence: 'Vērtību apliecina',
		namedOn: 'normu nosauc',
		secondarySource: 'neoficiāls avots',
		ruleRef_zero: '{{rules}} noteikums',
		ruleRef_one: '{{rules}} noteikums',
		ruleRef_other: '{{rules}} noteikums',
		showArithmetic: 'Rādīt aprēķina detaļas',
		hideArithmetic: 'Slēpt aprēķina detaļas',
		rows_zero: '{{count}} rindas',
		rows_one: '{{count}} rinda',
		rows_other: '{{count}} rindas',
		region: 'Rezultāts',
		figures: 'Galvenie skaitļi',
		how: 'Kā mēs to aprēķinājām',
		validFrom: 'Spēkā no',
		value: 'Vērtība',
		rule: 'Noteikums',
		source: 'Avots',
		inForceSince: 'spēkā no {{date}}',
		inForceUntil: 'līdz {{date}}',
		rounding: 'Noapaļots no {{from}} līdz {{to}}: {{reason}}',
		notices: 'Jāņem vērā',
		notEligible: 'Jums pagaidām nav tiesību',
		reasons: 'Kāpēc',
		cannotAnswer: 'Nevaram atbildēt',
		notCoveredTitle: 'Ko šis neaptver',
		copyLink: 'Kopēt saiti uz šo aprēķinu',
		copied: 'Saite nokopēta',
		copyFailed: 'Saiti neizdevās nokopēt; nokopējiet to no adreses joslas.',
		print: 'Drukāt',
		addToCalendar: 'Pievienot termiņu ({{date}}) savam kalendāram (.ics)',
		deadlineSummary: 'pieteikšanās termiņš',
		downloadCsv: 'Lejupielādēt CSV',
		inputs: 'Ievadītie dati',
		chartSummary: '{{label}}: {{value}}',
		sourcesTitle: 'Noteikumi un avoti, ko izmanto šis kalkulators',
		loadingRules: 'Ielādē noteikumus un to avotus…',
		consulted: 'skatīts {{date}}',
		unitEur: '€'
	},
	rounding: {
		kShown: 'koeficientu K rāda ar 5 cipariem aiz komata; aprēķinā izmanto tā precīzo vērtību',
		centsTotalOnce: 'rāda veselos centos; kopējo nodokli noapaļo vienreiz',
		cents: 'summas izsaka veselos centos',
		hourlyRate: 'Labklājības ministrija minimālo stundas tarifa likmi publicē ar tik cipariem aiz komata (MK noteikumi Nr. 656)',
		paySplit: 'Labklājības ministrijas tabulās minimālo algu sadala ar tik cipariem aiz komata'
	},
	embed: {
		openFull: 'Atvērt pilno kalkulatoru ar avotiem jaunā cilnē'
	},
	embedding: {
		embedThis: 'Ievietot šo kalkulatoru savā vietnē'
	},
	/** Valid but implausible values: shown first among the result's notices (README "Decisions"). */
	plausibility: {
		monthlyAboveAnnualMax:
			'Pārbaudiet “{{field}}”: {{amount}} mēnesī ir vairāk nekā iemaksu objekta maksimālais apmērs visam {{year}}. gadam ({{max}}). Ja ievadījāt gada summu, ievadiet mēneša summu.',
		sickLeaveTooLong:
			'Pārbaudiet slimības lapas datumus: {{days}} ir ilgāk, nekā VSAA maksā slimības pabalstu ({{weeks}} nedēļas); aprēķins attiecas tikai uz šo laiku.'
	},
	units: {
		years_zero: '{{count}} gadi',
		years_one: '{{count}} gads',
		years_other: '{{count}} gadi',
		months_zero: '{{count}} mēneši',
		months_one: '{{count}} mēnesis',
		months_other: '{{count}} mēneši',
		days_zero: '{{count}} dienas',
		days_one: '{{count}} diena',
		days_other: '{{count}} dienas',
		hours_zero: '{{count}} stundas',
		hours_one: '{{count}} stunda',
		hours_other: '{{count}} stundas',
		children_zero: '{{count}} bērni',
		children_one: '{{count}} bērns',
		children_other: '{{count}} bērni',
		dat: {
			years_zero: '{{count}} gadiem',
			years_one: '{{count}} gadam',
			years_other: '{{count}} gadiem',
			months_zero: '{{count}} mēnešiem',
			months_one: '{{count}} mēnesim',
			months_other: '{{count}} mēnešiem',
			days_zero: '{{count}} dienām',
			days_one: '{{count}} dienai',
			days_other: '{{count}} dienām',
			hours_zero: '{{count}} stundām',
			hours_one: '{{count}} stundai',
			hours_other: '{{count}} stundām',
			children_zero: '{{count}} bērniem',
			children_one: '{{count}} bērnam',
			children_other: '{{count}} bērniem'
		},
		gen: {
			years_zero: '{{count}} gadu',
			years_one: '{{count}} gada',
			years_other: '{{count}} gadu',
			months_zero: '{{count}} mēnešu',
			months_one: '{{count}} mēneša',
			months_other: '{{count}} mēnešu',
			days_zero: '{{count}} dienu',
			days_one: '{{count}} dienas',
			days_other: '{{count}} dienu',
			hours_zero: '{{count}} stundu',
			hours_one: '{{count}} stundas',
			hours_other: '{{count}} stundu',
			children_zero: '{{count}} bērnu',
			children_one: '{{count}} bērna',
			children_other: '{{count}} bērnu'
		},
		// After "par": accusative singular, dative plural ("par 1 stundu", "par 744 stundām").
		acc: {
			years_zero: '{{count}} gadiem',
			years_one: '{{count}} gadu',
			years_other: '{{count}} gadiem',
			months_zero: '{{count}} mēnešiem',
			months_one: '{{count}} mēnesi',
			months_other: '{{count}} mēnešiem',
			days_zero: '{{count}} dienām',
			days_one: '{{count}} dienu',
			days_other: '{{count}} dienām',
			hours_zero: '{{count}} stundām',
			hours_one: '{{count}} stundu',
			hours_other: '{{count}} stundām',
			children_zero: '{{count}} bērniem',
			children_one: '{{count}} bērnu',
			children_other: '{{count}} bērniem'
		},
		loc: {
			years_zero: '{{count}} gados',
			years_one: '{{count}} gadā',
			years_other: '{{count}} gados',
			months_zero: '{{count}} mēnešos',
			months_one: '{{count}} mēnesī',
			months_other: '{{count}} mēnešos',
			days_zero: '{{count}} dienās',
			days_one: '{{count}} dienā',
			days_other: '{{count}} dienās',
			hours_zero: '{{count}} stundās',
			hours_one: '{{count}} stundā',
			hours_other: '{{count}} stundās',
			children_zero: '{{count}} bērnos',
			children_one: '{{count}} bērnā',
			children_other: '{{count}} bērnos'
		},
		age: '{{years}} un {{months}}',
		perHour: '{{value}} stundā',
		perDay: '{{value}} dienā'
	},
	/** Gadu mija: aprēķina datums (vai aprēķinam vajadzīgs datums) ir pēc noteikumiem, kas mums ir. */
	rollover: {
		year: 'Mums vēl nav {{year}}. gada noteikumu, tāpēc zemāk redzamais rezultāts aprēķināts pēc noteikumiem, kas bija spēkā {{until}}',
		after: 'Mums vēl nav noteikumu, kas būtu spēkā pēc {{until}}, tāpēc zemāk redzamais rezultāts aprēķināts pēc šīs dienas noteikumiem.',
		changeDate: 'Mainīt datumu, uz kuru rēķināt',
		tooLate: 'Ievadiet datumu, kas nav vēlāks par {{max}}',
		known: 'Noteikumi zināmi līdz {{until}}'
	},
	// The rules pages, the change view, stale share links and the open data (issue 12 part 2).
	rulesPages: {
		nav: 'Noteikumi',
		footer: {
			rules: 'Visi noteikumi un to avoti',
			changes: 'Kas mainījies',
			openData: 'Atvērtie dati'
		},
		stale: {
			title: 'Šī aprēķina noteikumi ir mainījušies',
			text: 'Saite ir izveidota ar noteikumiem, kas tās datumam kopš tā laika ir atjaunināti. Rezultāts zemāk izmanto pašreizējos noteikumus.',
			changed: 'Kas mainījies:',
			now: 'tagad: {{value}}, no {{from}}',
			unknown: 'No saites nevar noteikt, ar kuru noteikumu tā izveidota. Skatiet, kas mainījies šim aprēķinam.',
			changesLink: 'Kas mainījies šim aprēķinam'
		},
		calcLinks: {
			changes: 'Kas mainījies šim aprēķinam',
			rules: 'Visi noteikumi un to avoti'
		}
	},
	// Information pages (services, client-service standard, EU, glossary) and the offline page.
	info: {
		nav: { services: 'Pakalpojumi', eu: 'Darbs ES', glossary: 'Vārdnīca' },
		footer: 'Kā pieteikties pabalstiem',
		footerStandard: 'VSAA klientu apkalpošanas standarts',
		footerEu: 'Darbs vai dzīve citā ES valstī',
		footerGlossary: 'Terminu vārdnīca',
		field: {
			term: 'Kas ir «{{term}}»?',
			eService: 'Kur to atrast: e-pakalpojums «{{name}}» portālā latvija.gov.lv'
		}
	}
} satisfies Messages;

export default lv;
