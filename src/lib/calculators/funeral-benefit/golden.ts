/**
 * Worked examples. Official (worked-examples.md §6.10, VSAA «Apbedīšanas pabalsts»): death of an insured
 * person in 2021 — at least 908.89; death of a dependant or an unemployed person in 2021 — 3 × 109 = 327;
 * from 01.01.2026 — 3 × 187 = 561. Seed 004 (2017): 2 × 64.03 = 128.06 for a state social security benefit
 * recipient. Only the largest benefit is paid.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const AS_OF = '2026-11-22';
const none = { insured: false, dependant: false, unemployed: false, pensioner: false, vsnpRecipient: false, wageMode: 'monthly' };

const golden: GoldenCase[] = [
	{
		name: 'Insured person died in 2021 earning 400 a month: the minimum 908.89 applies (VSAA)',
		note: '2 × 400 = 800 < 908.89 (national average monthly contribution wage of 2019, applied for deaths in 2021). Claim within 6 months: 15.06.2021 + 6 months = 15.12.2021.',
		asOf: AS_OF,
		input: { ...none, deathDate: '2021-06-15', insured: true, averageWage: '400' },
		expect: { kind: 'result', figures: { total: '908.89', case: 'cases.insured', claimDeadline: '2021-12-15' } }
	},
	{
		name: 'Dependant of an insured person died in 2021: 3 × 109 = 327.00 (VSAA)',
		note: 'State social security benefit 109.00 from 01.01.2021.',
		asOf: AS_OF,
		input: { ...none, deathDate: '2021-06-15', dependant: true },
		expect: { kind: 'result', figures: { total: '327.00' } }
	},
	{
		name: 'Unemployed person died in 2021: 3 × 109 = 327.00 (VSAA)',
		note: 'Same amount as for a dependant.',
		asOf: AS_OF,
		input: { ...none, deathDate: '2021-10-01', unemployed: true },
		expect: { kind: 'result', figures: { total: '327.00', case: 'cases.unemployed' } }
	},
	{
		name: 'Dependant died on 01.01.2026: 3 × 187 = 561.00 (VSAA)',
		note: 'State social security benefit 187.00 from 01.01.2026.',
		asOf: AS_OF,
		input: { ...none, deathDate: '2026-01-01', dependant: true },
		expect: { kind: 'result', figures: { total: '561.00' } }
	},
	{
		name: 'Dependant died on 31.12.2025: 3 × 166 = 498.00',
		note: 'State social security benefit 166.00 in 2025 (la.lv; ogrenet).',
		asOf: AS_OF,
		input: { ...none, deathDate: '2025-12-31', dependant: true },
		expect: { kind: 'result', figures: { total: '498.00' } }
	},
	{
		name: 'State social security benefit recipient died in 2017: 2 × 64.03 = 128.06 (seed 004)',
		note: 'Seed 004: «valsts sociālā nodrošinājuma pabalsta divkāršā apmērā – 128,06 euro».',
		asOf: AS_OF,
		input: { ...none, deathDate: '2017-05-10', vsnpRecipient: true },
		expect: { kind: 'result', figures: { total: '128.06' } }
	},
	{
		name: 'Pensioner died on 31.12.2018: 2 months\u2019 pension without the pre-1996 supplement',
		note: 'Pension 450.00 of which supplement 30.00; before 2019 the supplement is not counted: 2 × 420.00 = 840.00.',
		asOf: AS_OF,
		input: { ...none, deathDate: '2018-12-31', pensioner: true, pension: '450', supplement: '30' },
		expect: { kind: 'result', figures: { total: '840.00' } }
	},
	{
		name: 'Pensioner died on 01.01.2019: 2 months\u2019 pension including the supplement',
		note: 'From 01.01.2019 the supplement counts: 2 × 450.00 = 900.00.',
		asOf: AS_OF,
		input: { ...none, deathDate: '2019-01-01', pensioner: true, pension: '450' },
		expect: { kind: 'result', figures: { total: '900.00' } }
	},
	{
		name: 'Working pensioner died in 2021: only the larger of 908.89 and 2 × 500 = 1000.00 is paid',
		note: 'Insured case 2 × 400 = 800 → minimum 908.89; pensioner case 2 × 500 = 1000.00; the largest, 1000.00, is paid.',
		asOf: AS_OF,
		input: { ...none, deathDate: '2021-06-15', insured: true, averageWage: '400', pensioner: true, pension: '500' },
		expect: { kind: 'result', figures: { total: '1000.00', case: 'cases.pensioner' } }
	},
	{
		name: 'Insured person died in 2024 earning 1500: 2 × 1500 = 3000.00 (above the minimum 1217.54)',
		note: 'Minimum for 2024 deaths = 2022 national average wage 1217.54 (derived from the LM adoption compensation 852.28 / 0.7).',
		asOf: AS_OF,
		input: { ...none, deathDate: '2024-03-20', insured: true, averageWage: '1500' },
		expect: { kind: 'result', figures: { total: '3000.00' } }
	},
	{
		name: 'Insured person died in 2022 earning 300: the minimum for 2022 is not known, 600.00 shown with a warning',
		note: 'The 2020 national average contribution wage (≈ 940) was not found; 2 × 300 = 600.00 and the row is marked unconfirmed.',
		asOf: AS_OF,
		input: { ...none, deathDate: '2022-07-01', insured: true, averageWage: '300' },
		expect: { kind: 'result', figures: { total: '600.00' } }
	},
	{
		name: 'None of the situations applies: no benefit',
		note: 'At least one situation of the law is needed.',
		asOf: AS_OF,
		input: { ...none, deathDate: '2024-03-20' },
		expect: { kind: 'not-eligible' }
	}
];

export default golden;
