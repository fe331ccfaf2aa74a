/**
 * What the minimum-rate calculators' forms share: the period the data answers for (derived from the
 * tables, never typed), and the schedule and transfer-order questions. A form loads this before the
 * tables (calculators/<id>/form.ts): of each table it gets only its first date and its end (`?span`,
 * scripts/lean-tables-plugin.ts).
 */
import type { FieldDef } from '$lib/engine/calculator';
import type { IsoDate } from '$lib/engine/dates';
import { coverageOfSpans, type TableSpan } from '$lib/engine/coverage';

/**
 * The schedules of `labour/normal-working-time` (five-day) and `labour/six-day-week-working-time`
 * (a test checks that the tables have exactly these). The five-day ids are those of the first share
 * links (`s=40`, `s=35`) and must not change; the six-day ones carry a `-6`.
 */
export const SCHEDULES = ['40', '35', '40-6', '35-6'] as const;
export type ScheduleId = (typeof SCHEDULES)[number];

/** The spans of `minimumRateTables` (tables.ts): a test checks that the two name the same tables. */
export const minimumRateSpans: TableSpan[] = Object.values(
	import.meta.glob<TableSpan>(
		[
			'/data/labour/minimum-monthly-wage.json',
			'/data/labour/minimum-hourly-rate-rules.json',
			'/data/labour/normal-working-time.json',
			'/data/labour/six-day-week-working-time.json',
			'/data/labour/pre-holiday-shortening.json',
			'/data/calendar/public-holidays.json',
			'/data/calendar/song-festival-closing-days.json',
			'/data/calendar/one-off-holidays.json',
			'/data/calendar/transferred-working-days.json'
		],
		{ query: '?span', import: 'default', eager: true }
	)
);

/** The calculators' `coverage` (tables.ts), from the spans. */
const coverage = coverageOfSpans(minimumRateSpans);

/**
 * The months and years the fields accept run to the latest `coveredUntil` (e.g. the planned 2027 minimum
 * wage and the 2027 transfer order's status): a month after `coverage.to` is answered with the rules of
 * that day where nothing later is known, and the result says so (engine/run.ts).
 */
const fieldsTo: IsoDate = minimumRateSpans.map((t) => t.coveredUntil ?? coverage.to).reduce((a, b) => (a > b ? a : b));

export const coverageMonths = { min: coverage.from.slice(0, 7), max: fieldsTo.slice(0, 7) };
export const coverageYears = { min: Number(coverage.from.slice(0, 4)), max: Number(fieldsTo.slice(0, 4)) };

export const scheduleField: FieldDef = {
	name: 'schedule',
	key: 's',
	type: 'choice',
	options: SCHEDULES,
	display: 'radio',
	default: '40',
	required: true
};

/** Whether the schedule is a six-day week, for which Cabinet transfer orders do not apply. */
export const isSixDaySchedule = (schedule: unknown): boolean => typeof schedule === 'string' && schedule.endsWith('-6');

/** Asked only for five-day weeks: transfer orders move a Monday–Friday day to a Saturday (Labour Law s.133(4)). */
export const followsTransfersField: FieldDef = {
	name: 'followsTransfers',
	key: 't',
	type: 'boolean',
	default: true,
	required: true,
	showIf: (v) => !isSixDaySchedule(v.schedule)
};

export const monthField: FieldDef = {
	name: 'month',
	key: 'm',
	type: 'month',
	example: '2026-03',
	required: true,
	min: coverageMonths.min,
	max: coverageMonths.max
};
