import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine/decimal';
import { checkOutcome, figureOf, goldenTests, keyTree, prng, run, timelineSum } from '$lib/benefits/testing';
import calc from './index';

describe('sickness-benefit golden cases', () => goldenTests(calc));

describe('sickness-benefit rule switch on 1 April 2022', () => {
	const input = { case: 'own-illness', insured: true, months6: 6, wageMode: 'monthly', averageWage: '1200', extended: false };
	it('first day 31.03.2022 → VSAA from day 11', () => {
		const o = run(calc, { ...input, firstDay: '2022-03-31', lastDay: '2022-04-30' });
		expect(figureOf(o, 'agencyFrom')).toBe('2022-04-10');
	});
	it('first day 01.04.2022 → VSAA from day 10', () => {
		const o = run(calc, { ...input, firstDay: '2022-04-01', lastDay: '2022-04-30' });
		expect(figureOf(o, 'agencyFrom')).toBe('2022-04-10');
	});
	it('first day 02.04.2022 → VSAA from day 10 (11.04)', () => {
		const o = run(calc, { ...input, firstDay: '2022-04-02', lastDay: '2022-04-30' });
		expect(figureOf(o, 'agencyFrom')).toBe('2022-04-11');
	});
	it('a 9-day sick leave from 01.04.2022 is paid by VSAA for day 9? no — only the employer pays', () => {
		const o = run(calc, { ...input, firstDay: '2022-04-01', lastDay: '2022-04-09' });
		expect(o.kind).toBe('result');
		expect(figureOf(o, 'agencyDays')).toBe('0');
		expect(figureOf(o, 'agencyTotal')).toBe('0.00');
	});
	it('extended by the commission: up to 52 weeks', () => {
		const o = run(calc, { ...input, firstDay: '2023-01-09', lastDay: '2024-06-30', extended: true });
		// 52 weeks = 364 days: 09.01.2023 + 363 days = 07.01.2024.
		expect(figureOf(o, 'agencyTo')).toBe('2024-01-07');
	});
	it('dates before 2016 cannot be answered', () => {
		const o = run(calc, { ...input, firstDay: '2015-12-20', lastDay: '2016-01-20' });
		expect(o.kind).toBe('cannot-answer');
	});
});

describe('sickness-benefit messages', () => {
	it('LV and EN have the same keys', () => {
		expect(keyTree(calc.messages.lv)).toEqual(keyTree(calc.messages.en));
	});
	it('every field has a label in both languages', () => {
		for (const f of calc.fields) {
			expect((calc.messages.lv.fields as Record<string, { label?: string }>)[f.name]?.label, f.name).toBeTruthy();
			expect((calc.messages.en.fields as Record<string, { label?: string }>)[f.name]?.label, f.name).toBeTruthy();
		}
	});
});

describe('sickness-benefit properties (seeded)', () => {
	const r = prng(20261122);
	const cases = Array.from({ length: 300 }, () => {
		const firstDay = r.isoDate('2016-01-01', '2026-12-31');
		const own = r.next() < 0.7;
		const input: Record<string, unknown> = {
			case: own ? 'own-illness' : 'sick-child',
			firstDay,
			lastDay: r.isoDate(firstDay, '2027-06-30'),
			insured: r.next() < 0.9,
			months6: r.int(0, 6),
			months24: r.int(6, 24) - r.int(0, 6),
			extended: r.next() < 0.3,
			hospital: r.next() < 0.5,
			childBirthDate: r.isoDate('2005-01-01', firstDay),
			wageMode: 'monthly',
			averageWage: r.amount(0, 9000)
		};
		if (own && r.next() < 0.5) input.dailyEarnings = r.amount(0, 400);
		if ((input.months24 as number) < (input.months6 as number)) input.months24 = input.months6;
		return input;
	});
	it('generated 300 cases', () => expect(cases.length).toBe(300));
	it('never negative or NaN; the timeline adds up to the total; eligibility matches the conditions', () => {
		let results = 0;
		for (const [i, input] of cases.entries()) {
			const o = run(calc, input);
			checkOutcome(calc, o, i % 25 === 0);
			const conditionMet = (input.months6 as number) >= 3 || (input.months24 as number) >= 6;
			const childOk =
				input.case === 'own-illness' ||
				new Dec((input.firstDay as string).slice(0, 4)).minus((input.childBirthDate as string).slice(0, 4)).lte(14);
			if (!input.insured || !conditionMet) expect(o.kind).toBe('not-eligible');
			if (o.kind === 'result') {
				results++;
				expect(input.insured && conditionMet && childOk).toBe(true);
				expect(timelineSum(o).toFixed(2)).toBe(figureOf(o, 'total'));
			}
		}
		expect(results).toBeGreaterThan(50);
	});
});
