import type { Messages } from '$lib/engine/calculator';
import { sharedLv } from '$lib/state-benefits/messages';

const lv = {
	...sharedLv,
	title: 'Bērna kopšanas pabalsts',
	question: 'Cik lielu bērna kopšanas pabalstu saņemšu, cik ilgi un līdz kuram datumam tas jāpieprasa?',
	intro:
		'Aprēķiniet valsts bērna kopšanas pabalstu pa mēnešiem — arī dvīņiem un trīnīšiem un ar 2026. gada izmaiņām. Vajadzīgs bērna dzimšanas datums un, ja maksāja maternitātes pabalstu, tā pēdējā diena. Aprēķina datumu uzskatām par dienu, kurā pabalstu pieprasāt.',
	notCovered:
		'Kalkulators nerēķina vecāku pabalstu (to aprēķina no jūsu algas) un maternitātes pabalstu, kā arī pašvaldību pabalstus. Par savu gadījumu jautājiet VSAA (tālrunis 8001 0021) vai pieprasiet pabalstu portālā latvija.gov.lv.',
	fields: {
		birthDate: {
			what: 'bērna dzimšanas datumu',
			label: 'Bērna dzimšanas datums',
			hint: 'Ja bērns vēl nav dzimis, ievadiet gaidāmo datumu.'
		},
		children: {
			what: 'vienās dzemdībās dzimušo bērnu skaitu',
			label: 'Cik bērnu piedzima vienās dzemdībās?',
			hint: 'Dvīņiem — 2. Ja tukšs — 1.',
			unit: 'bērni'
		},
		maternityEnd: {
			what: 'maternitātes pabalsta pēdējo dienu',
			label: 'Maternitātes pabalsta pēdējā diena (ja to maksāja)',
			hint: 'Datums darbnespējas lapā B. Par šo laiku bērna kopšanas pabalstu nemaksā. Ja maternitātes pabalstu nemaksāja, atstājiet tukšu.'
		},
		resident: { label: 'Vai jūs un bērns pastāvīgi dzīvojat Latvijā un jums ir Latvijas personas kods?' }
	},
	errors: {
		maternityBeforeBirth: 'Maternitātes pabalsta pēdējā diena nevar būt pirms bērna dzimšanas datuma',
		maternityTooLate: 'Maternitātes pabalsts pēc dzemdībām ilgst dažus mēnešus; pārbaudiet datumu (tam jābūt pirms {{max}})'
	},
	steps: {
		start: 'Tiesības uz pabalstu no',
		startAtBirth: 'No bērna dzimšanas dienas, jo maternitātes pabalstu nemaksāja.',
		startAfterMaternity: 'Nākamajā dienā pēc maternitātes pabalsta beigām ({{end}}).',
		rateUnder: 'Pabalsts mēnesī līdz pusotra gada vecumam ({{date}})',
		rateOver: 'Pabalsts mēnesī no pusotra līdz divu gadu vecumam ({{date}})',
		rateOverNone: 'Par bērniem, kas dzimuši pēc {{cutoff}}, šo daļu nemaksā.',
		multiples: 'Pabalsts ar piemaksu par katru nākamo vienās dzemdībās dzimušo bērnu (nākamo bērnu skaits: {{n}})',
		claimDeadline: 'Pieprasīt līdz',
		claimDeadlineDetail: '{{months}} no dienas, kad radušās tiesības.',
		payable: 'Izmaksājams, ja pieprasāt tagad (no {{from}})'
	},
	figures: {
		monthly: 'Mēnesī sākumā',
		start: 'No',
		end: 'Līdz',
		total: 'Kopā',
		claimDeadline: 'Pieprasīt līdz',
		payableFrom: 'Izmaksā no',
		payableTotal: 'Izmaksājams kopā'
	},
	summary: {
		result: 'Jums pienākas {{monthly}} mēnesī no {{start}} līdz {{end}}, pavisam {{total}}.',
		late: 'Pieprasot {{claim}}, saņemsiet {{payable}}: pabalstu piešķir tikai no {{from}}. Kopā bija pienācies {{total}}.',
		notEligible: 'Pēc ievadītajām ziņām bērna kopšanas pabalsts jums netiks izmaksāts.'
	},
	reasons: {
		resident: 'Pabalstu piešķir tikai personām, kas pastāvīgi dzīvo Latvijā un kam (un bērnam) ir personas kods.',
		noPeriod: 'No {{start}} vairs nav dienu, par kurām pabalsts pienāktos.',
		late: 'Pabalsts bija jāpieprasa līdz {{deadline}}. Pieprasot vēlāk, to piešķir tikai par pēdējiem mēnešiem pirms pieprasījuma, bet tiesības beidzās {{end}}, pirms šiem mēnešiem.'
	},
	notices: {
		arrears: 'Bērna kopšanas pabalstu izmaksā par iepriekšējo mēnesi: piemēram, janvāra pabalstu saņem februārī.'
	}
} satisfies Messages;

export default lv;
