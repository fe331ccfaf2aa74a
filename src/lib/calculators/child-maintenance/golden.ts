/**
 * Worked examples for the minimum child maintenance and the guardian's benefit (seed 004: 25 % / 30 %
 * of the minimum wage, 95 / 114 euro in 2017, "previously 92.5 / 111"; delfi.lv 2021: 125 / 150;
 * bmbirojs.lv 2023: 155 / 186; guardian's benefit = minimum maintenance in 2017 (seed 004), fixed
 * 107.50 / 129 from 2020, 215 / 258 from 01.07.2021 (MK No. 256), 390 / 468 from 2026 (LM)).
 */
import type { GoldenCase } from '$lib/engine/calculator';

const golden: GoldenCase[] = [
	{
		name: '2016: child aged 3 — 25 % × 370 = 92.50',
		note: 'Seed 004: "iepriekš 92,5 euro mēnesī" (2016).',
		asOf: '2016-06-01',
		input: { role: 'parent', birthDate: '2013-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '92.50' } }
	},
	{
		name: '2017: child aged 10 — 30 % × 380 = 114.00',
		note: 'Seed 004: 114 euro from 01.01.2017.',
		asOf: '2017-06-01',
		input: { role: 'parent', birthDate: '2007-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '114.00' } }
	},
	{
		name: '2021: under 7 — 25 % × 500 = 125.00',
		note: 'delfi.lv (LV portāls) 2021: 125 / 150.',
		asOf: '2021-04-01',
		input: { role: 'parent', birthDate: '2018-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '125.00' } }
	},
	{
		name: '2023: from 7 — 30 % × 620 = 186.00',
		note: 'bmbirojs.lv 2023: 155 / 186.',
		asOf: '2023-02-01',
		input: { role: 'parent', birthDate: '2012-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '186.00' } }
	},
	{
		name: 'The day before the 7th birthday (2026-05-09): 25 % × 780 = 195.00',
		note: 'Under 7: 25 %.',
		asOf: '2026-05-09',
		input: { role: 'parent', birthDate: '2019-05-10' },
		expect: { kind: 'result', figures: { monthlyNow: '195.00' } }
	},
	{
		name: 'On the 7th birthday (2026-05-10): 30 % × 780 = 234.00',
		note: 'From the age of 7: 30 %.',
		asOf: '2026-05-10',
		input: { role: 'parent', birthDate: '2019-05-10' },
		expect: { kind: 'result', figures: { monthlyNow: '234.00' } }
	},
	{
		name: 'Child born 2020-05-10, from March 2026: 4726.10 until 2027-12-31 (2027 minimum wage only planned)',
		note:
			'Mar–Dec 2026: 10 × 195 = 1950.00; 2027 uses the planned 820 (flagged): Jan–Apr 4 × 205 = 820.00; May (205 × 9 + 246 × 22) / 31 = 234.10; ' +
			'Jun–Dec 7 × 246 = 1722.00. The minimum-wage table is known until 31.12.2027, so the schedule stops there. Total 4726.10.',
		asOf: '2026-03-01',
		input: { role: 'parent', birthDate: '2020-05-10' },
		expect: { kind: 'result', figures: { monthlyNow: '195.00', total: '4726.10', until: '2027-12-31' } }
	},
	{
		name: 'Child aged 18: no minimum set',
		note: 'The minimum maintenance is set until 18.',
		asOf: '2024-06-01',
		input: { role: 'parent', birthDate: '2006-01-01' },
		expect: { kind: 'not-eligible' }
	},
	{
		name: 'Guardian 2017, child aged 5: 95.00 (= minimum maintenance)',
		note: 'Seed 004: the guardian’s benefit equals the minimum maintenance: 25 % × 380 = 95.',
		asOf: '2017-06-01',
		input: { role: 'guardian', birthDate: '2012-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '95.00' } }
	},
	{
		name: 'Guardian 2021-06-30, child aged 5: 107.50; 2021-07-01: 215.00',
		note: 'Fixed 107.50 / 129 from 2020; doubled to 215 / 258 from 01.07.2021 (MK No. 256).',
		asOf: '2021-06-30',
		input: { role: 'guardian', birthDate: '2016-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '107.50' } }
	},
	{
		name: 'Guardian 2021-07-01, child aged 5: 215.00',
		note: 'MK 20.04.2021 No. 256, in force 01.07.2021.',
		asOf: '2021-07-01',
		input: { role: 'guardian', birthDate: '2016-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '215.00' } }
	},
	{
		name: 'Guardian 2026, child aged 10: 468.00',
		note: 'From 2026: 390 (to 6) / 468 (7–17) (LM).',
		asOf: '2026-02-01',
		input: { role: 'guardian', birthDate: '2016-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '468.00' } }
	},
	{
		name: 'Guardian 2016: 45.53 (unconfirmed)',
		note: 'LM undated page: 45.53 per child; whether it applied in 2016 is not confirmed.',
		asOf: '2016-06-01',
		input: { role: 'guardian', birthDate: '2012-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '45.53' } }
	}
];

export default golden;
