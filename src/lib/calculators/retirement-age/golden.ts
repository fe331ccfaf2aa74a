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
		note: '1940-05-01 + 62 y = 2002-05-01, before the first row (2013-01-01): earlier rules applied.',
		asOf: AS_OF,
		input: { birthDate: '1940-05-01', category: 'general' },
		expect: { kind: 'cannot-answer' }
	},
	{
		name: 'General case, LM cohort boundary: born 1952-09-30 retires 2014-12-30 at 62 y 3 m',
		note: 'Age in 2014 = 62 y 3 m: 1952-09-30 + 62 y 3 m = 2014-12-30. LM: born 1.1–30.9.1952 → 62 y 3 m.',
		asOf: AS_OF,
		input: { birthDate: '1952-09-30', category: 'general' },
		expect: { kind: 'result', figures: { pensionDate: '2014-12-30', ageAtPension: '62y3m' } }
	},
	{
		name: 'General case, LM cohort boundary: born 1952-10-01 retires 2015-04-01 at 62 y 6 m',
		note: '+ 62 y 3 m = 2015-01-01, but from 01.01.2015 the age is 62 y 6 m → 2015-04-01. LM: born 1.10–31.12.1952 → 62 y 6 m.',
		asOf: AS_OF,
		input: { birthDate: '1952-10-01', category: 'general' },
		expect: { kind: 'result', figures: { pensionDate: '2015-04-01', ageAtPension: '62y6m' } }
	},
	{
		name: 'General case, first day of the data: born 1951-01-10 retires 2013-01-10 at 62',
		note: 'The general table starts on 2013-01-01 with 62 y (in force before 2014 too): 1951-01-10 + 62 y = 2013-01-10.',
		asOf: AS_OF,
		input: { birthDate: '1951-01-10', category: 'general' },
		expect: { kind: 'result', figures: { pensionDate: '2013-01-10', ageAtPension: '62y0m', minimumRecord: '10' } }
	},
	{
		name: 'General case, born 1950-12-31: cannot answer — 62 was reached on 2012-12-31, before the data',
		note: '1950-12-31 + 62 y = 2012-12-31 < 2013-01-01.',
		asOf: AS_OF,
		input: { birthDate: '1950-12-31', category: 'general' },
		expect: { kind: 'cannot-answer' }
	},
	{
		name: 'Early retirement, born 1956-04-10: from 2017-04-10 at 61, full pension from 2019-10-10',
		note: '+ 60 y 9 m = 2017-01-10, but the 2017 early age is 61 → 2017-04-10. General: + 63 y 3 m = 2019-07-10 falls in 2019 where the age is 63 y 6 m → 2019-10-10.',
		asOf: AS_OF,
		input: { birthDate: '1956-04-10', category: 'early', record: 31 },
		expect: { kind: 'result', figures: { pensionDate: '2017-04-10', ageAtPension: '61y0m', fullPensionFrom: '2019-10-10' } }
	},
	{
		name: 'Early retirement, born 1953-10-10: cannot answer — the early age before 2014 is not in the data',
		note: 'The early table starts with a step (2014: 60 y 3 m, one step of 3 months above the earlier age). 1953-10-10 + 60 y = 2013-10-10, before 2014: the earlier rule may have applied.',
		asOf: AS_OF,
		input: { birthDate: '1953-10-10', category: 'early', record: 35 },
		expect: { kind: 'cannot-answer' }
	},
	{
		name: 'Early retirement, born 1954-01-10: from 2014-04-10 at 60 y 3 m (the first early row)',
		note: '1954-01-10 + 60 y = 2014-01-10, not before the table; + 60 y 3 m = 2014-04-10, inside 2014.',
		asOf: AS_OF,
		input: { birthDate: '1954-01-10', category: 'early', record: 35 },
		expect: { kind: 'result', figures: { pensionDate: '2014-04-10', ageAtPension: '60y3m' } }
	},
	{
		name: 'Politically repressed person with 29 years: not entitled on these terms (30 years needed)',
		note: 'Age as for parents of 5 children: born 1957-10-15 → 2015-04-15 (VSAA row 10.1957 → 04.2015); record condition 30 years.',
		asOf: AS_OF,
		input: { birthDate: '1957-10-15', category: 'politically-repressed', record: 29 },
		expect: { kind: 'not-eligible', figures: { pensionDate: '2015-04-15', minimumRecord: '30', recordMet: 'no' } }
	},
	{
		name: 'Woman who raised 5 children, born 1957-06-20: from 2019-06-20 at 62 (1 July steps)',
		note: 'She reaches 61 y 6 m on 2018-12-20, but from 2018-07-01 the age is 62, reached on 2019-06-20 (before the 2019-07-01 step).',
		asOf: AS_OF,
		input: { birthDate: '1957-06-20', category: 'women-disabled-or-children', record: 22 },
		expect: { kind: 'result', figures: { pensionDate: '2019-06-20', ageAtPension: '62y0m', minimumRecord: '20' } }
	},
	{
		name: 'Woman who raised 5 children, born 1957-07-20: from 2020-01-20 at 62 y 6 m',
		note: '62 reached on 2019-07-20, but from 2019-07-01 the age is 62 y 6 m → 2020-01-20 (LM 2020: 62 y 6 m until 30.06.2020).',
		asOf: AS_OF,
		input: { birthDate: '1957-07-20', category: 'women-disabled-or-children' },
		expect: { kind: 'result', figures: { pensionDate: '2020-01-20', ageAtPension: '62y6m' } }
	},
	{
		name: 'Woman disabled for life, born 1960-01-10: from 2024-10-10 — capped by the general age 64 y 9 m',
		note: '+ 64 y 6 m = 2024-07-10, but from 2024-07-01 the age is min(65 by the +6 month step, 64 y 9 m general) = 64 y 9 m → 2024-10-10.',
		asOf: AS_OF,
		input: { birthDate: '1960-01-10', category: 'women-disabled-or-children' },
		expect: { kind: 'result', figures: { pensionDate: '2024-10-10', ageAtPension: '64y9m' } }
	},
	{
		name: 'Woman disabled for life, born 1959-12-10: from 2024-06-10 at 64 y 6 m (3 months before the general case)',
		note: 'Row 2023-07-01: 64 y 6 m; 1959-12-10 + 64 y 6 m = 2024-06-10, before 2024-07-01.',
		asOf: AS_OF,
		input: { birthDate: '1959-12-10', category: 'women-disabled-or-children' },
		expect: { kind: 'result', figures: { pensionDate: '2024-06-10', ageAtPension: '64y6m' } }
	},
	{
		name: 'Hazardous work (men List 1 / women List 2), born 1957-10-05: from 2019-04-05 at 61 y 6 m',
		note: '+ 61 y 3 m = 2019-01-05, but the 2019 age is 61 y 6 m → 2019-04-05; record 20 years.',
		asOf: AS_OF,
		input: { birthDate: '1957-10-05', category: 'hazardous', record: 25 },
		expect: { kind: 'result', figures: { pensionDate: '2019-04-05', ageAtPension: '61y6m', minimumRecord: '20' } }
	},
	{
		name: 'Woman in especially hazardous work (List 1), born 1961-01-10: from 2017-01-10 at 56',
		note: '+ 55 y 6 m = 2016-07-10, but from 2016-07-01 the age is 56 → 2017-01-10; record 15 years.',
		asOf: AS_OF,
		input: { birthDate: '1961-01-10', category: 'especially-hazardous', record: 15 },
		expect: { kind: 'result', figures: { pensionDate: '2017-01-10', ageAtPension: '56y0m', minimumRecord: '15' } }
	},
	{
		name: 'Blind man, born 1961-07-10: from 2018-01-10 at 56 y 6 m; record condition not confirmed',
		note: 'Same schedule as Table 10: 56 reached 2017-07-10, but from 2017-07-01 the age is 56 y 6 m → 2018-01-10. No sourced record condition: no minimum-record figure.',
		asOf: AS_OF,
		input: { birthDate: '1961-07-10', category: 'men-short-stature-blind', record: 10 },
		expect: { kind: 'result', figures: { pensionDate: '2018-01-10', ageAtPension: '56y6m' } }
	},
	{
		name: 'Woman of short stature, born 1975-07-15: from 2036-01-15 at 60 y 6 m (the source\'s 2035 "61,5" is a typo)',
		note: 'Row 2035-07-01 = 60 y 6 m (+6 months a year); 60 reached 2035-07-15 is too late for the 60 row → + 60 y 6 m = 2036-01-15.',
		asOf: AS_OF,
		input: { birthDate: '1975-07-15', category: 'women-short-stature-blind' },
		expect: { kind: 'result', figures: { pensionDate: '2036-01-15', ageAtPension: '60y6m' } }
	},
	{
		name: 'Woman of short stature, born 1979-01-15: from 2043-01-15 at 64 (the second "2044" row is 2042-07-01)',
		note: 'Row 2042-07-01 = 64; 1979-01-15 + 64 = 2043-01-15, before 2043-07-01.',
		asOf: AS_OF,
		input: { birthDate: '1979-01-15', category: 'women-short-stature-blind' },
		expect: { kind: 'result', figures: { pensionDate: '2043-01-15', ageAtPension: '64y0m' } }
	}
];

export default golden;
