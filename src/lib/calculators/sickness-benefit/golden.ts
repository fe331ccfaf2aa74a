/**
 * Worked examples. Rules: VSAA notice «No 1. aprīļa VSAA maksās slimības pabalstu no
 * 10. slimošanas dienas» (day 11 if the first day of incapacity is on or before 31.03.2022, day 10
 * from 01.04.2022), 80 % of the average contribution wage (law «Par maternitātes un slimības
 * apdrošināšanu», facts.md §5.1), employer 75 % on days 2–3 and 80 % later, average per calendar day
 * over the 12 months ending 2 months before the month of the first day (law sections 31–32).
 */
import type { GoldenCase } from '$lib/engine/calculator';

const AS_OF = '2026-11-22';
const base = { case: 'own-illness', insured: true, months6: 6, wageMode: 'monthly', extended: false };

const golden: GoldenCase[] = [
	{
		name: 'Sick from 31.03.2022 (last day under the old rule): VSAA pays from day 11, 10.04.2022',
		note: 'Reference period 01.2021–12.2021 = 365 days; 1200 × 12 / 365 = 39.4521 per day; × 80 % = 31.5616 → 31.56. Day 11 = 10.04.2022; 10.04–20.04 = 11 days × 31.56 = 347.16. Employer (earnings 60.00): day 2 is Friday 01.04 → 1 working day × 45.00 (75 %); days 4–10 = 03.04–09.04 → 5 working days × 48.00 (80 %) = 240.00; total 632.16. Claim within 6 months of 31.03.2022 → 30.09.2022.',
		asOf: AS_OF,
		input: { ...base, firstDay: '2022-03-31', lastDay: '2022-04-20', averageWage: '1200', dailyEarnings: '60' },
		expect: {
			kind: 'result',
			figures: {
				agencyFrom: '2022-04-10',
				agencyDays: '11',
				benefitPerDay: '31.56',
				agencyTotal: '347.16',
				employerTotal: '285.00',
				total: '632.16',
				claimDeadline: '2022-09-30'
			}
		}
	},
	{
		name: 'Sick from 01.04.2022 (first day under the new rule): VSAA pays from day 10, also 10.04.2022',
		note: 'Reference period 02.2021–01.2022 = 365 days; 31.56 per day as above. Day 10 = 10.04.2022; 10.04–21.04 = 12 days × 31.56 = 378.72. Employer: days 2–3 are Saturday and Sunday (0 working days); days 4–9 = 04.04–09.04 → 5 working days × 48.00 = 240.00; total 618.72.',
		asOf: AS_OF,
		input: { ...base, firstDay: '2022-04-01', lastDay: '2022-04-21', averageWage: '1200', dailyEarnings: '60' },
		expect: {
			kind: 'result',
			figures: {
				agencyFrom: '2022-04-10',
				agencyDays: '12',
				agencyTotal: '378.72',
				employerTotal: '240.00',
				total: '618.72',
				claimDeadline: '2022-10-01'
			}
		}
	},
	{
		name: 'Long illness from 09.01.2023: the benefit stops after 26 weeks, on 09.07.2023',
		note: 'Reference period 11.2021–10.2022 = 365 days; 1000 × 12 / 365 × 80 % = 26.3014 → 26.30 per day. 26 weeks = 182 days: 09.01 + 181 days = 09.07.2023. VSAA from day 10 (18.01.2023) to 09.07.2023 = 173 days × 26.30 = 4549.90. The employer part is not computed (no earnings given), so the total equals the VSAA part.',
		asOf: AS_OF,
		input: { ...base, firstDay: '2023-01-09', lastDay: '2023-12-31', averageWage: '1000' },
		expect: {
			kind: 'result',
			figures: { agencyFrom: '2023-01-18', agencyTo: '2023-07-09', agencyDays: '173', agencyTotal: '4549.90', total: '4549.90' }
		}
	},
	{
		name: 'Twelve monthly wages over a leap-year period: 12 700 / 366 days',
		note: 'First day 06.05.2024 → reference period 03.2023–02.2024 = 366 days. Wages 6 × 1000 + 5 × 1100 + 1200 = 12 700; 12 700 / 366 = 34.6995 × 80 % = 27.7596 → 27.76. Day 10 = 15.05.2024; 15.05–31.05 = 17 days × 27.76 = 471.92.',
		asOf: AS_OF,
		input: {
			...base,
			wageMode: 'list',
			firstDay: '2024-05-06',
			lastDay: '2024-05-31',
			monthlyWages: '1000;1000;1000;1000;1000;1000;1100;1100;1100;1100;1100;1200'
		},
		expect: {
			kind: 'result',
			figures: { benefitPerDay: '27.76', agencyDays: '17', agencyTotal: '471.92', referenceFrom: '2023-03', referenceTo: '2024-02' }
		}
	},
	{
		name: 'Only 2 of the required 3 months of contributions in the last 6 (and 5 of 6 in 24): not entitled',
		note: 'Condition: at least 3 of the last 6 months or 6 of the last 24 months (VSAA; seed 004 «grozījumi 2017. gadā»).',
		asOf: AS_OF,
		input: { ...base, firstDay: '2024-03-04', lastDay: '2024-03-29', averageWage: '1000', months6: 2, months24: 5 },
		expect: { kind: 'not-eligible' }
	},
	{
		name: 'Sick child aged 8, cared for at home: benefit from day 1 to day 14',
		note: 'First day 05.02.2024 → reference period 12.2022–11.2023 = 365 days; 900 × 12 / 365 × 80 % = 23.6712 → 23.67. Home care: days 1–14 = 05.02–18.02.2024 → 14 × 23.67 = 331.38 (seed 004; VSAA «Ja saslimis bērns»).',
		asOf: AS_OF,
		input: {
			...base,
			case: 'sick-child',
			childBirthDate: '2015-06-01',
			hospital: false,
			firstDay: '2024-02-05',
			lastDay: '2024-02-25',
			averageWage: '900'
		},
		expect: {
			kind: 'result',
			figures: { agencyFrom: '2024-02-05', agencyTo: '2024-02-18', agencyDays: '14', agencyTotal: '331.38', claimDeadline: '2024-08-05' }
		}
	},
	{
		name: 'Sick child also cared for in hospital: benefit up to day 21',
		note: 'Same as above but up to day 21: 05.02–25.02.2024 = 21 × 23.67 = 497.07.',
		asOf: AS_OF,
		input: {
			...base,
			case: 'sick-child',
			childBirthDate: '2015-06-01',
			hospital: true,
			firstDay: '2024-02-05',
			lastDay: '2024-02-25',
			averageWage: '900'
		},
		expect: { kind: 'result', figures: { agencyDays: '21', agencyTotal: '497.07' } }
	},
	{
		name: 'Child who turned 14 before the first day: not entitled',
		note: 'Born 15.01.2010, first day 05.02.2024 → 14 years old; the benefit is for a child under 14.',
		asOf: AS_OF,
		input: {
			...base,
			case: 'sick-child',
			childBirthDate: '2010-01-15',
			hospital: false,
			firstDay: '2024-02-05',
			lastDay: '2024-02-10',
			averageWage: '900'
		},
		expect: { kind: 'not-eligible' }
	}
];

export default golden;
