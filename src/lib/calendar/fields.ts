/**
 * What the minimum-rate calculators share: the period the data answers for (derived from the tables,
 * never typed), and the schedule and transfer-order questions.
 */
import type { FieldDef } from '$lib/engine/calculator';
import type { IsoDate } from '$lib/engine/dates';
import { minimumRateTables } from './tables';

/** The schedules of `labour/normal-working-time` (a test checks that the table has exactly these). */
export const SCHEDULES = ['40', '35'] as const;
export type ScheduleId = (typeof SCHEDULES)[number];

/**
 * Dates every table used by the minimum-rate calculators describes: from the latest first row to the
 * earliest `coveredUntil` (2016-01-01 … 2027-12-31 with the current data).
 */
export const coverage: { from: IsoDate; to: IsoDate } = (() => {
	const from = minimumRateTables.map((t) => t.rows[0].validFrom).reduce((a, b) => (a > b ? a : b));
	const ends = minimumRateTables.map((t) => t.coveredUntil).filter((d): d is IsoDate => Boolean(d));
	if (ends.length === 0) throw new Error('minimum-rate tables: no coveredUntil; the transfer orders must say how far they are known');
	const to = ends.reduce((a, b) => (a < b ? a : b));
	return { from, to };
})();

export const coverageMonths = { min: coverage.from.slice(0, 7), max: coverage.to.slice(0, 7) };
export const coverageYears = { min: Number(coverage.from.slice(0, 4)), max: Number(coverage.to.slice(0, 4)) };

export const scheduleField: FieldDef = {
	name: 'schedule',
	key: 's',
	type: 'choice',
	options: SCHEDULES,
	display: 'radio',
	default: '40',
	required: true
};

export const followsTransfersField: FieldDef = { name: 'followsTransfers', key: 't', type: 'boolean', default: true, required: true };

export const monthField: FieldDef = {
	name: 'month',
	key: 'm',
	type: 'month',
	example: '2026-03',
	required: true,
	min: coverageMonths.min,
	max: coverageMonths.max
};
