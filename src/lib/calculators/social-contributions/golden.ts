/**
 * Worked examples: contributions = object × rate, each amount rounded to the cent; the annual maximum
 * object caps the object and the part above it bears the solidarity tax (withheld at the contribution
 * rate; from 2019 the final rate is flat and the difference is refunded). Rates: data/social-insurance/*.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const golden: GoldenCase[] = [
	{
		name: '2021, employee, 1 000 a month: 340.90 (employer 235.90, employee 105.00); quarterly minimum 1 500 → 511.35 [worked-examples §6.2 i]',
		note: '1000 × 34.09 % = 340.90; × 23.59 % = 235.90; × 10.50 % = 105.00. Minimum from 01.07.2021: 3 × 500 = 1500 a quarter × 34.09 % = 511.35 (tvnet / LTRK, re-checked).',
		asOf: '2021-09-15',
		input: { category: 'employee', amount: '1000', period: 'month' },
		expect: {
			kind: 'result',
			figures: {
				contributions: '340.90',
				employerPart: '235.90',
				employeePart: '105.00',
				quarterMinimumObject: '1500.00',
				quarterMinimumContributions: '511.35'
			}
		}
	},
	{
		name: '2021-06-30, employee: no minimum-contribution rule yet (from 2021-07-01)',
		note: 'The employee minimum applies from 01.07.2021; the day before only the contributions are shown.',
		asOf: '2021-06-30',
		input: { category: 'employee', amount: '1000', period: 'month' },
		expect: { kind: 'result', figures: { contributions: '340.90' } }
	},
	{
		name: '2025, employee, 120 000 a year: cap 105 300, contributions 35 896.77, solidarity 5 011.23 withheld, 3 675 final, 1 336.23 refunded',
		note: '105300 × 34.09 % = 35896.77 (23.59 % = 24840.27, 10.5 % = 11056.50); above 14700 × 34.09 % = 5011.23 withheld; × 25 % = 3675.00; difference 1336.23.',
		asOf: '2025-05-01',
		input: { category: 'employee', amount: '120000', period: 'year' },
		expect: {
			kind: 'result',
			figures: {
				contributions: '35896.77',
				employerPart: '24840.27',
				employeePart: '11056.50',
				aboveCap: '14700.00',
				solidarityWithheld: '5011.23',
				solidarityFinal: '3675.00',
				solidarityRefund: '1336.23'
			}
		}
	},
	{
		name: '2016, employee, 50 000 a year: cap 48 600, solidarity tax at the contribution rate 477.26',
		note: '48600 × 34.09 % = 16567.74; above 1400 × 34.09 % = 477.26 (2016: the solidarity rate was the person’s contribution rate).',
		asOf: '2016-12-31',
		input: { category: 'employee', amount: '50000', period: 'year' },
		expect: { kind: 'result', figures: { contributions: '16567.74', aboveCap: '1400.00', solidarityWithheld: '477.26' } }
	},
	{
		name: '2019, employee, 6 000 this month after 60 000 earlier: 2 800 left under the cap, solidarity 25.5 % on 3 200',
		note: 'Cap 62800 − 60000 = 2800 × 35.09 % = 982.52; 3200 × 35.09 % = 1122.88 withheld; × 25.5 % = 816.00; refund 306.88.',
		asOf: '2019-11-01',
		input: { category: 'employee', amount: '6000', period: 'month', earlier: '60000' },
		expect: {
			kind: 'result',
			figures: { contributions: '982.52', solidarityWithheld: '1122.88', solidarityFinal: '816.00', solidarityRefund: '306.88' }
		}
	},
	{
		name: '2025, self-employed, income 2 100 a month: 31.07 % on the minimum wage 740 = 229.92, plus 10 % on 1 360 = 136.00',
		note: '740 × 31.07 % = 229.918 → 229.92 (LLKC); (2100 − 740) × 10 % = 136.00; total 365.92.',
		asOf: '2025-04-01',
		input: { category: 'self-employed', amount: '2100', period: 'month' },
		expect: { kind: 'result', figures: { contributions: '229.92', pensionOnly: '136.00', selfEmployedTotal: '365.92' } }
	},
	{
		name: '2025, self-employed, income 2 100 with a chosen object of 1 000: 310.70 + 110.00',
		note: '1000 × 31.07 % = 310.70; (2100 − 1000) × 10 % = 110.00.',
		asOf: '2025-04-01',
		input: { category: 'self-employed', amount: '2100', period: 'month', chosenObject: '1000' },
		expect: { kind: 'result', figures: { contributions: '310.70', pensionOnly: '110.00' } }
	},
	{
		name: '2025, self-employed, income 500 (below the minimum wage): only 10 % = 50.00',
		note: '500 < 740 → no full rate; 500 × 10 % = 50.00.',
		asOf: '2025-04-01',
		input: { category: 'self-employed', amount: '500', period: 'month' },
		expect: { kind: 'result', figures: { contributions: '0.00', pensionOnly: '50.00' } }
	},
	{
		name: '2026, self-employed at the minimum wage 780: 242.35',
		note: '780 × 31.07 % = 242.346 → 242.35 (LLKC 2026).',
		asOf: '2026-02-01',
		input: { category: 'self-employed', amount: '780', period: 'month' },
		expect: { kind: 'result', figures: { contributions: '242.35', pensionOnly: '0.00' } }
	},
	{
		name: '2017, employee of pension age, 1 000 a month: 29.73 % = 297.30 (20.57 % + 9.16 %)',
		note: 'Seed 004: 29.73 % = 20.57 % + 9.16 %.',
		asOf: '2017-03-01',
		input: { category: 'employee-pension-age', amount: '1000', period: 'month' },
		expect: { kind: 'result', figures: { contributions: '297.30', employerPart: '205.70', employeePart: '91.60' } }
	},
	{
		name: '2021, board member, 1 000: 27.20 % = 272.00 (no split in the sources)',
		note: 'd-k.lv 2021–2022: 27.20 %.',
		asOf: '2021-03-01',
		input: { category: 'board-member', amount: '1000', period: 'month' },
		expect: { kind: 'result', figures: { contributions: '272.00', totalRate: '27.2' } }
	},
	{
		name: '2017, voluntary pension insurance, 60 000 a year: 24.54 % with no cap = 14 724.00',
		note: 'Voluntary contributions are paid on the chosen object: 60000 × 24.54 % = 14724.00; the maximum object does not apply.',
		asOf: '2017-03-01',
		input: { category: 'voluntary-pension', amount: '60000', period: 'year' },
		expect: { kind: 'result', figures: { contributions: '14724.00' } }
	},
	{
		name: '2018, voluntary full insurance: no sourced rate for 2017–2020 → cannot answer',
		note: 'data/social-insurance/rate-voluntary-full.json has no value from 2017-01-01 to 2020-12-31.',
		asOf: '2018-03-01',
		input: { category: 'voluntary-full', amount: '1000', period: 'month' },
		expect: { kind: 'cannot-answer' }
	},
	{
		name: '2016, prisoner category: rate sourced from 2017 only → cannot answer',
		note: 'data/social-insurance/rate-employee-prisoner.json starts on 2017-01-01.',
		asOf: '2016-03-01',
		input: { category: 'employee-prisoner', amount: '1000', period: 'month' },
		expect: { kind: 'cannot-answer' }
	}
];

export default golden;
