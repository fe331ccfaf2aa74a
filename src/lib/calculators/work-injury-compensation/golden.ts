/**
 * Worked examples. Loss-of-capacity table (seed 004; LM «Atlīdzība par darbspēju zaudējumu»):
 * 100 % → 80 %, 90–99 → 75, 80–89 → 70, 70–79 → 65, 60–69 → 60, 50–59 → 55, 40–49 → 50, 30–39 → 45,
 * 25–29 → 35; below 25 % no compensation. From 2026 at least the minimum disability pension of the
 * group (minimum pension base 213 × 1.6 / 1.4 / 1.0). Survivors (LM «Atlīdzība par apgādnieka zaudējumu»):
 * 25/35/45/55 % (orphans 40/50/60/70 %), minimum per child 171 / 206 from 2024, 213 / 255 from 2026.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const AS_OF = '2026-11-22';

const golden: GoldenCase[] = [
	{
		name: 'Loss of 45 % in 2024 with an average wage of 1200: 50 % = 600.00 a month',
		note: '40–49 % → 50 %; 1200 × 50 % = 600.00; 12 months = 7200.00; claim by 15.09.2024 + 6 months = 15.03.2025.',
		asOf: AS_OF,
		input: { mode: 'loss', eventDate: '2024-09-15', averageWage: '1200', lossPercent: 45 },
		expect: { kind: 'result', figures: { rate: '50', monthly: '600.00', total: '7200.00', claimDeadline: '2025-03-15' } }
	},
	{
		name: 'Loss of 25 % (lowest band) and of 100 % (highest band)',
		note: '25 % → 35 %: 1000 × 35 % = 350.00.',
		asOf: AS_OF,
		input: { mode: 'loss', eventDate: '2019-04-01', averageWage: '1000', lossPercent: 25 },
		expect: { kind: 'result', figures: { rate: '35', monthly: '350.00' } }
	},
	{
		name: 'Loss of 100 %: 80 % of the wage',
		note: '1000 × 80 % = 800.00.',
		asOf: AS_OF,
		input: { mode: 'loss', eventDate: '2019-04-01', averageWage: '1000', lossPercent: 100 },
		expect: { kind: 'result', figures: { rate: '80', monthly: '800.00' } }
	},
	{
		name: 'Loss of 24 %: no compensation (25 % is the minimum)',
		note: '10–24 % gives only treatment costs.',
		asOf: AS_OF,
		input: { mode: 'loss', eventDate: '2024-09-15', averageWage: '1200', lossPercent: 24 },
		expect: { kind: 'not-eligible' }
	},
	{
		name: '2026, loss of 30 % with a low wage of 500 and disability group II: raised to the minimum 298.20',
		note: '30–39 % → 45 %: 500 × 45 % = 225.00 < minimum disability pension of group II 213 × 1.4 = 298.20 → 298.20.',
		asOf: AS_OF,
		input: { mode: 'loss', eventDate: '2026-02-02', averageWage: '500', lossPercent: 30, disabilityGroup: 'II' },
		expect: { kind: 'result', figures: { monthly: '298.20' } }
	},
	{
		name: 'Survivors in 2024: 2 children (one aged 5) of a person earning 1000: 35 % = 350.00, each child at least the minimum → 381.00',
		note: '350.00 / 2 = 175.00 per child; minimums from 01.01.2024: 171 (to age 6) and 206 (from 7) → 175.00 + 206.00 = 381.00.',
		asOf: AS_OF,
		input: { mode: 'survivors', eventDate: '2024-05-05', averageWage: '1000', children: 2, childrenUnder7: 1, orphan: false },
		expect: { kind: 'result', figures: { rate: '35', monthly: '381.00' } }
	},
	{
		name: 'Survivors in 2026: 3 children (2 aged up to 6) of a person earning 600: the 2026 minimums 213 and 255 apply → 681.00',
		note: '3 children → 45 %: 600 × 45 % = 270.00, 90.00 per child; minimums from 01.01.2026: 213 (to age 6) and 255 (from 7) → 2 × 213 + 255 = 681.00 (la.lv 2026).',
		asOf: AS_OF,
		input: { mode: 'survivors', eventDate: '2026-01-20', averageWage: '600', children: 3, childrenUnder7: 2, orphan: false },
		expect: { kind: 'result', figures: { rate: '45', monthly: '681.00', total: '8172.00' } }
	},
	{
		name: 'Survivors in 2026: 1 orphan of a person earning 2000: 40 % = 800.00',
		note: '800.00 is above the minimum of 255 for a child from 7.',
		asOf: AS_OF,
		input: { mode: 'survivors', eventDate: '2026-03-01', averageWage: '2000', children: 1, childrenUnder7: 0, orphan: true },
		expect: { kind: 'result', figures: { rate: '40', monthly: '800.00' } }
	}
];

export default golden;
