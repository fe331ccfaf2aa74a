import type { Messages } from '$lib/engine/calculator';
import cal from '$lib/calendar/messages.lv';
import { monthFieldLv, scheduleFieldLv } from '$lib/calendar/fields.lv';

export default {
	title: 'Minimālā alga par manām stundām',
	question: 'Cik man jāsamaksā vismaz par manām darba stundām?',
	intro:
		'Aprēķina mazāko samaksu, ko darba devējs drīkst maksāt: nepilnam darba laikam — proporcionāli minimālajai mēneša algai; par mēnesī nostrādātajām stundām — pēc mēneša minimālās stundas tarifa likmes; summētajam darba laikam — par visu pārskata periodu (MK noteikumi Nr. 656).',
	notCovered:
		'Neaprēķina piemaksas par virsstundām, nakts darbu un darbu svētku dienās (Darba likuma 68. pants) un nodokļus. Ja alga ir mazāka par minimālo, vērsieties pie darba devēja vai Valsts darba inspekcijā (vdi.gov.lv).',
	fields: {
		mode: {
			label: 'Ko vēlaties aprēķināt?',
			options: {
				'part-time': { label: 'Nepilns darba laiks: minimālā mēneša alga par nolīgtajām stundām nedēļā' },
				hours: { label: 'Stundas mēnesī: minimālā samaksa par nostrādātajām stundām' },
				summed: { label: 'Summētais darba laiks: minimālā samaksa par pārskata periodu' }
			}
		},
		month: monthFieldLv,
		schedule: scheduleFieldLv,
		weeklyHours: {
			what: 'nolīgtās darba stundas nedēļā',
			label: 'Nolīgtās darba stundas nedēļā',
			hint: 'Kā darba līgumā, piemēram, 20',
			unit: 'stundas nedēļā'
		},
		hoursWorked: {
			what: 'apmaksājamās stundas mēnesī',
			label: 'Apmaksājamās stundas mēnesī',
			hint: 'Nostrādātās stundas kopā ar apmaksātajām svētku dienu un pirmssvētku stundām, piemēram, 184',
			unit: 'stundas'
		},
		periodStart: { what: 'pārskata perioda pirmo mēnesi', label: 'Pārskata perioda pirmais mēnesis' },
		months: {
			what: 'mēnešu skaitu pārskata periodā',
			label: 'Mēneši pārskata periodā',
			hint: 'Kā noteikts darba līgumā vai koplīgumā; aprēķinām līdz 12 mēnešiem',
			unit: 'mēneši'
		},
		periodHours: {
			what: 'pārskata periodā nostrādātās stundas',
			label: 'Nostrādātās stundas pārskata periodā kopā',
			hint: 'Piemēram, 520',
			unit: 'stundas'
		}
	},
	summary: {
		partTime: '{{month}}: strādājot {{hours}} nedēļā, minimālā mēneša alga ir {{amount}}.',
		hours: '{{month}}: par {{hours, acc}} jāsamaksā vismaz {{amount}}.',
		summed: 'Pārskata periodā no {{from, gen}} līdz {{to, dat}} par {{hours, acc}} jāsamaksā vismaz {{amount}}.'
	},
	figures: {
		partTimeMinimum: 'Minimālā mēneša alga par nolīgtajām stundām',
		minimumPay: 'Minimālā samaksa',
		rate: 'Minimālā stundas tarifa likme',
		minimumWage: 'Minimālā mēneša darba alga',
		normalHours: 'Normālā darba laika stundas mēnesī',
		periodMinimum: 'Minimālā alga par periodu (visas normālās stundas)',
		periodNormalHours: 'Normālā darba laika stundas periodā',
		averageRate: 'Perioda vidējā minimālā stundas likme'
	},
	steps: {
		totalHours: 'Normālā darba laika stundas: {{month}}',
		totalHoursDetail: '{{daily}} × {{weekdays}} no pirmdienas līdz piektdienai, ieskaitot svētku dienu un pirmssvētku stundas',
		totalHoursDetailSixDay:
			'{{daily}} × {{weekdays}} no pirmdienas līdz piektdienai un {{saturday}} × {{saturdays}} sestdienās, ieskaitot svētku dienu un pirmssvētku stundas',
		normalWeek: 'Normālais darba laiks nedēļā (Darba likuma 131. pants)',
		partTimeMinimum: 'Minimālā mēneša alga nepilnam darba laikam (proporcionāli nostrādātajam laikam)',
		partTimeMinimumDetail: '{{wage}} × {{hours}} / {{normal}}',
		minimumPay: 'Minimālā samaksa par stundām',
		minimumPayDetail: '{{rate}} × {{hours}}',
		periodMonth: '{{month}}: minimālā mēneša darba alga',
		periodMonthDetail: 'Normālā darba laika stundas: {{total}}',
		periodMinimum: 'Minimālā alga par visu pārskata periodu ({{n}} mēn.; MK noteikumu Nr. 656 4. punkts)',
		periodHours: 'Normālā darba laika stundas pārskata periodā (hp)',
		averageRate: 'Pārskata perioda vidējā minimālā stundas tarifa likme (MK noteikumu Nr. 656 5. punkts)',
		averageRateDetail: '{{wages}} / {{hours}} = {{rate}}',
		summedPayFull: 'Minimālā samaksa: visas normālās stundas nostrādātas',
		summedPayFullDetail: '{{wages}} + {{extra}} × {{rate}}',
		summedPayShort: 'Minimālā samaksa: nostrādāts mazāk par normālo stundu skaitu',
		summedPayShortDetail: '{{hours}} × {{rate}}'
	},
	table: {
		caption: 'Pārskata perioda mēneši',
		month: 'Mēnesis',
		wage: 'Minimālā mēneša alga',
		total: 'Normālās stundas',
		rate: 'Mēneša stundas likme'
	},
	notices: {
		derivedSixDay:
			'Sešu darba dienu nedēļai rēķinām 7 stundas dienā (35 stundu nedēļai — 6) un sestdienā 5, kā to pieļauj Darba likums (133. pants: ne vairāk par 7 stundām dienā, sestdienā īsāk). Labklājības ministrija publicē sešu dienu tabulas, bet savus skaitļus ar tām pārbaudīt nevarējām. Svētku un pirmssvētku dienas tikai pārdala stundas; kopā ir katras pirmdienas–sestdienas normālo stundu summa.',
		partTimeNoShortening: 'Nepilna darba laika darbiniekiem pirmssvētku dienas saīsinājums (Darba likuma 135. pants) nav jāpiemēro.',
		overtime:
			'Stundas pārsniedz mēneša normālo darba laiku ({{normal}}). Par virsstundām papildus pienākas piemaksa (Darba likuma 68. pants), kas šeit nav ieskaitīta.',
		overtimeSummed:
			'Pārskata periodā nostrādāts {{extra}} vairāk par normālo darba laiku. Par virsstundām papildus pienākas piemaksa (Darba likuma 68. pants), ko rēķina no perioda vidējās likmes; tā šeit nav ieskaitīta.',
		shortPeriod:
			'Nostrādāts mazāk par normālo darba laiku ({{normal}}), tāpēc 4. punkta minimums par visu periodu neattiecas; samaksu rēķinām pēc perioda vidējās likmes par nostrādātajām stundām.',
		singleMonth:
			'MK noteikumu Nr. 656 4. punkts attiecas uz pārskata periodu, kas garāks par vienu mēnesi; viena mēneša periodam minimums ir mēneša minimālā alga.'
	},
	errors: {
		notPartTime: 'Nepilns darba laiks ir mazāk par {{normal}} nedēļā. Ievadiet mazāku stundu skaitu vai izvēlieties «Stundas mēnesī».',
		periodBeyondCoverage: 'Pārskata periodam jābeidzas ne vēlāk kā {{max}}. Izvēlieties agrāku sākumu vai mazāk mēnešu.'
	},
	cal
} satisfies Messages;
