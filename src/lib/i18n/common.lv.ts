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
	home: {
		title: 'Kalkulatori',
		intro:
			'Aprēķiniet, kad varat saņemt pensiju, cik lielai jābūt minimālajai samaksai, cik nodokļu tiek ieturēts un kādi pabalsti jums varētu pienākties. Katram skaitlim redzams likums, no kura tas izriet, un kopš kura datuma tas ir spēkā.',
		forWhom:
			'Vietne ir iedzīvotājiem, kuri grib saprast, kas viņiem pienākas, kā arī darba devējiem, grāmatvežiem un konsultantiem. Izvēlieties savu situāciju; viens kalkulators var būt vairākās.',
		situations: 'Dzīves situācijas',
		sourcesTitle: 'No kurienes nāk noteikumi',
		sources:
			'Noteikumi ir ņemti no likumiem un Ministru kabineta noteikumiem portālā likumi.lv un pārbaudīti iestāžu publikācijās: Valsts sociālās apdrošināšanas aģentūras (VSAA), Valsts ieņēmumu dienesta (VID), Labklājības ministrijas (LM) un Nodarbinātības valsts aģentūras (NVA). Pie katra aprēķina soļa redzams tā avots un datums, kopš kura noteikums ir spēkā; vērtības, ko neapliecina oficiāls avots, ir atzīmētas.',
		aboutLink: 'Par datiem, avotiem un piekļūstamību',
		privacyTitle: 'Privātums',
		privacy: 'Nekas, ko ievadāt, neatstāj jūsu pārlūku: aprēķins notiek jūsu ierīcē, bez sīkdatnēm, analītikas un trešo pušu pakalpojumiem.'
	},
	about: {
		title: 'Par datiem',
		intro:
			'Šie kalkulatori palīdz iedzīvotājiem, darba devējiem, grāmatvežiem un konsultantiem saprast Latvijas noteikumus un aptuveni aprēķināt, kas pienākas — par šo gadu un par iepriekšējiem gadiem.',
		coversTitle: 'Ko vietne aptver',
		covers:
			'Kalkulatori ({{n}}) aptver pensionēšanās vecumu, minimālo darba samaksu un darba laiku, algas nodokļus un sociālās iemaksas, kā arī sociālās apdrošināšanas un valsts sociālos pabalstus. Ko katrs kalkulators neaptver, ir rakstīts tā lapā.',
		sourcesTitle: 'Kā tiek noteikti noteikumi',
		sources:
			'Katrai vērtībai norādām tiesisko pamatu — likumu vai Ministru kabineta noteikumus ar pantu vai punktu un saiti uz likumi.lv — un pierādījumu: iestādes (VSAA, VID, LM, NVA) vai oficiālā izdevuma lapu, kurā vērtība ir norādīta. Kur akta saite vēl nav pievienota, redzams pierādījums.',
		versioning:
			'Vērtības glabājam ar datumu, no kura tās ir spēkā, un aprēķins izmanto tās, kas bija spēkā jūsu izvēlētajā datumā. Ja par šo datumu noteikumu nav, kalkulators to pasaka, nevis min.',
		statusTitle: 'Ko nozīmē vērtību statusi',
		statuses: {
			confirmed: 'vērtību norāda normatīvais akts vai iestādes oficiālā lapa.',
			secondary:
				'vērtība atrasta tikai neoficiālos avotos (presē, konsultāciju uzņēmumu vai arodbiedrību materiālos), nevis oficiālā lapā; rezultātā par to ir brīdinājums.',
			derived: 'vērtība ir aprēķināta no apstiprināta noteikuma (piemēram, pēc formulas), nevis publicēta kā tāda.',
			unconfirmed: 'oficiālu avotu šai vērtībai neatradām; rezultātā par to ir brīdinājums.',
			planned: 'vērtība ir paziņota (piemēram, budžeta projektā), bet vēl nav pieņemta.'
		},
		privacyTitle: 'Privātums',
		privacy:
			'Nekas, ko ievadāt, netiek nosūtīts uz serveri. Vietne neizmanto sīkdatnes, analītiku vai trešo pušu pakalpojumus. Saite uz aprēķinu glabā ievadītās vērtības adreses daļā pēc zīmes “#”, ko pārlūks serverim nesūta.',
		accessibilityTitle: 'Piekļūstamības paziņojums',
		accessibility:
			'Vietni veidojam atbilstoši standartam EN 301 549 (WCAG 2.1 AA līmenis), ko Latvijas publiskajām tīmekļvietnēm prasa Ministru kabineta noteikumi Nr. 445. Katru lapu automātiski pārbaudām ar rīku axe; lapas ir veidotas lietošanai ar tastatūru un ekrāna lasītāju, 320 pikseļu platā ekrānā un ar 400 % tālummaiņu.',
		accessibilityLimits:
			'Zināmie ierobežojumi: lapas var lasīt bez JavaScript, bet pašam aprēķinam tas ir vajadzīgs; likumu teksti, uz kuriem ved saites, ir citās vietnēs, pārsvarā tikai latviski. Neatkarīgs piekļūstamības audits vēl nav veikts.',
		disclaimerTitle: 'Atruna',
		disclaimer:
			'Rezultāti ir aplēses, kas palīdz saprast noteikumus. Tie nav iestādes lēmums un nerada tiesības. Par savu situāciju jautājiet VSAA (tālr. 8001 0021), VID (tālr. 6712 0000) vai izmantojiet e-pakalpojumus portālā latvija.gov.lv.',
		tablesTitle: 'Noteikumu tabulas',
		tablesIntro:
			'Visas noteikumu tabulas ({{n}}) pa jomām: katras nosaukums, laiks, par kuru tā ir zināma, un akti, uz kuriem tā balstās. Atveriet jomu, lai redzētu tās tabulas; katras vērtības avoti ir redzami kalkulatora lapā.',
		domains: {
			pension: 'Pensijas',
			labour: 'Darba samaksa un darba laiks',
			calendar: 'Svētku dienas un darba laika kalendārs',
			tax: 'Iedzīvotāju ienākuma nodoklis',
			'social-insurance': 'Sociālās apdrošināšanas iemaksas',
			benefits: 'Sociālās apdrošināšanas pabalsti',
			'state-benefits': 'Valsts sociālie pabalsti'
		},
		coverage: {
			from: 'zināma no {{from}}',
			until: 'zināma no {{from}} līdz {{until}}',
			repealed: 'no {{from}}, atcelta no {{until}}'
		},
		basis: 'Tiesiskais pamats:',
		evidence: 'Pierādījumi:',
		someValues: 'Dažām vērtībām ir statuss {{list}}',
		rowCount_zero: '{{count}} ierakstu',
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
		dateHint: 'Piemēram, 15.03.1962',
		monthHint: 'Piemēram, 03.2026',
		moneyListHint: 'Katru summu jaunā rindā vai atdaliet ar semikolu',
		noscript: 'Aprēķinam vajadzīgs JavaScript. Noteikumi un to avoti ir redzami zemāk arī bez tā.'
	},
	errors: {
		summaryTitle: 'Ir kļūda',
		prefix: 'Kļūda:',
		tooLong: 'Ievadītais teksts ir pārāk garš',
		required: {
			date: 'Ievadiet datumu, piemēram, 15.03.1962',
			month: 'Ievadiet mēnesi, piemēram, 03.2026',
			money: 'Ievadiet summu eiro, piemēram, 1234,56',
			'money-list': 'Ievadiet summas, katru jaunā rindā',
			integer: 'Ievadiet skaitli',
			decimal: 'Ievadiet skaitli',
			choice: 'Izvēlieties vienu no iespējām',
			boolean: 'Atbildiet “Jā” vai “Nē”'
		},
		date: {
			format: 'Ievadiet īstu datumu formā dd.mm.gggg, piemēram, 15.03.1962',
			min: 'Datumam jābūt ne agrākam par {{min}}',
			max: 'Datumam jābūt ne vēlākam par {{max}}',
			afterAsOf: 'Datums nevar būt vēlāks par aprēķina datumu ({{max}})'
		},
		month: {
			format: 'Ievadiet mēnesi formā mm.gggg, piemēram, 03.2026',
			min: 'Mēnesim jābūt ne agrākam par {{min}}',
			max: 'Mēnesim jābūt ne vēlākam par {{max}}'
		},
		money: {
			format: 'Ievadiet summu eiro ar cipariem, piemēram, 1234,56',
			min: 'Ievadiet summu, kas ir {{min}} vai lielāka',
			max: 'Ievadiet summu, kas nav lielāka par {{max}}',
			cents: 'Ievadiet summu ar ne vairāk kā diviem cipariem aiz komata'
		},
		moneyList: {
			item: '{{n}}. summa (“{{value}}”) nav derīga: ievadiet summu eiro, piemēram, 812,50',
			count: 'Ievadiet no {{min}} līdz {{max}} summām (ievadītas: {{count}})'
		},
		integer: {
			format: 'Ievadiet veselu skaitli no {{min}} līdz {{max}}',
			range: 'Ievadiet skaitli no {{min}} līdz {{max}}'
		},
		decimal: {
			format: 'Ievadiet skaitli no {{min}} līdz {{max}}',
			range: 'Ievadiet skaitli no {{min}} līdz {{max}}',
			places: 'Ievadiet ne vairāk kā {{places}} ciparus aiz komata'
		},
		choice: { unknown: 'Izvēlieties vienu no piedāvātajām iespējām' },
		boolean: { unknown: 'Atbildiet “Jā” vai “Nē”' },
		asOf: {
			before: 'Mums ir noteikumi no {{min}}; izvēlieties vēlāku datumu',
			after: 'Mums ir noteikumi līdz {{max}}; izvēlieties agrāku datumu'
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
		rows_zero: '{{count}} rindu',
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
		openFull: 'Atvērt pilno kalkulatoru ar avotiem jaunā cilnē',
		title: 'Ievietot savā vietnē',
		intro: 'Šo kalkulatoru var ievietot citā vietnē kā iframe logrīku. Tas neko nesūta uz serveriem un lapai paziņo tikai savu augstumu.'
	},
	units: {
		years_zero: '{{count}} gadu',
		years_one: '{{count}} gads',
		years_other: '{{count}} gadi',
		months_zero: '{{count}} mēnešu',
		months_one: '{{count}} mēnesis',
		months_other: '{{count}} mēneši',
		days_zero: '{{count}} dienu',
		days_one: '{{count}} diena',
		days_other: '{{count}} dienas',
		hours_zero: '{{count}} stundu',
		hours_one: '{{count}} stunda',
		hours_other: '{{count}} stundas',
		children_zero: '{{count}} bērnu',
		children_one: '{{count}} bērns',
		children_other: '{{count}} bērni',
		age: '{{years}} un {{months}}',
		perHour: '{{value}} stundā',
		perDay: '{{value}} dienā'
	}
} satisfies Messages;

export default lv;
