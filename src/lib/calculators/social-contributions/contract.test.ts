import { describe, expect, it } from 'vitest';
import type { Calculator } from '$lib/engine/calculator';
import { computeSafely, runCalculator } from '$lib/engine/run';
import { expectContract, expectMessagesResolve } from '$lib/tax/calculator-contract.testkit';
import { PAYER_CATEGORIES } from '$lib/tax/tables';
import calculator from './index';
import type { ContributionsInput } from './compute';

const calc = calculator as unknown as Calculator<never>;

describe('social-contributions: contract, messages and input validation', () => {
	it('keys, messages and coverage', () => {
		expectContract(calc);
		expect(calculator.asOfRange).toEqual({ from: '2016-01-01', to: '2026-12-31' });
	});

	it('every category on every date gives a result or a clear cannot-answer, with all messages present', () => {
		const dates = [
			'2016-06-01',
			'2017-06-01',
			'2018-06-01',
			'2019-06-01',
			'2020-06-01',
			'2021-03-01',
			'2021-09-01',
			'2023-06-01',
			'2025-06-01',
			'2026-06-01'
		];
		const kinds: Record<string, number> = {};
		for (const d of dates) {
			for (const category of PAYER_CATEGORIES) {
				for (const [amount, period, earlier] of [
					['1000', 'month', undefined],
					['150000', 'year', undefined],
					['5000', 'month', '70000'],
					['300', 'month', undefined]
				] as const) {
					const out = computeSafely(calculator, { category, amount, period, earlier } as ContributionsInput, d);
					expectMessagesResolve(calc, out);
					kinds[out.kind] = (kinds[out.kind] ?? 0) + 1;
				}
			}
		}
		for (const g of calculator.golden!)
			expectMessagesResolve(calc, computeSafely(calculator, g.input as unknown as ContributionsInput, g.asOf));
		// 2016: 5 categories unsourced (prisoners ×2, board ×2, real estate, foreign employer = 6); voluntary-full 2017–2020: 4 dates.
		expect(kinds).toEqual({ result: (10 * 13 - 6 - 4) * 4, 'cannot-answer': (6 + 4) * 4 });
	});

	it('bad inputs give field errors', () => {
		const bad = (raw: Record<string, string>, asOf = '2024-03-01') => {
			const r = runCalculator(calculator, { category: 'employee', amount: '1000', period: 'month', ...raw }, asOf);
			return r.kind === 'invalid' ? r.errors.map((e) => `${e.field}:${e.msg.key}`) : [];
		};
		expect(bad({ category: 'astronaut' })).toEqual(['category:common:errors.choice.unknown']);
		expect(bad({ amount: '-1' })).toEqual(['amount:common:errors.money.min']);
		expect(bad({ amount: '1000.001' })).toEqual(['amount:common:errors.money.cents']);
		expect(bad({ amount: '1.001' })).toEqual(['amount:common:errors.money.ambiguous']);
		expect(bad({ period: 'week' })).toEqual(['period:common:errors.choice.unknown']);
		expect(bad({}, '2014-01-01')).toEqual(['asOf:common:errors.asOf.before']);
		// The chosen self-employed object is asked only for the self-employed.
		expect(calculator.fields.find((f) => f.name === 'chosenObject')?.showIf?.({ category: 'employee', period: 'month' })).toBe(false);
		expect(calculator.fields.find((f) => f.name === 'chosenObject')?.showIf?.({ category: 'self-employed', period: 'month' })).toBe(true);
	});
});
