/**
 * Worked examples for the childcare benefit (facts.md §5.5; factcheck.md §4; acceptance §6.11).
 * Rates: 171.00 to 1.5 years, 42.69 from 1.5 to 2 (2016–2025); Covid-19 emergency 12.03–09.06.2020:
 * 171.00 also from 1.5 to 2; from 2026: 298.00 to 1.5, and 42.69 from 1.5 to 2 only for children born
 * on or before 02.11.2026. Twins: + the same amount for each further child (to 2025). A part month is
 * paid in proportion to its calendar days, rounded to the cent (assumption, see partial-month-rule).
 */
import type { GoldenCase } from '$lib/engine/calculator';

const golden: GoldenCase[] = [
	{
		name: 'Twins born 2019-05-10, no maternity benefit: 171 + 171 = 342.00 a month (VSAA example §6.11), 6670.77 to age 2',
		note:
			'VSAA: childcare benefit 171 + twins supplement 171 per month to 1.5. May 2019: 342 × 22/31 = 242.71; Jun 2019–Oct 2020: 17 × 342 = 5814.00; ' +
			'Nov 2020: (342 × 9 + 85.38 × 21) / 30 = 162.37 (1.5 years on 10.11.2020; 42.69 + 42.69 = 85.38); Dec 2020–Apr 2021: 5 × 85.38 = 426.90; ' +
			'May 2021: 85.38 × 9/31 = 24.79. Total 6670.77.',
		asOf: '2019-06-01',
		input: { birthDate: '2019-05-10', children: 2, resident: true },
		expect: {
			kind: 'result',
			figures: { monthly: '342.00', start: '2019-05-10', end: '2021-05-09', total: '6670.77', claimDeadline: '2019-11-10' }
		}
	},
	{
		name: 'One child born 2017-02-01, maternity benefit to 2017-04-01: 171 from 2017-04-02, 2986.44 in all',
		note:
			'Not paid while maternity benefit is paid → from 02.04.2017. April: 171 × 29/30 = 165.30; May 2017–Jul 2018: 15 × 171 = 2565.00 ' +
			'(1.5 years on 01.08.2018); Aug 2018–Jan 2019: 6 × 42.69 = 256.14. Total 2986.44; claim by 02.10.2017.',
		asOf: '2017-04-15',
		input: { birthDate: '2017-02-01', maternityEnd: '2017-04-01', resident: true },
		expect: {
			kind: 'result',
			figures: { monthly: '171.00', start: '2017-04-02', end: '2019-01-31', total: '2986.44', claimDeadline: '2017-10-02' }
		}
	},
	{
		name: 'Born 2025-06-15: 171 in 2025, 298 from January 2026, 42.69 from 1.5 to 2 (born before 2026-11-02)',
		note:
			'Jun 2025: 171 × 16/30 = 91.20; Jul–Dec 2025: 6 × 171 = 1026.00; Jan–Nov 2026: 11 × 298 = 3278.00; Dec 2026: (298 × 14 + 42.69 × 17) / 31 = 157.99 ' +
			'(1.5 years on 15.12.2026); Jan–May 2027: 5 × 42.69 = 213.45; Jun 2027: 42.69 × 14/30 = 19.92. Total 4786.56.',
		asOf: '2025-07-01',
		input: { birthDate: '2025-06-15', resident: true },
		expect: { kind: 'result', figures: { monthly: '171.00', end: '2027-06-14', total: '4786.56' } }
	},
	{
		name: 'Born 2026-11-02 (the cut-off day): 298.00 a month; the schedule stops at 2027-12-31 (rules after 2027 unknown)',
		note: 'Children born on or before 02.11.2026 keep the 1.5–2 part (Saeima amendments, aluksniesiem.lv), to 01.11.2028; the tables are known until 31.12.2026, 2027 uses their rules with a notice, later months are not counted.',
		asOf: '2026-11-20',
		input: { birthDate: '2026-11-02', resident: true },
		expect: { kind: 'result', figures: { monthly: '298.00', end: '2027-12-31' } }
	},
	{
		name: 'Born 2026-11-03 (the day after the cut-off): 298.00 a month; the schedule stops at 2027-12-31 (rules after 2027 unknown)',
		note: 'From 2026 the benefit is paid only to 1.5 for children born after 02.11.2026 (last day 02.05.2028); the tables are known until 31.12.2026, 2027 uses their rules with a notice, later months are not counted.',
		asOf: '2026-11-20',
		input: { birthDate: '2026-11-03', resident: true },
		expect: { kind: 'result', figures: { monthly: '298.00', end: '2027-12-31' } }
	},
	{
		name: 'Twins born 2025-10-01: the schedule stops at 2025-12-31 (2026 twins supplement not confirmed)',
		note: 'Oct–Dec 2025: 3 × 342.00 = 1026.00; the multiples supplement table is known until 31.12.2025, so the months after are not counted.',
		asOf: '2025-10-15',
		input: { birthDate: '2025-10-01', children: 2, resident: true },
		expect: { kind: 'result', figures: { monthly: '342.00', end: '2025-12-31', total: '1026.00' } }
	},
	{
		name: 'Twins born 2026-02-01: cannot answer (the 2026 twins supplement is not confirmed)',
		note: 'Whether the supplement follows the new 298 euro from 2026 is UNCONFIRMED (facts.md §8).',
		asOf: '2026-02-10',
		input: { birthDate: '2026-02-01', children: 2, resident: true },
		expect: { kind: 'cannot-answer' }
	},
	{
		name: 'Born 2020-01-10, claimed on 2021-01-20: paid only from 2020-07-20 (6 months back)',
		note: 'Right from 10.01.2020, claim by 10.07.2020; claimed later, granted for the 6 months before the claim (VSAA).',
		asOf: '2021-01-20',
		input: { birthDate: '2020-01-10', resident: true },
		expect: { kind: 'result', figures: { claimDeadline: '2020-07-10', payableFrom: '2020-07-20' } }
	},
	{
		name: 'Born 2016-01-01, claimed on 2018-09-01: the right ended 2017-12-31 — nothing can be paid',
		note: 'The 6 months before the claim start on 01.03.2018, after the child turned two.',
		asOf: '2018-09-01',
		input: { birthDate: '2016-01-01', resident: true },
		expect: { kind: 'not-eligible', figures: { payableTotal: '0.00' } }
	},
	{
		name: 'Not permanently resident: not entitled',
		note: 'Paid to persons permanently living in Latvia with a personal code (LM).',
		asOf: '2024-03-01',
		input: { birthDate: '2024-02-01', resident: false },
		expect: { kind: 'not-eligible' }
	}
];

export default golden;
