/**
 * Worked examples of the annual differentiated non-taxable minimum (MK Nr. 1/2016; MK Nr. 676/2017
 * points 2 and 2.1) and the refund estimate: tax over the year's annual brackets on
 * (income − contributions − minimum applied) minus the same with the annual minimum.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const AS_OF = '2025-06-01';

const golden: GoldenCase[] = [
	{
		name: '2016, pay up to 380 a month (4 560 a year): annual minimum 1 200, 900 applied, refund 69 [seed 004]',
		note: 'Seed 004: 1200 − 900 = 300 unused × 23 % = 69. Here: contributions 4560 × 10.5 % = 478.80; (4560 − 478.80 − 900) × 23 % − (4560 − 478.80 − 1200) × 23 % = 300 × 23 % = 69.00.',
		asOf: AS_OF,
		input: { year: 2016, income: '4560', applied: '900' },
		expect: { kind: 'result', figures: { annualNtm: '1200.00', difference: '300.00', refund: '69.00' } }
	},
	{
		name: '2016, income 8 000: annual minimum 1 061.29, refund 37.10',
		note: 'K = (1200 − 75 × 12) / (12000 − 4560) = 300 / 7440; 1200 − K × (8000 − 4560) = 1061.290… → 1061.29; unused 161.29 × 23 % = 37.0967 → 37.10.',
		asOf: AS_OF,
		input: { year: 2016, income: '8000', applied: '900' },
		expect: { kind: 'result', figures: { annualNtm: '1061.29', refund: '37.10' } }
	},
	{
		name: '2017, income 6 000: annual minimum 1 285.71, 720 applied, refund 130.11',
		note: 'K = (1380 − 60 × 12) / (13200 − 4800) = 660 / 8400; 1380 − K × 1200 = 1285.714… → 1285.71; 565.71 × 23 % = 130.1133 → 130.11.',
		asOf: AS_OF,
		input: { year: 2017, income: '6000', applied: '720' },
		expect: { kind: 'result', figures: { annualNtm: '1285.71', difference: '565.71', refund: '130.11' } }
	},
	{
		name: '2017, income 13 200 (the upper threshold): only the minimum 720, no refund',
		note: '13200 ≥ AImax → NMmin × 12 = 720; applied 720 → 0.',
		asOf: AS_OF,
		input: { year: 2017, income: '13200', applied: '720' },
		expect: { kind: 'result', figures: { annualNtm: '720.00', refund: '0.00' } }
	},
	{
		name: '2019, income 6 000, 1 500 applied: annual minimum 2 509.09, refund 201.82',
		note: 'K = 2760 / (13200 − 5280); 2760 − K × 720 = 2509.090… → 2509.09; contributions 11 % = 660; unused 1009.09 × 20 % = 201.818 → 201.82.',
		asOf: AS_OF,
		input: { year: 2019, income: '6000', applied: '1500' },
		expect: { kind: 'result', figures: { annualNtm: '2509.09', refund: '201.82' } }
	},
	{
		name: '2020, income 6 000 (the full-minimum threshold): maximum 3 600',
		note: '6000 ≤ AImin 6000 → 3600; applied 3600 → no refund.',
		asOf: AS_OF,
		input: { year: 2020, income: '6000', applied: '3600' },
		expect: { kind: 'result', figures: { annualNtm: '3600.00', refund: '0.00' } }
	},
	{
		name: '2021, income 21 600 with 1 200 applied: annual minimum 0, extra tax 240',
		note: '21600 ≥ AImax → 0; contributions 2268; (21600 − 2268 − 1200) × 20 % − (21600 − 2268) × 20 % = −240.00.',
		asOf: AS_OF,
		input: { year: 2021, income: '21600', applied: '1200' },
		expect: { kind: 'result', figures: { annualNtm: '0.00', overApplied: '1200.00', extraTax: '240.00' } }
	},
	{
		name: '2022, 6 000 in each half-year: 1 292.31 + 1 846.15 = 3 138.46; 3 000 applied, refund 27.69',
		note: 'H1: 2100 − (2100 / 7800) × (6000 − 3000) = 1292.31; H2: 3000 − (3000 / 7800) × 3000 = 1846.15 (MK 676 p. 2.1); unused 138.46 × 20 % = 27.692 → 27.69.',
		asOf: AS_OF,
		input: { year: 2022, incomeH1: '6000', incomeH2: '6000', applied: '3000' },
		expect: { kind: 'result', figures: { annualNtm: '3138.46', refund: '27.69' } }
	},
	{
		name: '2023, income 12 000 with 3 000 applied: annual minimum 3 692.31, refund 138.46',
		note: 'K = 6000 / 15600; 6000 − K × 6000 = 3692.307… → 3692.31; unused 692.31 × 20 % = 138.462 → 138.46.',
		asOf: AS_OF,
		input: { year: 2023, income: '12000', applied: '3000' },
		expect: { kind: 'result', figures: { annualNtm: '3692.31', refund: '138.46' } }
	},
	{
		name: '2024, income 25 000: the over-applied 3 000 falls in two annual brackets, extra tax 671.13',
		note: 'Minimum 0 above 21600; bases 25000 − 2625 − 3000 = 19375 and 22375; the 3000 slice: 629 × 20 % + 2371 × 23 % = 125.80 + 545.33 = 671.13.',
		asOf: AS_OF,
		input: { year: 2024, income: '25000', applied: '3000', contributions: '2625' },
		expect: { kind: 'result', figures: { annualNtm: '0.00', extraTax: '671.13' } }
	},
	{
		name: '2025: no differentiated minimum — the fixed 510 a month (6 120 a year) applies',
		note: 'data/tax/non-taxable-minimum.json, row 2025-01-01.',
		asOf: AS_OF,
		input: { year: 2025 },
		expect: { kind: 'result', figures: { fixedMonthly: '510.00', fixedAnnual: '6120.00' } }
	},
	{
		name: '2026: the fixed 550 a month (6 600 a year) applies',
		note: 'data/tax/non-taxable-minimum.json, row 2026-01-01.',
		asOf: AS_OF,
		input: { year: 2026 },
		expect: { kind: 'result', figures: { fixedMonthly: '550.00', fixedAnnual: '6600.00' } }
	}
];

export default golden;
