/**
 * Worked examples for the birth grant. Amounts: 421.17 per child 2016–2025, 600.00 from 2026-01-01
 * (facts.md §5.6; factcheck.md §4). Until 2020 the right arises on the child's 8th day of life =
 * birth + 7 days (LBAS 2017 overview, seed 004); from 2021 on the day of birth (VSAA, «Izmaiņas VSAA
 * pakalpojumos no 2021. gada 1. janvāra»). Claim within 6 months of that day. The amount in force on
 * the day the right arises applies.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const golden: GoldenCase[] = [
	{
		name: 'Born 2017-03-10: 421.17, right from 2017-03-17, claim by 2017-09-17',
		note: '8th day = 10.03 + 7 = 17.03.2017; 421.17 in force (seed 004 Tabula Nr. 3); 17.03 + 6 months = 17.09.2017.',
		asOf: '2017-04-01',
		input: { event: 'birth', birthDate: '2017-03-10', resident: true },
		expect: { kind: 'result', figures: { amount: '421.17', total: '421.17', rightFrom: '2017-03-17', claimDeadline: '2017-09-17' } }
	},
	{
		name: 'Twins born 2025-06-01: 2 × 421.17 = 842.34',
		note: 'One grant per child: 421.17 × 2 = 842.34; from 2021 the right arises on the day of birth, 2025-06-01; claim by 2025-12-01.',
		asOf: '2025-06-20',
		input: { event: 'birth', birthDate: '2025-06-01', children: 2, resident: true },
		expect: { kind: 'result', figures: { amount: '421.17', total: '842.34', rightFrom: '2025-06-01', claimDeadline: '2025-12-01' } }
	},
	{
		name: 'Born 2025-12-24: right on the day of birth, 421.17',
		note: 'From 2021 the right arises on the day of birth, 24.12.2025, in the 421.17 row; 24.12.2025 + 6 months = 24.06.2026.',
		asOf: '2026-01-10',
		input: { event: 'birth', birthDate: '2025-12-24', resident: true },
		expect: { kind: 'result', figures: { amount: '421.17', rightFrom: '2025-12-24', claimDeadline: '2026-06-24' } }
	},
	{
		name: 'Born 2025-12-25: right on the day of birth, still 421.17 (the 600.00 amount starts on 2026-01-01)',
		note: 'From 2021 the right arises on the day of birth, 25.12.2025, before the 600.00 row starts on 01.01.2026; 25.12.2025 + 6 months = 25.06.2026.',
		asOf: '2026-01-10',
		input: { event: 'birth', birthDate: '2025-12-25', resident: true },
		expect: { kind: 'result', figures: { amount: '421.17', total: '421.17', rightFrom: '2025-12-25', claimDeadline: '2026-06-25' } }
	},
	{
		name: 'Triplets born 2026-03-15: 3 × 600.00 = 1800.00',
		note: '600.00 × 3 = 1800.00; right on the day of birth, 15.03.2026; claim by 15.09.2026.',
		asOf: '2026-03-20',
		input: { event: 'birth', birthDate: '2026-03-15', children: 3, resident: true },
		expect: { kind: 'result', figures: { total: '1800.00', rightFrom: '2026-03-15', claimDeadline: '2026-09-15' } }
	},
	{
		name: 'Born 2019-01-05, claimed on 2019-08-01: too late (deadline 2019-07-12)',
		note: 'Right 12.01.2019; 6 months → 12.07.2019; 01.08.2019 is 20 days later; a late claim is not granted (LM).',
		asOf: '2019-08-01',
		input: { event: 'birth', birthDate: '2019-01-05', resident: true },
		expect: { kind: 'not-eligible', figures: { claimDeadline: '2019-07-12' } }
	},
	{
		name: 'Guardianship of a 10-month-old on 2021-03-01: 421.17, claim by 2021-09-01',
		note: 'Child born 01.05.2020 is 10 months old on 01.03.2021 (< 1 year); the right arises on the guardianship day.',
		asOf: '2021-03-15',
		input: { event: 'guardianship', birthDate: '2020-05-01', guardianshipDate: '2021-03-01', resident: true },
		expect: { kind: 'result', figures: { amount: '421.17', rightFrom: '2021-03-01', claimDeadline: '2021-09-01' } }
	},
	{
		name: 'Guardianship of a child aged 1 year 2 months: not entitled',
		note: 'Born 01.01.2020, guardianship 01.03.2021: 1 y 2 m ≥ 1 year (limit reached 01.01.2021).',
		asOf: '2021-03-15',
		input: { event: 'guardianship', birthDate: '2020-01-01', guardianshipDate: '2021-03-01', resident: true },
		expect: { kind: 'not-eligible' }
	},
	{
		name: 'Temporary residence permit holder: not entitled',
		note: 'The grant is for persons permanently resident in Latvia with a personal code (LM; VSAA).',
		asOf: '2024-05-01',
		input: { event: 'birth', birthDate: '2024-04-20', resident: false },
		expect: { kind: 'not-eligible', figures: { amount: '421.17' } }
	},
	{
		name: 'Born 2015-12-20: right on 2015-12-27, before the data — cannot answer',
		note: 'The tables start on 01.01.2016.',
		asOf: '2016-01-10',
		input: { event: 'birth', birthDate: '2015-12-20', resident: true },
		expect: { kind: 'cannot-answer' }
	}
];

export default golden;
