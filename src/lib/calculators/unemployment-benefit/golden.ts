/**
 * Worked examples. Rules: VSAA «Tiesības saņemt pabalstu» (9 of 12 months up to 31.03.2017, 12 of 16
 * from 01.04.2017); VSAA «Pabalsta aprēķins» (50/55/60/65 % by record; 64.03 × 2 × 60 % = 76.84);
 * seed 004 and law amendment of 14.11.2019 (9 months 100/75/50 up to 2019; 8 months
 * 100/100/75/75/50/50/45/45 from 2020); MK No. 784 p. 2.3 (lowest and highest month left out).
 * Each month i runs from status date + (i − 1) months to status date + i months − 1 day.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const AS_OF = '2026-11-22';
const base = { situation: 'general', ownRequest: false, wageMode: 'monthly' };

const golden: GoldenCase[] = [
	{
		name: 'Status 31.03.2017 with 10 of the last 12 months of contributions: entitled under the old 9-of-12 rule',
		note: 'Reference period 01.2016–12.2016 = 366 days; 1000 × 12 / 366 = 32.7869 × 50 % (5 years) = 16.3934 → 16.39 a day. 9 months: 31.03–29.04 (30 days) … ; 91 days × 16.39 = 1491.49; 92 days × 12.29 (75 %) = 1130.68; 92 days × 8.20 (50 %: 8.195 → 8.20) = 754.40; total 3376.57.',
		asOf: AS_OF,
		input: { ...base, statusDate: '2017-03-31', recordYears: 5, contributionMonths: 10, averageWage: '1000' },
		expect: { kind: 'result', figures: { grantedPerDay: '16.39', firstMonth: '491.70', months: '9', total: '3376.57', end: '2017-12-30' } }
	},
	{
		name: 'Status 01.04.2017 with 10 months of contributions: not entitled (12 of the last 16 now required)',
		note: 'From 01.04.2017 at least 12 months in the last 16 (VSAA; seed 004 «grozījumi 2017. gadā»).',
		asOf: AS_OF,
		input: { ...base, statusDate: '2017-04-01', recordYears: 5, contributionMonths: 10, averageWage: '1000' },
		expect: { kind: 'not-eligible' }
	},
	{
		name: 'Status 01.12.2019: 9 months, 100/75/50 % in blocks of 3 = 3724.48',
		note: 'Reference period 10.2018–09.2019 = 365 days; 1000 × 12 / 365 = 32.8767 × 55 % (15 years) = 18.0822 → 18.08. Dec–Feb 91 days × 18.08 = 1645.28; Mar–May 92 × 13.56 = 1247.52; Jun–Aug 92 × 9.04 = 831.68; total 3724.48, until 31.08.2020.',
		asOf: AS_OF,
		input: { ...base, statusDate: '2019-12-01', recordYears: 15, contributionMonths: 16, averageWage: '1000' },
		expect: { kind: 'result', figures: { rate: '55', grantedPerDay: '18.08', months: '9', total: '3724.48', end: '2020-08-31' } }
	},
	{
		name: 'Status 01.01.2020: 8 months, 100/100/75/75/50/50/45/45 % = 2968.08',
		note: 'Reference period 11.2018–10.2019 = 365 days → 18.08 a day. Jan–Feb 60 days × 18.08 = 1084.80; Mar–Apr 61 × 13.56 = 827.16; May–Jun 61 × 9.04 = 551.44; Jul–Aug 62 × 8.14 (45 %: 8.136 → 8.14) = 504.68; total 2968.08, until 31.08.2020.',
		asOf: AS_OF,
		input: { ...base, statusDate: '2020-01-01', recordYears: 15, contributionMonths: 16, averageWage: '1000' },
		expect: { kind: 'result', figures: { months: '8', total: '2968.08', end: '2020-08-31' } }
	},
	{
		name: 'Twelve monthly wages: the lowest (900) and highest (3000) months are left out',
		note: 'Status 01.03.2023 → reference period 01.2022–12.2022 = 365 days. Kept 10 × 1000 = 10 000 / 10 × 12 = 12 000 / 365 = 32.8767 × 60 % (25 years) = 19.7260 → 19.73. Mar–Apr 61 × 19.73 = 1203.53; May–Jun 61 × 14.80 = 902.80; Jul–Aug 62 × 9.87 (9.865 → 9.87) = 611.94; Sep–Oct 61 × 8.88 = 541.68; total 3259.95.',
		asOf: AS_OF,
		input: {
			...base,
			wageMode: 'list',
			statusDate: '2023-03-01',
			recordYears: 25,
			contributionMonths: 16,
			monthlyWages: '900;1000;1000;1000;1000;1000;1000;1000;1000;1000;1000;3000'
		},
		expect: {
			kind: 'result',
			figures: { grantedPerDay: '19.73', firstMonth: '611.63', total: '3259.95', referenceFrom: '2022-01', referenceTo: '2022-12' }
		}
	},
	{
		name: 'Special amount in 2017 after childcare: 64.03 × 2 × 60 % = 76.84 a month (VSAA)',
		note: 'VSAA «Pabalsta aprēķins»: 76.84 for the first three months, then 75 % (57.63) and 50 % (38.42); 3 × 76.84 + 3 × 57.63 + 3 × 38.42 = 518.67.',
		asOf: AS_OF,
		input: { ...base, situation: 'childcare', statusDate: '2017-05-02', recordYears: 3, contributionMonths: 16 },
		expect: { kind: 'result', figures: { grantedPerMonth: '76.84', months: '9', total: '518.67' } }
	},
	{
		name: 'Special amount in 2026 after regaining capacity: 187 × 2 × 60 % = 224.40 a month (derived)',
		note: 'facts.md §5.9 (derived, not published): 2026 state social security benefit 187. 2 × 224.40 + 2 × 168.30 + 2 × 112.20 + 2 × 100.98 = 1211.76. No contribution condition in this situation.',
		asOf: AS_OF,
		input: { ...base, situation: 'disability-recovered', statusDate: '2026-02-01', recordYears: 2 },
		expect: { kind: 'result', figures: { grantedPerMonth: '224.40', months: '8', total: '1211.76' } }
	},
	{
		name: 'Job ended at own request: the benefit starts 2 months after the status',
		note: 'Status 10.02.2024 → benefit from 10.04.2024 (law section 13; VSAA).',
		asOf: AS_OF,
		input: { ...base, ownRequest: true, statusDate: '2024-02-10', recordYears: 12, contributionMonths: 14, averageWage: '1500' },
		expect: { kind: 'result', figures: { start: '2024-04-10', applyBy: '2024-02-10', months: '8' } }
	},
	{
		name: 'Less than 1 year of insurance record: not entitled',
		note: 'An insurance record of at least 1 year is required.',
		asOf: AS_OF,
		input: { ...base, statusDate: '2024-02-10', recordYears: 0, contributionMonths: 12, averageWage: '800' },
		expect: { kind: 'not-eligible' }
	}
];

export default golden;
