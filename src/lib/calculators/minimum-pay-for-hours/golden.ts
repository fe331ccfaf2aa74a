/**
 * Worked examples. The May 2017 cases are the Welfare Ministry's own example quoted in seed 004
 * (LBAS 2017): "184 x 2,0652 = 380 EUR" and "+ 16 stundas x 2,0652 … = 413,04 EUR".
 */
import type { GoldenCase } from '$lib/engine/calculator';

const asOf = '2026-11-22';

export const golden: GoldenCase[] = [
	{
		name: 'May 2017, 184 paid hours at 2.0652 = 380.00 (the full minimum wage)',
		note: 'Seed 004 (LM): 184 × 2.0652 = 379.9968 → 380.00 in whole cents.',
		asOf,
		input: { mode: 'hours', month: '2017-05', schedule: '40', hoursWorked: '184' },
		expect: { kind: 'result', figures: { minimumPay: '380.00', rate: '2.0652', normalHours: '184' } }
	},
	{
		name: 'May 2017, 184 hours plus 16 holiday hours worked = 200 h × 2.0652 = 413.04',
		note: 'Seed 004 (LM): 380 + 16 × 2.0652 = 413.04; the holiday-work supplement itself is a separate rule (DL s.68).',
		asOf,
		input: { mode: 'hours', month: '2017-05', schedule: '40', hoursWorked: '200' },
		expect: { kind: 'result', figures: { minimumPay: '413.04' } }
	},
	{
		name: 'March 2024, 100.5 hours at 4.1667 = 418.75',
		note: 'March 2024 has 21 Mon–Fri days: 8 × 21 = 168 h; 700 / 168 = 4.16666… → 4.1667; 100.5 × 4.1667 = 418.75335 → 418.75.',
		asOf,
		input: { mode: 'hours', month: '2024-03', schedule: '40', hoursWorked: '100.5' },
		expect: { kind: 'result', figures: { minimumPay: '418.75', rate: '4.1667', normalHours: '168' } }
	},
	{
		name: 'Part-time 2024, 20 of 40 hours a week: 700 × 20 / 40 = 350.00',
		note: 'The minimum monthly wage in proportion to the agreed time (LM, seed 004: "proporcionāli nostrādātajam laikam").',
		asOf,
		input: { mode: 'part-time', month: '2024-06', schedule: '40', weeklyHours: '20' },
		expect: { kind: 'result', figures: { minimumPay: '350.00', minimumWage: '700.00' } }
	},
	{
		name: 'Part-time 2025, 14 of 35 hours a week (adolescent): 740 × 14 / 35 = 296.00',
		note: 'Normal week of 35 hours (DL s.132); 740 × 0.4 = 296.',
		asOf,
		input: { mode: 'part-time', month: '2025-03', schedule: '35', weeklyHours: '14' },
		expect: { kind: 'result', figures: { minimumPay: '296.00' } }
	},
	{
		name: 'Summed time Jan–Mar 2024, all 520 normal hours worked: at least 3 × 700 = 2100.00',
		note: 'MK 656 p. 4. Normal hours 184 + 168 + 168 = 520; average rate 2100 / 520 = 4.03846… → 4.0385 (p. 5).',
		asOf,
		input: { mode: 'summed', schedule: '40', periodStart: '2024-01', months: 3, periodHours: '520' },
		expect: { kind: 'result', figures: { minimumPay: '2100.00', periodMinimum: '2100.00', normalHours: '520', averageRate: '4.0385' } }
	},
	{
		name: 'Summed time Jan–Mar 2024, 530 hours worked: 2100 + 10 × 4.0385 = 2140.39 (before the overtime supplement)',
		note: 'MK 656 p. 5: hours beyond the period norm at the average rate TLminv = 2100 / 520 → 4.0385; 2100 + 40.385 = 2140.385 → 2140.39.',
		asOf,
		input: { mode: 'summed', schedule: '40', periodStart: '2024-01', months: 3, periodHours: '530' },
		expect: { kind: 'result', figures: { minimumPay: '2140.39' } }
	},
	{
		name: 'Summed time Nov 2025 – Jan 2026 across the wage rise, 500 of 520 hours: 500 × 4.3462 = 2173.10',
		note: 'Wages 740 + 740 + 780 = 2260; normal hours 160 + 184 + 176 = 520; 2260 / 520 = 4.34615… → 4.3462; fewer hours than the norm are paid at the average rate.',
		asOf,
		input: { mode: 'summed', schedule: '40', periodStart: '2025-11', months: 3, periodHours: '500' },
		expect: { kind: 'result', figures: { minimumPay: '2173.10', periodMinimum: '2260.00', normalHours: '520', averageRate: '4.3462' } }
	},
	{
		name: 'Part-time in a six-day week of 40 h: 20 h a week in June 2024 → 700 × 20 / 40 = 350.00',
		note: 'The part-time minimum is proportional to the normal week of the schedule, 40 h in six days as in five (Labour Law s.131, s.133).',
		asOf: '2026-11-22',
		input: { mode: 'part-time', month: '2024-06', schedule: '40-6', weeklyHours: '20' },
		expect: { kind: 'result', figures: { minimumPay: '350.00' } }
	},
	{
		name: 'Hours in December 2024, six days of 35 h: 100 h × 4.6053 = 460.53',
		note: '22 Mon–Fri × 6 + 4 Saturdays × 5 = 152 h; 700 / 152 = 4.60526… → 4.6053; 100 × 4.6053 = 460.53 (derived from Labour Law s.133).',
		asOf: '2026-11-22',
		input: { mode: 'hours', month: '2024-12', schedule: '35-6', hoursWorked: '100' },
		expect: { kind: 'result', figures: { minimumPay: '460.53', rate: '4.6053', normalHours: '152' } }
	}
];
