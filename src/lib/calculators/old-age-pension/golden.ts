/**
 * Worked examples for the old-age pension estimate. P = (Ks + K) / G / 12 (law "Par valsts pensijām",
 * Art. 12; LM "How the old age pension should be calculated"); K actualised by MK Nr. 205 (the index of
 * year t applies from 1 January t+1 to the capital up to t−1; from 2016 the 2009–2015 indices are 1).
 *
 * `VSAA_CUMULATIVE` is the official VSAA table of cumulative index products for pensions granted in
 * 2015 (old indices) and 2016 (corrected), by capital year: the unit test checks every value against the
 * engine's actualisation factor to four decimals. `MINIMUM_EXAMPLES` are the published minimum pensions.
 */
import type { GoldenCase } from '$lib/engine/calculator';

/** VSAA "Koriģēti apdrošināšanas iemaksu algas indeksi 1. līmeņa pensiju kapitālam": factor by capital year. */
export const VSAA_CUMULATIVE: Array<{ year: number; grant2015?: string; grant2016: string }> = [
	{ year: 1996, grant2015: '5.1589', grant2016: '5.4950' },
	{ year: 1997, grant2015: '5.0087', grant2016: '5.3349' },
	{ year: 1998, grant2015: '4.4720', grant2016: '4.7633' },
	{ year: 1999, grant2015: '4.0036', grant2016: '4.2644' },
	{ year: 2000, grant2015: '3.7452', grant2016: '3.9891' },
	{ year: 2001, grant2015: '3.4566', grant2016: '3.6817' },
	{ year: 2002, grant2015: '3.3068', grant2016: '3.5222' },
	{ year: 2003, grant2015: '2.8396', grant2016: '3.0246' },
	{ year: 2004, grant2015: '2.4159', grant2016: '2.5733' },
	{ year: 2005, grant2015: '2.0628', grant2016: '2.1971' },
	{ year: 2006, grant2015: '1.6725', grant2016: '1.7815' },
	{ year: 2007, grant2015: '1.2304', grant2016: '1.3106' },
	{ year: 2008, grant2015: '0.9388', grant2016: '1' },
	{ year: 2009, grant2015: '0.9757', grant2016: '1' },
	{ year: 2010, grant2015: '1.2230', grant2016: '1' },
	{ year: 2011, grant2015: '1.2298', grant2016: '1' },
	{ year: 2012, grant2015: '1.1582', grant2016: '1' },
	{ year: 2013, grant2015: '1.0766', grant2016: '1' },
	{ year: 2014, grant2016: '1' }
];

/** Published minimum old-age pensions: date, record in years, amount (LM; LM 2020 examples; nra.lv 2021; jauns.lv 2026). */
export const MINIMUM_EXAMPLES: Array<{ date: string; record: number; amount: string; note: string }> = [
	{ date: '2016-10-01', record: 18, amount: '70.43', note: '64.03 × 1.1 = 70.433 (record up to 20 years).' },
	{ date: '2019-06-01', record: 45, amount: '108.85', note: '64.03 × 1.7 = 108.851 (41+ years).' },
	{ date: '2020-03-01', record: 18, amount: '88.00', note: '80 × 1.1 (LM example: 18 years, pension 80 → 88).' },
	{ date: '2020-03-01', record: 25, amount: '104.00', note: '80 × 1.3 (LM example: 25 years, pension 95 → 104).' },
	{ date: '2020-03-01', record: 35, amount: '120.00', note: '80 × 1.5 (LM example: 35 years, pension 110 → 120).' },
	{ date: '2021-06-01', record: 15, amount: '149.60', note: '136 × 1.1 = 149.60 (nra.lv 2021).' },
	{ date: '2021-06-01', record: 30, amount: '190.40', note: '149.60 + 15 × 2 % × 136 = 190.40.' },
	{ date: '2024-03-01', record: 30, amount: '239.40', note: '171 × 1.1 + 15 × 2 % × 171 = 188.10 + 51.30.' },
	{ date: '2026-02-01', record: 20, amount: '255.60', note: '213 × 1.2 = 255.60 (jauns.lv 2026).' },
	{ date: '2026-02-01', record: 40, amount: '340.80', note: '255.60 + 20 × 2 % × 213 = 340.80.' }
];

const base = { route: 'general', fundedMember: false };

