import { describe, expect, it } from 'vitest';
import { displayToString } from '$lib/engine/explain';
import { checkOutcome, figureOf, goldenTests, keyTree, prng, run, timelineSum } from '$lib/benefits/testing';
import calc from './index';

describe('parental-benefit golden cases', () => goldenTests(calc));

describe('parental-benefit', () => {
	it('LV and EN have the same keys', () => expect(keyTree(calc.messages.lv)).toEqual(keyTree(calc.messages.en)));
	it('compares both options side by side', () => {
		const o = run(calc, {
			claimant: 'other-parent',
			insured: true,
			months6: 6,
			wageMode: 'monthly',
			averageWage: '760.42',
			working: false,
			option: 'shorter',
			birthDate: '2024-01-15'
		});
		expect(o.kind).toBe('result');
		if (o.kind !== 'result') return;
		const t = o.tables!.find((x) => x.id === 'comparison')!;
		expect(t.rows.length).toBe(2);
		// 13 months: 15.00 a day; 335 days on leave = 5025.00; working 2055.00.
		expect(t.rows[0].map(displayToString)).toEqual(['values.months.shorter', '60', '15.00', '335', '5025.00', '2055.00']);
		// 19 months: 25.0001 × 43.75 % = 10.9375 → 10.94 a day; basic 15.01.2024–14.04.2025 = 456 days + 61 = 517 days
		// → 5655.98 on leave. Working: 352 days of 2024 × 5.47 (50 %) = 1925.44 + 104 days of 2025 × 8.21 (75 % of
		// 10.94 = 8.205 → 8.21) = 853.84 → 2779.28; the non-transferable months are not paid.
		expect(t.rows[1].map(displayToString)).toEqual(['values.months.longer', '43.75', '10.94', '517', '5655.98', '2779.28']);
	});
	it('working in 2027 is beyond the known rules: the 2026 share is used and the result says so', () => {
		const o = run(calc, {
			claimant: 'other-parent',
			insured: true,
			months6: 6,
			wageMode: 'monthly',
			averageWage: '1000',
			working: true,
			option: 'longer',
			birthDate: '2026-06-01'
		});
		expect(o.kind).toBe('result');
		expect(o.kind !== 'cannot-answer' && o.rollover?.map((n) => n.key)).toEqual(['common:rollover.year']);
	});
	it('seeded properties', () => {
		const r = prng(99);
		let n = 0;
		for (let i = 0; i < 150; i++) {
			const birthDate = r.isoDate('2016-01-01', '2025-06-30');
			const claimant = r.pick(['mother', 'other-parent'] as const);
			const months6 = r.int(0, 6);
			const input: Record<string, unknown> = {
				birthDate,
				claimant,
				option: r.pick(['shorter', 'longer'] as const),
				postnatal70: r.next() < 0.2,
				working: r.next() < 0.4,
				insured: r.next() < 0.9,
				months6,
				months24: Math.max(months6, r.int(0, 24)),
				wageMode: 'monthly',
				averageWage: r.amount(0, 6000)
			};
			if (r.next() < 0.3) input.startDate = r.isoDate(birthDate, '2026-06-30');
			const o = run(calc, input);
			checkOutcome(calc, o, i % 25 === 0);
			if (claimant === 'other-parent' && (!input.insured || ((input.months6 as number) < 3 && (input.months24 as number) < 6)))
				expect(o.kind).toBe('not-eligible');
			if (o.kind === 'result') {
				n++;
				expect(timelineSum(o).toFixed(2)).toBe(figureOf(o, 'total'));
			}
		}
		expect(n).toBeGreaterThan(50);
	});
});
