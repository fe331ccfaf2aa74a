import type { Messages } from '$lib/engine/calculator';

/**
 * Latvian strings of the site's own pages (home, about, rules pages, information pages, embedding,
 * the entitlement check's entry), kept apart from common.lv.ts so that a calculator page does not
 * download them; merged into the `common` namespace where a page needs them (i18n/index.ts).
 * Same keys as pages.en.ts (a test checks).
 */
const lv = {
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
		someValues: 'Dažām vērtībām ir statuss {{list}}'
	},

	embedding: {
		title: 'Kalkulatoru ievietošana citā vietnē',
		intro:
			'Ministrijas, iestādes un citas organizācijas jebkuru no šiem kalkulatoriem var ievietot savā lapā ar vienu koda rindu. Izvēlieties kalkulatoru un izskatu, apskatiet priekšskatījumu un nokopējiet kodu.',
		settings: 'Iestatījumi',
		calculator: 'Kalkulators',
		language: 'Logrīka valoda',
		langLv: 'latviešu',
		langEn: 'angļu',
		colorLabel: 'Krāsa (nav obligāti)',
		colorHint:
			'Jūsu vietnes krāsa heksadecimālā pierakstā, piemēram, #1d4f91. Ar to krāso pogu un saites, tāpēc tās kontrastam ar baltu jābūt vismaz {{min}}:1.',
		colorFormat: 'Ievadiet krāsu heksadecimālā pierakstā, piemēram, #1d4f91',
		colorContrast: 'Šīs krāsas kontrasts ar baltu ir {{ratio}}:1, bet vajag vismaz {{min}}:1. Izvēlieties tumšāku krāsu',
		compactLabel: 'Īsāks logrīks: bez ievada un sadaļas “Ko šis neaptver”',
		situationLabel: 'Sākt no šī aprēķina (nav obligāti)',
		situationHint: 'Ielīmējiet saiti, ko kalkulatora lapā dod poga “Kopēt saiti uz šo aprēķinu”. Logrīks atvērsies ar šiem datiem.',
		situationEmpty: 'Šajā saitē nav aprēķina. Ielīmējiet saiti no kalkulatora lapas',
		situationProblems: 'Saitē ir kļūdas: {{problems}}',
		situationCalculator: 'Saite ir uz kalkulatoru “{{title}}”, tāpēc izvēlēts tas.',
		preview: 'Priekšskatījums',
		previewHint: 'Šis ir īstais logrīks, tieši tāds, kādu to redzēs jūsu lapā: tajā var rēķināt.',
		code: 'Kods',
		codeLoader: 'Ieteicamais veids: ar ielādes skriptu',
		codeLoaderHint:
			'Ielīmējiet kodu lapas vietā, kur jābūt kalkulatoram. Logrīka augstums mainās līdzi saturam. Ja lapā ir vairāki kalkulatori, skripta rinda vajadzīga tikai vienreiz. Saite kodā ir rezerves variants: to redz, līdz logrīks ielādējies, un tad, ja skripti ir bloķēti.',
		codeIframe: 'Bez skripta: vienkāršs iframe',
		codeIframeHint:
			'Šim iframe ir nemainīgs augstums ({{height}} pikseļu), tāpēc garāks rezultāts ritinās logrīka iekšpusē. Izmantojiet to tikai tad, ja lapā nedrīkst ievietot skriptu.',
		copy: 'Kopēt kodu',
		copied: 'Kods nokopēts',
		copyFailed: 'Kodu neizdevās nokopēt; iezīmējiet to un nokopējiet.',
		needsScript: 'Iestatījumiem, priekšskatījumam un kodam vajadzīgs JavaScript.',
		attributesTitle: 'Iestatījumi kodā',
		attributesIntro: 'Iestatījumus norāda elementa atribūtos. Nederīgu vērtību logrīks neizmanto un pārlūka konsolē paskaidro, kāpēc.',
		attribute: 'Atribūts',
		meaning: 'Nozīme',
		attrCalculator: 'kalkulatora identifikators (obligāts), piemēram, {{example}}',
		attrLang: 'lv vai en; citādi lv',
		attrColor: 'krāsa #rrggbb, kuras kontrasts ar baltu ir vismaz {{min}}:1; citādi noklusētā krāsa',
		attrCompact: 'bez ievada un sadaļas “Ko šis neaptver”',
		attrSituation: 'kalkulatora saites daļa pēc zīmes #: forma atveras ar šiem datiem, ko pārbauda tāpat kā saiti',
		attrDate: 'datums GGGG-MM-DD, uz kuru rēķināt; citādi šodiena',
		securityTitle: 'Drošība un privātums',
		privacyCookies: 'Logrīks neizmanto sīkdatnes, analītiku un trešo pušu pakalpojumus un apmeklētāja pārlūkā neko nesaglabā.',
		privacyRequests: 'Pēc ielādes tas nesūta nekādus pieprasījumus: aprēķins notiek apmeklētāja pārlūkā, un nekas ievadītais to neatstāj.',
		privacyMessages:
			'Jūsu lapai logrīks paziņo tikai savu augstumu un to, ka parādīts rezultāts, nekad ievadītos datus, summas vai datumus. Ziņas tas sūta tikai jūsu vietnes adresei, un ielādes skripts pieņem ziņas tikai no saviem logrīkiem.',
		privacyHost: 'Logrīks nevar atvērt citu lapu jūsu lapas vietā un pats to neritina.',
		cspIntro: 'Ja jūsu vietnei ir satura drošības politika (Content-Security-Policy), pievienojiet tai:',
		referrer:
			'Ielādes skripts iframe pievieno atribūtu referrerpolicy="origin": logrīks uzzina tikai jūsu vietnes adresi (bez lapas ceļa) un pārbauda, ka ziņas sūta īstajai lapai. Tas darbojas arī tad, ja jūsu lapas politika ir no-referrer.',
		messagesIntro: 'Ziņas, ko jūsu lapa var klausīties (notikums message no šīs vietnes adreses):',
		testPage: 'Pārbaudes lapa ar visiem kalkulatoriem',
		allTitle: 'Visi kalkulatori kā logrīki',
		allIntro: 'Šajā lapā katrs kalkulators ir ievietots ar ielādes skriptu, tāpat kā citā vietnē.',
		backToSettings: 'Atpakaļ uz ievietošanas iestatījumiem'
	},

	// The rules pages, the change view, stale share links and the open data (issue 12 part 2).
	rulesPages: {
		index: {
			title: 'Noteikumi un to avoti',
			intro:
				'Katra vērtība, ko izmanto kalkulatori, ar laiku, kad tā ir spēkā, tiesisko pamatu un pierādījumiem. Meklējiet latviski vai angliski vai pārlūkojiet pa jomām.',
			searchLabel: 'Meklēt noteikumos',
			searchHint: 'Vārdi latviski vai angliski, piemēram, “minimālā alga” vai “minimum wage”',
			found_zero: 'Atrastas {{count}} tabulas',
			found_one: 'Atrasta {{count}} tabula',
			found_other: 'Atrastas {{count}} tabulas',
			none: 'Neviens noteikums neatbilst vaicājumam “{{q}}”. Mēģiniet citu vārdu, piemēram, “alga”, “nodoklis” vai “pensija”.',
			tables_zero: '{{count}} tabulas',
			tables_one: '{{count}} tabula',
			tables_other: '{{count}} tabulas',
			changesLink: 'Salīdzināt divus datumus: kas mainījies',
			openDataLink: 'Lejupielādēt visus noteikumus kā atvērtos datus'
		},
		table: {
			back: 'Visi noteikumi',
			rowsTitle: 'Visas vērtības',
			value: 'Vērtība',
			period: 'Spēkā',
			status: 'Statuss',
			basis: 'Tiesiskais pamats',
			evidence: 'Pierādījumi',
			note: 'Piezīme',
			fromTo: '{{from}} – {{to}}',
			fromOn: 'no {{from}}',
			repealed: 'atcelts',
			coveredUntil: 'Vērtības ir zināmas līdz {{date}} ieskaitot. Par vēlākiem datumiem kalkulatori neatbild.',
			noEnd: 'Pēdējā vērtība ir spēkā, līdz to maina likums.',
			chartTitle: 'Kā mainījusies vērtība',
			chartLabel: '{{title}}: {{firstYear}}. gadā {{first}}, {{lastYear}}. gadā {{last}}; visas vērtības ir tabulā zemāk.',
			usedByTitle: 'Kalkulatori, kas to izmanto',
			usedByNone: 'Neviens kalkulators šo tabulu tieši neizmanto.',
			download: 'Lejupielādēt šo tabulu (JSON)',
			rowCount_zero: '{{count}} vērtības',
			rowCount_one: '{{count}} vērtība',
			rowCount_other: '{{count}} vērtības'
		},
		changes: {
			title: 'Kas mainījies',
			forCalc: 'Kas mainījies kalkulatorā “{{calc}}”',
			intro:
				'Izvēlieties divus datumus, lai redzētu katru noteikumu vērtību, kas starp tiem atšķiras, ar abām vērtībām un aktu, kas to mainīja.',
			from: 'Pirmais datums',
			to: 'Otrais datums',
			fromHint: 'Piemēram, 31.12.2024',
			toHint: 'Piemēram, 01.01.2025',
			fromError: 'Ievadiet pirmo datumu kā īstu datumu, piemēram, 31.12.2024',
			toError: 'Ievadiet otro datumu kā īstu datumu, piemēram, 01.01.2025',
			calc: 'Kuri noteikumi',
			allCalcs: 'Visi noteikumi',
			show: 'Rādīt izmaiņas',
			nextJanuary: 'Kas mainās {{year}}. gada 1. janvārī',
			loading: 'Ielādē noteikumus…',
			loadError: 'Noteikumus neizdevās ielādēt. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
			noscript: 'Divu datumu salīdzināšanai vajadzīgs JavaScript. Katra vērtība ar tās datumiem ir noteikumu lapās.',
			summary_zero: 'Starp {{from}} un {{to}} atšķiras {{count}} vērtības.',
			summary_one: 'Starp {{from}} un {{to}} atšķiras {{count}} vērtība.',
			summary_other: 'Starp {{from}} un {{to}} atšķiras {{count}} vērtības.',
			none: 'Starp {{from}} un {{to}} neviena vērtība neatšķiras.',
			onDate: '{{date}}',
			changedBy: 'Mainīja',
			between_zero: 'pa vidu mainījusies {{count}} reizes',
			between_one: 'pa vidu mainījusies vienreiz',
			between_other: 'pa vidu mainījusies {{count}} reizes',
			notKnown: 'par šo datumu nav zināma',
			repealedState: 'atcelta'
		},
		openData: {
			title: 'Atvērtie dati',
			intro:
				'Katra noteikumu tabula un katrs aprēķina piemērs, ar ko tiek pārbaudīti kalkulatori, ir datnes, ko ikviens var lejupielādēt, pārbaudīt un izmantot. Tās ir tās pašas vērtības, ar kurām rēķina šī vietne.',
			filesTitle: 'Datnes',
			allTables: 'Visas noteikumu tabulas vienā datnē',
			oneTable: 'Katra tabula atsevišķi: lejupielādes saite ir tās noteikumu lapā',
			golden: 'Aprēķinu piemēri: katra ievaddati, datums un sagaidāmais rezultāts',
			formatTitle: 'Noteikumu tabulu formāts',
			format:
				'Tabulai ir identifikators (joma/nosaukums), nosaukums un apraksts latviski un angliski, veids (viena summa vai likme, vecums vai nosauktu parametru kopa), mērvienība un ieraksti. Ierakstam ir datums, no kura tas ir spēkā (validFrom; tas beidzas, kad sākas nākamais ieraksts), vērtība, statuss, piezīme (ja ir), tiesiskais pamats (akts, tā norma un saite uz likumi.lv vai vestnesis.lv) un avoti (lapa, kurā vērtība norādīta, un datums, kad tā skatīta). Ieraksts ar repealed vērtības vietā izbeidz noteikumu. Ja norādīts coveredUntil, pēc šī datuma nekas nav zināms. Nosauktu parametru kopas tabulai ir arī fields (katra parametra nosaukums latviski un angliski un tā skaitļu mērvienība) un codes (kodētu vērtību skaidrojums vārdos): noteikumu lapās parametri redzami ar šiem nosaukumiem.',
			valuesTitle: 'Vērtības',
			values:
				'Summas ir eiro, likmes procentos, pierakstītas kā decimāldaļu virknes ("780.00", "10.50"), lai neviena noapaļošana nepiezogas. Datumi ir formā GGGG-MM-DD.',
			statusTitle: 'Statusi',
			goldenTitle: 'Aprēķinu piemēru formāts',
			goldenFormat:
				'Katrs piemērs nosauc kalkulatoru, pasaka, ko tas parāda un kā aprēķināts, un dod aprēķina datumu (asOf), ievaddatus un sagaidāmo rezultātu: tā veidu un sagaidāmos skaitļus (summas kā "123.45", datumi kā GGGG-MM-DD, vecums kā "63y3m").',
			licence: 'Normatīvie akti ir publiski. Lūdzu, norādiet, no kurienes ņemti dati, un pirms paļaušanās uz vērtībām pārbaudiet tās aktos.'
		}
	},

	// Information pages (services, client-service standard, EU, glossary) and the offline page.
	info: {
		source: 'Avots',
		sources: 'Avoti',
		checked: 'pārbaudīts {{date}}',
		secondary: 'nav oficiāla lapa',
		opensLv: 'latviski',
		opensEn: 'angliski',
		services: {
			title: 'Pakalpojumi un kā pieteikties',
			intro:
				'Kur un kā pieteikties pabalstiem un pensijām, ko aprēķina mūsu kalkulatori, cik ilgi jāgaida lēmums un kādi ir termiņi. Lēmumu vienmēr pieņem aģentūra; šeit ir tikai tas, ko aģentūras raksta savās lapās.',
			howTitle: 'Kā iesniegt iesniegumu VSAA',
			contactsTitle: 'Ja jums ir jautājums',
			appealTitle: 'Ja nepiekrītat lēmumam',
			listTitle: 'Pabalsti un pensijas',
			apply: 'Kā pieteikties',
			documents: 'Dokumenti',
			decision: 'Lēmums',
			deadline: 'Termiņš pieprasīšanai',
			noDeadline: 'Aģentūras aprakstā termiņu neatradām; jautājiet VSAA.',
			calculator: 'Kalkulators',
			othersTitle: 'Citi VSAA pabalsti',
			othersIntro: 'Šiem pabalstiem piesakieties VSAA tāpat kā iepriekš aprakstīts; termiņus un dokumentus jautājiet aģentūrai.',
			eTitle: 'E-pakalpojumi: kur atrast skaitļus, ko jautā kalkulatori',
			eIntro:
				'Šīs izziņas pēc pieslēgšanās redzamas portālā latvija.gov.lv (VSAA e-pakalpojumi). Tās ir par jums, un tās redzat tikai jūs.',
			eOpen: 'Atvērt'
		},
		standard: {
			title: 'VSAA klientu apkalpošanas standarts',
			intro:
				'Ko Valsts sociālās apdrošināšanas aģentūra apsola saviem klientiem: kur vērsties, kā pierādīt savu identitāti, cik ātri atbild un kur izteikt viedokli. Standarts apstiprināts 2018. gada 14. augustā; aģentūras lapā var būt jaunāka redakcija.',
			feedbackTitle: 'Atsauksmes un sūdzības'
		},
		eu: {
			title: 'Darbs vai dzīve citā ES valstī',
			intro:
				'Kuras valsts sociālā apdrošināšana uz jums attiecas, ja strādājat vai dzīvojat vairākās Eiropas valstīs, kas ir A1 sertifikāts un Eiropas veselības apdrošināšanas karte un kā tiek ņemts vērā darbs citās valstīs.',
			rulesTitle: 'Kuras valsts tiesības piemēro',
			article: 'Regulas 883/2004 {{article}}',
			checkerTitle: 'Pārbaudiet savu situāciju',
			checkerIntro:
				'Atbildiet uz dažiem jautājumiem. Atbilde ir orientējoša; lēmumu pieņem iestāde, un sarežģītos gadījumos tā izvērtē jūsu situāciju.',
			noJs: 'Pārbaudei vajadzīgs JavaScript; noteikumi ir aprakstīti augstāk.',
			a1Title: 'A1 sertifikāts',
			ehicTitle: 'Eiropas veselības apdrošināšanas karte (EVAK)',
			periodsTitle: 'Darbs citās valstīs un jūsu pabalsti',
			askTitle: 'Jautājiet aģentūrai',
			q: {
				residence: 'Kurā valstī dzīvojat?',
				activity: 'Vai strādājat?',
				special: 'Vai kāds no šiem attiecas uz jums?',
				workCountry: 'Kurā valstī strādājat?',
				workCountryBoth: 'Kurā citā valstī strādājat (ne dzīvesvietas valstī)?',
				workCountryHint: 'Ja strādājat arī valstī, kurā dzīvojat, izvēlieties otru valsti.',
				alsoInResidence: 'Vai strādājat arī valstī, kurā dzīvojat?',
				posted: 'Vai darba devējs jūs uz turieni nosūtījis uz laiku (ne ilgāk kā 24 mēnešus) no valsts, kurā parasti strādājat?',
				postedSelf:
					'Vai parasti strādājat kā pašnodarbinātais valstī, kurā dzīvojat, un uz turieni dodaties uz laiku (ne ilgāk kā 24 mēnešus)?',
				substantial: 'Vai vismaz ceturtā daļa (25 %) no jūsu darba laika vai atalgojuma ir valstī, kurā dzīvojat?',
				substantialHint: 'Skatieties uz nākamajiem 12 mēnešiem. Piemēram, 2 dienas nedēļā citā valstī un 3 dienas mājās — jā.',
				employerSeat: 'Kur reģistrēts jūsu darba devējs (vai darba devēji)?',
				employedInResidence: 'Kurā valstī strādājat kā darbinieks?'
			},
			a: {
				activity: {
					none: 'Nestrādāju',
					employed: 'Esmu darbinieks',
					'self-employed': 'Esmu pašnodarbinātais',
					both: 'Vienā valstī darbinieks, citā pašnodarbinātais'
				},
				special: {
					none: 'Nē',
					'civil-servant': 'Esmu ierēdnis',
					seafarer: 'Strādāju uz kuģa',
					'flight-crew': 'Esmu lidojumu vai salona apkalpē'
				},
				seat: {
					residence: 'Valstī, kurā dzīvoju',
					'work-country': 'Otrā valstī, kurā strādāju',
					both: 'Ir darba devēji abās valstīs',
					elsewhere: 'Citur vai vairākās citās valstīs'
				},
				residenceCountry: 'Valstī, kurā dzīvoju',
				otherCountry: 'Otrā valstī',
				outside: 'Ārpus ES, EEZ un Šveices vai Apvienotajā Karalistē'
			},
			result: {
				title: 'Atbilde',
				country: 'Uz jums attiecas šīs valsts sociālās drošības tiesības: {{country}}.',
				administration: 'Uz jums attiecas tās valsts tiesības, kuras pārvaldes iestādē strādājat.',
				rule: 'Noteikums: Regulas 883/2004 {{article}}.',
				a1: 'Lai to pierādītu citas valsts iestādēm, vajadzīgs A1 sertifikāts no tās valsts iestādes (Latvijā — VSAA).',
				incomplete: 'Atbildiet uz visiem jautājumiem, lai redzētu atbildi.',
				ask: {
					seafarer: 'Jūrniekiem noteikumi atkarīgi no kuģa karoga un darba devēja; šo gadījumu mēs neizvērtējam. Jautājiet VSAA.',
					'flight-crew': 'Lidojumu apkalpei piemēro bāzes valsts tiesības, un ir izņēmumi; šo gadījumu mēs neizvērtējam. Jautājiet VSAA.',
					outside: 'Darbam ārpus ES, EEZ un Šveices vai Apvienotajā Karalistē ir citi noteikumi (divpusēji līgumi). Jautājiet VSAA.',
					'centre-of-interest':
						'Ja mazāk nekā ceturtā daļa darba ir dzīvesvietas valstī, piemēro tās valsts tiesības, kurā ir jūsu darbības interešu centrs; to izvērtē iestāde. Jautājiet VSAA.',
					'employer-elsewhere': 'Ja darba devēji ir citās valstīs, atbilde atkarīga no tā, kur tieši; to izvērtē iestāde. Jautājiet VSAA.'
				}
			}
		},
		glossary: {
			title: 'Terminu vārdnīca',
			intro: 'Vārdi, ko lieto kalkulatori un aģentūru vēstules, vienkāršā valodā.',
			abbr: 'Saīsinājums: {{abbr}}',
			law: 'Tiesību akts'
		},
		offline: {
			title: 'Nav interneta savienojuma',
			intro: 'Šī lapa vēl nav saglabāta šajā ierīcē, tāpēc to nevar atvērt bez interneta.',
			visited: 'Lapas, ko šajā ierīcē jau esat atvēris, darbojas arī bez interneta — tāpat kā aprēķini tajās, jo tie notiek jūsu pārlūkā.',
			retry: 'Kad savienojums atjaunots, pārlādējiet lapu.',
			home: 'Uz sākumlapu'
		}
	},

	check: {
		homeLink: 'Kas man pienākas? Pārbaudiet visus pabalstus savai situācijai',
		homeText:
			'Izvēlieties, kas notiek jūsu dzīvē, un uzziniet, kādi pabalsti jums pienākas, cik lieli tie ir un līdz kuram datumam tie jāpieprasa.'
	}
} satisfies Messages;

export default lv;
