import { describe, expect, it } from 'vitest';
import { checkOutcome, figureOf, goldenTests, keyTree, prng, run, timelineSum } from '$lib/benefits/testing';
import calc from './index';

describe('maternity-benefit golden cases', () => goldenTests(calc));

describe('maternity-benefit', () => {
	it('LV and EN have the same keys', () => expect(keyTree(calc.messages.lv)).toEqual(keyTree(calc.messages.en)));
	it('a due date whose leave starts before 2016 cannot be answered', () => {
		expect(
			run(calc, {
				dueDate: '2016-02-10',
				earlyRegistration: false,
				complications: false,
				insured: true,
				wageMode: 'monthly',
				averageWage: '1000'
			}).kind
		).toBe('cannot-answer');
	});
	it('seeded properties: non-negative, timeline = total, 112–140 days', () => {
		const r = prng(7);
		let n = 0;
		for (let i = 0; i < 200; i++) {
			const input = {
				dueDate: r.isoDate('2016-04-01', '2027-06-30'),
				earlyRegistration: r.next() < 0.5,
				complications: r.next() < 0.3,
				insured: r.next() < 0.8,
				daysSinceStatusLost: r.int(0, 300),
				liquidation: r.next() < 0.3,
				wageMode: 'monthly',
				averageWage: r.amount(0, 8000)
			};
			const o = run(calc, input);
			checkOutcome(calc, o, i % 25 === 0);
			if (input.insured) expect(o.kind).toBe('result');
			if (o.kind === 'result') {
				n++;
				expect(timelineSum(o).toFixed(2)).toBe(figureOf(o, 'total'));
				expect(Number(figureOf(o, 'totalDays'))).toBeGreaterThanOrEqual(112);
				expect(Number(figureOf(o, 'totalDays'))).toBeLessThanOrEqual(140);
			}
		}
		expect(n).toBeGreaterThan(100);
	});
});
