/**
 * Worked examples for the family state benefit (facts.md §5.7, §7 #10 and #13; factcheck.md §4, §9.5).
 * To 2021: by birth order 11.38 / 22.76 / 34.14 / 4th+ 50.07 (2016: 34.14 — unconfirmed, press only);
 * from 01.03.2018 a supplement 10 / 66 / 116 / 166 / 216 (+50) by the number of children the benefit is
 * granted for. From 2022: 25 for one child; 50 each for two; 75 each for three; 100 each for four or
 * more. Age limits: from the 1st birthday to 15 (16 from 2022); while studying to 19 (20 from 2018);
 * a child with a disability to 20 from 2021; full-time higher education counts from 2026.
 */
import type { GoldenCase } from '$lib/engine/calculator';

const two = { children: 2, child1: '2010-03-01', child2: '2014-06-01' };
const three = { children: 3, child1: '2008-01-10', child2: '2012-05-05', child3: '2016-09-09' };
const four = { children: 4, child1: '2005-02-01', child2: '2007-02-01', child3: '2010-02-01', child4: '2014-06-01' };

const golden: GoldenCase[] = [
	{
		name: 'Two children (7 and 3) on 2017-06-15: 11.38 + 22.76 = 34.14 a month',
		note: 'Birth order: first child 11.38, second 22.76 (VSAA; MK 1517); no supplement before 01.03.2018.',
		asOf: '2017-06-15',
		input: two,
		expect: { kind: 'result', figures: { monthlyNow: '34.14', eligibleNow: '2' } }
	},
	{
		name: 'Same family on 2018-02-28 (day before the supplement): 34.14',
		note: 'The supplement starts on 01.03.2018.',
		asOf: '2018-02-28',
		input: two,
		expect: { kind: 'result', figures: { monthlyNow: '34.14' } }
	},
	{
		name: 'Same family on 2018-03-01: 34.14 + supplement 10 = 44.14',
		note: 'Supplement for two children 10 euro from 01.03.2018 (MK 19.12.2017 No. 779; VSAA).',
		asOf: '2018-03-01',
		input: two,
		expect: { kind: 'result', figures: { monthlyNow: '44.14' } }
	},
	{
		name: 'Same family on 2021-12-31: 44.14 (old rules, last day)',
		note: '11.38 + 22.76 + 10 = 44.14.',
		asOf: '2021-12-31',
		input: two,
		expect: { kind: 'result', figures: { monthlyNow: '44.14' } }
	},
	{
		name: 'Same family on 2022-01-01 (reform): 2 × 50 = 100.00',
		note: 'From 2022: two children → 50 each (Valsts sociālo pabalstu likums 6. panta 2.2 daļa; likumi.lv 323018).',
		asOf: '2022-01-01',
		input: two,
		expect: { kind: 'result', figures: { monthlyNow: '100.00' } }
	},
	{
		name: 'Three children on 2021-06-01: 11.38 + 22.76 + 34.14 + supplement 66 = 134.28',
		note: 'Birth order 1–3 plus the three-child supplement 66.',
		asOf: '2021-06-01',
		input: three,
		expect: { kind: 'result', figures: { monthlyNow: '134.28', eligibleNow: '3' } }
	},
	{
		name: 'Three children on 2022-06-01: 3 × 75 = 225.00',
		note: 'From 2022: three children → 75 each.',
		asOf: '2022-06-01',
		input: three,
		expect: { kind: 'result', figures: { monthlyNow: '225.00' } }
	},
	{
		name: 'Four children on 2016-03-01: the 4th child gets 34.14 → 102.42 (2016 rule, unconfirmed)',
		note: '2016: third and later children 34.14 (diena.lv 09.2016; factcheck §4). 11.38 + 22.76 + 34.14 + 34.14 = 102.42.',
		asOf: '2016-03-01',
		input: four,
		expect: { kind: 'result', figures: { monthlyNow: '102.42', eligibleNow: '4' } }
	},
	{
		name: 'Four children on 2017-03-01: the 4th child gets 50.07 → 118.35',
		note: 'From 01.01.2017 the fourth and later children 50.07 (VSAA English page). 11.38 + 22.76 + 34.14 + 50.07 = 118.35.',
		asOf: '2017-03-01',
		input: four,
		expect: { kind: 'result', figures: { monthlyNow: '118.35' } }
	},
	{
		name: 'Four children on 2022-03-01, the eldest at school: 4 × 100 = 400.00',
		note: 'Ages 17 (at school, so to 20), 15, 12 and 7: four children eligible → 100 each for four or more = 400.00.',
		asOf: '2022-03-01',
		input: { ...four, after1: 'school' },
		expect: { kind: 'result', figures: { monthlyNow: '400.00', eligibleNow: '4' } }
	},
	{
		name: 'Child born 2006-05-20, not studying: no benefit in 2021 after 15, again from 2022 until 2022-05-19 (115.32)',
		note: 'Limit 15 until 2021 → stopped 20.05.2021; from 01.01.2022 the limit is 16 → Jan–Apr 2022 4 × 25 = 100.00, May 2022 25 × 19/31 = 15.32.',
		asOf: '2021-06-01',
		input: { children: 1, child1: '2006-05-20' },
		expect: { kind: 'result', figures: { monthlyNow: '0.00', total: '115.32', until: '2022-05-19' } }
	},
	{
		name: 'Pupil born 1998-08-01 on 2017-09-01: stopped at 19, paid again Jan–Jul 2018 (limit 20): 7 × 11.38 = 79.66',
		note: 'Study limit 19 until 2017, 20 from 01.01.2018 (VSAA via jelgava.lv); 20th birthday 01.08.2018.',
		asOf: '2017-09-01',
		input: { children: 1, child1: '1998-08-01', after1: 'school' },
		expect: { kind: 'result', figures: { monthlyNow: '0.00', total: '79.66', until: '2018-07-31' } }
	},
	{
		name: 'One child aged 20 on 2020-06-01, not studying: not entitled',
		note: 'Over the age limits.',
		asOf: '2020-06-01',
		input: { children: 1, child1: '2000-01-01' },
		expect: { kind: 'not-eligible', figures: { monthlyNow: '0.00' } }
	},
	{
		name: 'University student born 2008-03-01: nothing in 2025, 25 a month Jan 2026–Dec 2027 (600.00); rules after 2027 unknown',
		note: 'From 2026 full-time higher education counts (VSAA): paid to the 20th birthday 01.03.2028, but the tables are known until 31.12.2026 and 2027 uses their rules with a notice: 24 months × 25 = 600.00.',
		asOf: '2025-06-01',
		input: { children: 1, child1: '2008-03-01', after1: 'higher' },
		expect: { kind: 'result', figures: { monthlyNow: '0.00', total: '600.00', until: '2027-12-31' } }
	},
	{
		name: 'Child with a disability aged 15 y 10 m on 2021-02-01: paid (from 2021 regardless of study) — 11.38',
		note: 'From 01.01.2021 a child with a disability gets the benefit after 15 whether or not studying (latvija.lv).',
		asOf: '2021-02-01',
		input: { children: 1, child1: '2005-04-01', after1: 'disabled' },
		expect: { kind: 'result', figures: { monthlyNow: '11.38' } }
	},
	{
		name: 'Baby born 2025-09-10: from the 1st birthday 25 a month, counted to 2027-12-31 — 392.50; claim by 2027-03-10',
		note: 'Sep 2026: 25 × 21/30 = 17.50; Oct 2026–Dec 2027: 15 × 25 = 375.00 (2027 with the 2026 rules and a notice; later rules unknown). Claim within 6 months of 10.09.2026.',
		asOf: '2026-03-01',
		input: { children: 1, child1: '2025-09-10' },
		expect: { kind: 'result', figures: { monthlyNow: '0.00', total: '392.50', until: '2027-12-31', claimDeadline: '2027-03-10' } }
	}
];

export default golden;
