import { describe, expect, it } from 'vitest';
import { checkOutcome, figureOf, goldenTests, keyTree, prng, run, timelineSum } from '$lib/benefits/testing';
import calc from './index';

describe('unemployment-benefit golden cases', () => goldenTests(calc));

describe('unemployment-benefit boundaries', () => {
	const input = {
		situation: 'general',
		ownRequest: false,
		wageMode: 'monthly',
		recordYears: 10,
		contributionMonths: 16,
		averageWage: '1000'
	};
	it('status 31.12.2019 → 9 months; 01.01.2020 → 8 months', () => {
		expect(figureOf(run(calc, { ...input, statusDate: '2019-12-31' }), 'months')).toBe('9');
		expect(figureOf(run(calc, { ...input, statusDate: '2020-01-01' }), 'months')).toBe('8');
	});
	it('status 31.03.2017 needs 9 of 12; 01.04.2017 needs 12 of 16', () => {
		expect(run(calc, { ...input, statusDate: '2017-03-31', contributionMonths: 9 }).kind).toBe('result');
		expect(run(calc, { ...input, statusDate: '2017-03-31', contributionMonths: 8 }).kind).toBe('not-eligible');
		expect(run(calc, { ...input, statusDate: '2017-04-01', contributionMonths: 12 }).kind).toBe('result');
		expect(run(calc, { ...input, statusDate: '2017-04-01', contributionMonths: 11 }).kind).toBe('not-eligible');
	});
	it('the record bands: 9 → 50 %, 10 → 55 %, 19 → 55 %, 20 → 60 %, 29 → 60 %, 30 → 65 %', () => {
		const rate = (y: number) => figureOf(run(calc, { ...input, statusDate: '2024-03-01', recordYears: y }), 'rate');
		expect([1, 9, 10, 19, 20, 29, 30, 45].map(rate)).toEqual(['50', '50', '55', '55', '60', '60', '65', '65']);
	});
	it('the not-eligible reason says how close the person is', () => {
		const o = run(calc, { ...input, statusDate: '2024-03-01', contributionMonths: 10 });
		expect(o.kind === 'not-eligible' && o.reasons[0]).toEqual({ key: 'reasons.contributions', params: { have: 10, need: 12, window: 16 } });
	});
	it('LV and EN have the same keys', () => expect(keyTree(calc.messages.lv)).toEqual(keyTree(calc.messages.en)));
});

describe('unemployment-benefit properties (seeded)', () => {
	it('never negative or NaN; the timeline adds up; eligibility matches the conditions', () => {
		const r = prng(2017);
		let n = 0;
		for (let i = 0; i < 200; i++) {
			const statusDate = r.isoDate('2016-01-01', '2026-12-31');
			const situation = r.pick(['general', 'general', 'general', 'childcare', 'disability-recovered', 'disabled-child-carer'] as const);
			const list = r.next() < 0.4;
			const input: Record<string, unknown> = {
				statusDate,
				situation,
				recordYears: r.int(0, 45),
				contributionMonths: r.int(0, 16),
				ownRequest: r.next() < 0.3,
				wageMode: list ? 'list' : 'monthly',
				averageWage: r.amount(0, 8000),
				monthlyWages: Array.from({ length: 12 }, () => r.amount(0, 5000))
			};
			const o = run(calc, input);
			checkOutcome(calc, o, i % 25 === 0);
			const need = statusDate < '2017-04-01' ? 9 : 12;
			const exempt = situation === 'disability-recovered' || situation === 'disabled-child-carer';
			const eligible = (input.recordYears as number) >= 1 && (exempt || (input.contributionMonths as number) >= need);
			expect(o.kind).toBe(eligible ? 'result' : 'not-eligible');
			if (o.kind === 'result') {
				n++;
				expect(timelineSum(o).toFixed(2)).toBe(figureOf(o, 'total'));
				expect(figureOf(o, 'months')).toBe(statusDate < '2020-01-01' ? '9' : '8');
			}
		}
		expect(n).toBeGreaterThan(50);
	});
});
