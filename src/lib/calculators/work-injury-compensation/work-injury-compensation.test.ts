import { describe, expect, it } from 'vitest';
import { checkOutcome, figureOf, goldenTests, keyTree, prng, run, timelineSum } from '$lib/benefits/testing';
import calc from './index';

describe('work-injury-compensation golden cases', () => goldenTests(calc));

describe('work-injury-compensation', () => {
	it('LV and EN have the same keys', () => expect(keyTree(calc.messages.lv)).toEqual(keyTree(calc.messages.en)));
	it('every band boundary', () => {
		const rate = (lp: number) =>
			figureOf(run(calc, { mode: 'loss', eventDate: '2024-01-10', averageWage: '1000', lossPercent: lp }), 'rate');
		expect([25, 29, 30, 39, 40, 49, 50, 59, 60, 69, 70, 79, 80, 89, 90, 99, 100].map(rate)).toEqual([
			'35',
			'35',
			'45',
			'45',
			'50',
			'50',
			'55',
			'55',
			'60',
			'60',
			'65',
			'65',
			'70',
			'70',
			'75',
			'75',
			'80'
		]);
	});
	it('seeded properties', () => {
		const r = prng(44);
		for (let i = 0; i < 150; i++) {
			const children = r.int(0, 6);
			const input = {
				mode: r.pick(['loss', 'survivors'] as const),
				eventDate: r.isoDate('2016-01-01', '2026-12-31'),
				averageWage: r.amount(0, 6000),
				lossPercent: r.int(0, 100),
				disabilityGroup: r.pick(['none', 'I', 'II', 'III'] as const),
				children,
				childrenUnder7: r.int(0, children),
				orphan: r.next() < 0.3
			};
			const o = run(calc, input);
			checkOutcome(calc, o, i % 25 === 0);
			if (input.mode === 'loss') expect(o.kind).toBe(input.lossPercent >= 25 ? 'result' : 'not-eligible');
			if (o.kind === 'result') expect(timelineSum(o).toFixed(2)).toBe(figureOf(o, 'total'));
		}
	});
});
