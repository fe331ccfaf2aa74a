/**
 * Worked examples for the disability-related benefits (facts.md §5.8, §7 #7; LM 2014 table; la.lv and
 * nra.lv on the 2024 increase). Supplement for a child with a disability 106.72 (to 18; to 20 from 2021
 * — date unconfirmed), known until 31.12.2022 (the later 160.00 has no confirmed date). Care benefit
 * for a child 213.43 → 313.43 from 01.07.2019. Adult care benefit 213.43; since childhood 313.43 from
 * 01.07.2019 and 413.43 from 01.01.2024.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const golden: GoldenCase[] = [
	{
		name: 'Supplement for a child with a disability from 2017-05-10: 106.72 a month; schedule to 2022-12-31 (67 × 106.72 = 7150.24); claim by 2017-11-10',
		note: 'Jun 2017–Dec 2022 = 67 full months × 106.72 = 7150.24; the table is known until 31.12.2022, so the schedule stops there. Claim within 6 months of the disability date.',
		asOf: '2017-06-01',
		input: { benefit: 'family-supplement', birthDate: '2012-04-01', disabilityFrom: '2017-05-10' },
		expect: { kind: 'result', figures: { monthlyNow: '106.72', total: '7150.24', until: '2022-12-31', claimDeadline: '2017-11-10' } }
	},
	{
		name: 'Supplement on 2023-02-01: cannot answer (160.00 known without a date)',
		note: 'facts.md §7 #7: do not ship 160 without a date.',
		asOf: '2023-02-01',
		input: { benefit: 'family-supplement', birthDate: '2015-04-01' },
		expect: { kind: 'cannot-answer' }
	},
	{
		name: 'Supplement for a young adult born 2002-06-01: none after 18 in 2020, again Jan 2021–May 2022 (17 × 106.72 = 1814.24)',
		note: 'Limit 18 until 2020; 20 from 01.01.2021 (FM 2022 budget text; start date unconfirmed). 20th birthday 01.06.2022.',
		asOf: '2020-06-15',
		input: { benefit: 'family-supplement', birthDate: '2002-06-01', disabilityFrom: '2010-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '0.00', total: '1814.24', until: '2022-05-31' } }
	},
	{
		name: 'Care benefit for a child on 2019-06-30: 213.43',
		note: 'Before the increase of 01.07.2019.',
		asOf: '2019-06-30',
		input: { benefit: 'child-care', birthDate: '2010-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '213.43', total: '32183.29', until: '2027-12-31' } }
	},
	{
		name: 'Care benefit for a child on 2019-07-01: 313.43 (+100)',
		note: 'Amendments to the State Social Benefits Law: 313.43 from 01.07.2019 (LM). Total Jul 2019–Dec 2027 = 102 × 313.43 = 31969.86.',
		asOf: '2019-07-01',
		input: { benefit: 'child-care', birthDate: '2010-01-01' },
		expect: { kind: 'result', figures: { monthlyNow: '313.43', total: '31969.86' } }
	},
	{
		name: 'Care benefit for a child aged 18: not due (adult benefit instead)',
		note: 'The child care benefit is paid until 18.',
		asOf: '2024-05-01',
		input: { benefit: 'child-care', birthDate: '2006-01-01' },
		expect: { kind: 'not-eligible' }
	},
	{
		name: 'Adult disabled since childhood on 2023-12-31: 313.43',
		note: 'la.lv 2023: 313.43 for adults disabled since childhood.',
		asOf: '2023-12-31',
		input: { benefit: 'adult-care', birthDate: '1990-05-05', sinceChildhood: true },
		expect: { kind: 'result', figures: { monthly: '313.43' } }
	},
	{
		name: 'Adult disabled since childhood on 2024-01-01: 413.43',
		note: 'Government decision of December 2023: +100 euro from 01.01.2024 (nra.lv).',
		asOf: '2024-01-01',
		input: { benefit: 'adult-care', birthDate: '1990-05-05', sinceChildhood: true },
		expect: { kind: 'result', figures: { monthly: '413.43' } }
	},
	{
		name: 'Adult, general case, 2024: 213.43',
		note: 'Unchanged general amount (la.lv 2023).',
		asOf: '2024-06-01',
		input: { benefit: 'adult-care', birthDate: '1970-05-05', sinceChildhood: false },
		expect: { kind: 'result', figures: { monthly: '213.43' } }
	},
	{
		name: 'Adult care benefit for a 17-year-old: not yet (from 18)',
		note: 'Granted after 18; until then the child care benefit.',
		asOf: '2024-06-01',
		input: { benefit: 'adult-care', birthDate: '2007-01-01' },
		expect: { kind: 'not-eligible' }
	},
	{
		name: 'Adult care benefit in 2016: cannot answer (amount before 2017 not found)',
		note: 'The LM 2014 table gives 142.29; LBAS 2017 gives 213.43; the date in between is unknown.',
		asOf: '2016-06-01',
		input: { benefit: 'adult-care', birthDate: '1980-01-01' },
		expect: { kind: 'cannot-answer' }
	}
];

export default golden;
