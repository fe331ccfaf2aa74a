/**
 * Worked examples from ../shared/rules/calendar.md, facts.md and seed 004 (the 2017 LBAS overview,
 * quoting the Welfare Ministry). Hours are worked / holiday / pre-holiday = total; the rate is
 * minimum wage / total to 4 decimals (MK 656 p. 3); the pay split is wage × hours / total.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const asOf = '2026-11-22';
const m40 = (month: string, followsTransfers = true) => ({ month, schedule: '40', followsTransfers });
/** Six-day weeks: the transfer question is not asked (Cabinet orders concern five-day weeks). */
const six = (month: string, schedule = '40-6') => ({ month, schedule });

/**
 * Six-day cases, checked by hand from Labour Law s.133 (7 or 6 hours Monday–Friday, 5 on Saturday),
 * the holiday law and s.135. They are derived, not copied from a Welfare Ministry six-day table: the
 * ministry publishes those tables every year, but no copy we could read gave their figures.
 */
const sixDayGolden: GoldenCase[] = [
	{
		name: 'November 2023, six days, 40 h: holiday on Saturday 18 Nov (5 h) and substitute Monday 20 Nov (7 h): 161 + 12 + 1 = 174 h, rate 3.5632',
		note: '22 Mon–Fri × 7 + 4 Saturdays × 5 = 174. Holiday hours: Sat 18 Nov 5 + Mon 20 Nov 7 (the law on holidays names Saturday, so the next working day is a day off) = 12; Fri 17 Nov shortened = 1; 174 − 12 − 1 = 161. 620 / 174 = 3.56321… → 3.5632; 620 × 161 / 174 = 573.6782; 620 × 13 / 174 = 46.3218.',
		asOf,
		input: six('2023-11'),
		expect: {
			kind: 'result',
			figures: {
				rate: '3.5632',
				totalHours: '174',
				workedHours: '161',
				holidayHours: '12',
				preHolidayHours: '1',
				workingDays: '24',
				payWorked: '573.6782',
				payPaidAbsence: '46.3218'
			}
		}
	},
	{
		name: 'April 2018, six days, 40 h: the five-day transfer of 30 Apr to Sat 21 Apr does not apply; 159 + 7 + 1 = 167 h, rate 2.5749',
		note: '21 Mon–Fri × 7 + 4 Saturdays × 5 = 167. Easter Monday 2 Apr = 7 holiday hours; Mon 30 Apr (before 1 May) shortened = 1, and Sat 21 Apr is an ordinary 5-hour Saturday. 430 / 167 = 2.57485… → 2.5749.',
		asOf,
		input: six('2018-04'),
		expect: {
			kind: 'result',
			figures: { rate: '2.5749', totalHours: '167', workedHours: '159', holidayHours: '7', preHolidayHours: '1', workingDays: '24' }
		}
	},
	{
		name: 'December 2024, six days, 40 h: 144 + 28 + 2 = 174 h, rate 4.0230',
		note: '22 Mon–Fri × 7 + 4 Saturdays × 5 = 174. Holidays 24, 25, 26, 31 Dec (Tue–Thu, Tue) = 4 × 7 = 28; shortened Mon 23 and Mon 30 Dec = 2 (the five-day transfers to Sat 14 and 28 Dec do not apply). 700 / 174 = 4.02298… → 4.0230; 700 × 144 / 174 = 579.3103; 700 × 30 / 174 = 120.6897.',
		asOf,
		input: six('2024-12'),
		expect: {
			kind: 'result',
			figures: {
				rate: '4.0230',
				totalHours: '174',
				workedHours: '144',
				holidayHours: '28',
				preHolidayHours: '2',
				payWorked: '579.3103',
				payPaidAbsence: '120.6897'
			}
		}
	},
	{
		name: 'June 2017, six days, 35 h: Sat 3 Jun before Pentecost shortened 5 → 4; 139 + 11 + 2 = 152 h, rate 2.5000',
		note: '22 Mon–Fri × 6 + 4 Saturdays × 5 = 152. Holidays Fri 23 Jun 6 + Sat 24 Jun 5 = 11; shortened Sat 3 Jun (Pentecost 4 Jun) and Thu 22 Jun = 2; 152 − 11 − 2 = 139. 380 / 152 = 2.5.',
		asOf,
		input: six('2017-06', '35-6'),
		expect: {
			kind: 'result',
			figures: { rate: '2.5000', totalHours: '152', workedHours: '139', holidayHours: '11', preHolidayHours: '2', workingDays: '24' }
		}
	}
];

