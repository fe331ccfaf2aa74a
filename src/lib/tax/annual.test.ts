import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine/decimal';
import { NotCoveredError } from '$lib/engine/tables';
import { annualNtm, ntmPeriodsOfYear, ntmYearRange, refundEstimate, splitYears } from './annual';

const gdnm = (year: number, ...incomes: string[]) => {
	const r = annualNtm(
		year,
		incomes.map((i) => new Dec(i))
	);
	if (r.kind !== 'differentiated') throw new Error('expected differentiated');
	return r.total.toFixed(2);
};

describe('annual differentiated non-taxable minimum', () => {
	it('covers 2016–2027, with two periods only in 2022', () => {
		expect(ntmYearRange()).toEqual({ from: 2016, to: 2027 });
		expect(splitYears()).toEqual([2022]);
		expect(ntmPeriodsOfYear(2022).map((r) => r.validFrom)).toEqual(['2022-01-01', '2022-07-01']);
		expect(ntmPeriodsOfYear(2024).map((r) => r.validFrom)).toEqual(['2023-01-01']);
		expect(() => ntmPeriodsOfYear(2015)).toThrow(NotCoveredError);
		expect(() => ntmPeriodsOfYear(2028)).toThrow(NotCoveredError);
	});

	it('2016 at the thresholds: 4 560 → 1 200; 4 560.01 → 1 200.00; 12 000 → 900 (the floor NMmin × 12); 20 000 → 900', () => {
		expect(gdnm(2016, '4560')).toBe('1200.00');
		expect(gdnm(2016, '4560.01')).toBe('1200.00');
		expect(gdnm(2016, '12000')).toBe('900.00');
		expect(gdnm(2016, '20000')).toBe('900.00');
		// 1200 − (300 / 7440) × (11999 − 4560) = 900.040… → 900.04
		expect(gdnm(2016, '11999')).toBe('900.04');
	});

	it('2018–2024 fall to 0 at the upper threshold, never below', () => {
		expect(gdnm(2018, '5280')).toBe('2400.00');
		expect(gdnm(2018, '12000')).toBe('0.00');
		expect(gdnm(2018, '50000')).toBe('0.00');
		// 2021: 3600 − (3600 / 15600) × (12000 − 6000) = 2215.384… → 2215.38
		expect(gdnm(2021, '12000')).toBe('2215.38');
		expect(gdnm(2024, '21600')).toBe('0.00');
	});

	it('2022 adds the two half-years computed separately (MK 676 p. 2.1)', () => {
		// H1 only 3000 → full 2100; H2 10 800 → 0.
		expect(gdnm(2022, '3000', '10800')).toBe('2100.00');
		expect(gdnm(2022, '10800', '3000')).toBe('3000.00');
		expect(() => annualNtm(2022, [new Dec(12000)])).toThrow();
	});

	it('from 2025 the minimum is fixed: 510 × 12, 550 × 12, 570 × 12', () => {
		for (const [y, m, a] of [
			[2025, '510.00', '6120.00'],
			[2026, '550.00', '6600.00'],
			[2027, '570.00', '6840.00']
		] as const) {
			const r = annualNtm(y, []);
			expect(r.kind).toBe('fixed');
			if (r.kind === 'fixed') expect([r.monthly.toFixed(2), r.annual.toFixed(2)]).toEqual([m, a]);
		}
	});
});

describe('refund estimate', () => {
	it('estimates contributions at the general employee rate when not given', () => {
		// 2019: 11 %.
		const r = refundEstimate(2019, new Dec(6000), new Dec('2509.09'), new Dec(1500));
		expect(r.contributions.toFixed(2)).toBe('660.00');
		expect(r.refund.value.toFixed(2)).toBe('201.82');
	});

	it('uses the annual brackets: a slice across the 20 004 limit is taxed at 20 % and 23 %', () => {
		// 2023 brackets; bases 19 000 and 21 000: 1004 × 20 % + 996 × 23 % = 200.80 + 229.08 = 429.88.
		const r = refundEstimate(2023, new Dec(21000), new Dec(0), new Dec(2000), new Dec(0));
		expect(r.baseApplied.toFixed(2)).toBe('19000.00');
		expect(r.baseAnnual.toFixed(2)).toBe('21000.00');
		expect(r.refund.value.toFixed(2)).toBe('-429.88');
	});

	it('a base never goes below zero', () => {
		const r = refundEstimate(2016, new Dec(500), new Dec(1200), new Dec(900), new Dec(52.5));
		expect(r.baseApplied.toFixed(2)).toBe('0.00');
		expect(r.baseAnnual.toFixed(2)).toBe('0.00');
		expect(r.refund.value.toFixed(2)).toBe('0.00');
	});
});
