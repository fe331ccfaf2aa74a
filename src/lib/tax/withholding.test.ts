import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine/decimal';
import { NotCoveredError } from '$lib/engine/tables';
import { grossToNet, netToGross, searchCents, searchNear, type SalaryParams } from './withholding';

const p = (o: Partial<SalaryParams> = {}): SalaryParams => ({
	category: 'employee',
	taxBook: true,
	pension: false,
	dependants: 0,
	relief: 'none',
	...o
});
const net = (gross: string, date: string, o: Partial<SalaryParams> = {}) => grossToNet(new Dec(gross), p(o), date);

describe('monthly withholding at the rule changes (day before / of / after)', () => {
	it('2017-12-31 → 2018-01-01: 10.5 % and 23 % with a 60 minimum become 11 % and 20 % with the VID minimum', () => {
		// 2017: 1000 − 105 − 60 = 835 × 23 % = 192.05; net 702.95.
		const a = net('1000', '2017-12-31');
		expect([a.employeeContributions.value.toFixed(2), a.ntm.applied.toFixed(2), a.incomeTax.value.toFixed(2), a.net.toFixed(2)]).toEqual([
			'105.00',
			'60.00',
			'192.05',
			'702.95'
		]);
		// 2018: 1000 × 11 % = 110; estimated minimum 0 (1000 is the zero threshold); 890 × 20 % = 178; net 712.
		const b = net('1000', '2018-01-01');
		expect([b.employeeContributions.value.toFixed(2), b.ntm.applied.toFixed(2), b.incomeTax.value.toFixed(2), b.net.toFixed(2)]).toEqual([
			'110.00',
			'0.00',
			'178.00',
			'712.00'
		]);
		const c = net('1000', '2018-01-02');
		expect(c.net.toFixed(2)).toBe('712.00');
	});

	it('2016-12-31 → 2017-01-01: the monthly minimum falls from 75 to 60', () => {
		expect(net('500', '2016-12-31').ntm.applied.toFixed(2)).toBe('75.00');
		expect(net('500', '2017-01-01').ntm.applied.toFixed(2)).toBe('60.00');
	});

	it('2020-12-31 → 2021-01-01: the employee rate falls from 11 % to 10.5 %', () => {
		expect(net('1000', '2020-12-31', { vidNtm: new Dec(0) }).employeeContributions.value.toFixed(2)).toBe('110.00');
		expect(net('1000', '2021-01-01', { vidNtm: new Dec(0) }).employeeContributions.value.toFixed(2)).toBe('105.00');
	});

	it('2024-12-31 → 2025-01-01: 20 % with the VID minimum becomes 25.5 % with the fixed 510', () => {
		// 2024, minimum 0 given: 1000 − 105 = 895 × 20 % = 179 → net 716.
		expect(net('1000', '2024-12-31', { vidNtm: new Dec(0) }).net.toFixed(2)).toBe('716.00');
		// 2025: 1000 − 105 − 510 = 385 × 25.5 % = 98.175 → 98.18; net 796.82.
		const b = net('1000', '2025-01-01', { vidNtm: new Dec(0) });
		expect([b.ntm.applied.toFixed(2), b.incomeTax.value.toFixed(2), b.net.toFixed(2)]).toEqual(['510.00', '98.18', '796.82']);
		expect(b.ctx.vidNtmIgnored).toBe(true);
	});

	it('2025-12-31 → 2026-01-01: the fixed minimum rises from 510 to 550', () => {
		expect(net('1000', '2025-12-31').ntm.applied.toFixed(2)).toBe('510.00');
		expect(net('1000', '2026-01-01').ntm.applied.toFixed(2)).toBe('550.00');
	});
});

