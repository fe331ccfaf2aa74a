import { describe, expect, it } from 'vitest';
import type { Calculator } from '$lib/engine/calculator';
import { computeSafely, runCalculator } from '$lib/engine/run';
import { expectContract, expectMessagesResolve } from '$lib/tax/calculator-contract.testkit';
import calculator from './index';
import type { AnnualNtmInput } from './compute';

const calc = calculator as unknown as Calculator<never>;
const run = (raw: Record<string, string>) => runCalculator(calculator, raw, '2025-06-01');
const errors = (raw: Record<string, string>) => {
	const r = run(raw);
	return r.kind === 'invalid' ? r.errors.map((e) => `${e.field}:${e.msg.key}`) : [];
};

describe('annual-tax-free-minimum: contract, messages and input validation', () => {
	it('keys, messages and the year range from the data', () => {
		expectContract(calc);
		const year = calculator.fields.find((f) => f.name === 'year');
		expect(year && year.type === 'integer' ? [year.min, year.max] : []).toEqual([2016, 2027]);
	});

	it('every message key used by any outcome exists in LV and EN', () => {
		let n = 0;
		for (let year = 2016; year <= 2027; year++) {
			for (const applied of ['0', '900', '5000']) {
				const input: AnnualNtmInput =
					year === 2022 ? { year, incomeH1: '4000', incomeH2: '5000', applied } : { year, income: '9000', applied };
				expectMessagesResolve(calc, computeSafely(calculator, input, '2025-06-01'));
				n++;
			}
		}
		for (const g of calculator.golden!)
			expectMessagesResolve(calc, computeSafely(calculator, g.input as unknown as AnnualNtmInput, g.asOf));
		expect(n).toBe(36);
	});

	it('asks for the half-year incomes in 2022 only, and for nothing but the year from 2025', () => {
		expect(errors({ year: '2022', applied: '0' })).toEqual([
			'incomeH1:common:errors.required.money',
			'incomeH2:common:errors.required.money'
		]);
		expect(errors({ year: '2023', applied: '0' })).toEqual(['income:common:errors.required.money']);
		expect(errors({ year: '2025' })).toEqual([]);
		expect(errors({ year: '2015', income: '1', applied: '0' })).toEqual(['year:common:errors.integer.range']);
		expect(errors({ year: '2028' })[0]).toBe('year:common:errors.integer.range');
		expect(errors({ year: '2023', income: '-1', applied: '0' })).toEqual(['income:common:errors.money.min']);
	});

	it('a year outside the data gives "cannot answer"', () => {
		for (const year of [2015, 2028]) {
			const out = computeSafely(calculator, { year, income: '9000', applied: '0' }, '2025-06-01');
			expect(out.kind).toBe('cannot-answer');
		}
	});

	it('a raw 2022 case end to end: 1 292.31 + 1 846.15', () => {
		const r = run({ year: '2022', incomeH1: '6000', incomeH2: '6000', applied: '3000' });
		expect(r.kind).toBe('outcome');
		if (r.kind === 'outcome' && r.outcome.kind === 'result') {
			expect(r.outcome.steps.filter((s) => s.id.startsWith('period')).map((s) => s.value)).toEqual([
				{ type: 'money', value: '1292.31' },
				{ type: 'money', value: '1846.15' }
			]);
		}
	});
});
