import type { Messages } from '$lib/engine/calculator';

const lv = {
	title: 'Sociālās iemaksas pa maksātāju kategorijām',
	question: 'Cik lielas ir sociālās apdrošināšanas iemaksas un kas tās maksā?',
	intro:
		'Aprēķiniet valsts sociālās apdrošināšanas obligātās iemaksas (VSAOI) no noteiktas summas (iemaksu objekta) jebkurā datumā no 2016. gada: likmi, darba devēja un darbinieka daļu, summu, gada maksimālo iemaksu objektu un solidaritātes nodokli virs tā, kā arī minimālo iemaksu noteikumus no 2021. gada jūlija.',
	notCovered:
		'Aprēķins neaptver: mikrouzņēmumu nodokli, autoratlīdzību, jaunuzņēmumu fiksēto maksājumu, taksometru avansu, pašnodarbināto minimālās iemaksas, ko VSAA aprēķina par ceturksni, un izņēmumus no darba ņēmēju minimālo iemaksu prasības (pensionāri, personas ar invaliditāti, skolēni un studenti u. c.). Savas iemaksas varat redzēt latvija.gov.lv (VSAA e-pakalpojums); jautājumi — VID (tālr. 6712 0000) vai VSAA (tālr. 8001 0021).',
	fields: {
		category: {
			label: 'Maksātāja kategorija',
			hint: 'No kategorijas atkarīga likme.',
			options: {
				employee: { label: 'Darba ņēmējs, apdrošināts visiem sociālās apdrošināšanas veidiem' },
				'employee-pension-age': { label: 'Darba ņēmējs, kurš sasniedzis pensijas vecumu vai saņem vecuma pensiju' },
				'employee-service-pension': { label: 'Darba ņēmējs — izdienas pensijas vai invalīda valsts speciālās pensijas saņēmējs' },
				'employee-prisoner': { label: 'Darba ņēmējs, nodarbināts brīvības atņemšanas soda izciešanas laikā' },
				'employee-prisoner-pension-age': { label: 'Darba ņēmējs pensijas vecumā, nodarbināts brīvības atņemšanas soda izciešanas laikā' },
				'board-member': { label: 'Valdes loceklis (īpaša maksātāju kategorija)' },
				'board-member-pension-age': { label: 'Valdes loceklis pensijas vecumā (īpaša maksātāju kategorija)' },
				'self-employed': { label: 'Pašnodarbinātais' },
				'self-employed-pension-age': { label: 'Pašnodarbinātais, kurš sasniedzis pensijas vecumu' },
				'real-estate': { label: 'Namīpašnieks vai zemes iznomātājs' },
				'foreign-employer': { label: 'Ārvalstu darba ņēmējs pie darba devēja — ārvalstnieka' },
				'voluntary-pension': { label: 'Brīvprātīgās iemaksas — tikai pensiju apdrošināšana' },
				'voluntary-full': { label: 'Brīvprātīgās iemaksas — pensiju, invaliditātes, maternitātes un slimības apdrošināšana' }
			}
		},
		amount: {
			what: 'iemaksu objektu',
			label: 'Iemaksu objekts',
			hint: 'Summa, no kuras rēķina iemaksas, piemēram, bruto alga. Pašnodarbinātajam — mēneša ienākums.',
			unit: '€'
		},
		period: {
			label: 'Par kādu periodu ir summa?',
			options: { month: { label: 'Par mēnesi' }, year: { label: 'Par gadu' } }
		},
		earlier: {
			what: 'iemaksu objektu šajā gadā pirms šā mēneša',
			label: 'Iemaksu objekts šajā gadā pirms šā mēneša',
			hint: 'Vajadzīgs, lai noteiktu, vai sasniegts gada maksimālais iemaksu objekts. Ja nezināt, atstājiet tukšu.',
			unit: '€'
		},
		chosenObject: {
			what: 'pašnodarbinātā izvēlēto iemaksu objektu',
			label: 'Pašnodarbinātā izvēlētais iemaksu objekts',
			hint: 'Ne mazāks par minimālo algu. Ja atstāsiet tukšu, izmantosim minimālo algu.',
			unit: '€'
		}
	},
	periods: { month: 'mēnesī', year: 'gadā' },
	steps: {
		rate: 'Iemaksu likme',
		rateSplit: '{{category}}: kopā {{total}} — darba devējs {{employer}}, darba ņēmējs {{employee}}.',
		rateSelf: '{{category}}: {{total}}, ko maksā pats.',
		rateNoSplit: '{{category}}: kopā {{total}}. Mūsu avoti nenorāda, kā likme sadalās starp maksātājiem.',
		selfEmployedSplit: 'Pašnodarbinātā objekts pilnajai likmei',
		selfEmployedAbove:
			'Ienākums {{income}} sasniedz minimālo algu {{minimumWage}}: pilnā likme no {{full}}, bet no atlikušajiem {{rest}} — {{pensionRate}} pensiju apdrošināšanai.',
		selfEmployedBelow:
			'Ienākums {{income}} ir mazāks par minimālo algu {{minimumWage}}: pilno likmi nemaksā, tikai {{pensionRate}} pensiju apdrošināšanai no visa ienākuma.',
		cap: 'Gada maksimālais iemaksu objekts',
		capMonth: 'Gadā iemaksas maksā no ne vairāk kā {{cap}}. Šogad jau {{earlier}}, tātad atlikuši {{left}}.',
		capYear: 'Gadā iemaksas maksā no ne vairāk kā {{cap}}.',
		insuredObject: 'Summa, no kuras maksā iemaksas',
		insuredObjectCapped: '{{above}} pārsniedz maksimālo objektu: no tā iemaksu vietā maksā solidaritātes nodokli.',
		insuredObjectAll: 'Visa summa ir zem maksimālā objekta.',
		contributions: 'Iemaksas kopā',
		multiply: '{{object}} × {{rate}} = {{amount}}.',
		employerPart: 'Darba devēja daļa',
		employeePart: 'Darba ņēmēja daļa',
		pensionOnly: 'Iemaksas pensiju apdrošināšanai no pārējā ienākuma',
		solidarityWithheld: 'Solidaritātes nodoklis, ieturēts gada laikā',
		solidarityFinal: 'Solidaritātes nodoklis pēc gada likmes',
		solidarityFinalDetail: '{{object}} × {{rate}} = {{amount}}. Pārējo ({{refund}}) atmaksā pēc gada beigām.',
		employeeMinimum: 'Minimālās iemaksas par darbinieku ceturksnī',
		employeeMinimumDetail:
			'Iemaksas jāmaksā vismaz no minimālās algas: {{minimumWage}} × {{months}} = {{object}} ceturksnī; {{object}} × {{rate}} = {{amount}}. Ja ceturkšņa objekts ir mazāks, starpību aprēķina VSAA un samaksā darba devējs (ir izņēmumi).',
		byType: 'Likmes sadalījums pa apdrošināšanas veidiem',
		byTypeDetail: 'Skatiet tabulu.'
	},
	insuranceTypes: {
		pension: 'Pensiju apdrošināšana',
		unemployment: 'Apdrošināšana bezdarba gadījumam',
		workAccident: 'Apdrošināšana pret nelaimes gadījumiem darbā un arodslimībām',
		disability: 'Invaliditātes apdrošināšana',
		maternitySickness: 'Maternitātes un slimības apdrošināšana',
		parents: 'Vecāku apdrošināšana'
	},
	tables: {
		byType: { caption: 'Iemaksas pa apdrošināšanas veidiem', type: 'Apdrošināšanas veids', rate: 'Likme', amount: 'Summa' }
	},
	figures: {
		totalRate: 'Kopējā likme',
		employerRate: 'Darba devēja likme',
		employeeRate: 'Darba ņēmēja likme',
		contributions: 'Iemaksas',
		employerPart: 'Darba devēja daļa',
		employeePart: 'Darba ņēmēja daļa',
		pensionOnly: 'Iemaksas pensijai no pārējā ienākuma',
		selfEmployedTotal: 'Pašnodarbinātā iemaksas kopā',
		aboveCap: 'Virs maksimālā objekta',
		solidarityWithheld: 'Solidaritātes nodoklis (ieturēts)',
		solidarityFinal: 'Solidaritātes nodoklis (gala)',
		solidarityRefund: 'Atmaksājamā starpība',
		quarterMinimumObject: 'Minimālais objekts ceturksnī',
		quarterMinimumContributions: 'Minimālās iemaksas ceturksnī'
	},
	notices: {
		chosenAdjusted: 'Izvēlētais objekts tika pielāgots: tas nevar būt mazāks par minimālo algu ({{minimumWage}}) un lielāks par ienākumu.',
		selfEmployedMinimum:
			'Ja pašnodarbinātā ienākumi ceturksnī ir mazāki par minimālo algu, VSAA var aprēķināt minimālās iemaksas, ja nav iesniegta ienākumu prognoze; tās šeit nav aprēķinātas.',
		selfEmployedBefore2021:
			'Pašnodarbināto minimālā objekta noteikumi pirms 2021. gada 1. jūlija šeit nav modelēti: iemaksas aprēķinātas no visas summas.',
		voluntary: 'Brīvprātīgās iemaksas maksā no paša izvēlēta objekta; maksimālais objekts un solidaritātes nodoklis tām netiek piemēroti.',
		partsRounding: 'Darba devēja un darba ņēmēja daļa katra noapaļota atsevišķi, tāpēc to summa var atšķirties no kopsummas par centu.',
		solidarityNoRefund:
			'Gada laikā piemērotā likme ({{rate}}) nav augstāka par solidaritātes nodokļa likmi ({{flat}}), tāpēc pēc gada beigām nekas netiek atmaksāts: ieturētais nodoklis ir galīgais (Solidaritātes nodokļa likuma 6.² panta otrā daļa).',
		solidarityAtContributionRate: 'Šajā gadā solidaritātes nodokļa likme bija vienāda ar personas iemaksu likmi.'
	},
	summary: {
		plain: 'No {{object}} {{period}} iemaksas ir {{total}}.',
		withSolidarity:
			'No {{object}} {{period}} iemaksas ir {{total}}, un par summu virs maksimālā objekta gada laikā ietur {{solidarity}} solidaritātes nodokļa.'
	},
	cannot: {
		rateNotSourced: 'Šīs kategorijas likme šim datumam nav atrasta nevienā avotā (tabula “{{table}}”, no {{since}}). Jautājiet VID.'
	}
} satisfies Messages;

export default lv;