describe('the 1 667 monthly bracket limit (2018–2024, tax book)', () => {
	// Gross 1873.03 gives taxable exactly 1667.00 in 2018 (11 %): 1873.03 − 206.03.
	it('one cent below, at and above the limit', () => {
		const at = net('1873.03', '2018-06-01');
		expect(at.taxable.toFixed(2)).toBe('1667.00');
		expect(at.brackets.map((b) => b.base.toFixed(2))).toEqual(['1667.00', '0.00']);
		expect(at.incomeTax.value.toFixed(2)).toBe('333.40');
		const above = net('1873.04', '2018-06-01');
		expect(above.taxable.toFixed(2)).toBe('1667.01');
		expect(above.brackets.map((b) => b.base.toFixed(2))).toEqual(['1667.00', '0.01']);
		// 333.40 + 0.01 × 23 % = 333.4023 → 333.40.
		expect(above.incomeTax.value.toFixed(2)).toBe('333.40');
		const below = net('1873.02', '2018-06-01');
		expect(below.taxable.toFixed(2)).toBe('1666.99');
		// 1666.99 × 20 % = 333.398 → 333.40.
		expect(below.incomeTax.value.toFixed(2)).toBe('333.40');
	});

	it('2023: taxable 2 500 = 1 667 × 20 % + 833 × 23 % = 333.40 + 191.59 = 524.99', () => {
		const w = net('2793.30', '2023-05-01', { vidNtm: new Dec(0) });
		// 2793.30 × 10.5 % = 293.2965 → 293.30; taxable 2500.00.
		expect(w.taxable.toFixed(2)).toBe('2500.00');
		expect(w.incomeTax.value.toFixed(2)).toBe('524.99');
	});

	it('without a tax book the whole taxable income is taxed at 23 % (no 20 % part)', () => {
		const w = net('2000', '2019-05-01', { taxBook: false });
		// 2000 × 11 % = 220; 1780 × 23 % = 409.40.
		expect(w.brackets).toHaveLength(1);
		expect(w.incomeTax.value.toFixed(2)).toBe('409.40');
		expect(w.ntm.applied.toFixed(2)).toBe('0.00');
	});
});

describe('the VID-minimum estimate at its thresholds', () => {
	// 2021: maximum 300 up to 500, 0 from 1 800; K = 3600 / 15600.
	it('2021: at 500 → 300; at 500.01 → 300.00; at 1 799.99 → 0.00; at 1 800 → 0', () => {
		expect(net('500', '2021-03-01').ntm.available.toFixed(2)).toBe('300.00');
		// 300 − 0.230769… × 0.01 = 299.9977 → 300.00.
		expect(net('500.01', '2021-03-01').ntm.available.toFixed(2)).toBe('300.00');
		// 300 − 0.230769… × 1299.99 = 0.0023 → 0.00.
		expect(net('1799.99', '2021-03-01').ntm.available.toFixed(2)).toBe('0.00');
		expect(net('1800', '2021-03-01').ntm.available.toFixed(2)).toBe('0.00');
		// 1000: 300 − 0.230769… × 500 = 184.615… → 184.62.
		expect(net('1000', '2021-03-01').ntm.available.toFixed(2)).toBe('184.62');
	});

	it('2020: maximum 300 from 500 to 1 200 (not the 250 of the old plan)', () => {
		// K = 3600 / 8400; 300 − K × (850 − 500) = 300 − 150 = 150.
		expect(net('850', '2020-06-01').ntm.available.toFixed(2)).toBe('150.00');
		expect(net('1200', '2020-06-01').ntm.available.toFixed(2)).toBe('0.00');
	});

	it('2019: maximum 230 up to 440, zero at 1 100', () => {
		expect(net('440', '2019-06-01').ntm.available.toFixed(2)).toBe('230.00');
		// K = 2760 / 7920; 230 − K × 330 = 230 − 115 = 115.
		expect(net('770', '2019-06-01').ntm.available.toFixed(2)).toBe('115.00');
		expect(net('1100', '2019-06-01').ntm.available.toFixed(2)).toBe('0.00');
	});
});

