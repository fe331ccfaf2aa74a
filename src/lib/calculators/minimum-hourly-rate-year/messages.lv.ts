import type { Messages } from '$lib/engine/calculator';
import cal from '$lib/calendar/messages.lv';
import { followsTransfersFieldLv, scheduleFieldLv } from '$lib/calendar/fields.lv';

export default {
	title: 'Minimālās stundas likmes pa mēnešiem',
	question: 'Kādas ir minimālās stundas tarifa likmes katrā gada mēnesī?',
	intro:
		'Visi gada divpadsmit mēneši: darba dienas, jānostrādā stundas, svētku dienu un pirmssvētku stundas, normālā darba laika stundas kopā un minimālā stundas tarifa likme (MK noteikumi Nr. 656), kā tās katru gadu aprēķina Labklājības ministrija. Tabulu var lejupielādēt CSV formātā.',
	notCovered:
		'Neaprēķina summēto darba laiku un koplīgumā noteiktu īsāku darba laiku. Katra mēneša dienas un to iemeslus parāda kalkulators «Minimālā stundas tarifa likme». Jautājumus par darba laiku uzdodiet Valsts darba inspekcijai (vdi.gov.lv).',
	fields: {
		year: { what: 'gadu', label: 'Gads', hint: 'Piemēram, 2026' },
		schedule: scheduleFieldLv,
		followsTransfers: followsTransfersFieldLv
	},
	summary:
		'{{year}}. gadā ({{weekly}} nedēļā) normālais darba laiks ir {{total}}; minimālā stundas tarifa likme ir no {{lowest}} līdz {{highest}}.',
	figures: {
		totalHours: 'Normālā darba laika stundas gadā',
		workedHours: 'Jānostrādā stundas',
		holidayHours: 'Svētku dienu stundas',
		preHolidayHours: 'Pirmssvētku stundas',
		workingDays: 'Darba dienas',
		lowestRate: 'Zemākā mēneša likme',
		highestRate: 'Augstākā mēneša likme'
	},
	table: {
		caption: 'Minimālās stundas tarifa likmes {{year}}. gadā, {{weekly}} nedēļā',
		month: 'Mēnesis',
		workingDays: 'Darba dienas',
		worked: 'Jānostrādā, h',
		holiday: 'Svētku dienu stundas',
		preHoliday: 'Pirmssvētku stundas',
		total: 'Kopā, h',
		wage: 'Minimālā mēneša alga',
		rate: 'Stundas likme',
		payWorked: 'Alga par nostrādātajām stundām',
		payPaidAbsence: 'Atlīdzība par svētku un pirmssvētku stundām'
	},
	steps: {
		wage: 'Minimālā mēneša darba alga no {{since}}',
		calendarFollowed:
			'Darba laika kalendārs {{year}}. gadam: svētku dienas, brīvdienas to vietā, MK rīkojums par darba dienu pārcelšanu un pirmssvētku dienu saīsinājums',
		calendarSixDay:
			'Darba laika kalendārs {{year}}. gadam: svētku dienas, brīvdienas to vietā un pirmssvētku dienu saīsinājums (MK rīkojumi par darba dienu pārcelšanu attiecas tikai uz piecu darba dienu nedēļu)',
		calendarNotFollowed:
			'Darba laika kalendārs {{year}}. gadam: svētku dienas, brīvdienas to vietā un pirmssvētku dienu saīsinājums (MK rīkojums par darba dienu pārcelšanu netiek ievērots)',
		month: '{{month}}',
		monthDetail: '{{worked}} + {{holiday}} + {{pre}} = {{total}}; {{wage}} / {{total}} = {{rate}}'
	},
	notices: {
		derived35:
			'35 stundu nedēļai pirmssvētku dienas saīsinām tāpat kā 40 stundu nedēļai (Darba likuma 135. pants); Labklājības ministrijas 35 stundu tabulas par 2016.–2026. gadu nav atrastas. Kopējās stundas un likmes no tā nav atkarīgas.',
		derivedSixDay:
			'Sešu darba dienu nedēļai rēķinām 7 stundas dienā (35 stundu nedēļai — 6) un sestdienā 5, kā to pieļauj Darba likums (133. pants: ne vairāk par 7 stundām dienā, sestdienā īsāk). Labklājības ministrija publicē sešu dienu tabulas, bet savus skaitļus ar tām pārbaudīt nevarējām. Svētku un pirmssvētku dienas tikai pārdala stundas; kopā ir katras pirmdienas–sestdienas normālo stundu summa.',
		transfersNotFollowed:
			'Labklājības ministrijas tabulas pieņem, ka MK rīkojums par darba dienu pārcelšanu tiek ievērots. Ja darba devējs to neievēro, kopējās stundas un likmes ir tās pašas, bet stundu sadalījums var atšķirties.'
	},
	cal
} satisfies Messages;
