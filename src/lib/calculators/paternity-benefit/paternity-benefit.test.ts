import { describe, expect, it } from 'vitest';
import { checkOutcome, figureOf, goldenTests, keyTree, prng, run, timelineSum } from '$lib/benefits/testing';
import calc from './index';

describe('paternity-benefit golden cases', () => goldenTests(calc));

describe('paternity-benefit', () => {
	it('LV and EN have the same keys', () => expect(keyTree(calc.messages.lv)).toEqual(keyTree(calc.messages.en)));
	it('working-day leave spanning a weekend: Thursday start ends the second Wednesday', () => {
		const o = run(calc, {
			insured: true,
			months6: 6,
			wageMode: 'monthly',
			averageWage: '1200',
			birthDate: '2024-05-01',
			leaveStart: '2024-05-02'
		});
		expect(figureOf(o, 'leaveEnd')).toBe('2024-05-15');
		expect(o.kind === 'result' && o.tables![0].rows.length).toBe(3);
	});
	it('the unconfirmed working-day formula is announced', () => {
		const o = run(calc, {
			insured: true,
			months6: 6,
			wageMode: 'monthly',
			averageWage: '1200',
			birthDate: '2024-05-01',
			leaveStart: '2024-05-02'
		});
		expect(o.notices.some((n) => n.key === 'common:status.notice.unconfirmed')).toBe(true);
	});
	it('seeded properties', () => {
		const r = prng(11);
		let n = 0;
		for (let i = 0; i < 200; i++) {
			const birthDate = r.isoDate('2016-01-01', '2026-12-31');
			const months6 = r.int(0, 6);
			const input = {
				insured: r.next() < 0.9,
				months6,
				months24: Math.max(months6, r.int(0, 24)),
				wageMode: 'monthly',
				averageWage: r.amount(0, 9000),
				birthDate,
				leaveStart: r.isoDate(birthDate, '2027-06-30')
			};
			const o = run(calc, input);
			checkOutcome(calc, o, i % 25 === 0);
			if (!input.insured || (input.months6 < 3 && input.months24 < 6)) expect(o.kind).toBe('not-eligible');
			if (o.kind === 'result') {
				n++;
				expect(timelineSum(o).toFixed(2)).toBe(figureOf(o, 'total'));
				expect(Number(figureOf(o, 'paidDays'))).toBeLessThanOrEqual(10);
			}
		}
		expect(n).toBeGreaterThan(20);
	});
});
