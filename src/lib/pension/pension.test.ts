/**
 * The pension domain logic against the official figures: the VSAA table of cumulative index products
 * for pensions granted in 2015 and 2016 (every capital year), the published minimum pensions, the VSAA
 * G example (a ±1 % sanity check: the two forecasts were made at different dates), and the shape of the
 * capital-index table the actualisation relies on.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine/decimal';
import { rowsInForce } from '$lib/engine/tables';
import { MINIMUM_EXAMPLES, VSAA_CUMULATIVE } from '$lib/calculators/old-age-pension/golden';
import calculator from '$lib/calculators/old-age-pension';
import { computeSafely } from '$lib/engine/run';
import { actualisationFactor } from './capital';
import { minimumPension } from './minimum';
import { capitalIndex, indexation } from './tables';
import { indexPension } from './indexation';
import { addDaysIso } from '$lib/engine/dates';

const NO_PROJECTION = new Dec(1);

describe('the capital actualisation reproduces the official VSAA cumulative indices', () => {
	it.each(VSAA_CUMULATIVE.map((r) => [r.year, r] as const))('capital of %i', (year, r) => {
		const f2016 = actualisationFactor(year, '2016-06-01', NO_PROJECTION);
		expect(f2016.value.toDecimalPlaces(4).toString()).toBe(new Dec(r.grant2016).toString());
		expect(f2016.indices.some((i) => i.projected)).toBe(false);
		expect(f2016.series.validFrom).toBe('2016-01-01');
		if (r.grant2015 !== undefined) {
			const f2015 = actualisationFactor(year, '2015-06-01', NO_PROJECTION);
			expect(f2015.value.toDecimalPlaces(4).toFixed(4)).toBe(r.grant2015);
		}
	});

	it('the capital of the year of granting and of the year before is not actualised', () => {
		expect(actualisationFactor(2024, '2025-03-01', NO_PROJECTION).value.toString()).toBe('1');
		expect(actualisationFactor(2025, '2025-03-01', NO_PROJECTION).value.toString()).toBe('1');
		expect(actualisationFactor(2023, '2025-03-01', NO_PROJECTION).value.toString()).toBe('1.1041');
	});

	it('an index not yet determined is projected with the assumed index, and marked', () => {
		const f = actualisationFactor(2024, '2027-03-01', new Dec('1.05'));
		expect(f.indices.map((i) => [i.year, i.projected])).toEqual([
			[2025, true],
			[2026, true]
		]);
		expect(f.value.toString()).toBe('1.1025');
	});

	it('each row of the index table holds the indices from 1997 up to the year before it takes effect', () => {
		const rows = rowsInForce(capitalIndex);
		expect(rows.length).toBeGreaterThan(10);
		for (const r of rows) {
			const years = Object.keys(r.value.byIndexYear).map(Number);
			expect(Math.min(...years)).toBe(1997);
			expect(Math.max(...years)).toBe(Number(r.validFrom.slice(0, 4)) - 1);
			expect(years.length).toBe(Number(r.validFrom.slice(0, 4)) - 1997);
		}
	});
});

describe('minimum old-age pension: published examples', () => {
	it.each(MINIMUM_EXAMPLES.map((m) => [`${m.date}, ${m.record} years → ${m.amount}`, m] as const))('%s', (_, m) => {
		expect(minimumPension(m.date, m.record)?.value.toFixed(2)).toBe(m.amount);
	});

	it('is unknown after the rules in the data end', () => {
		expect(minimumPension('2031-01-01', 40)).toBeUndefined();
	});
});

describe('G: the VSAA example of August 2024 (±1 %)', () => {
	it('capital 753 × 12 × 16.18 with G 17.22 gives within 1 % of the 711 VSAA published', () => {
		const capital = new Dec(753).times(12).times('16.18').toFixed(2);
		const o = computeSafely(
			calculator,
			{ birthDate: '1959-11-01', route: 'general', mode: 'capital', capital, salary: '0', fundedMember: false },
			'2024-08-01'
		);
		expect(o.kind).toBe('result');
		if (o.kind !== 'result') return;
		const p = new Dec((o.figures.find((f) => f.id === 'monthlyPension')!.value as { value: string }).value);
		expect(p.minus(711).abs().div(711).toNumber()).toBeLessThanOrEqual(0.01);
		expect((o.figures.find((f) => f.id === 'g')!.value as { value: string }).value).toBe('17.22');
	});
});

describe('indexation boundary dates: the day before each indexation changes nothing, the day itself does', () => {
	const known = rowsInForce(indexation).filter((r) => r.value.other !== null);
	it.each(known.map((r) => [r.validFrom, r] as const))('%s', (date) => {
		const input = { amount: new Dec(300), paidFrom: addDaysIso(date, -40), kind: 'disability' as const, wholeGroup: 'none' as const };
		expect(indexPension(input, addDaysIso(date, -1)).steps).toHaveLength(0);
		const on = indexPension(input, date);
		expect(on.steps.map((s) => s.row.validFrom)).toEqual([date]);
		expect(on.amount.gt(300)).toBe(true);
	});
	it('covers every year 2016–2025, with 2022 on 1 August', () => {
		expect(known.map((r) => r.validFrom)).toEqual([
			'2016-10-01',
			'2017-10-01',
			'2018-10-01',
			'2019-10-01',
			'2020-10-01',
			'2021-10-01',
			'2022-08-01',
			'2023-10-01',
			'2024-10-01',
			'2025-10-01'
		]);
	});
});
