import { describe, expect, it } from 'vitest';
import type { Calculator } from '$lib/engine/calculator';
import { computeSafely, runCalculator } from '$lib/engine/run';
import { expectContract, expectMessagesResolve } from '$lib/tax/calculator-contract.testkit';
import calculator from './index';
import type { NetGrossInput } from './compute';

const calc = calculator as unknown as Calculator<never>;

describe('net-gross-salary: contract, messages and input validation', () => {
	it('keys, messages and coverage', () => {
		expectContract(calc);
		expect(calculator.asOfRange).toEqual({ from: '2016-01-01', to: '2026-12-31' });
	});

	it('every message key used by any outcome exists in LV and EN', () => {
		const dates = [
			'2016-05-01',
			'2017-05-01',
			'2018-05-01',
			'2020-05-01',
			'2022-03-01',
			'2022-09-01',
			'2024-05-01',
			'2025-05-01',
			'2026-05-01'
		];
		let n = 0;
		for (const d of dates) {
			for (const mode of ['gross-to-net', 'net-to-gross'] as const) {
				for (const variant of [
					{ taxBook: true, pension: false, dependants: 1, relief: 'disability-3' },
					{ taxBook: false, pension: false },
					{ taxBook: true, pension: true, category: 'employee-pension-age' },
					{ taxBook: true, pension: false, vidNtm: '100' },
					{ taxBook: true, pension: false, amount: '9000' },
					{ taxBook: true, pension: false, amount: '30000' }
				]) {
					const input = { mode, amount: '1200', category: 'employee', relief: 'none', dependants: 0, ...variant } as NetGrossInput;
					expectMessagesResolve(calc, computeSafely(calculator, input, d));
					n++;
				}
			}
		}
		for (const g of calculator.golden!) expectMessagesResolve(calc, computeSafely(calculator, g.input as unknown as NetGrossInput, g.asOf));
		expect(n).toBe(9 * 2 * 6);
	});

	it('reads typed amounts and share-link values: "1 234,56" and "1234.56" give the same result', () => {
		const a = runCalculator(
			calculator,
			{ mode: 'gross-to-net', amount: '1 234,56', category: 'employee', taxBook: 'yes', pension: 'no' },
			'2024-03-01'
		);
		const b = runCalculator(
			calculator,
			{ mode: 'gross-to-net', amount: '1234.56', category: 'employee', taxBook: 'yes', pension: 'no' },
			'2024-03-01'
		);
		expect(a.kind).toBe('outcome');
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
	});

	it('bad inputs give field errors, not a result', () => {
		const bad = (raw: Record<string, string>, asOf = '2024-03-01') => {
			const r = runCalculator(calculator, { mode: 'gross-to-net', category: 'employee', amount: '1000', ...raw }, asOf);
			return r.kind === 'invalid' ? r.errors.map((e) => `${e.field}:${e.msg.key}`) : [];
		};
		expect(bad({ amount: '-5' })).toEqual(['amount:common:errors.money.min']);
		expect(bad({ amount: '10000000' })).toEqual(['amount:common:errors.money.max']);
		expect(bad({ amount: 'abc' })).toEqual(['amount:common:errors.money.format']);
		expect(bad({ amount: '' })).toEqual(['amount:common:errors.required.money']);
		expect(bad({ category: 'pirate' })).toEqual(['category:common:errors.choice.unknown']);
		expect(bad({ dependants: '-1' })).toEqual(['dependants:common:errors.integer.range']);
		expect(bad({}, '2015-12-31')).toEqual(['asOf:common:errors.asOf.before']);
		// After the data the as-of date is accepted: the result uses the last known rules and says so (below).
		expect(bad({}, '2027-01-01')).toEqual([]);
		expect(bad({}, '2101-01-01')).toEqual(['asOf:common:rollover.tooLate']);
		// The VID forecast cannot exceed the period's maximum (2023: 500 a month).
		expect(bad({ vidNtm: '500.01' }, '2023-05-01')).toEqual(['vidNtm:errors.vidNtmAboveMax']);
		expect(bad({ vidNtm: '500' }, '2023-05-01')).toEqual([]);
	});

	it('hidden fields are not used: without a tax book dependants and the VID minimum are ignored', () => {
		const r = runCalculator(
			calculator,
			{ mode: 'gross-to-net', amount: '1000', category: 'employee', taxBook: 'no', dependants: '3', vidNtm: '99999' },
			'2021-05-01'
		);
		expect(r.kind).toBe('outcome');
		if (r.kind === 'outcome' && r.outcome.kind === 'result') {
			expect(r.outcome.figures.find((f) => f.id === 'net')?.value).toEqual({ type: 'money', value: '689.15' });
		}
	});

	it('every step that used a rule cites a source', () => {
		const out = computeSafely(
			calculator,
			{ mode: 'gross-to-net', amount: '1500', category: 'employee', taxBook: true, pension: false, dependants: 2, relief: 'repressed' },
			'2019-05-01'
		);
		expect(out.kind).toBe('result');
		const cited = out.steps.filter((s) => s.rules.length > 0);
		expect(cited.map((s) => s.id)).toEqual([
			'rates',
			'employeeContributions',
			'ntm',
			'dependants',
			'relief',
			'bracket1',
			'incomeTax',
			'employerContributions'
		]);
		for (const s of cited) for (const r of s.rules) expect(r.sources.length).toBeGreaterThan(0);
	});

	it('a date before the data gives "cannot answer"; after it, the rules of the last known day with a notice saying so', () => {
		const input: NetGrossInput = { mode: 'gross-to-net', amount: '1000', category: 'employee', taxBook: true, pension: false };
		const before = computeSafely(calculator, input, '2015-12-31');
		expect(before.kind === 'cannot-answer' && before.reason.key).toBe('common:coverage.before');
		for (const mode of ['gross-to-net', 'net-to-gross'] as const) {
			const out = computeSafely(calculator, { ...input, mode }, '2027-01-01');
			expect(out.kind).toBe('result');
			expect(out.rollover?.map((n) => n.key)).toEqual(['common:rollover.year']);
			expect(out.notices[0]).toEqual(out.rollover?.[0]);
			expect(out.rollover?.[0].params).toMatchObject({ year: '2027', until: { type: 'date', value: '2026-12-31' } });
		}
		// Beyond the year after the data the rules are not carried further: "cannot answer".
		const far = computeSafely(calculator, input, '2028-01-01');
		expect(far.kind === 'cannot-answer' && far.reason.key).toBe('common:coverage.after');
	});

	it('an unconfirmed row (2016 reliefs) is announced', () => {
		const out = computeSafely(
			calculator,
			{ mode: 'gross-to-net', amount: '800', category: 'employee', taxBook: true, pension: false, relief: 'disability-1-2' },
			'2016-05-01'
		);
		expect(out.notices.map((n) => n.key)).toContain('common:status.notice.unconfirmed');
	});
});
