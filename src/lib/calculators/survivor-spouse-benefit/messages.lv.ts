import type { Messages } from '$lib/engine/calculator';
import { sharedLv } from '$lib/benefits/messages.lv';

const lv = {
	claim: sharedLv.claim,
	timeline: { ...sharedLv.timeline, month: '{{n}}. mēnesis: 50 % no pensijas', monthN: '{{n}}. mēnesis', perMonth: 'summa mēnesī' },
	title: 'Pabalsts mirušā pensionāra laulātajam',
	question: 'Ko saņemšu, ja mirst mans laulātais, kurš saņēma pensiju?',
	intro:
		'Uzziniet, kādu pabalstu Valsts sociālās apdrošināšanas aģentūra (VSAA) maksā mirušā pensijas saņēmēja laulātajam, cik ilgi un līdz kuram datumam tas jāpieprasa. Jums vajadzēs miršanas datumu un mirušā pensiju mēnesī.',
	notCovered:
		'Netiek aprēķināts: vienreizējs pabalsts iestāžu izdienas pensijas saņēmēja (policija, prokurori, tiesneši u. c.) laulātajam, apgādnieka zaudējuma pensija bērniem un apbedīšanas pabalsts (atsevišķs kalkulators). Lēmumu pieņem VSAA: latvija.gov.lv vai tālrunis 8001 0021.',
	fields: {
		deathDate: { what: 'laulātā miršanas datumu', label: 'Miršanas datums' },
		pension: {
			what: 'mirušā pensiju mēnesī',
			label: 'Mirušā pensija mēnesī',
			hint: 'Vecuma, invaliditātes, apgādnieka zaudējuma vai izdienas pensija ar piemaksu par stāžu līdz 1996. gadam.',
			unit: '€'
		},
		married: { label: 'Vai nāves dienā bijāt laulībā ar mirušo?', hint: 'No 2024. gada arī reģistrēta partnerība.' },
		spousePensioner: { label: 'Vai jūs saņemat vecuma, invaliditātes, izdienas vai speciālo valsts pensiju?' }
	},
	values: { monthly: '50 % no pensijas 12 mēnešus', 'one-off': 'Vienreizējs pabalsts 2 mēnešu pensijas apmērā' },
	steps: {
		rule: 'Pabalsts par nāves gadījumu šajā datumā',
		perMonth: 'Pabalsts mēnesī',
		perMonthDetail: '{{share}} no pensijas {{pension}}, {{months}} mēnešus no nāves dienas.',
		oneOff: 'Vienreizējs pabalsts',
		oneOffDetail: '{{months}} × pensija {{pension}}.'
	},
	figures: { total: 'Pabalsts kopā', perMonth: 'Mēnesī', months: 'Maksā', end: 'Līdz', claimDeadline: 'Jāpieprasa līdz' },
	summary: {
		monthly: 'Jūs varat saņemt {{perMonth}} mēnesī {{months}} mēnešus, kopā {{total}}; jāpieprasa līdz {{deadline}}',
		oneOff: 'Jūs varat saņemt vienreizēju pabalstu {{total}}; jāpieprasa līdz {{deadline}}',
		notEligible: 'Jums nav tiesību uz šo pabalstu.'
	},
	reasons: {
		notMarried: 'Pabalstu maksā laulātajam, kurš nāves dienā bija laulībā ar pensijas saņēmēju.',
		notPensioner: 'Pabalstu maksā pārdzīvojušajam laulātajam, kurš arī saņem pensiju.'
	},
	notices: {
		lateClaim:
			'Ja pieprasāt vēlāk nekā 6 mēnešus pēc nāves, pabalstu maksā no dienas 6 mēnešus pirms pieprasījuma un ne ilgāk kā 12 mēnešus no nāves dienas.'
	}
} satisfies Messages;

export default lv;
