import { describe, expect, it } from 'vitest';
import { Dec } from '$lib/engine/decimal';
import { NotCoveredError } from '$lib/engine/tables';
import { computeContributions } from './contributions';
import { RateNotSourcedError } from './withholding';

const c = (
	category: Parameters<typeof computeContributions>[0]['category'],
	object: string,
	date: string,
	extra: Partial<Parameters<typeof computeContributions>[0]> = {}
) => computeContributions({ category, object: new Dec(object), period: 'month', ...extra }, date);

describe('contributions', () => {
	it('2017 general rate split by insurance type (MK 759): 1 000 → pension 245.40 … parents 13.80', () => {
		const r = c('employee', '1000', '2017-06-01');
		expect(r.byType?.lines.map((l) => `${l.type}:${l.amount.value.toFixed(2)}`)).toEqual([
			'pension:245.40',
			'unemployment:19.00',
			'workAccident:4.80',
			'disability:23.00',
			'maternitySickness:34.90',
			'parents:13.80'
		]);
		// Not sourced for 2016 or 2018: no split shown.
		expect(c('employee', '1000', '2016-12-31').byType).toBeUndefined();
		expect(c('employee', '1000', '2018-01-01').byType).toBeUndefined();
	});

	it('the cap, day before and day of a change: 2018-12-31 (55 000) and 2019-01-01 (62 800)', () => {
		const a = computeContributions({ category: 'employee', object: new Dec(60000), period: 'year' }, '2018-12-31');
		expect([a.insuredObject.toFixed(2), a.aboveCap.toFixed(2), a.solidarity?.final]).toEqual(['55000.00', '5000.00', undefined]);
		const b = computeContributions({ category: 'employee', object: new Dec(60000), period: 'year' }, '2019-01-01');
		expect([b.insuredObject.toFixed(2), b.aboveCap.toFixed(2)]).toEqual(['60000.00', '0.00']);
		expect(b.solidarity).toBeUndefined();
	});

	it('solidarity rate 25.5 % in 2020 and 25 % from 2021-01-01', () => {
		const a = computeContributions({ category: 'employee', object: new Dec(72800), period: 'year' }, '2020-12-31');
		expect(a.solidarity?.final?.value.toFixed(2)).toBe('2550.00');
		const b = computeContributions({ category: 'employee', object: new Dec(72800), period: 'year' }, '2021-01-01');
		expect(b.solidarity?.final?.value.toFixed(2)).toBe('2500.00');
	});

	it('month mode: earlier income past the cap leaves nothing insured', () => {
		const r = c('employee', '1000', '2023-12-01', { earlier: new Dec(80000) });
		expect([r.insuredObject.toFixed(2), r.aboveCap.toFixed(2), r.contributions.total.value.toFixed(2)]).toEqual([
			'0.00',
			'1000.00',
			'0.00'
		]);
		expect(r.solidarity?.withheld.total.value.toFixed(2)).toBe('340.90');
	});

	it('voluntary contributions have no cap and no solidarity tax', () => {
		const r = computeContributions({ category: 'voluntary-pension', object: new Dec(200000), period: 'year' }, '2022-01-01');
		expect(r.cap).toBeUndefined();
		expect(r.aboveCap.toFixed(2)).toBe('0.00');
		expect(r.contributions.total.value.toFixed(2)).toBe('47820.00');
	});

	it('categories without a split show only the total', () => {
		const r = c('real-estate', '1000', '2021-05-01');
		expect([r.contributions.total.value.toFixed(2), r.contributions.employer, r.contributions.employee, r.who]).toEqual([
			'265.90',
			undefined,
			undefined,
			'not-stated'
		]);
	});

	it('the 2020 category rates are the unconfirmed copy of 2018–2019', () => {
		const r = c('employee-pension-age', '1000', '2020-05-01');
		expect(r.rateRow.status).toBe('unconfirmed');
		expect(r.contributions.total.value.toFixed(2)).toBe('308.70');
		expect(c('employee', '1000', '2020-05-01').rateRow.status).toBe('confirmed');
	});

	it('self-employed rules start on 2021-07-01; before, the whole income is at the full rate', () => {
		const before = c('self-employed', '2000', '2021-06-30');
		expect(before.selfEmployedRulesNotModelled).toBe(true);
		expect(before.contributions.total.value.toFixed(2)).toBe('621.40');
		const after = c('self-employed', '2000', '2021-07-01');
		// 500 × 31.07 % = 155.35; 1500 × 10 % = 150.
		expect([after.contributions.total.value.toFixed(2), after.selfEmployed?.pensionContribution.value.toFixed(2)]).toEqual([
			'155.35',
			'150.00'
		]);
	});

	it('a chosen object below the minimum wage is raised to it, above the income lowered to it', () => {
		const low = c('self-employed', '2000', '2024-03-01', { chosenObject: new Dec(100) });
		expect([low.selfEmployed?.fullRateObject.toFixed(2), low.selfEmployed?.chosenAdjusted]).toEqual(['700.00', true]);
		const high = c('self-employed', '2000', '2024-03-01', { chosenObject: new Dec(5000) });
		expect([high.selfEmployed?.fullRateObject.toFixed(2), high.selfEmployed?.pensionOnlyObject.toFixed(2)]).toEqual(['2000.00', '0.00']);
	});

	it('no sourced rate → RateNotSourcedError; before a category’s first row → NotCoveredError', () => {
		expect(() => c('voluntary-full', '1000', '2019-01-01')).toThrow(RateNotSourcedError);
		expect(c('voluntary-full', '1000', '2016-05-01').contributions.total.value.toFixed(2)).toBe('314.70');
		expect(() => c('board-member', '1000', '2016-05-01')).toThrow(NotCoveredError);
		expect(() => c('employee', '1000', '2027-01-01')).toThrow(NotCoveredError);
	});
});