const golden: GoldenCase[] = [
	{
		name: 'Typical case: born 1975-03-15, salary 1500 today, contributions from 2000 → a projection (regression)',
		note: 'General age 65 → 2040-03-15. Past wages worked out from today’s salary, future ones and the indices after 2024 projected with 5.1 % a year; G for 2040 unknown → the latest known G for 65 (17.76, 2026 table).',
		asOf: '2026-11-22',
		input: { ...base, birthDate: '1975-03-15', mode: 'salary', salary: '1500', startYear: 2000 },
		expect: { kind: 'result', figures: { pensionDate: '2040-03-15', g: '17.76' } }
	},
	{
		name: 'VSAA cumulative index, grant in 2016: 1000 of contribution wage in 1996 → capital 200 × 5.4950',
		note: 'Born 1953-07-15, retires 2016-04-15. 1996 contributions 1000 × 20 % = 200; × Π 1997–2015 (2009–2015 = 1) = 5.4950… → see the figure; the unit test checks every capital year.',
		asOf: '2016-06-01',
		input: {
			...base,
			birthDate: '1953-07-15',
			mode: 'wages',
			startYear: 1996,
			wages: ['1000', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']
		},
		expect: { kind: 'result', figures: { pensionDate: '2016-04-15', totalCapital: '1099.00' } }
	},
	{
		name: 'VSAA cumulative index, grant in 2015 (old indices): 1000 of contribution wage in 1996 → capital 200 × 5.1589',
		note: 'Born 1952-10-01, retires 2015-04-01 (62 y 6 m). 1996 contributions 200 × Π 1997–2014 with the 2009–2014 indices as first determined = 5.1589….',
		asOf: '2016-06-01',
		input: {
			...base,
			birthDate: '1952-10-01',
			mode: 'wages',
			startYear: 1996,
			wages: ['1000', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']
		},
		expect: { kind: 'result', figures: { pensionDate: '2015-04-01', totalCapital: '1031.79' } }
	},
	{
		name: 'G sanity (VSAA August 2024 example): capital 146 200 at 64 in 2024 → 146200 / 17.22 / 12 = 707.51 (VSAA: 711, ±1 %)',
		note: 'VSAA: 753 with G 16.18 → 711 with G 17.22; 753 × 12 × 16.18 ≈ 146 200 of capital; the forecasts were made at different dates, so only ±1 % is checked (unit test).',
		asOf: '2024-08-01',
		input: { ...base, birthDate: '1959-11-01', mode: 'capital', capital: '146200', salary: '0' },
		expect: { kind: 'result', figures: { pensionDate: '2024-08-01', g: '17.22', monthlyPension: '707.51' } }
	},
	{
		name: 'Minimum pension lifts a small pension: 2026, 20 years of record → 255.60',
		note: 'Born 1961-03-10, retires 2026-03-10; salary 100 from 2006 gives a pension far below 213 × 1.2 = 255.60.',
		asOf: '2026-01-15',
		input: { ...base, birthDate: '1961-03-10', mode: 'salary', salary: '100', startYear: 2006, record: 20 },
		expect: { kind: 'result', figures: { pensionDate: '2026-03-10', monthlyPension: '255.60', minimum: '255.60' } }
	},
	{
		name: 'Early retirement: born 1963-05-20 → from 2026-05-20 at 63, half paid until the general age on 2028-05-20',
		note: 'Early age 63 from 2025; general age 65. Half of the granted amount is paid until the general age (the property test checks exactly half).',
		asOf: '2026-01-15',
		input: { ...base, route: 'early', birthDate: '1963-05-20', mode: 'salary', salary: '1500', startYear: 2000, record: 35 },
		expect: { kind: 'result', figures: { pensionDate: '2026-05-20', fullPensionFrom: '2028-05-20' } }
	},
	{
		name: 'Initial capital: 20 years before 1996 and an average 1996–1999 wage of 200 → Ks = Vi × 20 × 20 % × 12',
		note: 'Born 1960-04-01, retires 2025-04-01. Vi = Σ (2400 × factor of 1996…1999 for a 2025 grant) / 48; see the figure.',
		asOf: '2025-01-15',
		input: {
			...base,
			birthDate: '1960-04-01',
			mode: 'capital',
			capital: '30000',
			salary: '1000',
			recordBefore1996: 20,
			wage1996to1999: '200'
		},
		expect: { kind: 'result', figures: { pensionDate: '2025-04-01', initialCapital: '105030.17' } }
	},
	{
		name: 'Born 1940-05-01: cannot answer — the retirement age was reached before the schedule in our data',
		note: '1940-05-01 + 62 y = 2002, before the schedule starts (2013).',
		asOf: '2026-01-15',
		input: { ...base, birthDate: '1940-05-01', mode: 'salary', salary: '500', startYear: 1996 },
		expect: { kind: 'cannot-answer' }
	}
];

export default golden;
