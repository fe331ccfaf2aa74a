/** English strings of the working-time calendar, spread under `cal` into each calculator that uses it. */
import type { Messages } from '$lib/engine/calculator';

export default {
	weekdays: { 0: 'Sunday', 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday' },
	kinds: {
		working: 'Working day',
		weekend: 'Weekend',
		holiday: 'Public holiday',
		'weekend-holiday': 'Public holiday on a weekend',
		substitute: 'Day off in place of a holiday',
		'transferred-off': 'Transferred day off',
		'transferred-working': 'Transferred working day (Saturday)',
		'pre-holiday': 'Pre-holiday day (shortened)',
		'transferred-working-pre-holiday': 'Transferred working day, pre-holiday (shortened)'
	},
	/** A six-day week rests only on Sunday. */
	kindsSixDay: {
		weekend: 'Weekly rest day',
		'weekend-holiday': 'Public holiday on the rest day'
	},
	legend: {
		title: 'Key',
		working: 'working day: full hours',
		weekend: 'Saturday or Sunday: no work',
		holiday: 'public holiday on a working day: the hours are paid as holiday hours',
		'weekend-holiday': 'public holiday on a Saturday or Sunday: no hours are added',
		substitute: 'the next working day after a public holiday that fell on a weekend, where the law gives a day off in its place',
		'transferred-off': 'a working day that a Cabinet order moves to a Saturday',
		'transferred-working': 'a Saturday worked in place of the transferred working day',
		'pre-holiday': 'the working day just before a public holiday: shortened, the shortened hour is paid',
		'transferred-working-pre-holiday': 'a transferred working day that is also a pre-holiday day'
	},
	legendSixDay: {
		working: 'working day: full hours, fewer on Saturday',
		weekend: 'Sunday: the weekly rest day, no work',
		'weekend-holiday': 'public holiday on a Sunday: no hours are added',
		substitute:
			'the next working day after 4 May, 18 November or the Song and Dance Festival closing day that fell on a Saturday or Sunday: a day off in its place'
	},
	notes: {
		none: '—',
		holiday: '{{name}}',
		weekendHoliday: '{{name}} — falls on a weekend, no hours are added',
		restDayHoliday: '{{name}} — falls on Sunday, the weekly rest day; no hours are added',
		substitute: 'Day off because {{name}} ({{date}}) fell on a weekend',
		transferredOff: 'Working day moved to Saturday {{to}}',
		transferredWorking: 'Worked in place of {{from}}',
		transferredWorkingPre: 'Worked in place of {{from}}; shortened because {{from}} was the day before a holiday: {{name}}',
		transferredWorkingEve: 'Worked in place of {{from}}; shortened because the next day is {{name}}',
		preHoliday: 'Shortened: the next day is {{name}}',
		transferNotFollowed: 'The Cabinet order moves it to {{to}}, but the employer does not follow the order',
		transferNotFollowedSaturday:
			'The Cabinet order makes it a working day (in place of {{from}}), but the employer does not follow the order'
	},
	grid: {
		calendarCaption: 'Calendar: {{month}}',
		caption: 'Working-time calendar: {{month}}',
		date: 'Date',
		weekday: 'Weekday',
		kind: 'Day',
		note: 'Note',
		worked: 'Hours to work',
		holiday: 'Holiday hours',
		preHoliday: 'Pre-holiday hours'
	},
	steps: {
		schedule: 'Normal working time: {{weekly}} a week, {{daily}} a day, five-day week',
		scheduleSixDay:
			'Normal working time: {{weekly}} a week, six-day week — {{daily}} a day from Monday to Friday, {{saturday}} on Saturday (Labour Law s.133)',
		weekdays: 'Days from Monday to Friday: {{month}}',
		saturdays: 'Saturdays: {{month}}',
		workingDaysSixDay: 'Working days from Monday to Saturday (Cabinet orders transferring working days concern only five-day weeks)',
		workingDaysFollowed: 'Working days, following the Cabinet order that transfers working days',
		workingDaysNotFollowed: 'Working days (the Cabinet order that transfers working days is not followed)',
		holidayHours: 'Holiday hours on working days (Labour Law s.74(1)(8))',
		holidayHoursDetail: '{{daily}} × {{days}} = {{hours}}',
		holidayHoursDetailSixDay: '{{daily}} × {{days}} + {{saturday}} × {{saturdays}} on Saturdays = {{hours}}',
		preHolidayHours: 'Shortened pre-holiday hours (Labour Law s.135)',
		preHolidayHoursDetail: '{{shortening}} × {{days}} = {{hours}}',
		workedHours: 'Hours to be worked',
		workedHoursDetail: '{{daily}} × {{days}} − {{holiday}} − {{pre}} = {{worked}}',
		workedHoursDetailSixDay: '{{daily}} × {{days}} + {{saturday}} × {{saturdays}} on Saturdays − {{holiday}} − {{pre}} = {{worked}}',
		totalHours: 'Normal working hours in the month (h)',
		totalHoursDetail:
			'{{worked}} + {{holiday}} + {{pre}} = {{total}}. This always equals {{daily}} × {{weekdays}} from Monday to Friday: holidays, transferred and pre-holiday days only move hours between the columns.',
		totalHoursDetailSixDay:
			'{{worked}} + {{holiday}} + {{pre}} = {{total}}. This always equals {{daily}} × {{weekdays}} from Monday to Friday plus {{saturday}} × {{saturdays}} on Saturdays: holidays and pre-holiday days only move hours between the columns.',
		wage: 'Minimum monthly wage ({{month}})',
		rate: 'Minimum hourly rate (Cabinet Regulation No. 656, point 3)',
		rateDetail: '{{wage}} / {{total}} = {{rate}}',
		payWorked: 'Part of the minimum wage for the hours worked',
		payWorkedDetail: '{{wage}} × {{hours}} / {{total}}',
		payPaidAbsence: 'Part of the minimum wage for the paid holiday and pre-holiday hours',
		payPaidAbsenceDetail: '{{wage}} × {{hours}} / {{total}}',
		day: {
			holiday: '{{date}}: {{name}} — public holiday on a working day',
			holidayDetail: 'No work; {{hours}} are paid as holiday hours.',
			weekendHoliday: '{{date}}: {{name}} — the holiday falls on a weekend',
			weekendHolidaySubstitute:
				'For this holiday the next working day is a day off (law on holidays, remembrance and celebration days, Article 1).',
			weekendHolidayNoSubstitute: 'No day off is given in its place; if the day before is a working day, it is shortened.',
			substitute: '{{date}}: day off because {{name}} ({{holidayDate}}) fell on a weekend',
			substituteDetail: 'The Welfare Ministry counts it as holiday hours: {{hours}}.',
			transferredOff: '{{date}}: working day moved to Saturday {{to}}',
			transferredWorking: '{{date}}: transferred working day (in place of {{from}})',
			transferredPreHolidayDetail:
				'A transferred day keeps its rights: {{from}} was the day before {{name}} ({{holidayDate}}), so this day is shortened too: {{worked}} to work, {{pre}} paid as pre-holiday hours (labour inspectorate; Labour Law s.135).',
			preHoliday: '{{date}}: pre-holiday day — the next day is {{name}} ({{holidayDate}})',
			preHolidayDetail:
				'The next day is a public holiday, {{name}} ({{holidayDate}}), so the working day is shortened (Labour Law s.135): {{worked}} to work, {{pre}} paid as pre-holiday hours.',
			transferNotFollowed:
				'{{date}}: the Cabinet order moves this day to {{other}}, but the employer does not follow the order — it stays a working day',
			transferNotFollowedSaturday:
				'{{date}}: the Cabinet order makes this Saturday a working day (in place of {{other}}), but the employer does not follow the order — it stays a day off',
			orderNumbered: 'Cabinet order No. {{number}} of {{orderDate}} "{{title}}" (Labour Law s.133(4)).',
			orderUnnumbered: 'Cabinet order "{{title}}" (number not found; Labour Law s.133(4)).'
		}
	}
} satisfies Messages;
