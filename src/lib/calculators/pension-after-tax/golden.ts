/**
 * Worked examples built from the law ("Par iedzīvotāju ienākuma nodokli": the pensioners' non-taxable
 * minimum, the reliefs and the monthly rates; VSAA's explanation of 2026 for the split minimum). Each
 * note shows the arithmetic. The boundary cases: the minimum rose on 1 July 2022 (350 → 500) and on
 * 1 January 2025 (500 → 1000, rate 25.5 % instead of 20 %/23 %).
 */
import type { GoldenCase } from '$lib/engine/calculator';

const golden: GoldenCase[] = [
	{
		name: '2026: pension 1200, tax book with VSAA → tax 51.00, paid 1149.00',
		note: '1200 − 1000 (pensioners’ minimum) = 200; 200 × 25.5 % = 51.00; 1200 − 51 = 1149.00; the year: 12 × 1149 = 13788.00.',
		asOf: '2026-03-15',
		input: { pension: '1200', taxBook: 'vsaa', relief: 'none' },
		expect: { kind: 'result', figures: { net: '1149.00', tax: '51.00', annualNet: '13788.00', annualTax: '612.00' } }
	},
	{
		name: '2026: pension 1200, politically repressed, tax book with VSAA → tax 11.73',
		note: '1200 − 1000 − 154 (relief) = 46; 46 × 25.5 % = 11.73; paid 1188.27.',
		asOf: '2026-03-15',
		input: { pension: '1200', taxBook: 'vsaa', relief: 'repressed' },
		expect: { kind: 'result', figures: { net: '1188.27', tax: '11.73' } }
	},
	{
		name: '2026: pension 700, tax book with the employer → half of the minimum (500) on the pension, tax 51.00',
		note: '1000 − 500 for the salary = 500 on the pension; 700 − 500 = 200; × 25.5 % = 51.00; paid 649.00 (VSAA 2026).',
		asOf: '2026-06-01',
		input: { pension: '700', taxBook: 'employer', relief: 'none' },
		expect: { kind: 'result', figures: { net: '649.00', tax: '51.00', ntm: '500.00' } }
	},
	{
		name: 'December 2024: pension 800 → tax 60.00 (minimum 500, rate 20 %)',
		note: '800 − 500 = 300; 300 × 20 % = 60.00; paid 740.00.',
		asOf: '2024-12-10',
		input: { pension: '800', taxBook: 'vsaa', relief: 'none' },
		expect: { kind: 'result', figures: { net: '740.00', tax: '60.00' } }
	},
	{
		name: 'January 2025 (the 2025 change): pension 800 → no tax (minimum 1000)',
		note: '800 < 1000: taxable 0; paid 800.00.',
		asOf: '2025-01-10',
		input: { pension: '800', taxBook: 'vsaa', relief: 'none' },
		expect: { kind: 'result', figures: { net: '800.00', tax: '0.00' } }
	},
	{
		name: 'June 2022: pension 600 → tax 50.00; the year 2022 → tax 420.00 (minimum 350, from July 500)',
		note: 'June: (600 − 350) × 20 % = 50.00. Year: 6 × 50 + 6 × (600 − 500) × 20 % = 300 + 120 = 420.00; paid 7200 − 420 = 6780.00.',
		asOf: '2022-06-15',
		input: { pension: '600', taxBook: 'vsaa', relief: 'none' },
		expect: { kind: 'result', figures: { net: '550.00', tax: '50.00', annualTax: '420.00', annualNet: '6780.00' } }
	},
	{
		name: '1 July 2022 (boundary): pension 600 → tax 20.00',
		note: '(600 − 500) × 20 % = 20.00; paid 580.00.',
		asOf: '2022-07-01',
		input: { pension: '600', taxBook: 'vsaa', relief: 'none' },
		expect: { kind: 'result', figures: { net: '580.00', tax: '20.00' } }
	},
	{
		name: '2017: pension 600 with a supplement of 40 → tax 93.15',
		note: '640 − 235 = 405; 405 × 23 % = 93.15; paid 546.85.',
		asOf: '2017-05-01',
		input: { pension: '600', supplement: '40', taxBook: 'vsaa', relief: 'none' },
		expect: { kind: 'result', figures: { gross: '640.00', net: '546.85', tax: '93.15' } }
	},
	{
		name: '2023: pension 2500 with the tax book at VSAA → 20 % up to 1667 and 23 % above',
		note: '2500 − 500 = 2000; 1667 × 20 % = 333.40; 333 × 23 % = 76.59; tax 409.99; paid 2090.01.',
		asOf: '2023-04-01',
		input: { pension: '2500', taxBook: 'vsaa', relief: 'none' },
		expect: { kind: 'result', figures: { net: '2090.01', tax: '409.99' } }
	},
	{
		name: '2019: pension 600, tax book not lodged → 23 % on the part above 270',
		note: '600 − 270 = 330; 330 × 23 % = 75.90; paid 524.10.',
		asOf: '2019-09-01',
		input: { pension: '600', taxBook: 'none', relief: 'none' },
		expect: { kind: 'result', figures: { net: '524.10', tax: '75.90' } }
	}
];

export default golden;
