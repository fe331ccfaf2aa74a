/**
 * Fault 11 of the outside probe: "working days" counted weekday public holidays as working days
 * (January 2026: 22, but 1 January is a holiday, so 21; the year 2026: 261 against the 250 the
 * Welfare Ministry publishes for a five-day week). The hours and the rate were right.
 */
import { describe, expect, it } from 'vitest';
import { runBatchLine } from '$lib/engine/batch';

type Line = { outcome: string; values: Record<string, string> };
const line = (calculator: string, input: Record<string, unknown>) =>
	runBatchLine(JSON.stringify({ calculator, input, asOf: '2026-11-22' })) as Promise<Line>;

describe('working days leave out public holidays and substitute days off', () => {
	it('January 2026, five-day week: 21 working days of 22 Monday–Fridays, 176 hours', async () => {
		const r = await line('minimum-hourly-rate', { month: '2026-01', schedule: '40', followsTransfers: true });
		expect([r.outcome, r.values.workingDays, r.values.totalHours]).toEqual(['result', '21', '176']);
	});
	it('the year 2026, five-day week: 250 working days, with and without the transfer order', async () => {
		for (const t of [true, false]) {
			const r = await line('minimum-hourly-rate-year', { year: 2026, schedule: '40', followsTransfers: t });
			expect([r.outcome, r.values.workingDays]).toEqual(['result', '250']);
		}
	});
	it('December 2024, 40 h in six days: 26 Monday–Saturday days, less 4 weekday holidays = 22', async () => {
		const r = await line('minimum-hourly-rate', { month: '2024-12', schedule: '40-6' });
		expect([r.outcome, r.values.workingDays, r.values.totalHours]).toEqual(['result', '22', '174']);
	});
});
