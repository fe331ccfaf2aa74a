import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine/decimal';
import { displayToString } from '$lib/engine/explain';
import { checkOutcome, figureOf, goldenTests, keyTree, prng, run, timelineSum } from '$lib/benefits/testing';
import calc from './index';

describe('funeral-benefit golden cases', () => goldenTests(calc));

describe('funeral-benefit', () => {
	it('LV and EN have the same keys', () => expect(keyTree(calc.messages.lv)).toEqual(keyTree(calc.messages.en)));
	it('an unknown minimum is announced as unconfirmed', () => {
		const o = run(calc, {
			insured: true,
			dependant: false,
			unemployed: false,
			pensioner: false,
			vsnpRecipient: false,
			wageMode: 'monthly',
			deathDate: '2022-07-01',
			averageWage: '300'
		});
		expect(o.notices.map((n) => n.key)).toContain('notices.floorUnknown');
		expect(o.notices.map((n) => n.key)).toContain('common:status.notice.unconfirmed');
	});
	it('seeded properties: the paid amount is the largest of the cases and the timeline equals it', () => {
		const r = prng(5);
		let n = 0;
		for (let i = 0; i < 200; i++) {
			const input = {
				deathDate: r.isoDate('2016-01-01', '2026-11-22'),
				insured: r.next() < 0.4,
				dependant: r.next() < 0.3,
				unemployed: r.next() < 0.2,
				pensioner: r.next() < 0.4,
				vsnpRecipient: r.next() < 0.2,
				pension: r.amount(0, 2000),
				supplement: r.amount(0, 50),
				wageMode: 'monthly',
				averageWage: r.amount(0, 6000)
			};
			const o = run(calc, input);
			checkOutcome(calc, o, i % 25 === 0);
			const any = input.insured || input.dependant || input.unemployed || input.pensioner || input.vsnpRecipient;
			expect(o.kind).toBe(any ? 'result' : 'not-eligible');
			if (o.kind === 'result') {
				n++;
				const cases = o.tables!.find((t) => t.id === 'cases')!.rows.map((row) => new Dec(displayToString(row[1])));
				expect(cases.length).toBeGreaterThan(0);
				const max = cases.reduce((a, b) => Dec.max(a, b));
				expect(figureOf(o, 'total')).toBe(max.toFixed(2));
				expect(timelineSum(o).toFixed(2)).toBe(figureOf(o, 'total'));
			}
		}
		expect(n).toBeGreaterThan(100);
	});
});
