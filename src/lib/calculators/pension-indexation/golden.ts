/**
 * Worked examples of the yearly indexation, from the published examples of each year (LM/VSAA via the
 * press; the sources are on the indexation rows): increase = min(pension, cap) × (index − 1), to the
 * cent. Boundary dates: the day before and the day of 1 October (2022: 1 August).
 */
import type { GoldenCase } from '$lib/engine/calculator';

const base = { kind: 'old-age', wholeGroup: 'none', supplement: 'none' };

const golden: GoldenCase[] = [
	{
		name: '2025: old-age pension 600 with 35 years of record → +41.16 = 641.16 (published example)',
		note: 'Index for 30–39 years 1.0686: 600 × 0.0686 = 41.16 (lasi.lv/LM 2025).',
		asOf: '2025-10-01',
		input: { ...base, amount: '600', paidFrom: '2025-01-01', record: 35 },
		expect: { kind: 'result', figures: { amount: '641.16', increase: '41.16' } }
	},
	{
		name: '2025: 600 with up to 29 / 40–44 / 45+ years → +38.10 / +44.22 / +47.22 (published examples)',
		note: '600 × 0.0635 = 38.10; the other bands are checked by the next cases.',
		asOf: '2025-10-15',
		input: { ...base, amount: '600', paidFrom: '2025-01-01', record: 25 },
		expect: { kind: 'result', figures: { amount: '638.10', increase: '38.10' } }
	},
	{
		name: '2025: 600 with 42 years → +44.22',
		note: '600 × 0.0737 = 44.22.',
		asOf: '2025-10-15',
		input: { ...base, amount: '600', paidFrom: '2025-01-01', record: 42 },
		expect: { kind: 'result', figures: { amount: '644.22' } }
	},
	{
		name: '2025: 600 with 46 years → +47.22',
		note: '600 × 0.0787 = 47.22.',
		asOf: '2025-10-15',
		input: { ...base, amount: '600', paidFrom: '2025-01-01', record: 46 },
		expect: { kind: 'result', figures: { amount: '647.22' } }
	},
	{
		name: '30.09.2025 (boundary): no indexation yet, the pension is 600',
		note: 'The 2025 indexation takes effect on 1 October.',
		asOf: '2025-09-30',
		input: { ...base, amount: '600', paidFrom: '2025-01-01', record: 35 },
		expect: { kind: 'result', figures: { amount: '600.00', increase: '0.00' } }
	},
	{
		name: '2017: pension 200 → +8.78; 300 → +13.17 (published examples)',
		note: 'Single index 1.0439, cap 349: 200 × 0.0439 = 8.78.',
		asOf: '2017-10-01',
		input: { ...base, amount: '200', paidFrom: '2017-01-01', record: 20 },
		expect: { kind: 'result', figures: { amount: '208.78', increase: '8.78' } }
	},
	{
		name: '2017: pension above 349 → +15.32 (only 349 is indexed)',
		note: '349 × 0.0439 = 15.3211 → 15.32.',
		asOf: '2017-10-01',
		input: { ...base, amount: '500', paidFrom: '2017-01-01', record: 40 },
		expect: { kind: 'result', figures: { amount: '515.32', increase: '15.32' } }
	},
	{
		name: '2016: pension above 332 → +6.18 (published example)',
		note: '332 × 0.0186 = 6.1752 → 6.18.',
		asOf: '2016-10-01',
		input: { ...base, amount: '400', paidFrom: '2016-01-01', record: 40 },
		expect: { kind: 'result', figures: { amount: '406.18', increase: '6.18' } }
	},
	{
		name: '2020: pension 350 with up to 29 years → 363.30; with 45+ years → +20.23 (published examples)',
		note: '350 × 1.0380 = 363.30; 350 × 0.0578 = 20.23.',
		asOf: '2020-10-01',
		input: { ...base, amount: '350', paidFrom: '2020-01-01', record: 20 },
		expect: { kind: 'result', figures: { amount: '363.30' } }
	},
	{
		name: '2020: pension 350 with 45 years → 370.23',
		note: '350 × 0.0578 = 20.23.',
		asOf: '2020-10-01',
		input: { ...base, amount: '350', paidFrom: '2020-01-01', record: 45 },
		expect: { kind: 'result', figures: { amount: '370.23', increase: '20.23' } }
	},
	{
		name: '2021: pension 380 → 396.07 / 397.14 / 398.20 / 399.27 by record (published example: 30–39 years)',
		note: '380 × 1.0451 = 397.138 → 397.14.',
		asOf: '2021-10-01',
		input: { ...base, amount: '380', paidFrom: '2021-01-01', record: 33 },
		expect: { kind: 'result', figures: { amount: '397.14' } }
	},
	{
		name: '1 August 2022 (the earlier date): pension 370 with up to 29 years → 454.62 (published example)',
		note: '370 × 1.2287 = 454.619 → 454.62 (cap 534 not reached).',
		asOf: '2022-08-01',
		input: { ...base, amount: '370', paidFrom: '2022-01-01', record: 25 },
		expect: { kind: 'result', figures: { amount: '454.62', increase: '84.62' } }
	},
	{
		name: '31 July 2022 (boundary): not yet indexed',
		note: 'The 2022 indexation took effect on 1 August.',
		asOf: '2022-07-31',
		input: { ...base, amount: '370', paidFrom: '2022-01-01', record: 25 },
		expect: { kind: 'result', figures: { amount: '370.00' } }
	},
	{
		name: '2022: pension 370 with 30–39 years → 455.62 (published example)',
		note: '370 × 1.2314 = 455.618 → 455.62.',
		asOf: '2022-09-01',
		input: { ...base, amount: '370', paidFrom: '2022-01-01', record: 35 },
		expect: { kind: 'result', figures: { amount: '455.62' } }
	},
	{
		name: '2023 (only the consumer price index, the same for everyone): 500 with 45 years → 532.00',
		note: '500 × 1.0640 = 532.00 for every record band.',
		asOf: '2023-10-01',
		input: { ...base, amount: '500', paidFrom: '2023-01-01', record: 45 },
		expect: { kind: 'result', figures: { amount: '532.00' } }
	},
	{
		name: 'Hazardous work (List 1) with 20 years of record in 2019 → the 30–39-year index 1.0805',
		note: 'Lists 1/2 get at least the 30–39-year index: 400 (below the cap 420) × 0.0805 = 32.20 → 432.20.',
		asOf: '2019-10-01',
		input: { ...base, kind: 'hazardous', amount: '400', paidFrom: '2019-01-01', record: 20 },
		expect: { kind: 'result', figures: { amount: '432.20' } }
	},
	{
		name: 'Disability pension across the 2024 indexation → the base index (≈ 1.0658, derived)',
		note: '500 × 0.0658 = 32.90 → 532.90.',
		asOf: '2024-12-01',
		input: { ...base, kind: 'disability', amount: '500', paidFrom: '2024-01-01' },
		expect: { kind: 'result', figures: { amount: '532.90' } }
	},
	{
		name: 'Old-age pension across the 2024 indexation: cannot answer (the indices by record are not known)',
		note: 'The 2024 indices by record were not found; the person is asked for the amount paid from 1 October 2024.',
		asOf: '2024-12-01',
		input: { ...base, amount: '500', paidFrom: '2024-01-01', record: 35 },
		expect: { kind: 'cannot-answer' }
	},
	{
		name: 'Politically repressed, 2025: the whole pension of 2000 is indexed → +127.00',
		note: '2000 × 0.0635 = 127.00 (without the cap: 1488 × 0.0635 = 94.49).',
		asOf: '2025-11-01',
		input: { ...base, amount: '2000', paidFrom: '2025-01-01', record: 25, wholeGroup: 'repressed' },
		expect: { kind: 'result', figures: { amount: '2127.00', increase: '127.00' } }
	},
	{
		name: 'Cap 2025 (100 % of the average contribution wage): pension 2000 → +94.49',
		note: '1488 × 0.0635 = 94.488 → 94.49.',
		asOf: '2025-11-01',
		input: { ...base, amount: '2000', paidFrom: '2025-01-01', record: 25 },
		expect: { kind: 'result', figures: { amount: '2094.49', increase: '94.49' } }
	},
	{
		name: 'Chain 2019–2023: pension 400 with up to 29 years from 2019 → 606.45',
		note:
			'2019: 400 × 1.0719 = 428.76; 2020: 428.76 × 0.0380 = 16.29 → 445.05; 2021: 445.05 × 0.0423 = 18.83 → 463.88; ' +
			'2022: 463.88 × 0.2287 = 106.09 → 569.97; 2023: 569.97 × 0.0640 = 36.48 → 606.45.',
		asOf: '2024-09-30',
		input: { ...base, amount: '400', paidFrom: '2019-01-01', record: 25 },
		expect: { kind: 'result', figures: { amount: '606.45', increase: '206.45', indexations: '5' } }
	},
	{
		name: 'Supplement from 1 October 2024: granted in 2001, 30 years before 1996 → 48.60 (VSAA example)',
		note: '30 × 1.62 = 48.60.',
		asOf: '2024-10-15',
		input: { ...base, kind: 'disability', amount: '400', paidFrom: '2024-10-01', supplement: 'granted-from-1997', yearsBefore1996: 30 },
		expect: { kind: 'result', figures: { supplement: '48.60', total: '448.60' } }
	},
	{
		name: 'After 1 October 2026: the amount after the last known indexation, with a notice',
		note: 'The 2026 indexation is not in the data: 600 × 1.0686 = 641.16 as in 2025.',
		asOf: '2026-11-22',
		input: { ...base, amount: '600', paidFrom: '2025-06-01', record: 35 },
		expect: { kind: 'result', figures: { amount: '641.16' } }
	},
	{
		name: 'Paid at this amount since 2015-01-01: cannot answer (the 2015 indexation is not in the data)',
		note: 'The data starts with the indexation of 1 October 2015, whose indices are not known.',
		asOf: '2016-11-01',
		input: { ...base, amount: '300', paidFrom: '2015-01-01', record: 25 },
		expect: { kind: 'cannot-answer' }
	}
];

export default golden;
