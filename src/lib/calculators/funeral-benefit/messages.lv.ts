import type { Messages } from '$lib/engine/calculator';
import { sharedFieldsLv, sharedLv } from '$lib/benefits/messages.lv';

const lv = {
	...sharedLv,
	title: 'Apbedīšanas pabalsts',
	question: 'Cik lielu apbedīšanas pabalstu var saņemt un līdz kuram datumam tas jāpieprasa?',
	intro:
		'Uzziniet, cik lielu apbedīšanas pabalstu Valsts sociālās apdrošināšanas aģentūra (VSAA) maksā personai, kura uzņemas apbedīšanu, katrā mirušā situācijā un kurš no tiem tiek izmaksāts. Jums vajadzēs miršanas datumu un atkarībā no situācijas mirušā ienākumus vai pensiju.',
	notCovered:
		'Netiek aprēķināts: nāve nelaimes gadījumā darbā vai arodslimības dēļ ar citām atlīdzībām, vienreizējs pabalsts izdienas pensijas saņēmēja laulātajam un pašvaldības apbedīšanas pabalsts. Lēmumu pieņem VSAA: latvija.gov.lv vai tālrunis 8001 0021.',
	fields: {
		...sharedFieldsLv,
		averageWage: {
			...sharedFieldsLv.averageWage,
			what: 'mirušā vidējo mēneša iemaksu algu',
			label: 'Mirušā vidējā mēneša apdrošināšanas iemaksu alga',
			hint: 'Bruto alga, no kuras maksātas sociālās iemaksas, vidēji mēnesī par 12 mēnešiem, kas beidzas divus mēnešus pirms nāves mēneša.'
		},
		monthlyWages: {
			...sharedFieldsLv.monthlyWages,
			what: 'mirušā iemaksu algas par 12 mēnešiem',
			label: 'Mirušā iemaksu alga katrā no 12 mēnešiem'
		},
		deathDate: { what: 'miršanas datumu', label: 'Miršanas datums' },
		insured: {
			label: 'Vai mirušais bija darba ņēmējs vai pašnodarbinātais?',
			hint: 'Arī tad, ja tas beidzās mazāk nekā mēnesi pirms nāves.'
		},
		dependant: {
			label: 'Vai mirušais bija apdrošinātas personas apgādībā?',
			hint: 'Piemēram, strādājoša vecāka bērns līdz 18 gadiem vai līdz 24 gadiem, ja mācījās vidējās vai augstākās izglītības iestādē.'
		},
		unemployed: {
			label: 'Vai mirušais bija bezdarbnieks?',
			hint: 'Saņēma bezdarbnieka pabalstu vai 36 mēnešos pirms statusa iegūšanas bija vismaz 12 mēneši ar iemaksām bezdarba gadījumam.'
		},
		pensioner: { label: 'Vai mirušais saņēma valsts pensiju (vai atlīdzību par darbspēju zaudējumu)?' },
		pension: { what: 'mirušā pensiju mēnesī', label: 'Mirušā pensija mēnesī', hint: 'Ar piemaksu par stāžu līdz 1996. gadam.', unit: '€' },
		supplement: {
			what: 'piemaksu par stāžu līdz 1996. gadam',
			label: 'No tās piemaksa par stāžu līdz 1996. gadam',
			hint: 'Par nāves gadījumiem pirms 2019. gada piemaksu neieskaita.',
			unit: '€'
		},
		vsnpRecipient: { label: 'Vai mirušais saņēma valsts sociālā nodrošinājuma pabalstu?' }
	},
	cases: {
		insured: 'Apdrošināta persona',
		dependant: 'Apdrošinātas personas apgādībā esošs ģimenes loceklis',
		unemployed: 'Bezdarbnieks',
		pensioner: 'Pensijas saņēmējs',
		vsnpRecipient: 'Valsts sociālā nodrošinājuma pabalsta saņēmējs'
	},
	steps: {
		case: {
			insured: 'Pabalsts apdrošinātas personas nāves gadījumā',
			dependant: 'Pabalsts apgādībā bijuša ģimenes locekļa nāves gadījumā',
			unemployed: 'Pabalsts bezdarbnieka nāves gadījumā',
			pensioner: 'Pabalsts pensijas saņēmēja nāves gadījumā',
			vsnpRecipient: 'Pabalsts sociālā nodrošinājuma pabalsta saņēmēja nāves gadījumā'
		},
		insuredDetail:
			'{{times}} × {{wage}} = {{twice}}, bet ne mazāk par valstī noteikto vidējo mēneša iemaksu algu {{floor}} ({{year}}. gada vērtība).',
		insuredFloorUnknown: '{{times}} × {{wage}} = {{twice}}. Minimums ({{year}}. gada valstī vidējā iemaksu alga) mums nav zināms.',
		pensionerDetail: '{{months}} × pensija mēnesī {{pension}}.',
		pensionerWithoutSupplement: '{{months}} × ({{pension}} − piemaksa {{supplement}}) = {{months}} × {{base}}.',
		vsnpDetail: '{{times}} × valsts sociālā nodrošinājuma pabalsts {{vsnp}}.',
		largest: 'Izmaksā tikai lielāko pabalstu'
	},
	figures: {
		total: 'Apbedīšanas pabalsts',
		case: 'Izmaksā kā',
		claimDeadline: 'Jāpieprasa līdz',
		totalAtLeast: 'Apbedīšanas pabalsts, vismaz'
	},
	summary: {
		atLeast:
			'Apbedīšanas pabalsts ir vismaz {{total}} ({{case}}): tas var būt lielāks, jo šā gada likumā noteiktais minimums mums nav zināms. Tas jāpieprasa līdz {{deadline}}',
		result: 'Apbedīšanas pabalsts ir {{total}} ({{case}}); tas jāpieprasa līdz {{deadline}}',
		notEligible: 'Pēc norādītā apbedīšanas pabalsts netiek maksāts.'
	},
	reasons: {
		noCase:
			'Apbedīšanas pabalstu maksā, ja mirušais bija apdrošināta persona, apdrošinātas personas apgādībā, bezdarbnieks, pensijas vai valsts sociālā nodrošinājuma pabalsta saņēmējs. Atzīmējiet situācijas, kas bija spēkā.'
	},
	table: { caption: 'Apbedīšanas pabalsts pēc situācijas', case: 'Situācija', amount: 'Summa', paid: 'Izmaksā' },
	timeline: { ...sharedLv.timeline, oneOffPayment: 'Apbedīšanas pabalsts ({{case}})' },
	notices: {
		floorUnknown:
			'Apdrošinātas personas apbedīšanas pabalsts ir vismaz valstī vidējā mēneša iemaksu alga par {{year}}. gadu, kas mums nav zināma; pabalsts var būt lielāks, nekā parādīts.'
	}
} satisfies Messages;

export default lv;
