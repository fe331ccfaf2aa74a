/**
 * Worked examples. Rules: LM «Maternitātes pabalsts»; seed 004 (80 %, 56/70 + 56/70 days); 6-month
 * claim period since 2016 (seed 004); average per calendar day over the 12 months ending 2 months
 * before the month the leave starts (tvnet/VSAA 2020; law sections 31–32).
 */
import type { GoldenCase } from '$lib/engine/calculator';

const AS_OF = '2026-11-22';
const base = { earlyRegistration: false, complications: false, insured: true, wageMode: 'monthly' };

const golden: GoldenCase[] = [
	{
		name: 'Due 15.09.2024, registered by week 12: 70 + 56 days at 39.34 a day = 4956.84',
		note: 'Leave from 15.09.2024 − 70 days = 07.07.2024 → reference period 05.2023–04.2024 = 366 days; 1500 × 12 / 366 = 49.1803 × 80 % = 39.3443 → 39.34. First part 70 × 39.34 = 2753.80; second part 56 × 39.34 = 2203.04; total 4956.84 for 126 days. Claims: 07.07.2024 + 6 months = 07.01.2025; 15.09.2024 + 6 months = 15.03.2025.',
		asOf: AS_OF,
		input: { ...base, dueDate: '2024-09-15', earlyRegistration: true, averageWage: '1500' },
		expect: {
			kind: 'result',
			figures: {
				leaveStart: '2024-07-07',
				benefitPerDay: '39.34',
				totalDays: '126',
				prenatalAmount: '2753.80',
				postnatalAmount: '2203.04',
				total: '4956.84',
				claimPrenatal: '2025-01-07',
				claimPostnatal: '2025-03-15'
			}
		}
	},
	{
		name: 'Registered early and complications: 70 + 70 = 140 days',
		note: 'Same wage and dates as above; 140 × 39.34 = 5507.60.',
		asOf: AS_OF,
		input: { ...base, dueDate: '2024-09-15', earlyRegistration: true, complications: true, averageWage: '1500' },
		expect: { kind: 'result', figures: { totalDays: '140', total: '5507.60', leaveEnd: '2024-11-23' } }
	},
	{
		name: 'Lost her job 45 days before a leave starting 24.01.2020: entitled under the 2020 rule',
		note: 'Due 20.03.2020 − 56 = 24.01.2020 (from 01.01.2020 a status lost ≤ 60 days before counts). Reference period 11.2018–10.2019 = 365 days; 1000 × 12 / 365 × 80 % = 26.3014 → 26.30; 112 days × 26.30 = 2945.60.',
		asOf: AS_OF,
		input: { ...base, dueDate: '2020-03-20', insured: false, daysSinceStatusLost: 45, liquidation: false, averageWage: '1000' },
		expect: { kind: 'result', figures: { leaveStart: '2020-01-24', benefitPerDay: '26.30', total: '2945.60' } }
	},
	{
		name: 'Lost her job 30 days before a leave starting 25.10.2019: not entitled before 2020',
		note: 'Due 20.12.2019 − 56 = 25.10.2019; before 2020 the woman had to be employed or self-employed when the leave began.',
		asOf: AS_OF,
		input: { ...base, dueDate: '2019-12-20', insured: false, daysSinceStatusLost: 30, liquidation: false, averageWage: '1000' },
		expect: { kind: 'not-eligible', figures: { leaveStart: '2019-10-25' } }
	},
	{
		name: 'Lost her job 100 days before the leave in 2024, not by liquidation: not entitled (limit 60 days)',
		note: '60-day limit, 210 days on liquidation (LM; latvija.gov.lv service 11599).',
		asOf: AS_OF,
		input: { ...base, dueDate: '2024-06-10', insured: false, daysSinceStatusLost: 100, liquidation: false, averageWage: '1000' },
		expect: { kind: 'not-eligible' }
	},
	{
		name: 'Liquidation 100 days before the leave: entitled',
		note: 'Due 10.06.2024 − 56 = 15.04.2024 → reference period 02.2023–01.2024 = 365 days; 1000 × 12 / 365 × 80 % → 26.30 × 112 = 2945.60.',
		asOf: AS_OF,
		input: { ...base, dueDate: '2024-06-10', insured: false, daysSinceStatusLost: 100, liquidation: true, averageWage: '1000' },
		expect: { kind: 'result', figures: { leaveStart: '2024-04-15', total: '2945.60' } }
	}
];

export default golden;
