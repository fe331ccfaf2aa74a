import type { Messages } from '$lib/engine/calculator';
import cal from '$lib/calendar/messages.lv';
import { followsTransfersFieldLv, monthFieldLv, scheduleFieldLv } from '$lib/calendar/fields.lv';

export default {
	title: 'Minimālā stundas tarifa likme',
	question: 'Kāda ir minimālā stundas tarifa likme šajā mēnesī?',
	intro:
		'Minimālā stundas tarifa likme ir minimālā mēneša darba alga, dalīta ar mēneša normālā darba laika stundām, ieskaitot svētku dienu un pirmssvētku dienu stundas (MK noteikumi Nr. 656). Izvēlieties mēnesi un darba laiku: parādīsim likmi, stundu sadalījumu un katru svētku, pārcelto un pirmssvētku dienu ar likuma pantu.',
	notCovered:
		'Neaprēķina summēto darba laiku (to skatiet kalkulatorā «Minimālā alga par manām stundām»), koplīgumā noteiktu īsāku darba laiku un piemaksas par darbu svētku dienās vai virsstundām. Jautājumus par darba laiku uzdodiet Valsts darba inspekcijai (vdi.gov.lv).',
	fields: {
		month: monthFieldLv,
		schedule: scheduleFieldLv,
		followsTransfers: followsTransfersFieldLv
	},
	summary: '{{month}}: minimālā stundas tarifa likme ir {{rate}} (normālais darba laiks mēnesī — {{total}}, {{weekly}} nedēļā).',
	figures: {
		rate: 'Minimālā stundas tarifa likme',
		minimumWage: 'Minimālā mēneša darba alga',
		totalHours: 'Normālā darba laika stundas kopā',
		workedHours: 'Jānostrādā stundas',
		holidayHours: 'Svētku dienu stundas',
		preHolidayHours: 'Pirmssvētku stundas',
		workingDays: 'Darba dienas',
		payWorked: 'Alga par nostrādātajām stundām',
		payPaidAbsence: 'Atlīdzība par svētku un pirmssvētku stundām'
	},
	chart: { title: 'Stundu sadalījums: {{month}}' },
	notices: {
		derived35:
			'35 stundu nedēļai pirmssvētku dienas saīsinām tāpat kā 40 stundu nedēļai (Darba likuma 135. pants); Labklājības ministrijas 35 stundu tabulas par 2016.–2026. gadu nav atrastas. Kopējās stundas un likme no tā nav atkarīgas.',
		derivedSixDay:
			'Sešu darba dienu nedēļai rēķinām 7 stundas dienā (35 stundu nedēļai — 6) un sestdienā 5, kā to pieļauj Darba likums (133. pants: ne vairāk par 7 stundām dienā, sestdienā īsāk). Labklājības ministrija publicē sešu dienu tabulas, bet savus skaitļus ar tām pārbaudīt nevarējām. Svētku un pirmssvētku dienas tikai pārdala stundas; kopā ir katras pirmdienas–sestdienas normālo stundu summa.',
		transfersNotFollowed:
			'Labklājības ministrijas tabulas pieņem, ka MK rīkojums par darba dienu pārcelšanu tiek ievērots. Ja darba devējs to neievēro, kopējās stundas un likme ir tās pašas, bet stundu sadalījums var atšķirties.'
	},
	cal
} satisfies Messages;
