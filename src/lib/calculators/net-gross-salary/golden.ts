/**
 * Worked examples. Algorithm (worked-examples.md §6.2): employee contributions = gross × employee rate;
 * taxable = gross − contributions − non-taxable minimum − reliefs (not below 0); income tax over the
 * monthly brackets; net = gross − contributions − tax. Every amount rounded to the cent, half up.
 * Rates: data/social-insurance/rate-*.json, data/tax/*.json (facts.md §2–3, factcheck.md).
 */
import type { GoldenCase } from '$lib/engine/calculator';

const base = { mode: 'gross-to-net', category: 'employee', taxBook: true, pension: false, dependants: 0, relief: 'none' };

const golden: GoldenCase[] = [
	{
		name: '2021, gross 1 000, tax book, VID minimum 0: contributions 105, tax 179, net 716 [worked-examples §6.2 b]',
		note: '1000 × 10.5 % = 105; (1000 − 105 − 0) × 20 % = 179; 1000 − 105 − 179 = 716. Source: visma.lv (third-party, re-checked).',
		asOf: '2021-06-15',
		input: { ...base, amount: '1000', vidNtm: '0' },
		expect: {
			kind: 'result',
			figures: { employeeContributions: '105.00', incomeTax: '179.00', net: '716.00', ntmSource: 'ntmSources.vid-given' }
		}
	},
	{
		name: '2021, gross 1 000, tax book, VID minimum 200: tax 139, net 756 [worked-examples §6.2 c]',
		note: '(1000 − 105 − 200) × 20 % = 139; 1000 − 105 − 139 = 756. Source: visma.lv (third-party, re-checked).',
		asOf: '2021-06-15',
		input: { ...base, amount: '1000', vidNtm: '200' },
		expect: { kind: 'result', figures: { taxableIncome: '695.00', incomeTax: '139.00', net: '756.00' } }
	},
	{
		name: '2021, gross 1 000, no tax book: 23 % of 895 = 205.85, net 689.15',
		note: 'No tax book → no minimum, 23 %: (1000 − 105) × 23 % = 205.85; 1000 − 105 − 205.85 = 689.15 (facts.md §7 #17: the source printed 209 by mistake).',
		asOf: '2021-06-15',
		input: { ...base, amount: '1000', taxBook: false },
		expect: { kind: 'result', figures: { incomeTax: '205.85', net: '689.15', ntmSource: 'ntmSources.no-tax-book' } }
	},
	{
		name: '2016, gross 1 000: minimum 75, tax 188.60, net 706.40, employer cost 1 235.90',
		note: '105 contributions; taxable 1000 − 105 − 75 = 820; × 23 % = 188.60; net 706.40; employer 1000 × 23.59 % = 235.90.',
		asOf: '2016-03-15',
		input: { ...base, amount: '1000' },
		expect: {
			kind: 'result',
			figures: { ntmApplied: '75.00', incomeTax: '188.60', net: '706.40', employerContributions: '235.90', employerCost: '1235.90' }
		}
	},
	{
		name: '2017, minimum wage 380 with one dependant: minimum 60, relief 175, net 315.93',
		note: '380 × 10.5 % = 39.90; taxable 380 − 39.90 − 60 − 175 = 105.10; × 23 % = 24.173 → 24.17; net 380 − 39.90 − 24.17 = 315.93; employer 380 × 23.59 % = 89.642 → 89.64.',
		asOf: '2017-05-01',
		input: { ...base, amount: '380', dependants: 1 },
		expect: { kind: 'result', figures: { taxableIncome: '105.10', incomeTax: '24.17', net: '315.93', employerCost: '469.64' } }
	},
	{
		name: '2018, gross 700, VID minimum estimated from the salary: 107.14, net 519.83',
		note: 'K = 2400 / (12000 − 5280) = 0.357142…; 200 − K × (700 − 440) = 107.142… → 107.14; contributions 11 % = 77; taxable 700 − 77 − 107.14 = 515.86; × 20 % = 103.172 → 103.17; net 519.83.',
		asOf: '2018-04-30',
		input: { ...base, amount: '700' },
		expect: { kind: 'result', figures: { ntmApplied: '107.14', ntmSource: 'ntmSources.vid-estimated', incomeTax: '103.17', net: '519.83' } }
	},
	{
		name: '2018, gross 440 (the full-minimum threshold): estimated minimum 200, net 353.28',
		note: '440 ≤ 440 → maximum 200; 440 × 11 % = 48.40; taxable 191.60 × 20 % = 38.32; net 440 − 48.40 − 38.32 = 353.28.',
		asOf: '2018-01-01',
		input: { ...base, amount: '440' },
		expect: { kind: 'result', figures: { ntmApplied: '200.00', incomeTax: '38.32', net: '353.28' } }
	},
	{
		name: '2018, gross 3 000: 20 % up to 1 667 and 23 % above, tax 564.09, net 2 105.91',
		note: '3000 × 11 % = 330; estimated minimum 0 (above 1000); taxable 2670; 1667 × 20 % = 333.40 + 1003 × 23 % = 230.69 → 564.09; net 2105.91; employer 24.09 % = 722.70.',
		asOf: '2018-12-31',
		input: { ...base, amount: '3000' },
		expect: { kind: 'result', figures: { taxableIncome: '2670.00', incomeTax: '564.09', net: '2105.91', employerCost: '3722.70' } }
	},
	{
		name: '2018, taxable income exactly at the 1 667 bracket limit (gross 1 873.03): tax 333.40',
		note: '1873.03 × 11 % = 206.0333 → 206.03; taxable 1667.00; × 20 % = 333.40; net 1873.03 − 206.03 − 333.40 = 1333.60.',
		asOf: '2018-06-01',
		input: { ...base, amount: '1873.03' },
		expect: { kind: 'result', figures: { taxableIncome: '1667.00', incomeTax: '333.40', net: '1333.60' } }
	},
	{
		name: '2022 first half-year, gross 1 000, estimated minimum 215.38, net 759.08',
		note: 'H1: max 2100/6 = 350, from 500, zero at 1800; K = 2100 / 7800; 350 − K × 500 = 215.384… → 215.38; taxable 1000 − 105 − 215.38 = 679.62; × 20 % = 135.924 → 135.92; net 759.08.',
		asOf: '2022-06-30',
		input: { ...base, amount: '1000' },
		expect: { kind: 'result', figures: { ntmApplied: '215.38', incomeTax: '135.92', net: '759.08' } }
	},
	{
		name: '2022 second half-year, gross 1 000, estimated minimum 307.69, net 777.54',
		note: 'H2: max 3000/6 = 500; K = 3000 / 7800; 500 − K × 500 = 307.692… → 307.69; taxable 587.31; × 20 % = 117.462 → 117.46; net 777.54.',
		asOf: '2022-07-01',
		input: { ...base, amount: '1000' },
		expect: { kind: 'result', figures: { ntmApplied: '307.69', incomeTax: '117.46', net: '777.54' } }
	},
	{
		name: '2023, minimum wage 620, estimated minimum 453.85, net 534.69',
		note: 'K = 6000 / 15600; 500 − K × (620 − 500) = 453.846… → 453.85; 620 × 10.5 % = 65.10; taxable 620 − 65.10 − 453.85 = 101.05; × 20 % = 20.21; net 534.69.',
		asOf: '2023-03-01',
		input: { ...base, amount: '620' },
		expect: { kind: 'result', figures: { ntmApplied: '453.85', incomeTax: '20.21', net: '534.69' } }
	},
	{
		name: '2023, gross 1 800 (the zero threshold): estimated minimum 0',
		note: '1800 ≥ 1800 → 0; 1800 × 10.5 % = 189; taxable 1611; × 20 % = 322.20; net 1800 − 189 − 322.20 = 1288.80.',
		asOf: '2023-03-01',
		input: { ...base, amount: '1800' },
		expect: { kind: 'result', figures: { ntmApplied: '0.00', incomeTax: '322.20', net: '1288.80' } }
	},
	{
		name: '2024, gross 700, VID minimum 450 and two dependants: no tax, net 626.50',
		note: '700 × 10.5 % = 73.50; 626.50 left; minimum 450 → 176.50; dependants 2 × 250 = 500, of which 176.50 used; taxable 0; net 626.50.',
		asOf: '2024-10-01',
		input: { ...base, amount: '700', vidNtm: '450', dependants: 2 },
		expect: { kind: 'result', figures: { reliefs: '176.50', taxableIncome: '0.00', incomeTax: '0.00', net: '626.50' } }
	},
	{
		name: '2019, gross 800, VID minimum 100, disability group I: relief 154, net 620.40',
		note: '800 × 11 % = 88; taxable 800 − 88 − 100 − 154 = 458; × 20 % = 91.60; net 800 − 88 − 91.60 = 620.40.',
		asOf: '2019-02-01',
		input: { ...base, amount: '800', vidNtm: '100', relief: 'disability-1-2' },
		expect: { kind: 'result', figures: { reliefs: '154.00', incomeTax: '91.60', net: '620.40' } }
	},
	{
		name: '2025, minimum wage 740: fixed minimum 510, 25.5 %, net 623.46',
		note: '740 × 10.5 % = 77.70; taxable 740 − 77.70 − 510 = 152.30; × 25.5 % = 38.8365 → 38.84; net 623.46 (facts.md §7 #16: the formula result, not the press estimate).',
		asOf: '2025-01-01',
		input: { ...base, amount: '740' },
		expect: { kind: 'result', figures: { ntmApplied: '510.00', incomeTax: '38.84', net: '623.46', ntmSource: 'ntmSources.fixed' } }
	},
	{
		name: '2026, minimum wage 780: fixed minimum 550, net 660.33',
		note: '780 × 10.5 % = 81.90; taxable 780 − 81.90 − 550 = 148.10; × 25.5 % = 37.7655 → 37.77; net 660.33 (facts.md §7 #16).',
		asOf: '2026-01-01',
		input: { ...base, amount: '780' },
		expect: { kind: 'result', figures: { ntmApplied: '550.00', incomeTax: '37.77', net: '660.33' } }
	},
	{
		name: '2025, no tax book, gross 1 000: 25.5 % on 895, net 666.77',
		note: '1000 − 105 = 895; × 25.5 % = 228.225 → 228.23; net 1000 − 105 − 228.23 = 666.77.',
		asOf: '2025-06-01',
		input: { ...base, amount: '1000', taxBook: false },
		expect: { kind: 'result', figures: { incomeTax: '228.23', net: '666.77' } }
	},
	{
		name: '2025, working pensioner (pension-age rate), tax book with the employer: 500 of the pensioners’ minimum, net 803.59',
		note: '1000 × 9.25 % = 92.50; taxable 1000 − 92.50 − 500 = 407.50; × 25.5 % = 103.9125 → 103.91; net 803.59; employer 20.77 % = 207.70.',
		asOf: '2025-06-01',
		input: { ...base, amount: '1000', category: 'employee-pension-age', pension: true },
		expect: { kind: 'result', figures: { ntmApplied: '500.00', incomeTax: '103.91', net: '803.59', employerContributions: '207.70' } }
	},
	{
		name: '2024, pensioner with the tax book at the employer: no minimum on the salary',
		note: '1000 × 9.25 % = 92.50; no minimum (it goes to the pension); 907.50 × 20 % = 181.50; net 1000 − 92.50 − 181.50 = 726.00.',
		asOf: '2024-06-01',
		input: { ...base, amount: '1000', category: 'employee-pension-age', pension: true },
		expect: { kind: 'result', figures: { ntmApplied: '0.00', incomeTax: '181.50', net: '726.00', ntmSource: 'ntmSources.pensionNone' } }
	},
	{
		name: 'Net → gross, 2025: net 623.46 is given by gross 739.99 and 740.00; the lowest, 739.99, is the answer',
		note: '739.99 × 10.5 % = 77.69895 → 77.70; taxable 739.99 − 77.70 − 510 = 152.29; × 25.5 % = 38.83395 → 38.83; net 739.99 − 77.70 − 38.83 = 623.46 — the same net as 740.00 (cents are rounded twice).',
		asOf: '2025-03-01',
		input: { ...base, mode: 'net-to-gross', amount: '623.46' },
		expect: { kind: 'result', figures: { gross: '739.99', highestGrossSameNet: '740.00', net: '623.46' } }
	},
	{
		name: 'Net → gross, 2021 with VID minimum 200: net 756 needs gross 1 000.00',
		note: 'Inverse of worked example c.',
		asOf: '2021-06-15',
		input: { ...base, mode: 'net-to-gross', amount: '756', vidNtm: '200' },
		expect: { kind: 'result', figures: { gross: '1000.00', net: '756.00' } }
	},
	{
		name: 'A prisoner category in 2016 cannot be answered: its rate is sourced from 2017',
		note: 'data/social-insurance/rate-employee-prisoner.json starts on 2017-01-01.',
		asOf: '2016-06-01',
		input: { ...base, amount: '500', category: 'employee-prisoner' },
		expect: { kind: 'cannot-answer' }
	}
];

export default golden;
