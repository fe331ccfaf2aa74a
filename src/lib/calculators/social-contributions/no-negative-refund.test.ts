/**
 * Fault 1 of the outside probe: where the person's contribution rate is below the flat solidarity tax
 * rate (a board member or a prisoner of pension age, 24.91 % from 2021 against 25 %), "difference
 * refunded" came out negative (−€13.23 on 120 000 a year in 2025): money owed shown as a refund.
 * Solidarity Tax Law s.6.2(2) refunds only tax overpaid at a higher contribution rate.
 */
import { describe, expect, it } from 'vitest';
import type { Calculator } from '$lib/engine/calculator';
import { runCalculator } from '$lib/engine/run';
import { displayToString } from '$lib/engine/explain';
import calculator from './index';

const calc = calculator as unknown as Calculator<never>;

describe('the solidarity tax refund is never negative', () => {
	const years = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'];
	for (const category of ['board-member-pension-age', 'employee-prisoner-pension-age', 'employee', 'board-member']) {
		it.each(years)(`${category}, 120 000 a year, %s`, (year) => {
			const r = runCalculator(calc, { category, amount: '120000', period: 'year' }, `${year}-06-15`);
			expect(r.kind).toBe('outcome');
			if (r.kind !== 'outcome' || r.outcome.kind === 'cannot-answer') throw new Error('no result');
			const o = r.outcome;
			const money = o.figures.filter((f) => f.value.type === 'money').map((f) => displayToString(f.value));
			expect(money.length).toBeGreaterThanOrEqual(3);
			for (const m of money) expect(m.startsWith('-'), `${m} in ${JSON.stringify(o.figures)}`).toBe(false);
			const refund = o.figures.find((f) => f.id === 'solidarityRefund');
			const withheld = o.figures.find((f) => f.id === 'solidarityWithheld')!;
			expect(withheld).toBeDefined();
			if (!refund) expect(o.notices.map((n) => n.key)).toContain('notices.solidarityNoRefund');
		});
	}
	it('2025, board member of pension age: 24.91 % withheld, nothing refunded, nothing shown as a refund', () => {
		const r = runCalculator(calc, { category: 'board-member-pension-age', amount: '120000', period: 'year' }, '2025-06-15');
		if (r.kind !== 'outcome' || r.outcome.kind === 'cannot-answer') throw new Error('no result');
		const ids = r.outcome.figures.map((f) => f.id);
		expect(ids).not.toContain('solidarityRefund');
		expect(ids).not.toContain('solidarityFinal');
		expect(r.outcome.notices.map((n) => n.key)).toContain('notices.solidarityNoRefund');
	});
});
