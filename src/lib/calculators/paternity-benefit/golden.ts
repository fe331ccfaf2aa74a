/**
 * Worked examples. Rules: seed 004 (10 calendar days before the child is 2 months old, 80 %, claim
 * within 6 months: leave 10.01–19.01.2017 → claim by 10.07.2017); VSAA and LV portāls 2023 (children
 * born from 01.08.2022: 10 working days before 6 months of age, benefit per working day).
 */
import type { GoldenCase } from '$lib/engine/calculator';

const AS_OF = '2026-11-22';
const base = { insured: true, months6: 6, wageMode: 'monthly' };

const golden: GoldenCase[] = [
	{
		name: 'Leave 10.01–19.01.2017 (the seed 004 example): 10 calendar days, claim by 10.07.2017',
		note: 'Reference period 11.2015–10.2016 = 366 days; 1000 × 12 / 366 = 32.7869 × 80 % = 26.2295 → 26.23; 10 × 26.23 = 262.30. Seed 004: «ja … atvaļinājums piešķirts laikā no 2017. gada 10. janvāra līdz 19. janvārim, tad iesniegums … jāiesniedz … līdz 2017. gada 10. jūlijam».',
		asOf: AS_OF,
		input: { ...base, birthDate: '2017-01-05', leaveStart: '2017-01-10', averageWage: '1000' },
		expect: {
			kind: 'result',
			figures: {
				leaveEnd: '2017-01-19',
				paidDays: '10',
				benefitPerDay: '26.23',
				total: '262.30',
				claimDeadline: '2017-07-10',
				latestDay: '2017-03-04'
			}
		}
	},
	{
		name: 'Child born 31.07.2022 (old rule): 10 calendar days 01.08–10.08.2022 = 394.50',
		note: 'Reference period 06.2021–05.2022 = 365 days; 1500 × 12 / 365 = 49.3151 × 80 % = 39.4521 → 39.45; × 10 = 394.50. The leave must end before the child is 2 months old: 31.07 + 2 months − 1 day = 29.09.2022.',
		asOf: AS_OF,
		input: { ...base, birthDate: '2022-07-31', leaveStart: '2022-08-01', averageWage: '1500' },
		expect: {
			kind: 'result',
			figures: { paidDays: '10', benefitPerDay: '39.45', total: '394.50', leaveEnd: '2022-08-10', latestDay: '2022-09-29' }
		}
	},
	{
		name: 'Child born 01.08.2022 (new rule): 10 working days 01.08–12.08.2022 = 551.70',
		note: 'Same leave start and wage; 06.2021–05.2022 has 261 Mondays–Fridays (52 weeks + Tuesday 31.05.2022); 18 000 / 261 = 68.9655 × 80 % = 55.1724 → 55.17 per working day; × 10 = 551.70 (per-working-day divisor unconfirmed, see the table note). Use by 6 months of age: 31.01.2023.',
		asOf: AS_OF,
		input: { ...base, birthDate: '2022-08-01', leaveStart: '2022-08-01', averageWage: '1500' },
		expect: {
			kind: 'result',
			figures: { paidDays: '10', benefitPerDay: '55.17', total: '551.70', leaveEnd: '2022-08-12', latestDay: '2023-01-31' }
		}
	},
	{
		name: 'Child born 31.07.2022, leave starting 01.10.2022: too late (2-month limit)',
		note: 'Old rule: the leave must be used by 29.09.2022.',
		asOf: AS_OF,
		input: { ...base, birthDate: '2022-07-31', leaveStart: '2022-10-01', averageWage: '1500' },
		expect: { kind: 'not-eligible' }
	},
	{
		name: 'Child born 01.08.2022, leave starting 01.10.2022: still in time (6-month limit)',
		note: 'Reference period 08.2021–07.2022; new rule allows the leave until 31.01.2023.',
		asOf: AS_OF,
		input: { ...base, birthDate: '2022-08-01', leaveStart: '2022-10-03', averageWage: '1500' },
		expect: { kind: 'result', figures: { paidDays: '10', leaveEnd: '2022-10-14' } }
	},
	{
		name: 'Father with 2 of the 3 months of contributions in the last 6 and 4 of 6 in 24: not entitled',
		note: 'LM: at least 3 months in the last 6 or 6 months in the last 24.',
		asOf: AS_OF,
		input: { ...base, birthDate: '2025-03-10', leaveStart: '2025-03-17', months6: 2, months24: 4, averageWage: '1500' },
		expect: { kind: 'not-eligible' }
	}
];

export default golden;
