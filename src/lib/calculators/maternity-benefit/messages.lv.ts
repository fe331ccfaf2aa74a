import type { Messages } from '$lib/engine/calculator';
import { sharedFieldsLv, sharedLv } from '$lib/benefits/messages.lv';

const lv = {
	...sharedLv,
	title: 'Maternitātes pabalsts',
	question: 'Cik lielu maternitātes pabalstu saņemšu un kad?',
	intro:
		'Uzziniet, cik lielu maternitātes pabalstu Valsts sociālās apdrošināšanas aģentūra (VSAA) maksās par grūtniecības un dzemdību atvaļinājumu, par kurām dienām un līdz kuram datumam jāpieprasa katra daļa. Jums vajadzēs paredzamo dzemdību datumu un savus vidējos ienākumus.',
	notCovered:
		'Netiek aprēķināts: pašnodarbinātās (iemaksas pa ceturkšņiem), bērna piedzimšana pirms grūtniecības atvaļinājuma (apmaksā vismaz 112 dienas), pabalsts tēvam vai citai personai, ja māte nevar kopt bērnu, un adopcija. Lēmumu pieņem VSAA: latvija.gov.lv vai tālrunis 8001 0021.',
	fields: {
		...sharedFieldsLv,
		dueDate: { what: 'paredzamo dzemdību datumu', label: 'Paredzamais dzemdību datums', hint: 'Kā to noteicis ārsts.' },
		earlyRegistration: {
			label: 'Vai stājāties uzskaitē pie ārsta līdz 12. grūtniecības nedēļai?',
			hint: 'Tad grūtniecības atvaļinājums ir 70 dienas, nevis 56.'
		},
		complications: {
			label: 'Vai bija sarežģījumi dzemdībās vai pēc tām vai piedzima dvīņi vai vairāk bērnu?',
			hint: 'Tad dzemdību atvaļinājums ir 70 dienas, nevis 56. Ja vēl nezināt, atbildiet «Nē».'
		},
		insured: { label: 'Vai atvaļinājuma pirmajā dienā būsiet darba ņēmēja vai pašnodarbinātā?' },
		daysSinceStatusLost: {
			what: 'dienu skaitu kopš darba attiecību beigām',
			label: 'Cik dienas pirms atvaļinājuma beidzās jūsu darba attiecības (vai pašnodarbinātība)?',
			unit: 'dienas'
		},
		liquidation: { label: 'Vai tās beidzās darba devēja likvidācijas dēļ?' }
	},
	steps: {
		prenatal: 'Grūtniecības atvaļinājums',
		prenatalDetail: 'No {{start}}, 56 dienas pirms paredzamajām dzemdībām {{due}}',
		prenatalEarly: 'No {{start}}: 70 dienas pirms paredzamajām dzemdībām {{due}}, jo stājāties uzskaitē līdz 12. nedēļai.',
		postnatal: 'Dzemdību atvaļinājums',
		postnatalDetail: '56 dienas no dzemdībām.',
		postnatalComplications: '70 dienas no dzemdībām sarežģījumu vai vairāku bērnu dzimšanas dēļ.',
		statusLost: 'Vai darba attiecības beidzās pietiekami tuvu atvaļinājumam?',
		statusLostDetail: 'Pabalstu maksā, ja statuss zaudēts ne vairāk kā {{grace}} dienas pirms atvaļinājuma (norādītas {{lost}} dienas).',
		benefitPerDay: 'Maternitātes pabalsts kalendāra dienā',
		benefitPerDayDetail: '{{rate}} no {{average}}.',
		claimPrenatal: 'Pirmā daļa jāpieprasa līdz',
		claimPostnatal: 'Otrā daļa jāpieprasa līdz'
	},
	figures: {
		total: 'Maternitātes pabalsts kopā',
		benefitPerDay: 'Pabalsts dienā',
		totalDays: 'Apmaksātās dienas',
		leaveStart: 'Grūtniecības atvaļinājums no',
		leaveEnd: 'Dzemdību atvaļinājums līdz (ja dzimst paredzētajā datumā)',
		prenatalAmount: 'Pirmā daļa (grūtniecības atvaļinājums)',
		postnatalAmount: 'Otrā daļa (pēc dzemdībām)',
		claimPrenatal: 'Pirmā daļa jāpieprasa līdz',
		claimPostnatal: 'Otrā daļa jāpieprasa līdz (ja dzimst paredzētajā datumā)'
	},
	summary: {
		result:
			'Jūs varat saņemt {{total}} maternitātes pabalstu par {{days}} dienām: {{part1}} par grūtniecības atvaļinājumu no {{start}} un {{part2}} pēc dzemdībām.',
		notEligible: 'Jums nav tiesību uz maternitātes pabalstu.'
	},
	reasons: {
		notInsured:
			'Līdz 2019. gadam pabalstu maksāja tikai sievietēm, kuras atvaļinājuma sākumā ({{start}}) bija darba ņēmējas vai pašnodarbinātās.',
		statusLostTooEarly:
			'Jūsu darba attiecības beidzās {{lost}} dienas pirms atvaļinājuma; pabalstu maksā, ja tās beigušās ne vairāk kā {{grace}} dienas iepriekš.'
	},
	timeline: {
		...sharedLv.timeline,
		prenatal: 'Maternitātes pabalsta pirmā daļa (grūtniecības atvaļinājums)',
		postnatal: 'Maternitātes pabalsta otrā daļa (dzemdību atvaļinājums)',
		prenatalBar: 'Grūtniecības atvaļinājums',
		postnatalBar: 'Dzemdību atvaļinājums'
	},
	notices: {
		birthDate:
			'Otrā daļa sākas faktiskajā dzemdību dienā; mēs izmantojām paredzamo datumu. Ja bērns piedzimst agrāk vai vēlāk, nekas netiek atskaitīts.'
	}
} satisfies Messages;

export default lv;
