/**
 * Worked legal examples. The general and early ages step by 3 months every 1 January from 2014
 * (62 y 3 m) to 2025 (65 y / 63 y); the age that applies is the one in force on the day it is
 * reached ("Par valsts pensijām", transitional provisions; VSAA birth-month tables; facts.md §4.1).
 * The 57→60 rows marked [VSAA] are official rows of the VSAA table for parents of 5+ children,
 * Chernobyl participants and politically repressed persons (facts.md §4.1), checked on day 15.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const AS_OF = '2026-11-22';

const golden: GoldenCase[] = [
	{
		name: 'Born 1955-05-15, general case, retires 2018-08-15 at 63 y 3 m',
		note: 'Age in force in 2018 = 63 y 3 m; 1955-05-15 + 63 y 3 m = 2018-08-15, inside 2018.',
		asOf: AS_OF,
		input: { birthDate: '1955-05-15', category: 'general', record: 40 },
		expect: { kind: 'result', figures: { pensionDate: '2018-08-15', ageAtPension: '63y3m', minimumRecord: '15', recordMet: 'yes' } }
	},
	{
		name: 'Born 1953-07-15, general case, retires 2016-04-15 at 62 y 9 m',
		note: '2016 age 62 y 9 m; 1953-07-15 + 62 y 9 m = 2016-04-15 (the general-age equivalent of the VSAA row born 07.1958 → 04.2016).',
		asOf: AS_OF,
		input: { birthDate: '1953-07-15', category: 'general' },
		expect: { kind: 'result', figures: { pensionDate: '2016-04-15', ageAtPension: '62y9m' } }
	},
	{
		name: 'Born 1954-03-31, general case, retires 2016-12-31: reaches 62 y 9 m on the last day of 2016',
		note: '1954-03-31 + 62 y 9 m = 2016-12-31, still under the 2016 age of 62 y 9 m.',
		asOf: AS_OF,
		input: { birthDate: '1954-03-31', category: 'general' },
		expect: { kind: 'result', figures: { pensionDate: '2016-12-31', ageAtPension: '62y9m' } }
	},
	{
		name: 'Born 1954-04-01, general case, retires 2017-04-01 at 63: the 2017 age applies',
		note: '1954-04-01 + 62 y 9 m = 2017-01-01, but from 01.01.2017 the age is 63; 1954-04-01 + 63 y = 2017-04-01.',
		asOf: AS_OF,
		input: { birthDate: '1954-04-01', category: 'general' },
		expect: { kind: 'result', figures: { pensionDate: '2017-04-01', ageAtPension: '63y0m' } }
	},
	{
		name: 'Born 1960-03-31 with 17 years of record: entitled on 2024-12-31 (15 years needed in 2024)',
		note: '2024 age 64 y 9 m; 1960-03-31 + 64 y 9 m = 2024-12-31; minimum record in 2024 = 15 years ≤ 17.',
		asOf: AS_OF,
		input: { birthDate: '1960-03-31', category: 'general', record: 17 },
		expect: { kind: 'result', figures: { pensionDate: '2024-12-31', ageAtPension: '64y9m', minimumRecord: '15', recordMet: 'yes' } }
	},
	{
		name: 'Born 1960-04-01 with 17 years of record: not entitled — from 2025 the age is 65 and 20 years are needed',
		note: '1960-04-01 + 64 y 9 m = 2025-01-01, when the age becomes 65 → 2025-04-01; minimum record from 2025 = 20 years > 17 (3 short).',
		asOf: AS_OF,
		input: { birthDate: '1960-04-01', category: 'general', record: 17 },
		expect: { kind: 'not-eligible', figures: { pensionDate: '2025-04-01', ageAtPension: '65y0m', minimumRecord: '20', recordMet: 'no' } }
	},
	{
		name: 'Born 1961-06-10, general case, retires 2026-06-10 at 65',
		note: 'From 2025 the general age is 65: 1961-06-10 + 65 y = 2026-06-10.',
		asOf: '2026-01-05',
		input: { birthDate: '1961-06-10', category: 'general', record: 25 },
		expect: { kind: 'result', figures: { pensionDate: '2026-06-10', ageAtPension: '65y0m', minimumRecord: '20' } }
	},
	{
		name: 'Born 1962-03-31, early retirement with 30 years: from 2024-12-31, full pension from 2027-03-31',
		note: 'Early age 2024 = 62 y 9 m: 1962-03-31 + 62 y 9 m = 2024-12-31; 30 years needed; general age 65 → 2027-03-31; paid at 50 % until then.',
		asOf: AS_OF,
		input: { birthDate: '1962-03-31', category: 'early', record: 30 },
		expect: {
			kind: 'result',
			figures: { pensionDate: '2024-12-31', ageAtPension: '62y9m', minimumRecord: '30', fullPensionFrom: '2027-03-31', earlyShare: '50' }
		}
	},
	{
		name: 'Born 1962-04-01, early retirement: from 2025-04-01 at 63 (the 2025 early age applies)',
		note: '1962-04-01 + 62 y 9 m = 2025-01-01, when the early age becomes 63 → 2025-04-01.',
		asOf: AS_OF,
		input: { birthDate: '1962-04-01', category: 'early', record: 35 },
		expect: { kind: 'result', figures: { pensionDate: '2025-04-01', ageAtPension: '63y0m', fullPensionFrom: '2027-04-01' } }
	},
	{
		name: 'Born 1963-02-20, early retirement with 29 years: not entitled, 1 year short of 30',
		note: 'Early age 63 from 2025: 1963-02-20 + 63 y = 2026-02-20; 30 years needed, 29 given.',
		asOf: AS_OF,
		input: { birthDate: '1963-02-20', category: 'early', record: 29 },
		expect: { kind: 'not-eligible', figures: { pensionDate: '2026-02-20', minimumRecord: '30', recordMet: 'no' } }
	},
	{
		name: '[VSAA] Born 1958-07-15, parent of 5 children: from 2016-04-15 at 57 y 9 m',
		note: 'VSAA 57→60 table: born 07.1958 → 04.2016. 1958-07-15 + 57 y 9 m = 2016-04-15.',
		asOf: AS_OF,
		input: { birthDate: '1958-07-15', category: 'many-children-parent' },
		expect: { kind: 'result', figures: { pensionDate: '2016-04-15', ageAtPension: '57y9m' } }
	},
	{
		name: '[VSAA] Born 1959-03-15, Chernobyl participant: from 2016-12-15 at 57 y 9 m',
		note: 'VSAA 57→60 table: born 03.1959 → 12.2016.',
		asOf: AS_OF,
		input: { birthDate: '1959-03-15', category: 'chernobyl' },
		expect: { kind: 'result', figures: { pensionDate: '2016-12-15', ageAtPension: '57y9m' } }
	},
	{
		name: '[VSAA] Born 1959-04-15, politically repressed: from 2017-04-15 at 58 (the 2017 age applies)',
		note: 'VSAA 57→60 table: born 04.1959 → 04.2017. 1959-04-15 + 57 y 9 m = 2017-01-15, but the 2017 age is 58.',
		asOf: AS_OF,
		input: { birthDate: '1959-04-15', category: 'politically-repressed' },
		expect: { kind: 'result', figures: { pensionDate: '2017-04-15', ageAtPension: '58y0m' } }
	},
	{
		name: '[VSAA] Born 1960-09-15, parent of a disabled child: from 2018-12-15 at 58 y 3 m',
		note: 'VSAA 57→60 table: born 09.1960 → 12.2018.',
		asOf: AS_OF,
		input: { birthDate: '1960-09-15', category: 'many-children-parent' },
		expect: { kind: 'result', figures: { pensionDate: '2018-12-15', ageAtPension: '58y3m' } }
	},
	{
		name: '[VSAA] Born 1960-10-15, parent of 5 children: from 2019-04-15 at 58 y 6 m',
		note: 'VSAA 57→60 table: born 10.1960 → 04.2019 (would reach 58 y 3 m in January 2019, but the 2019 age is 58 y 6 m).',
		asOf: AS_OF,
		input: { birthDate: '1960-10-15', category: 'many-children-parent' },
		expect: { kind: 'result', figures: { pensionDate: '2019-04-15', ageAtPension: '58y6m' } }
	},
	{
		name: '[VSAA] Born 1961-07-15, parent of 5 children: from 2020-04-15 at 58 y 9 m',
		note: 'VSAA 57→60 table: born 07.1961 → 04.2020.',
		asOf: AS_OF,
		input: { birthDate: '1961-07-15', category: 'many-children-parent' },
		expect: { kind: 'result', figures: { pensionDate: '2020-04-15', ageAtPension: '58y9m' } }
	},
	{
		name: 'Born 1940-05-01, general case: cannot answer — the age was reached before the schedule in our data',
		note: '1940-05-01 + 62 y 3 m = 2002-08-01, before the first row (2014-01-01): earlier rules applied.',
		asOf: AS_OF,
		input: { birthDate: '1940-05-01', category: 'general' },
		expect: { kind: 'cannot-answer' }
	}
];

export default golden;
