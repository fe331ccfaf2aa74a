/**
 * Worked examples for the minimum disability pension (acceptance §6.6 [OFFICIAL — LM]; facts.md §5.11;
 * seed 001 for 2022; pensions-and-eu.md §4 for the bases). Minimum = base × 1.6 (I) / 1.4 (II) / 1 (III).
 */
import type { GoldenCase } from '$lib/engine/calculator';

const golden: GoldenCase[] = [
	{
		name: '2020: group I pension 110 → raised to 128.00 (LM example)',
		note: 'Base 80 × 1.6 = 128.00 > 110 → 128 paid, +18.00 (kekava.lv, LM examples 2020).',
		asOf: '2020-03-01',
		input: { group: 'I', sinceChildhood: false, pension: '110' },
		expect: { kind: 'result', figures: { minimum: '128.00', paid: '128.00', topUp: '18.00' } }
	},
	{
		name: '2020: group I since childhood pension 180 → 196.30 (LM example)',
		note: '122.69 × 1.6 = 196.304 → 196.30.',
		asOf: '2020-03-01',
		input: { group: 'I', sinceChildhood: true, pension: '180' },
		expect: { kind: 'result', figures: { minimum: '196.30', paid: '196.30', topUp: '16.30' } }
	},
	{
		name: '2020: group II pension 100 → 112.00 (LM example)',
		note: '80 × 1.4 = 112.00.',
		asOf: '2020-03-01',
		input: { group: 'II', sinceChildhood: false, pension: '100' },
		expect: { kind: 'result', figures: { minimum: '112.00', paid: '112.00' } }
	},
	{
		name: '2020: group II since childhood minimum 171.77',
		note: '122.69 × 1.4 = 171.766 → 171.77 (facts.md §5.11).',
		asOf: '2020-03-01',
		input: { group: 'II', sinceChildhood: true },
		expect: { kind: 'result', figures: { minimum: '171.77' } }
	},
	{
		name: '2019: group I 102.45, since childhood 170.75',
		note: '64.03 × 1.6 = 102.448 → 102.45; 106.72 × 1.6 = 170.752 → 170.75 (LM).',
		asOf: '2019-12-31',
		input: { group: 'I', sinceChildhood: true },
		expect: { kind: 'result', figures: { minimum: '170.75' } }
	},
	{
		name: '2016: group II 89.64',
		note: '64.03 × 1.4 = 89.642 → 89.64 (LM).',
		asOf: '2016-01-01',
		input: { group: 'II', sinceChildhood: false },
		expect: { kind: 'result', figures: { minimum: '89.64' } }
	},
	{
		name: '2022: group I 217.60 (2022 budget programme, seed 001)',
		note: '136 × 1.6 = 217.60.',
		asOf: '2022-06-01',
		input: { group: 'I', sinceChildhood: false },
		expect: { kind: 'result', figures: { minimum: '217.60' } }
	},
	{
		name: '2022: group I since childhood 260.80, II since childhood 228.20 (seed 001)',
		note: '163 × 1.6 = 260.80.',
		asOf: '2022-06-01',
		input: { group: 'I', sinceChildhood: true },
		expect: { kind: 'result', figures: { minimum: '260.80' } }
	},
	{
		name: '2023-07-01: group I 251.20 (base 157)',
		note: '157 × 1.6 = 251.20; the day before it was 217.60.',
		asOf: '2023-07-01',
		input: { group: 'I', sinceChildhood: false },
		expect: { kind: 'result', figures: { minimum: '251.20' } }
	},
	{
		name: '2026: group I 340.80, since childhood 408.00',
		note: '213 × 1.6 = 340.80; 255 × 1.6 = 408.00 (la.lv 2026).',
		asOf: '2026-02-01',
		input: { group: 'I', sinceChildhood: true, pension: '500' },
		expect: { kind: 'result', figures: { minimum: '408.00', paid: '500.00', topUp: '0.00' } }
	},
	{
		name: '2025: group III 189.00',
		note: 'Base 189 in 2025 (la.lv).',
		asOf: '2025-05-01',
		input: { group: 'III', sinceChildhood: false },
		expect: { kind: 'result', figures: { minimum: '189.00' } }
	}
];

export default golden;
