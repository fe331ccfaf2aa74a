import type { Messages } from '$lib/engine/calculator';
import { sharedFieldsLv, sharedLv } from '$lib/benefits/messages.lv';

const lv = {
	...sharedLv,
	title: 'Paternitātes pabalsts',
	question: 'Cik lielu paternitātes pabalstu saņemšu par atvaļinājumu pēc bērna piedzimšanas?',
	intro:
		'Uzziniet, cik Valsts sociālās apdrošināšanas aģentūra (VSAA) maksā par tēva atvaļinājumu pēc bērna piedzimšanas, līdz kuram laikam atvaļinājums jāizmanto un līdz kuram datumam jāpieprasa pabalsts. Jums vajadzēs bērna dzimšanas datumu, atvaļinājuma pirmo dienu un savus vidējos ienākumus.',
	notCovered:
		'Netiek aprēķināts: adopcija, pašnodarbinātie (iemaksas pa ceturkšņiem), vairāki darba devēji ar atšķirīgiem atvaļinājuma periodiem un svētku dienas atvaļinājuma laikā. No 2022. gada atvaļinājumu var izmantot arī mātes norādīta persona, ja paternitāte nav noteikta. Lēmumu pieņem VSAA: latvija.gov.lv vai tālrunis 8001 0021.',
	fields: {
		...sharedFieldsLv,
		birthDate: { what: 'bērna dzimšanas datumu', label: 'Bērna dzimšanas datums' },
		leaveStart: {
			what: 'atvaļinājuma pirmo dienu',
			label: 'Atvaļinājuma pirmā diena',
			hint: 'Atvaļinājums, ko darba devējs piešķīris sakarā ar bērna piedzimšanu.'
		},
		insured: { label: 'Vai esat darba ņēmējs vai pašnodarbinātais?' }
	},
	errors: {
		leaveBeforeBirth: 'Atvaļinājums nevar sākties pirms bērna dzimšanas',
		months24BelowMonths6: 'Mēnešu skaits pēdējos 24 mēnešos nevar būt mazāks kā pēdējos 6 mēnešos'
	},
	values: {
		calendarDays_zero: '{{count}} kalendāra dienas',
		calendarDays_one: '{{count}} kalendāra diena',
		calendarDays_other: '{{count}} kalendāra dienas',
		workingDays_zero: '{{count}} darba dienas',
		workingDays_one: '{{count}} darba diena',
		workingDays_other: '{{count}} darba dienas'
	},
	steps: {
		leaveRule: 'Apmaksātais atvaļinājums par bērnu, kas dzimis šajā datumā',
		leaveRuleDetail: 'Par bērnu, kas dzimis {{birth}}, atvaļinājums jāizmanto {{window}} laikā, līdz {{end}}',
		benefitPerDay: 'Paternitātes pabalsts kalendāra dienā',
		benefitPerWorkingDay: 'Paternitātes pabalsts darba dienā',
		benefitPerDayDetail: '{{rate}} no {{average}}.'
	},
	figures: {
		total: 'Paternitātes pabalsts',
		benefitPerDay: 'Pabalsts dienā',
		paidDays: 'Apmaksātās dienas',
		leaveStart: 'Atvaļinājums no',
		leaveEnd: 'Atvaļinājums līdz',
		latestDay: 'Atvaļinājums jāizmanto līdz',
		claimDeadline: 'Jāpieprasa līdz'
	},
	summary: {
		resultCalendar: 'Jūs varat saņemt {{total}} paternitātes pabalstu par {{count}} kalendāra dienām, no {{from}} līdz {{to}}',
		resultWorking: 'Jūs varat saņemt {{total}} paternitātes pabalstu par {{count}} darba dienām, no {{from}} līdz {{to}}',
		notEligible: 'Par šo atvaļinājumu jums nav tiesību uz paternitātes pabalstu.'
	},
	reasons: {
		notInsured: 'Paternitātes pabalstu maksā darba ņēmējiem un pašnodarbinātajiem.',
		tooLate: 'Atvaļinājums jāizmanto, pirms bērnam aprit {{window}} mēneši, — līdz {{end}}'
	},
	timeline: { ...sharedLv.timeline, paternity: 'Paternitātes pabalsts, {{rate}}' },
	notices: {
		partlyLate: '{{unpaid}} jūsu atvaļinājuma dienas ir pēc {{end}}, kad bērns jau ir par vecu; tās netiek apmaksātas.',
		weekdaysAssumed:
			'Par darba dienām uzskatījām pirmdienas–piektdienas un svētku dienas neatskaitījām; ja atvaļinājumā ir svētku diena, tas beidzas vēlāk.'
	}
} satisfies Messages;

export default lv;
