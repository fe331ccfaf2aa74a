import type { Messages } from '$lib/engine/calculator';
import { sharedFieldsLv, sharedLv } from '$lib/benefits/messages.lv';

const lv = {
	...sharedLv,
	title: 'Bezdarbnieka pabalsts',
	question: 'Vai varu saņemt bezdarbnieka pabalstu, cik lielu un cik ilgi?',
	intro:
		'Uzziniet, vai jums ir tiesības uz bezdarbnieka pabalstu, cik Valsts sociālās apdrošināšanas aģentūra (VSAA) maksās pa mēnešiem un kad jāpiesakās. Jums vajadzēs bezdarbnieka statusa datumu (Nodarbinātības valsts aģentūrā, NVA), apdrošināšanas stāžu un ienākumus.',
	notCovered:
		'Netiek aprēķināts: stāžs līdz 1996. gadam, par kuru VSAA nav dokumentu, ārvalstīs veiktās iemaksas, slimības vai bērna kopšanas atvaļinājuma mēneši vidējā algā un pabalsts, ja tiesa vēlāk piedzen darba samaksu par to pašu laiku. Vispirms iegūstiet bezdarbnieka statusu NVA, tad piesakieties VSAA (latvija.gov.lv, tālrunis 8001 0021).',
	fields: {
		...sharedFieldsLv,
		averageWage: {
			...sharedFieldsLv.averageWage,
			hint: 'Bruto alga, no kuras maksātas iemaksas bezdarba gadījumam, vidēji mēnesī par 12 mēnešiem, kas beidzas divus mēnešus pirms mēneša, kurā kļuvāt par bezdarbnieku.'
		},
		monthlyWages: {
			...sharedFieldsLv.monthlyWages,
			hint: 'Sāciet ar senāko mēnesi. VSAA neņem vērā mēnesi ar viszemāko un ar visaugstāko algu; rezultātā redzēsiet, kuri tie ir.'
		},
		statusDate: {
			what: 'bezdarbnieka statusa iegūšanas datumu',
			label: 'Bezdarbnieka statusa iegūšanas datums',
			hint: 'Diena, kad Nodarbinātības valsts aģentūra (NVA) saņēma jūsu iesniegumu.'
		},
		situation: {
			label: 'Vai pirms kļūšanas par bezdarbnieku bija kāds no šiem gadījumiem?',
			options: {
				general: { label: 'Neviens: es strādāju' },
				childcare: {
					label: 'Kopu bērnu līdz 1,5 gadu vecumam, un visu periodu iemaksas par mani veica valsts',
					hint: 'Maksā noteiktu summu.'
				},
				'disability-recovered': { label: 'Atguvu darbspējas pēc invaliditātes', hint: 'Noteikta summa; iemaksu nosacījums nav jāizpilda.' },
				'disabled-child-carer': {
					label: 'Kopu bērnu ar invaliditāti līdz 18 gadu vecumam',
					hint: 'Noteikta summa; iemaksu nosacījums nav jāizpilda.'
				}
			}
		},
		recordYears: {
			what: 'kopējo apdrošināšanas stāžu gados',
			label: 'Jūsu kopējais apdrošināšanas stāžs',
			hint: 'Pilni gadi. Skatiet latvija.gov.lv (VSAA e-pakalpojums par apdrošināšanas stāžu).',
			unit: 'gadi'
		},
		contributionMonths: {
			what: 'mēnešu skaitu ar iemaksām bezdarba gadījumam',
			label: 'Mēneši ar iemaksām bezdarba gadījumam 16 mēnešos pirms statusa iegūšanas',
			hint: '12 mēnešos pirms statusa, ja to ieguvāt pirms 2017. gada 1. aprīļa.',
			unit: 'mēneši'
		},
		ownRequest: { label: 'Vai darba attiecības beidzās pēc jūsu vēlēšanās vai disciplīnas pārkāpuma dēļ?' }
	},
	steps: {
		record: 'Vai apdrošināšanas stāžs ir pietiekams?',
		recordDetail: 'Vajag {{need}} gadu; jums ir {{have}}.',
		contributions: 'Vai pietiek mēnešu ar iemaksām bezdarba gadījumam?',
		contributionsDetail: 'Vajag {{need}} mēnešus pēdējos {{window}} mēnešos pirms statusa; jums ir {{have}}.',
		contributionsExempt: 'Jūsu gadījumā nav jāizpilda.',
		schedule: 'Maksā',
		scheduleDetail: 'Pa mēnešiem, procentos no piešķirtā pabalsta: {{shares}}.',
		ownRequest: 'Pabalsts sākas (darbs izbeigts pēc paša vēlēšanās vai pārkāpuma dēļ)',
		ownRequestDetail: 'Ne agrāk kā {{months}} mēnešus pēc statusa iegūšanas.',
		specialAmount: 'Piešķirtais pabalsts mēnesī',
		specialAmountDetail: '{{share}} no {{times}} × valsts sociālā nodrošinājuma pabalsts {{vsnp}}.',
		rate: 'Pabalsta apmērs jūsu apdrošināšanas stāžam',
		rateDetail: 'Apdrošināšanas stāžs {{years}} gadi.',
		grantedPerDay: 'Piešķirtais pabalsts kalendāra dienā',
		grantedPerDayDetail: '{{rate}} no {{average}}.',
		applyBy: 'Piesakieties VSAA',
		applyByDetail:
			'Pabalstu piešķir no pieteikšanās dienas, tāpēc piesakieties tajā pašā dienā, kad iegūstat statusu (abus iesniegumus var iesniegt kopā NVA portālā).'
	},
	figures: {
		total: 'Bezdarbnieka pabalsts kopā',
		firstMonth: 'Pirmajā mēnesī',
		grantedPerMonth: 'Piešķirts mēnesī',
		rate: 'Apmērs',
		grantedPerDay: 'Piešķirts dienā',
		months: 'Maksā',
		start: 'No',
		end: 'Līdz',
		applyBy: 'Piesakieties VSAA'
	},
	summary: {
		result: 'Jūs varat saņemt {{total}} bezdarbnieka pabalstu {{months}} mēnešos, no {{from}} līdz {{to}}; pirmajā mēnesī {{first}}.',
		notEligible: 'Jums nav tiesību uz bezdarbnieka pabalstu.'
	},
	reasons: {
		record: 'Jums ir {{have}} gadi apdrošināšanas stāža; vajag vismaz {{need}}.',
		contributions: 'Jums ir {{have}} no {{need}} mēnešiem ar iemaksām bezdarba gadījumam, kas vajadzīgi pēdējos {{window}} mēnešos.'
	},
	timeline: {
		...sharedLv.timeline,
		month: '{{n}}. mēnesis: {{share}} no piešķirtā pabalsta',
		monthSpecial: '{{n}}. mēnesis: {{share}} no piešķirtās summas',
		monthN: '{{n}}. mēnesis',
		perMonth: 'summa mēnesī'
	},
	notices: {
		seeWageTable: 'Jūsu algu tabulā redzams, kuri mēneši netika ņemti vērā.'
	}
} satisfies Messages;

export default lv;
