/** Latvian strings of the working-time calendar, spread under `cal` into each calculator that uses it. */
import type { Messages } from '$lib/engine/calculator';

export default {
	weekdays: { 0: 'svētdiena', 1: 'pirmdiena', 2: 'otrdiena', 3: 'trešdiena', 4: 'ceturtdiena', 5: 'piektdiena', 6: 'sestdiena' },
	kinds: {
		working: 'Darba diena',
		weekend: 'Brīvdiena (nedēļas nogale)',
		holiday: 'Svētku diena',
		'weekend-holiday': 'Svētku diena brīvdienā',
		substitute: 'Brīvdiena svētku dienas vietā',
		'transferred-off': 'Pārcelta darba diena (brīva)',
		'transferred-working': 'Pārceltā darba diena (sestdiena)',
		'pre-holiday': 'Pirmssvētku diena (saīsināta)',
		'transferred-working-pre-holiday': 'Pārceltā darba diena, pirmssvētku (saīsināta)'
	},
	/** Sešu darba dienu nedēļā atpūtas diena ir tikai svētdiena. */
	kindsSixDay: {
		weekend: 'Nedēļas atpūtas diena',
		'weekend-holiday': 'Svētku diena atpūtas dienā'
	},
	legend: {
		title: 'Apzīmējumi',
		working: 'darba diena: pilnas stundas',
		weekend: 'sestdiena vai svētdiena: nestrādā',
		holiday: 'svētku diena darba dienā: stundas apmaksā kā svētku dienas stundas',
		'weekend-holiday': 'svētku diena sestdienā vai svētdienā: stundas netiek pieskaitītas',
		substitute: 'nākamā darba diena pēc svētku dienas, kas iekrita brīvdienā, ja likums tās vietā dod brīvdienu',
		'transferred-off': 'darba diena, ko MK rīkojums pārceļ uz sestdienu',
		'transferred-working': 'sestdiena, kurā strādā pārceltās darba dienas vietā',
		'pre-holiday': 'darba diena tieši pirms svētku dienas: saīsināta, saīsinātā stunda ir apmaksāta',
		'transferred-working-pre-holiday': 'pārceltā darba diena, kas ir arī pirmssvētku diena'
	},
	legendSixDay: {
		working: 'darba diena: pilnas stundas, sestdienā mazāk',
		weekend: 'svētdiena: nedēļas atpūtas diena, nestrādā',
		'weekend-holiday': 'svētku diena svētdienā: stundas netiek pieskaitītas',
		substitute:
			'nākamā darba diena pēc 4. maija, 18. novembra vai Dziesmu un deju svētku noslēguma dienas, kas iekrita sestdienā vai svētdienā: brīvdiena tās vietā'
	},
	notes: {
		none: '—',
		holiday: '{{name}}',
		weekendHoliday: '{{name}} — iekrīt brīvdienā, stundas netiek pieskaitītas',
		restDayHoliday: '{{name}} — iekrīt svētdienā, nedēļas atpūtas dienā; stundas netiek pieskaitītas',
		substitute: 'Brīvdiena, jo {{name}} ({{date}}) iekrita brīvdienā',
		transferredOff: 'Darba diena pārcelta uz sestdienu, {{to}}',
		transferredWorking: 'Strādā {{from}} vietā',
		transferredWorkingPre: 'Strādā {{from}} vietā; saīsināta, jo {{from}} bija pirms svētku dienas: {{name}}',
		transferredWorkingEve: 'Strādā {{from}} vietā; saīsināta, jo nākamā diena ir {{name}}',
		preHoliday: 'Saīsināta: nākamā diena ir {{name}}',
		transferNotFollowed: 'MK rīkojums to pārceļ uz {{to}}, bet darba devējs rīkojumu neievēro',
		transferNotFollowedSaturday: 'MK rīkojums to nosaka par darba dienu ({{from}} vietā), bet darba devējs rīkojumu neievēro'
	},
	grid: {
		calendarCaption: 'Kalendārs: {{month}}',
		caption: 'Darba laika kalendārs: {{month}}',
		date: 'Datums',
		weekday: 'Nedēļas diena',
		kind: 'Diena',
		note: 'Piezīme',
		worked: 'Jānostrādā, h',
		holiday: 'Svētku dienu stundas',
		preHoliday: 'Pirmssvētku stundas'
	},
	steps: {
		schedule: 'Normālais darba laiks: {{weekly}} nedēļā, {{daily}} dienā, piecu darba dienu nedēļa',
		scheduleSixDay:
			'Normālais darba laiks: {{weekly}} nedēļā, sešu darba dienu nedēļa — {{daily}} dienā no pirmdienas līdz piektdienai, sestdienā {{saturday}} (Darba likuma 133. pants)',
		weekdays: 'Dienas no pirmdienas līdz piektdienai: {{month}}',
		saturdays: 'Sestdienas: {{month}}',
		workingDaysSixDay:
			'Darba dienas no pirmdienas līdz sestdienai (MK rīkojumi par darba dienu pārcelšanu attiecas tikai uz piecu darba dienu nedēļu)',
		workingDaysFollowed: 'Darba dienas, ievērojot MK rīkojumu par darba dienu pārcelšanu',
		workingDaysNotFollowed: 'Darba dienas (MK rīkojums par darba dienu pārcelšanu netiek ievērots)',
		holidayHours: 'Svētku dienu stundas darba dienās (Darba likuma 74. panta pirmās daļas 8. punkts)',
		holidayHoursDetail: '{{daily}} × {{days}} = {{hours}}',
		holidayHoursDetailSixDay: '{{daily}} × {{days}} + {{saturday}} × {{saturdays}} sestdienās = {{hours}}',
		preHolidayHours: 'Pirmssvētku dienu saīsinātās stundas (Darba likuma 135. pants)',
		preHolidayHoursDetail: '{{shortening}} × {{days}} = {{hours}}',
		workedHours: 'Jānostrādā stundas',
		workedHoursDetail: '{{daily}} × {{days}} − {{holiday}} − {{pre}} = {{worked}}',
		workedHoursDetailSixDay: '{{daily}} × {{days}} + {{saturday}} × {{saturdays}} sestdienās − {{holiday}} − {{pre}} = {{worked}}',
		totalHours: 'Normālā darba laika stundas mēnesī (h)',
		totalHoursDetail:
			'{{worked}} + {{holiday}} + {{pre}} = {{total}}. Tas vienmēr ir {{daily}} × {{weekdays}} no pirmdienas līdz piektdienai: svētku dienas, pārceltās un pirmssvētku dienas tikai pārdala stundas.',
		totalHoursDetailSixDay:
			'{{worked}} + {{holiday}} + {{pre}} = {{total}}. Tas vienmēr ir {{daily}} × {{weekdays}} no pirmdienas līdz piektdienai un {{saturday}} × {{saturdays}} sestdienās: svētku un pirmssvētku dienas tikai pārdala stundas.',
		wage: 'Minimālā mēneša darba alga ({{month}})',
		rate: 'Minimālā stundas tarifa likme (MK noteikumu Nr. 656 3. punkts)',
		rateDetail: '{{wage}} / {{total}} = {{rate}}',
		payWorked: 'Minimālās algas daļa par nostrādātajām stundām',
		payWorkedDetail: '{{wage}} × {{hours}} / {{total}}',
		payPaidAbsence: 'Minimālās algas daļa par apmaksātajām svētku un pirmssvētku stundām',
		payPaidAbsenceDetail: '{{wage}} × {{hours}} / {{total}}',
		day: {
			holiday: '{{date}}: {{name}} — svētku diena darba dienā',
			holidayDetail: 'Darbs nav jāveic; apmaksātās svētku dienas stundas — {{hours}}.',
			weekendHoliday: '{{date}}: {{name}} — svētku diena iekrīt brīvdienā',
			weekendHolidaySubstitute:
				'Šai svētku dienai nākamā darba diena ir brīvdiena (likuma «Par svētku, atceres un atzīmējamām dienām» 1. pants).',
			weekendHolidayNoSubstitute: 'Brīvdienu tās vietā nepiešķir; ja iepriekšējā diena ir darba diena, to saīsina.',
			substitute: '{{date}}: brīvdiena, jo {{name}} ({{holidayDate}}) iekrita brīvdienā',
			substituteDetail: 'Labklājības ministrija to uzskaita kā svētku dienas stundas: {{hours}}.',
			transferredOff: '{{date}}: darba diena pārcelta uz sestdienu, {{to}}',
			transferredWorking: '{{date}}: pārceltā darba diena ({{from}} vietā)',
			transferredPreHolidayDetail:
				'Pārceltā diena saglabā savas tiesības: {{from}} bija pirms svētku dienas «{{name}}» ({{holidayDate}}), tāpēc arī šī diena ir saīsināta: jānostrādā {{worked}}, apmaksātās pirmssvētku stundas — {{pre}} (VDI; Darba likuma 135. pants).',
			preHoliday: '{{date}}: pirmssvētku diena — nākamā diena ir {{name}} ({{holidayDate}})',
			preHolidayDetail:
				'Nākamā diena ir svētku diena «{{name}}» ({{holidayDate}}), tāpēc darba diena ir saīsināta (Darba likuma 135. pants): jānostrādā {{worked}}, apmaksātās pirmssvētku stundas — {{pre}}.',
			transferNotFollowed: '{{date}}: MK rīkojums šo dienu pārceļ uz {{other}}, bet darba devējs rīkojumu neievēro — tā paliek darba diena',
			transferNotFollowedSaturday:
				'{{date}}: MK rīkojums šo sestdienu nosaka par darba dienu ({{other}} vietā), bet darba devējs rīkojumu neievēro — tā paliek brīvdiena',
			orderNumbered: 'MK {{orderDate}} rīkojums Nr. {{number}} «{{title}}» (Darba likuma 133. panta ceturtā daļa).',
			orderUnnumbered: 'MK rīkojums «{{title}}» (numurs nav atrasts; Darba likuma 133. panta ceturtā daļa).'
		}
	}
} satisfies Messages;
