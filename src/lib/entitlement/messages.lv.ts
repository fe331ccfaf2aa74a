import type { Messages } from '$lib/engine/calculator';

/** Pārbaudes teksti latviešu valodā (nosaukumvieta `check`). Tās pašas atslēgas kā messages.en.ts (to pārbauda tests). */
const lv = {
	title: 'Kas man pienākas?',
	question: 'Kas man pienākas?',
	intro:
		'Izvēlieties, kas notiek jūsu dzīvē, atbildiet uz dažiem jautājumiem un uzziniet, kādi pabalsti jums, visticamāk, pienākas, cik lieli, līdz kuram datumam un kur tie jāpieprasa, kā arī — kuri vēl nepienākas un cik tuvu tiem esat. Katru atbildi sniedz attiecīgā pabalsta kalkulators, ko varat atvērt ar jau ievadītām atbildēm.',
	noscript: 'Pārbaudei vajadzīgs JavaScript. Katra pabalsta kalkulators ir atrodams sākumlapā.',
	situations: {
		legend: 'Kas notiek jūsu dzīvē?',
		hint: 'Izvēlieties visu, kas attiecas uz jums.',
		'expecting-or-born': {
			label: 'Gaidām bērnu vai bērns ir piedzimis',
			hint: 'Maternitātes, paternitātes un vecāku pabalsts, bērna piedzimšanas pabalsts.'
		},
		'raising-children': { label: 'Audzinu bērnus', hint: 'Arī bērnu ar invaliditāti un bērnu, kura aizbildnis esat.' },
		'ill-or-sick-child': { label: 'Slimoju vai kopju slimu bērnu', hint: 'Slimības nauda un slimības pabalsts.' },
		'lost-job': { label: 'Zaudēju darbu', hint: 'Bezdarbnieka pabalsts.' },
		disability: { label: 'Invaliditāte vai darbspēju zaudējums', hint: 'Arī pēc nelaimes gadījuma darbā vai arodslimības.' },
		retiring: {
			label: 'Tuvojas pensija vai jau esmu pensijā',
			hint: 'Kad varat saņemt vecuma pensiju un kāds pabalsts pienākas, ja pensijas nav.'
		},
		'death-in-family': { label: 'Miris tuvinieks', hint: 'Apbedīšanas pabalsts un pārdzīvojušā laulātā pabalsts.' },
		working: { label: 'Strādāju', hint: 'Neto alga, minimālā stundas tarifa likme, pašnodarbinātā iemaksas.' }
	},
	what: { situations: 'to, kas notiek jūsu dzīvē' },
	steps: {
		situations: 'Jūsu situācija',
		you: 'Par jums',
		work: 'Jūsu darbs un sociālās iemaksas',
		birth: 'Gaidāmais vai piedzimušais bērns',
		children: 'Jūsu bērni',
		illness: 'Slimība',
		job: 'Zaudētais darbs',
		disability: 'Jūsu invaliditāte',
		retiring: 'Jūsu pensionēšanās',
		death: 'Mirušais tuvinieks',
		results: 'Kas jums, visticamāk, pienākas'
	},
	progress: '{{n}}. solis no {{total}}',
	fields: {
		selfEmployed: {
			label: 'Vai esat pašnodarbinātais?',
			hint: 'Reģistrējies VID kā saimnieciskās darbības veicējs, piemēram, individuālais komersants vai brīvās profesijas pārstāvis.'
		},
		childDisabled: { label: 'Vai jums ir bērns ar invaliditāti līdz 18 gadu vecumam?' },
		guardian: { label: 'Vai esat bērna aizbildnis (ieceļ bāriņtiesa)?' },
		workAccident: { label: 'Vai darbspēju zaudējumu izraisīja nelaimes gadījums darbā vai arodslimība?' }
	},
	form: {
		continue: 'Turpināt',
		back: 'Atpakaļ',
		seeResults: 'Uzzināt, kas man pienākas',
		start: 'Sākt no jauna'
	},
	loading: {
		wait: 'Ielādē jūsu situācijas kalkulatorus…',
		failed: 'Jūsu situācijas kalkulatorus neizdevās ielādēt. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
		retry: 'Mēģināt vēlreiz'
	},
	errors: {
		situations: 'Izvēlieties vismaz vienu situāciju — to, kas notiek jūsu dzīvē'
	},
	link: {
		situations: 'Saitē minēta situācija, ko nepazīstam; tā netika izmantota.',
		page: 'Saitē minēta lapa, ko nepazīstam; pārbaude sākas no pirmās lapas.'
	},
	answers: {
		title: 'Jūsu atbildes',
		change: 'Mainīt',
		changeLabel: 'Mainīt atbildes lapā “{{page}}”',
		asOf: 'Pārbaudīts pēc noteikumiem, kas spēkā {{date}}.'
	},
	results: {
		startedTitle: 'Vispirms pieprasiet šo',
		startedIntro: 'Jūsu atbildes liecina, ka tiesības jau ir radušās. Ja vēl neesat to pieprasījis, dariet to tagad:',
		startedItem: '{{benefit}} — jāpieprasa līdz {{date}}',
		startedItemNoDeadline: '{{benefit}} — var pieprasīt jau tagad',
		entitledTitle: 'Visticamāk, pienākas',
		figuresTitle: 'Jūsu alga un nodokļi',
		notEntitledTitle: 'Pašlaik nepienākas — kāpēc un cik tuvu tam esat',
		needsTitle: 'Vajadzīgas vēl dažas atbildes',
		needsIntro:
			'Šim pabalstam vajadzīgas atbildes, ko pārbaude nejautā. Atveriet tā kalkulatoru ar jūsu jau ievadītajām atbildēm un papildiniet tās:',
		cannotTitle: 'Nevaram atbildēt',
		notAssessedTitle: 'Ko šī pārbaude nevērtē',
		notAssessedIntro: 'Arī tas var uz jums attiekties, taču pārbaude to neaprēķina.',
		none: 'Pēc jūsu atbildēm — nekas.',
		status: {
			entitled: 'Visticamāk, pienākas',
			started: 'Tiesības jau radušās — pieprasiet, ja vēl neesat',
			figures: 'Jūsu skaitļi',
			'not-entitled': 'Pašlaik nepienākas',
			'needs-answers': 'Vajadzīgas vēl atbildes',
			'cannot-answer': 'Nevaram atbildēt',
			link: 'Netiek vērtēts'
		},
		deadline: 'Jāpieprasa līdz',
		deadlinePassed: 'Pieprasīšanas termiņš bija {{date}}.',
		moreFigures: 'Citi skaitļi',
		howToApply: 'Kur un kā pieprasīt',
		open: 'Atvērt pilnu aprēķinu ar šīm atbildēm',
		openLink: 'Atvērt kalkulatoru',
		timelineTitle: 'Gaidāmie datumi',
		timelineIntro: 'Visi vēl gaidāmie datumi jūsu atbildēs; pēdējās pieprasīšanas dienas ir atzīmētas.',
		timelineDate: 'Datums',
		timelineWhat: 'Kas',
		noDates: 'Jūsu atbildēs nav gaidāmu datumu.',
		ics: 'Pievienot visus gaidāmos datumus manam kalendāram (.ics)',
		icsSummary: '{{benefit}}: {{what}}',
		print: 'Drukāt kopsavilkumu',
		copyLink: 'Kopēt saiti uz šīm atbildēm',
		copied: 'Saite nokopēta',
		copyFailed: 'Saiti neizdevās nokopēt; nokopējiet to no adreses joslas.',
		disclaimer:
			'Tā ir aplēse pēc jūsu ievadītā, nevis lēmums: lēmumu pieņem iestāde. Pārbaude nezina, ko jūs jau saņemat vai esat pieprasījis.'
	},
	apply: {
		vsaa: 'Iesniegums jāiesniedz VSAA: portālā latvija.gov.lv ar e-pakalpojumu “E-iesniegums VSAA pakalpojumiem”, jebkurā VSAA klientu apkalpošanas centrā vai e-pastā, parakstītu ar drošu elektronisko parakstu.',
		'vsaa-pension':
			'Pensiju pieprasa VSAA: portālā latvija.gov.lv, VSAA klientu apkalpošanas centrā vai e-pastā, parakstot iesniegumu ar drošu elektronisko parakstu.',
		nva: 'Vispirms piesakieties bezdarbnieka statusam Nodarbinātības valsts aģentūrā (NVA) — ne agrāk kā nākamajā dienā pēc darba attiecību beigām, NVA CV un vakanču portālā vai NVA filiālē. Pēc tam pieprasiet pabalstu VSAA.',
		employer: 'To maksā darba devējs; ja jums maksā mazāk, vērsieties pie darba devēja vai Valsts darba inspekcijā.',
		vid: 'Ienākumus deklarē un iemaksas veic VID Elektroniskās deklarēšanas sistēmā (EDS).',
		'orphans-court': 'Aizbildņa pabalstu maksā VSAA pēc bāriņtiesas lēmuma; jautājiet savā bāriņtiesā vai VSAA.'
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
			'Atlīdzībai par apgādnieka zaudējumu pēc nelaimes gadījuma darbā vajadzīga mirušā alga un bērnu vecums; aprēķiniet to kalkulatorā un jautājiet VSAA.',
		'state-social-security-benefit--survivor':
			'Pabalstam bērniem, kuri zaudējuši apgādnieku un nesaņem apgādnieka zaudējuma pensiju, vajadzīgas ziņas par katru bērnu; aprēķiniet to kalkulatorā un jautājiet VSAA.',
		'old-age-pension':
			'Vecuma pensijas apmērs atkarīgs no jūsu pensijas kapitāla vai algām; aplēsiet to kalkulatorā (kapitālu redzat latvija.gov.lv, VSAA e-pakalpojumos).',
		'pension-indexation':
			'Cik indeksācija pieliek jau piešķirtai pensijai, var aprēķināt, zinot tās apmēru un datumu; izmantojiet kalkulatoru.',
		'pension-after-tax': 'Cik pensijas izmaksā pēc ienākuma nodokļa, var aprēķināt, zinot pensijas apmēru; izmantojiet kalkulatoru.',
		'minimum-pay-for-hours': 'Mazākajai samaksai par nepilnu vai summēto darba laiku vajadzīgas jūsu stundas; aprēķiniet to kalkulatorā.',
		'minimum-hourly-rate-year': 'Minimālās stundas tarifa likmes katram gada mēnesim ir atsevišķā kalkulatorā.',
		'annual-tax-free-minimum':
			'Nodoklim, ko var atgūt par gadu ar mazākiem ienākumiem, vajadzīgi gada ienākumi; aprēķiniet to kalkulatorā un atgūstiet gada ienākumu deklarācijā VID EDS.'
	},
	notAssessed: {
		'municipal-social-assistance': {
			title: 'Pašvaldības sociālā palīdzība (garantētā minimālā ienākuma pabalsts, mājokļa pabalsts)',
			text: 'Tā ir atkarīga no visas mājsaimniecības ienākumiem un īpašuma; to izvērtē jūsu pašvaldības sociālais dienests.',
			url: 'https://www.lm.gov.lv/lv/gmi-pabalsts?view=easy'
		},
		'municipal-birth': {
			title: 'Pašvaldības pabalsts bērna piedzimšanas gadījumā',
			text: 'Daudzas pašvaldības maksā savu pabalstu bērna piedzimšanas gadījumā, katra pēc saviem noteikumiem; jautājiet savā pašvaldībā vai dzimtsarakstu nodaļā.',
			url: 'https://www.limbazunovads.lv/lv/pakalpojumi/pasvaldibas-pabalsts-par-berna-piedzimsanu-limbazu-novada-pasvaldiba'
		},
		'maintenance-fund': {
			title: 'Uzturlīdzekļi no Uzturlīdzekļu garantiju fonda',
			text: 'Ja vecāks uzturlīdzekļus nemaksā, tos var izmaksāt fonds; minimālie apmēri ir uzturlīdzekļu kalkulatorā. Jautājiet Uzturlīdzekļu garantiju fonda administrācijā.',
			url: 'https://www.ugf.gov.lv/lv/pakalpojumi/pieteiksanas-uzturlidzeklu-sanemsanai'
		},
		'disability-pension': {
			title: 'Jūsu invaliditātes pensijas apmērs',
			text: 'Tas ir atkarīgs no visām jūsu iemaksām; pārbaude rāda tikai minimālo apmēru. To aprēķina VSAA.',
			url: 'https://www.vsaa.gov.lv'
		},
		'old-age-pension-amount': {
			title: 'Jūsu vecuma pensijas apmērs',
			text: 'Tas ir atkarīgs no jūsu pensijas kapitāla, ko zina tikai VSAA; to var redzēt portālā latvija.gov.lv (VSAA e-pakalpojumi).',
			url: 'https://www.latvija.lv/lv/PPK/Socialie-pakalpojumi/Sociala-apdrosinasana/p311/ProcesaApraksts'
		},
		'survivor-pension': {
			title: 'Apgādnieka zaudējuma pensija bērniem',
			text: 'Tā ir atkarīga no mirušā apdrošināšanas stāža un pensijas kapitāla; to aprēķina VSAA.',
			url: 'https://www.vsaa.gov.lv'
		},
		'municipal-funeral': {
			title: 'Pašvaldības apbedīšanas pabalsts',
			text: 'Daudzas pašvaldības valsts apbedīšanas pabalstam piemaksā savu, katra pēc saviem noteikumiem; jautājiet savā pašvaldībā.',
			url: 'https://www.lm.gov.lv/lv/apbedisanas-pabalsts?view=easy'
		},
		'employer-sick-pay': {
			title: 'Darba devēja slimības nauda pēc koplīguma',
			text: 'Darba devējs var maksāt vairāk, nekā nosaka likums; jautājiet darba devējam.',
			url: 'https://www.vsaa.gov.lv'
		}
	},
	timeline: {
		rightFrom: 'rodas tiesības',
		start: 'sākas izmaksa',
		end: 'pēdējā apmaksātā diena',
		until: 'izmaksā līdz',
		leaveStart: 'sākas atvaļinājums',
		leaveEnd: 'beidzas atvaļinājums',
		pensionDate: 'var piešķirt vecuma pensiju',
		agencyFrom: 'sākas VSAA pabalsts',
		agencyTo: 'beidzas VSAA pabalsts',
		latestDay: 'pēdējā diena, kad var izmantot atvaļinājumu',
		claimDeadline: 'pēdējā diena pieprasīšanai'
	},
	print: {
		title: 'Kas man pienākas? — kopsavilkums'
	}
} satisfies Messages;

export default lv;
