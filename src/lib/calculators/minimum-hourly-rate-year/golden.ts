/**
 * Year totals checked by hand from ../shared/rules/calendar.md §3 (holidays by year) and §4
 * (transfers): total = 8 × Mon–Fri days; holiday hours = 8 × holidays and substitute days on
 * Mon–Fri; pre-holiday hours = 1 per shortened day (DL s.135).
 */
import type { GoldenCase } from '$lib/engine/calculator';

const asOf = '2026-11-22';

export const golden: GoldenCase[] = [
	{
		name: '2026, 40 h: 261 Mon–Fri days, 250 working days = 2088 h = 1994 worked + 88 holiday + 6 pre-holiday; rates 4.2391 to 4.8750',
		note: 'Holidays on Mon–Fri (§3): 1 Jan, 3 Apr, 6 Apr, 1 May, 4 May, 23 Jun, 24 Jun, 18 Nov, 24 Dec, 25 Dec, 31 Dec = 11 × 8 = 88; 261 − 11 = 250 working days (as LM publishes). Shortened: 2 Apr, 30 Apr, Sat 27 Jun (transferred from 22 Jun, order No. 330), 17 Nov, 23 Dec, 30 Dec = 6. 2088 − 88 − 6 = 1994. The months have 20 (February) to 23 (July, December) weekdays: lowest rate 780 / 184 = 4.23913… → 4.2391, highest 780 / 160 = 4.8750.',
		asOf,
		input: { year: 2026, schedule: '40', followsTransfers: true },
		expect: {
			kind: 'result',
			figures: {
				totalHours: '2088',
				workedHours: '1994',
				holidayHours: '88',
				preHolidayHours: '6',
				workingDays: '250',
				lowestRate: '4.2391',
				highestRate: '4.8750'
			}
		}
	},
	{
		name: '2027, 40 h (planned wage 820, no transfer order known): 2088 h = 2009 worked + 72 holiday + 7 pre-holiday',
		note: 'Holidays on Mon–Fri (§3): 1 Jan, 26 Mar, 29 Mar, 4 May, 23 Jun, 24 Jun, 18 Nov, 24 Dec, 31 Dec = 9 × 8 = 72. Shortened: 25 Mar, 30 Apr (1 May is a Saturday), 3 May, 22 Jun, 17 Nov, 23 Dec, 30 Dec = 7. 2088 − 72 − 7 = 2009.',
		asOf,
		input: { year: 2027, schedule: '40', followsTransfers: true },
		expect: {
			kind: 'result',
			figures: { totalHours: '2088', workedHours: '2009', holidayHours: '72', preHolidayHours: '7', workingDays: '252' }
		}
	},
	{
		name: '2026, 35 h: 7 × 261 = 1827 h = 1744 worked + 77 holiday + 6 pre-holiday',
		note: 'Same days as the 40-hour case with 7-hour days and the 1-hour shortening: 11 × 7 = 77; 1827 − 77 − 6 = 1744.',
		asOf,
		input: { year: 2026, schedule: '35', followsTransfers: true },
		expect: { kind: 'result', figures: { totalHours: '1827', workedHours: '1744', holidayHours: '77', preHolidayHours: '6' } }
	},
	{
		name: '2024, six days, 40 h (derived from Labour Law s.133): 7 × 262 + 5 × 52 = 2094 h = 2003 worked + 82 holiday + 9 pre-holiday',
		note: 'Holidays on Mon–Sat: 1 Jan, 29 Mar, 1 Apr, 1 May, Sat 4 May (5 h), Mon 6 May (substitute), 24 Jun, 18 Nov, 24, 25, 26, 31 Dec = 11 × 7 + 5 = 82. Shortened: 28 Mar, Sat 30 Mar (Easter), 30 Apr, 3 May, Sat 11 May (Mother’s Day), Sat 18 May (Pentecost), Sat 22 Jun (Līgo), 23 Dec, 30 Dec = 9. 2094 − 82 − 9 = 2003. No Cabinet transfers. Rates 700 / 181 = 3.8674 to 700 / 165 = 4.2424.',
		asOf,
		input: { year: 2024, schedule: '40-6' },
		expect: {
			kind: 'result',
			figures: {
				totalHours: '2094',
				workedHours: '2003',
				holidayHours: '82',
				preHolidayHours: '9',
				workingDays: '302',
				lowestRate: '3.8674',
				highestRate: '4.2424'
			}
		}
	}
];
