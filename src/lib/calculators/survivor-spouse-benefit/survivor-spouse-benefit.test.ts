import { describe, expect, it } from 'vitest';
import { checkOutcome, figureOf, goldenTests, keyTree, prng, run, timelineSum } from '$lib/benefits/testing';
import calc from './index';

describe('survivor-spouse-benefit golden cases', () => goldenTests(calc));

describe('survivor-spouse-benefit', () => {
	it('LV and EN have the same keys', () => expect(keyTree(calc.messages.lv)).toEqual(keyTree(calc.messages.en)));
	it('seeded properties', () => {
		const r = prng(3);
		for (let i = 0; i < 100; i++) {
			const input = {
				deathDate: r.isoDate('2016-01-01', '2026-11-22'),
				pension: r.amount(0, 3000),
				married: r.next() < 0.9,
				spousePensioner: r.next() < 0.9
			};
			const o = run(calc, input);
			checkOutcome(calc, o, i % 25 === 0);
			expect(o.kind).toBe(input.married && input.spousePensioner ? 'result' : 'not-eligible');
			if (o.kind === 'result') expect(timelineSum(o).toFixed(2)).toBe(figureOf(o, 'total'));
		}
	});
});
