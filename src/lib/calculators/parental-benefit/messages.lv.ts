import type { Messages } from '$lib/engine/calculator';
import { sharedFieldsLv, sharedLv } from '$lib/benefits/messages.lv';

const lv = {
	...sharedLv,
	title: 'Vecāku pabalsts',
	question: 'Cik lielu vecāku pabalstu saņemšu un cik ilgi?',
	intro:
		'Salīdziniet īsāko un garāko vecāku pabalsta saņemšanas variantu, redziet summu pa mēnešiem, cik maksā, ja strādājat, un līdz kuram datumam jāpieprasa. Jums vajadzēs bērna dzimšanas datumu un savus vidējos ienākumus.',
	notCovered:
		'Netiek aprēķināts: bērna kopšanas pabalsts (atsevišķs fiksēts pabalsts), dvīņi un vairāki bērni, adopcija, pašnodarbinātie (iemaksas pa ceturkšņiem), bezalgas atvaļinājuma mēneši vidējā algā un otra vecāka pabalsta apmērs. Kad variants izvēlēts un pabalsts piešķirts, par to pašu bērnu to mainīt nevar. Lēmumu pieņem VSAA: latvija.gov.lv vai tālrunis 8001 0021.',
	fields: {
		...sharedFieldsLv,
		birthDate: { what: 'bērna dzimšanas datumu', label: 'Bērna dzimšanas datums' },
		option: {
			label: 'Kuru variantu izvēlaties?',
			hint: 'Bērniem, kas dzimuši no 2023. gada, mēnešus skaita no dzimšanas, un tajos ietilpst maternitātes pabalsta periods.',
			options: {
				shorter: { label: 'Īsāks: līdz 1 gada vecumam (dzimuši līdz 2022) vai 13 mēneši (dzimuši no 2023), 60 %' },
				longer: { label: 'Garāks: līdz 1,5 gadu vecumam (dzimuši līdz 2022) vai 19 mēneši (dzimuši no 2023), 43,75 %' }
			}
		},
		claimant: {
			label: 'Kurš saņems pabalstu?',
			options: {
				mother: { label: 'Māte pēc maternitātes pabalsta' },
				'other-parent': { label: 'Tēvs vai otrs vecāks' }
			}
		},
		postnatal70: { label: 'Vai mātes dzemdību atvaļinājums bija 70 dienas (sarežģījumi vai dvīņi)?' },
		startDate: {
			what: 'datumu, no kura vēlaties saņemt pabalstu',
			label: 'No kura datuma vēlaties saņemt pabalstu?',
			hint: 'Atstājiet tukšu: mātei — nākamā diena pēc dzemdību atvaļinājuma, otram vecākam — dzimšanas datums.'
		},
		working: {
			label: 'Vai pabalsta laikā strādāsiet vai gūsiet ienākumus kā pašnodarbinātais?',
			hint: 'Tad izmaksā mazāku daļu.'
		},
		insured: { label: 'Vai esat darba ņēmējs vai pašnodarbinātais?' }
	},
	errors: {
		startBeforeBirth: 'Pabalsts nevar sākties pirms bērna dzimšanas',
		months24BelowMonths6: 'Mēnešu skaits pēdējos 24 mēnešos nevar būt mazāks kā pēdējos 6 mēnešos'
	},
	values: {
		range: '{{from}} – {{to}}',
		age: { shorter: 'Līdz bērna 1 gada vecumam, 60 %', longer: 'Līdz 1,5 gadu vecumam, 43,75 %' },
		months: { shorter: '13 mēneši (9 + 2 + 2), 60 %', longer: '19 mēneši (15 + 2 + 2), 43,75 %' }
	},
	steps: {
		startAfterMaternity: 'Pabalsts sākas pēc dzemdību atvaļinājuma',
		startAfterMaternityDetail: 'Dzemdību atvaļinājums ilgst {{days}} dienas no dzemdībām.',
		startFromBirth: 'Pabalsts sākas bērna dzimšanas dienā',
		startEntered: 'Pabalsts sākas jūsu izvēlētajā datumā',
		scheme: 'Variants',
		schemeAge: 'Par bērnu, kas dzimis {{birth}} (līdz 2022. gadam), pabalstu maksā līdz noteiktam bērna vecumam.',
		schemeMonths: 'Par bērnu, kas dzimis {{birth}} (no 2023. gada), pabalstu veido pamatdaļa un katra vecāka 2 nenododamie mēneši.',
		benefitPerDay: 'Vecāku pabalsts kalendāra dienā',
		benefitPerDayDetail: '{{rate}} no {{average}}.',
		part: {
			age: 'Maksā par laiku',
			basic: 'Pamatdaļa',
			nonTransferable: 'Jūsu 2 nenododamie mēneši (pieņemts, ka tūlīt pēc pamatdaļas)'
		},
		nonTransferableDetail:
			'Katrs vecāks savus 2 mēnešus var izmantot jebkurā laikā līdz bērna 8 gadu vecumam; otrs vecāks tos izmantot nevar.',
		workingShare: 'Strādājot izmaksājamā daļa no {{since}}'
	},
	figures: {
		total: 'Vecāku pabalsts kopā',
		benefitPerDay: 'Piešķirts dienā',
		firstMonthPerDay: 'Strādājot izmaksā dienā (pirmajā mēnesī)',
		paidDays: 'Apmaksātās dienas',
		start: 'No',
		end: 'Līdz',
		claimDeadline: 'Jāpieprasa līdz',
		otherParentMonths: 'Otra vecāka nenododamie mēneši'
	},
	summary: {
		result: 'Jūs varat saņemt {{total}} vecāku pabalstu no {{from}} līdz {{to}} ({{perDay}}).',
		resultWorking:
			'Strādājot jūs varat saņemt {{total}} vecāku pabalstu no {{from}} līdz {{to}} (piešķirts {{perDay}}, no kā izmaksā daļu).',
		notEligible: 'Par šo periodu jums nav tiesību uz vecāku pabalstu.'
	},
	reasons: {
		notInsured:
			'Vecāku pabalstu maksā vecākam, kas ir darba ņēmējs vai pašnodarbinātais (vai mātei, kura par šo bērnu saņēma maternitātes pabalstu).',
		periodOver: 'Šī varianta periods beidzās {{end}}',
		tooOld: 'Nenododamos mēnešus var izmantot tikai līdz bērna 8 gadu vecumam (līdz {{end}}).'
	},
	timeline: {
		...sharedLv.timeline,
		age: 'Vecāku pabalsts, {{rate}}',
		ageWorking: 'Vecāku pabalsts strādājot: {{share}} no piešķirtā ({{rate}})',
		basic: 'Pamatdaļa, {{rate}}',
		basicWorking: 'Pamatdaļa strādājot: {{share}} no piešķirtā ({{rate}})',
		nonTransferable: 'Nenododamā daļa, {{rate}}',
		nonTransferableWorking: 'Nenododamā daļa: strādājot netiek maksāta'
	},
	comparison: {
		caption: 'Varianti salīdzinājumā',
		option: 'Variants',
		rate: 'Apmērs',
		perDay: 'Dienā',
		days: 'Jums apmaksātās dienas',
		onLeave: 'Kopā bērna kopšanas atvaļinājumā',
		working: 'Kopā strādājot',
		none: 'nav pieejams',
		unknown: 'noteikums vēl nav zināms'
	},
	notices: {
		motherAfterMaternity:
			'Pieņemam, ka māte par šo bērnu saņēma maternitātes pabalstu; tad vecāku pabalstu viņa var saņemt arī tad, ja nav nodarbināta.',
		nonTransferableNotWhileWorking:
			'Nenododamos mēnešus maksā tikai tad, ja esat bērna kopšanas atvaļinājumā un negūstat ienākumus kā pašnodarbinātais.',
		otherParent: 'Otram vecākam ir savi {{months}} nenododamie mēneši, ko maksā no viņa vidējās algas.'
	}
} satisfies Messages;

export default lv;