export const golden: GoldenCase[] = [
	{
		name: 'May 2023, 40 h: 159 worked + 24 holiday (1, 4, 29 May) + 1 pre-holiday (3 May) = 184 h, rate 3.3696',
		note: '620 / 184 = 3.36956… → 3.3696. 29 May 2023 is the one-off hockey holiday; facts.md §7 #6 takes the re-issued LM table (ifinanses): split 620 × 159 / 184 = 535.7609 and 620 × 25 / 184 = 84.2391.',
		asOf,
		input: m40('2023-05'),
		expect: {
			kind: 'result',
			figures: {
				rate: '3.3696',
				minimumWage: '620.00',
				totalHours: '184',
				workedHours: '159',
				holidayHours: '24',
				preHolidayHours: '1',
				workingDays: '20',
				payWorked: '535.7609',
				payPaidAbsence: '84.2391'
			}
		}
	},
	{
		name: 'May 2017, transfer followed: Saturday 13 May (worked instead of Fri 5 May) is the eve of Mother’s Day and is shortened: 166 + 16 + 2 = 184 h, rate 2.0652',
		note: 'Holidays 1 and 4 May = 16 h; pre-holiday 3 May and 13 May = 2 h (LM: "13. maijs ir uzskatāms par pirmssvētku dienu"); 8 × 23 − 16 − 2 = 166. 380 / 184 = 2.06521… → 2.0652, as in seed 004 ("184 x 2,0652").',
		asOf,
		input: m40('2017-05'),
		expect: {
			kind: 'result',
			figures: {
				rate: '2.0652',
				totalHours: '184',
				workedHours: '166',
				holidayHours: '16',
				preHolidayHours: '2',
				workingDays: '21',
				payWorked: '342.8261',
				payPaidAbsence: '37.1739'
			}
		}
	},
	{
		name: 'May 2017, transfer not followed: 167 + 16 + 1 = 184 h, same rate 2.0652',
		note: 'calendar.md §8 #7: without the order Sat 13 May is not worked, so only 3 May is shortened. The total and the rate do not change.',
		asOf,
		input: m40('2017-05', false),
		expect: {
			kind: 'result',
			figures: { rate: '2.0652', totalHours: '184', workedHours: '167', holidayHours: '16', preHolidayHours: '1', workingDays: '21' }
		}
	},
	{
		name: 'November 2017: 18 Nov on a Saturday — Friday 17 Nov shortened, Monday 20 Nov a substitute day off: 167 + 8 + 1 = 176 h, rate 2.1591',
		note: 'Law on holidays Art. 1 (next working day off for 18 Nov); DL s.135 for Fri 17 Nov (vertex.lv 2017). 380 / 176 = 2.15909… → 2.1591.',
		asOf,
		input: m40('2017-11'),
		expect: { kind: 'result', figures: { rate: '2.1591', totalHours: '176', workedHours: '167', holidayHours: '8', preHolidayHours: '1' } }
	},
	{
		name: 'May 2024: 4 May on a Saturday — substitute Monday 6 May counted as holiday hours: 167 + 16 (1, 6 May) + 1 (3 May) = 184 h, rate 3.8043',
		note: 'calendar.md §1 step 2: LM "16 (1., 6.maijs)", total 184. 700 / 184 = 3.80434… → 3.8043.',
		asOf,
		input: m40('2024-05'),
		expect: {
			kind: 'result',
			figures: { rate: '3.8043', totalHours: '184', workedHours: '167', holidayHours: '16', preHolidayHours: '1', payWorked: '635.3261' }
		}
	},
	{
		name: 'April 2018: Mon 30 Apr moved to Sat 21 Apr, which is shortened as the transferred pre-holiday day: 159 + 8 + 1 = 168 h, rate 2.5595',
		note: 'MK order No. 211 (25.04.2017); VDI 16.04.2018: DL s.135 applies on 21 April. Easter Monday 2 Apr = 8 h. 430 / 168 = 2.55952… → 2.5595.',
		asOf,
		input: m40('2018-04'),
		expect: {
			kind: 'result',
			figures: { rate: '2.5595', totalHours: '168', workedHours: '159', holidayHours: '8', preHolidayHours: '1', workingDays: '20' }
		}
	},
	{
		name: 'December 2024: consecutive holidays 24–26 Dec and 31 Dec; transferred Saturdays 14 and 28 Dec are pre-holiday days: 142 + 32 + 2 = 176 h, rate 3.9773',
		note: 'Transfers 23 → 14 Dec and 30 → 28 Dec "with all their rights" (VDI); consecutive holidays shorten only the day before the first. 8 × 22 − 32 − 2 = 142. 700 / 176 = 3.97727… → 3.9773.',
		asOf,
		input: m40('2024-12'),
		expect: {
			kind: 'result',
			figures: {
				rate: '3.9773',
				totalHours: '176',
				workedHours: '142',
				holidayHours: '32',
				preHolidayHours: '2',
				payWorked: '564.7727',
				payPaidAbsence: '135.2273'
			}
		}
	},
	{
		name: 'September 2018: one-off holiday Monday 24 Sep (Pope’s visit): 152 + 8 + 0 = 160 h, rate 2.6875',
		note: 'calendar.md §8 #2: the post-amendment calendar gives 152/8/0/160; 430 / 160 = 2.6875 exactly.',
		asOf,
		input: m40('2018-09'),
		expect: { kind: 'result', figures: { rate: '2.6875', totalHours: '160', workedHours: '152', holidayHours: '8', preHolidayHours: '0' } }
	},
	{
		name: 'December 2016: 24 and 31 Dec on Saturdays — Fridays 23 and 30 Dec shortened; 26 Dec a holiday: 166 + 8 + 2 = 176 h, rate 2.1023',
		note: 'calendar.md §2.5: "The LM tables apply this every time: 23 Dec and 30 Dec 2016". 370 / 176 = 2.10227… → 2.1023.',
		asOf,
		input: m40('2016-12'),
		expect: { kind: 'result', figures: { rate: '2.1023', totalHours: '176', workedHours: '166', holidayHours: '8', preHolidayHours: '2' } }
	},
	{
		name: 'December 2017: 24 and 31 Dec on Sundays give nothing: 152 + 16 + 0 = 168 h, rate 2.2619',
		note: 'calendar.md §1: a Sunday holiday without a substitute shortens no day (the Saturday is not worked). 25, 26 Dec = 16 h. 380 / 168 = 2.26190… → 2.2619.',
		asOf,
		input: m40('2017-12'),
		expect: { kind: 'result', figures: { rate: '2.2619', totalHours: '168', workedHours: '152', holidayHours: '16', preHolidayHours: '0' } }
	},
	{
		name: 'July 2023: Song and Dance Festival closing day Sunday 9 Jul — Monday 10 Jul a substitute day off: 160 + 8 + 0 = 168 h, rate 3.6905',
		note: 'calendar.md §2.2: LM 2023 July "8 (10.07.)". 620 / 168 = 3.69047… → 3.6905.',
		asOf,
		input: m40('2023-07'),
		expect: { kind: 'result', figures: { rate: '3.6905', totalHours: '168', workedHours: '160', holidayHours: '8', preHolidayHours: '0' } }
	},
	{
		name: 'May 2025: substitute Monday 5 May counted as holiday hours; transferred Saturday 10 May is the eve of Mother’s Day: 159 + 16 + 1 = 176 h, rate 4.2045',
		note: 'calendar.md §8 #3 (176, not 168 as one unofficial site has) and MK order No. 332. 740 / 176 = 4.20454… → 4.2045.',
		asOf,
		input: m40('2025-05'),
		expect: { kind: 'result', figures: { rate: '4.2045', totalHours: '176', workedHours: '159', holidayHours: '16', preHolidayHours: '1' } }
	},
	{
		name: 'May 2025, transfer not followed: 160 + 16 + 0 = 176 h',
		note: 'calendar.md §8 #7: without the order Fri 2 May is worked in full and Sat 10 May is not worked.',
		asOf,
		input: m40('2025-05', false),
		expect: { kind: 'result', figures: { rate: '4.2045', totalHours: '176', workedHours: '160', holidayHours: '16', preHolidayHours: '0' } }
	},
	{
		name: 'January 2026: Fri 2 Jan moved to Sat 17 Jan (MK order No. 330): 168 + 8 + 0 = 176 h, rate 4.4318',
		note: '1 Jan = 8 h; 31 Dec 2025 is itself a holiday, so no pre-holiday day. 780 / 176 = 4.43181… → 4.4318.',
		asOf,
		input: m40('2026-01'),
		expect: {
			kind: 'result',
			figures: { rate: '4.4318', totalHours: '176', workedHours: '168', holidayHours: '8', preHolidayHours: '0', workingDays: '21' }
		}
	},
	{
		name: 'May 2023, 35-hour week: 7 × 23 = 161 h (139 + 21 + 1), rate 3.8509',
		note: 'Same days as the 40-hour case with 7-hour days and the 1-hour shortening (calendar.md §2.5, §8 #8): 7 × 23 − 21 − 1 = 139. 620 / 161 = 3.85093… → 3.8509.',
		asOf,
		input: { month: '2023-05', schedule: '35', followsTransfers: true },
		expect: { kind: 'result', figures: { rate: '3.8509', totalHours: '161', workedHours: '139', holidayHours: '21', preHolidayHours: '1' } }
	},
	{
		name: 'April 2027 (planned wage 820): Friday 30 Apr shortened because 1 May is a Saturday: 175 + 0 + 1 = 176 h, rate 4.6591',
		note: 'calendar.md §1 consequences (30 Apr 2027). 820 is planned, not enacted (facts.md §1.1), so the result carries a notice. 820 / 176 = 4.65909… → 4.6591.',
		asOf,
		input: m40('2027-04'),
		expect: {
			kind: 'result',
			figures: { rate: '4.6591', minimumWage: '820.00', totalHours: '176', workedHours: '175', holidayHours: '0', preHolidayHours: '1' }
		}
	},
	...sixDayGolden
];
