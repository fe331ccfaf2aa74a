/**
 * The seeded slice of `npm run fuzz` that CI runs: every calculator, through the batch path and the
 * share-link parser, with no crash, no NaN or Infinity and no negative money, and the same answers
 * under another time zone (Node applies a changed process.env.TZ at once).
 */
import { describe, expect, it } from 'vitest';
import { calculatorIds } from '$lib/calculators/registry';
import { fuzzCalculator } from '../fuzz/core';

const N = 100;
const SEED = 20261130;

describe.each(calculatorIds)('%s', (id) => {
	it(`${N} seeded random and hostile inputs: no crash, NaN/Infinity or negative money, same answers in another time zone`, async () => {
		const a = await fuzzCalculator(id, N, SEED);
		expect(a.findings).toEqual([]);
		expect([a.crashes, a.nonFinite, a.negativeMoney]).toEqual([0, 0, 0]);
		// The generator reaches the compute code, not only the field errors.
		expect((a.counts.result ?? 0) + (a.counts['not-eligible'] ?? 0) + (a.counts['cannot-answer'] ?? 0)).toBeGreaterThan(0);
		const tz = process.env.TZ;
		process.env.TZ = 'Pacific/Kiritimati';
		try {
			const b = await fuzzCalculator(id, N, SEED);
			expect(b.digest).toBe(a.digest);
		} finally {
			if (tz === undefined) delete process.env.TZ;
			else process.env.TZ = tz;
		}
	});
});
