import type { Messages } from '$lib/engine/calculator';
import { sharedFieldsLv, sharedLv } from '$lib/benefits/messages.lv';

const lv = {
	...sharedLv,
	title: 'Slimības nauda un slimības pabalsts',
	question: 'Cik saņemšu, ja slimoju vai kopju slimu bērnu?',
	intro:
		'Uzziniet, kurš maksā par kurām slimības lapas dienām, cik maksās Valsts sociālās apdrošināšanas aģentūra (VSAA), cik ilgi un līdz kuram datumam jāpieprasa pabalsts. Jums vajadzēs slimības lapas datumus un savus vidējos ienākumus.',
	notCovered:
		'Netiek aprēķināts: nelaimes gadījumi darbā un arodslimības, slimošana ar pārtraukumiem (ierobežojums — 52 nedēļas 3 gados), smagi slims bērns vai bērns ar kaula lūzumu (ilgāki periodi), pašnodarbinātie (iemaksas pa ceturkšņiem) un 2020.–2022. gada Covid-19 izņēmumi. Darba devēja slimības nauda ir minimums; darba līgums var paredzēt vairāk. Lēmumu pieņem VSAA: latvija.gov.lv vai tālrunis 8001 0021.',
	fields: {
		...sharedFieldsLv,
		case: {
			label: 'Kurš ir slims?',
			options: { 'own-illness': { label: 'Es esmu slims' }, 'sick-child': { label: 'Kopju slimu bērnu līdz 14 gadiem' } }
		},
		firstDay: { what: 'slimības lapas pirmo dienu', label: 'Slimības lapas pirmā diena', hint: 'Pirmā diena darbnespējas lapā.' },
		lastDay: { what: 'slimības lapas pēdējo dienu', label: 'Slimības lapas pēdējā diena', hint: 'Faktiskā vai paredzamā.' },
		childBirthDate: { what: 'bērna dzimšanas datumu', label: 'Bērna dzimšanas datums' },
		hospital: { label: 'Vai daļu laika bērns tika kopts slimnīcā?' },
		extended: {
			label: 'Vai ārstu komisija (VDEĀVK) ir pagarinājusi slimības lapu pēc 26 nedēļām?',
			hint: 'Tikai ilgstošas slimības gadījumā.'
		},
		insured: { label: 'Vai slimības sākumā bijāt darba ņēmējs vai pašnodarbinātais?' },
		dailyEarnings: {
			what: 'vidējo izpeļņu darba dienā',
			label: 'Jūsu vidējā izpeļņa darba dienā',
			hint: 'Vidējā izpeļņa, ko darba devējs izmanto atvaļinājuma naudai. Ja nezināt, atstājiet tukšu — tad aprēķināsim tikai VSAA daļu.',
			unit: '€'
		}
	},
	errors: {
		lastBeforeFirst: 'Pēdējai dienai jābūt tajā pašā dienā vai pēc pirmās dienas',
		childBornAfter: 'Bērna dzimšanas datumam jābūt pirms slimības lapas pirmās dienas',
		months24BelowMonths6: 'Mēnešu skaits pēdējos 24 mēnešos nevar būt mazāks kā pēdējos 6 mēnešos'
	},
	values: { dayN: 'no {{n}}. dienas' },
	steps: {
		case: 'Jūsu situācija',
		childAge: 'Bērna vecums pirmajā dienā',
		childAgeDetail: 'Pabalstu maksā par bērnu, kas vēl nav sasniedzis {{limit}} gadu vecumu.',
		agencyFirstDay: 'VSAA maksā slimības pabalstu',
		agencyFirstDayDetail:
			'Slimības lapai, kas sākas {{first}}: pirmo dienu neapmaksā; darba devējs maksā no 2. līdz {{employerLast}}. dienai (lapa A).',
		maxDuration: 'VSAA maksā ilgākais līdz',
		maxDurationDetail: 'Ne ilgāk par {{weeks}} nedēļām nepārtrauktas darbnespējas.',
		maxDurationExtended: 'Ne ilgāk par {{weeks}} nedēļām, kā pagarinājusi ārstu komisija.',
		childMaxDuration: 'Pabalstu maksā ilgākais līdz',
		childHome: 'Līdz {{days}}. dienai, ja bērnu kopj mājās.',
		childHospital: 'Līdz {{days}}. dienai, ja bērns kopts arī stacionārā.',
		employerDaily: 'Darba devēja slimības nauda darba dienā, {{from}}.–{{to}}. diena',
		employerDailyDetail: 'Vismaz {{rate}} no jūsu vidējās izpeļņas {{earnings}} dienā.',
		benefitPerDay: 'Slimības pabalsts kalendāra dienā',
		benefitPerDayDetail: '{{rate}} no {{average}}.'
	},
	figures: {
		agencyTotal: 'VSAA slimības pabalsts',
		agencyDays: 'Dienas, ko apmaksā VSAA',
		benefitPerDay: 'Pabalsts dienā',
		agencyFrom: 'VSAA maksā no',
		agencyTo: 'VSAA maksā līdz',
		employerTotal: 'Darba devēja slimības nauda (vismaz)',
		total: 'Kopā aprēķināts',
		claimDeadline: 'Jāpieprasa līdz'
	},
	summary: {
		result: 'VSAA jums izmaksās {{total}} slimības pabalstu par {{days}} dienām, no {{from}} līdz {{to}}',
		employerOnly: 'Jūsu slimības lapa beidzas, pirms VSAA sāk maksāt ({{from}}); slimības naudu maksā tikai darba devējs.',
		notEligible: 'Par šo slimības lapu jums nav tiesību uz slimības pabalstu.'
	},
	reasons: {
		notInsured: 'Slimības pabalstu maksā darba ņēmējiem un pašnodarbinātajiem, kuri slimības dēļ zaudē ienākumus.',
		childTooOld: 'Pirmajā dienā bērnam bija {{age}} gadi; pabalstu maksā par bērnu līdz {{limit}} gadu vecumam.'
	},
	timeline: {
		...sharedLv.timeline,
		day1: '1. diena — neapmaksā',
		employer: 'Darba devēja slimības nauda (lapa A), {{fromDay}}.–{{toDay}}. diena, {{rate}}',
		agency: 'VSAA slimības pabalsts (lapa B), {{rate}}'
	},
	notices: {
		weekdaysAssumed:
			'Darba devējs maksā par dienām, kurās jūs būtu strādājis; pieņēmām, ka tās ir pirmdienas–piektdienas, un svētku dienas neatskaitījām.',
		employerNotComputed: 'Darba devēja slimības nauda nav aprēķināta, jo nenorādījāt vidējo izpeļņu darba dienā.',
		beyondMaximum: 'Pēc {{end}} slimības pabalstu nemaksā ({{unpaid}} jūsu slimības lapas dienas), ja vien ārstu komisija to nepagarina.'
	}
} satisfies Messages;

export default lv;
