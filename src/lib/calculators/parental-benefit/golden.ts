/**
 * Worked examples. Official: VSAA «Pabalsta apmērs, ja pabalsta saņēmējs strādā» (worked-examples.md
 * §6.8): granted 15.00 per day → 30 % while working = 4.50. Derived for later rules (not published):
 * 50 % → 7.50 (2023–2024), 75 % → 11.25 (2025–2026). Structure for children born from 2023: LM
 * «Vecāku pabalsts» (13 = 9 + 2 + 2 months, 19 = 15 + 2 + 2, maternity period inside the basic part).
 * Average per calendar day over the 12 months ending 2 months before the start month.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const AS_OF = '2026-11-22';
const father = { claimant: 'other-parent', insured: true, months6: 6, wageMode: 'monthly', working: false, option: 'shorter' };
const mother = { claimant: 'mother', postnatal70: false, wageMode: 'monthly', working: false, option: 'shorter' };

const golden: GoldenCase[] = [
	{
		name: 'VSAA example: granted 15.00 a day to age 1 (60 %); while working 30 % = 4.50 a day',
		note: 'Child born 20.05.2022, father from the birth; reference period 03.2021–02.2022 = 365 days; 760.42 × 12 = 9125.04 / 365 = 25.0001 × 60 % = 15.0001 → 15.00; working: 30 % × 15.00 = 4.50 (VSAA). To age 1: 20.05.2022–19.05.2023 = 365 days × 4.50 = 1642.50. From 2023 the 30 % row for children born up to 2022 is marked unconfirmed.',
		asOf: AS_OF,
		input: { ...father, birthDate: '2022-05-20', averageWage: '760.42', working: true },
		expect: {
			kind: 'result',
			figures: {
				benefitPerDay: '15.00',
				firstMonthPerDay: '4.50',
				paidDays: '365',
				total: '1642.50',
				end: '2023-05-19',
				claimDeadline: '2022-11-20'
			}
		}
	},
	{
		name: 'Same father on childcare leave: 365 × 15.00 = 5475.00',
		note: 'As above without work.',
		asOf: AS_OF,
		input: { ...father, birthDate: '2022-05-20', averageWage: '760.42' },
		expect: { kind: 'result', figures: { total: '5475.00', paidDays: '365' } }
	},
	{
		name: 'Born 15.01.2024, 13-month option, father working in 2024: basic part at 50 % = 7.50 a day, own 2 months not paid',
		note: 'Reference period 11.2022–10.2023 = 365 days → 15.00 a day. Basic part 15.01–14.10.2024 = 274 days × 7.50 (50 %, 2023–2024) = 2055.00; non-transferable 15.10–14.12.2024 not paid while working. Derived from §6.8.',
		asOf: AS_OF,
		input: { ...father, birthDate: '2024-01-15', averageWage: '760.42', working: true },
		expect: {
			kind: 'result',
			figures: {
				benefitPerDay: '15.00',
				firstMonthPerDay: '7.50',
				paidDays: '335',
				total: '2055.00',
				end: '2024-12-14',
				otherParentMonths: '2'
			}
		}
	},
	{
		name: 'Born 15.01.2024, 13-month option, father on leave: 274 + 61 days × 15.00 = 5025.00',
		note: 'Basic part 274 days and own non-transferable months 15.10–14.12.2024 = 61 days; 335 × 15.00 = 5025.00.',
		asOf: AS_OF,
		input: { ...father, birthDate: '2024-01-15', averageWage: '760.42' },
		expect: { kind: 'result', figures: { total: '5025.00', paidDays: '335' } }
	},
	{
		name: 'Born 01.02.2025, working in 2025: basic part at 75 % = 11.25 a day',
		note: 'Reference period 12.2023–11.2024 = 366 days; 762.50 × 12 = 9150 / 366 = 25.00 × 60 % = 15.00; 75 % (2025) = 11.25; basic part 01.02–31.10.2025 = 273 days × 11.25 = 3071.25.',
		asOf: AS_OF,
		input: { ...father, birthDate: '2025-02-01', averageWage: '762.50', working: true },
		expect: { kind: 'result', figures: { benefitPerDay: '15.00', firstMonthPerDay: '11.25', total: '3071.25' } }
	},
	{
		name: 'Born 10.01.2026, working in 2026: basic part still at 75 % = 11.25 a day',
		note: 'Reference period 11.2024–10.2025 = 365 days; 760.42 → 15.00; 75 % kept in 2026 (la.lv) = 11.25; basic part 10.01–09.10.2026 = 273 days × 11.25 = 3071.25.',
		asOf: AS_OF,
		input: { ...father, birthDate: '2026-01-10', averageWage: '760.42', working: true },
		expect: { kind: 'result', figures: { firstMonthPerDay: '11.25', total: '3071.25', referenceFrom: '2024-11', referenceTo: '2025-10' } }
	},
	{
		name: 'Born 01.06.2024, 19-month option while working: 50 % in 2024 and 75 % from 2025, month by month',
		note: 'Reference period 04.2023–03.2024 = 366 days; 976 × 12 = 11 712 / 366 = 32.00 × 43.75 % = 14.00. Basic part 01.06.2024–31.08.2025: 214 days in 2024 × 7.00 = 1498.00; 243 days in 2025 × 10.50 = 2551.50; total 4049.50 (own 2 months not paid while working).',
		asOf: AS_OF,
		input: { ...father, option: 'longer', birthDate: '2024-06-01', averageWage: '976', working: true },
		expect: { kind: 'result', figures: { benefitPerDay: '14.00', firstMonthPerDay: '7.00', total: '4049.50' } }
	},
	{
		name: 'Mother, child born 31.12.2022 (old rule): from 25.02.2023 to age 1 = 309 days × 15.00 = 4635.00',
		note: 'Post-natal leave 56 days → parental benefit from 25.02.2023 to 30.12.2023 (the day before the 1st birthday) = 309 days. Reference period 12.2021–11.2022 = 365 days; 760.42 → 15.00.',
		asOf: AS_OF,
		input: { ...mother, birthDate: '2022-12-31', averageWage: '760.42' },
		expect: { kind: 'result', figures: { start: '2023-02-25', end: '2023-12-30', paidDays: '309', total: '4635.00' } }
	},
	{
		name: 'Mother, child born 01.01.2023 (new rule): basic part to 30.09.2023 + own 2 months = 278 days × 15.00 = 4170.00',
		note: 'Post-natal leave 56 days → from 26.02.2023; basic part 9 months from the birth ends 30.09.2023 (217 days); own non-transferable months 01.10–30.11.2023 (61 days). The father has his own 2 months. Same 15.00 a day.',
		asOf: AS_OF,
		input: { ...mother, birthDate: '2023-01-01', averageWage: '760.42' },
		expect: { kind: 'result', figures: { start: '2023-02-26', end: '2023-11-30', paidDays: '278', total: '4170.00' } }
	},
	{
		name: 'Father takes only his 2 non-transferable months when the child is 2: 61 days × 15.00 = 915.00',
		note: 'Child born 01.03.2023, basic part over on 30.11.2023; from 01.06.2025 the father\u2019s own months 01.06–31.07.2025 (61 days). Reference period 04.2024–03.2025 = 365 days → 15.00.',
		asOf: AS_OF,
		input: { ...father, birthDate: '2023-03-01', startDate: '2025-06-01', averageWage: '760.42' },
		expect: { kind: 'result', figures: { paidDays: '61', total: '915.00', end: '2025-07-31' } }
	},
	{
		name: 'Father with 1 of the 3 months of contributions in the last 6: not entitled',
		note: 'LM: at least 3 months in the last 6 or 6 in the last 24 before the month from which the benefit is granted.',
		asOf: AS_OF,
		input: { ...father, birthDate: '2024-03-01', months6: 1, months24: 3, averageWage: '1000' },
		expect: { kind: 'not-eligible' }
	},
	{
		name: 'Child born up to 2022 and benefit requested after the 1st birthday with the 1-year option: not entitled',
		note: 'The 1-year option ends the day before the first birthday.',
		asOf: AS_OF,
		input: { ...father, birthDate: '2021-03-01', startDate: '2022-03-05', averageWage: '1000' },
		expect: { kind: 'not-eligible' }
	}
];

export default golden;