describe('net → gross', () => {
	it('finds the lowest gross whose net is exactly the target, and reports all of them', () => {
		const inv = netToGross(new Dec('623.46'), p(), '2025-03-01');
		expect(inv.kind).toBe('exact');
		if (inv.kind !== 'exact') return;
		expect(inv.grosses.map((g) => g.toFixed(2))).toEqual(['739.99', '740.00']);
	});

	it('every net is reachable: one cent more gross never adds more than one cent of net (2025, 500.00–520.00)', () => {
		let prev = grossToNet(new Dec('500'), p(), '2025-03-01').net;
		for (let c = 50001; c <= 52000; c++) {
			const n = grossToNet(new Dec(c).div(100), p(), '2025-03-01').net;
			expect(n.minus(prev).lte('0.01')).toBe(true);
			expect(n.gte(prev)).toBe(true);
			prev = n;
		}
	});

	it('the cent search reports the nearest values when a function skips the target', () => {
		// f doubles: no x gives an odd target; 7 lies between f(3) = 6 and f(4) = 8.
		const r = searchCents((x) => 2 * x, 7);
		expect(r).toEqual({ exact: [], below: 3, above: 4 });
		// A flat step: every x with the target value is returned.
		const flat = searchCents((x) => (x >= 10 && x <= 12 ? 10 : x < 10 ? x : x - 2), 10);
		expect(flat.exact).toEqual([10, 11, 12]);
	});

	it('the walk from a start near the answer finds every exact cent, from either side, and gives up where the binary search must answer', () => {
		// A flat step, reached from below and from above.
		const flat = (x: number) => (x >= 10 && x <= 12 ? 10 : x < 10 ? x : x - 2);
		expect(searchNear(flat, 10, 4)).toEqual([10, 11, 12]);
		expect(searchNear(flat, 10, 20)).toEqual([10, 11, 12]);
		// A rounding dip of one cent: 7 is reached at 7, left and reached again at 9.
		const dip = (x: number) => [0, 1, 2, 3, 4, 5, 6, 7, 6, 7, 8, 9][x] ?? x - 2;
		expect(searchNear(dip, 7, 0)).toEqual([7, 9]);
		expect(searchNear(dip, 7, 11)).toEqual([7, 9]);
		// A skipped value: nothing exact, the caller asks the binary search (which reports the neighbours).
		expect(searchNear((x) => 2 * x, 7, 2)).toBeUndefined();
		// Too far from the answer: it gives up after its limit instead of walking on.
		expect(searchNear((x) => x, 1000, 0, 1, 64)).toBeUndefined();
		expect(searchNear((x) => x, 1000, 990, 1, 64)).toEqual([1000]);
	});

	it('zero net is given by zero gross', () => {
		const inv = netToGross(new Dec(0), p(), '2024-01-01');
		expect(inv.kind).toBe('exact');
		if (inv.kind === 'exact') expect(inv.grosses[0].toFixed(2)).toBe('0.00');
	});
});

describe('coverage', () => {
	it('before 2016 and after 2026 the rules are not covered', () => {
		expect(() => net('1000', '2015-12-31')).toThrow(NotCoveredError);
		expect(() => net('1000', '2027-01-01')).toThrow(NotCoveredError);
		// Last covered day: 1000 − 105 − 550 = 345 × 25.5 % = 87.975 → 87.98; net 807.02.
		expect(net('1000', '2026-12-31').net.toFixed(2)).toBe('807.02');
	});

	it('a prisoner category before its first sourced rate (2017) is not covered', () => {
		expect(() => net('500', '2016-12-31', { category: 'employee-prisoner' })).toThrow(NotCoveredError);
		// 2017: 500 × 8.85 % = 44.25.
		expect(net('500', '2017-01-01', { category: 'employee-prisoner' }).employeeContributions.value.toFixed(2)).toBe('44.25');
	});
});
