/**
 * Personas: the check's worked examples. Each names the situations chosen and the answers typed
 * (as a person types them: dd.mm.yyyy dates, Latvian or English amounts), and for every benefit the
 * check shows, the expected verdict, the figures and the claim deadline, with the arithmetic.
 * `personas.test.ts` runs the check on them and, for each benefit, the calculator itself through its
 * pre-filled link, and fails if either differs from what is written here.
 */
import type { IsoDate } from '$lib/engine/dates';
import type { CheckSituationId, Facts } from './catalogue';
import type { Status } from './check';

export interface PersonaExpectation {
	status: Status;
	started?: boolean;
	/** Figure id → the language-neutral value (`displayToString`: money "123.45", dates ISO). */
	figures?: Record<string, string>;
}

export interface Persona {
	id: string;
	name: string;
	situations: CheckSituationId[];
	asOf: IsoDate;
	facts: Facts;
	/** Entry id → what the check must show; every entry the check shows is listed (a test checks). */
	expect: Record<string, PersonaExpectation>;
	/** The arithmetic behind the figures, as the calculators explain it. */
	note: string;
}

export const PERSONAS: Persona[] = [
	{
		id: 'mother-third-child',
		name: 'An employed mother expecting her third child',
		situations: ['expecting-or-born', 'raising-children'],
		asOf: '2026-11-20',
		facts: {
			insured: 'yes',
			months6: '6',
			averageWage: '1 500,00',
			newbornDate: '15.01.2027',
			claimant: 'mother',
			earlyRegistration: 'yes',
			complications: 'no',
			parentalOption: 'shorter',
			parentalWorking: 'no',
			children: '2',
			child1: '10.05.2019',
			child2: '03.03.2022',
			childDisabled: 'no',
			guardian: 'no'
		},
		expect: {
			'birth-grant': {
				status: 'entitled',
				started: false,
				figures: { total: '600.00', rightFrom: '2027-01-15', claimDeadline: '2027-07-15' }
			},
			'maternity-benefit': {
				status: 'entitled',
				started: true,
				figures: { benefitPerDay: '39.45', totalDays: '126', total: '4970.70', leaveStart: '2026-11-06' }
			},
			'parental-benefit': {
				status: 'entitled',
				started: false,
				figures: { benefitPerDay: '29.59', paidDays: '278', total: '8226.02', start: '2027-03-12', claimDeadline: '2027-09-12' }
			},
			'family-state-benefit': { status: 'entitled', started: true, figures: { monthlyNow: '100.00', eligibleNow: '2' } }
		},
		note: 'Birth grant 600.00 per child in 2027, right from the birth (15.01.2027), claim within 6 months: 15.07.2027. Maternity: 70 days before the birth (registered by week 12) from 06.11.2026 + 56 after = 126 days; 1500 × 12 / 365 = 49.3151 a day, × 80 % = 39.45; 126 × 39.45 = 4970.70. The leave has begun (06.11.2026 ≤ 20.11.2026): said first. Parental (shorter, 60 %): 49.3151 × 60 % = 29.59 a day from 12.03.2027 (after 56 post-natal days) for 278 days = 8226.02; claim within 6 months of the start: 12.09.2027. Family state benefit for 2 children: 2 × 50.00 = 100.00 a month, being paid now.'
	},
	{
		id: 'father-paternity',
		name: 'A father on paternity leave',
		situations: ['expecting-or-born'],
		asOf: '2026-11-20',
		facts: {
			insured: 'yes',
			months6: '6',
			averageWage: '2000',
			newbornDate: '20.10.2026',
			claimant: 'other-parent',
			leaveStart: '02.11.2026',
			parentalOption: 'longer',
			parentalWorking: 'no'
		},
		expect: {
			'birth-grant': {
				status: 'entitled',
				started: true,
				figures: { total: '600.00', rightFrom: '2026-10-20', claimDeadline: '2027-04-20' }
			},
			'paternity-benefit': {
				status: 'entitled',
				figures: { benefitPerDay: '73.56', paidDays: '10', total: '735.60', claimDeadline: '2027-05-02' }
			},
			'parental-benefit': {
				status: 'entitled',
				started: true,
				figures: { benefitPerDay: '28.77', total: '14874.09', start: '2026-10-20', claimDeadline: '2027-04-20' }
			}
		},
		note: 'Birth grant 600.00, right from the birth 20.10.2026, claim by 20.04.2027 (6 months): the right has begun, so it is said first. Paternity: 2000 × 12 = 24000 over 261 weekdays = 91.954 a working day, × 80 % = 73.56; 10 working days = 735.60 from 02.11.2026; claim within 6 months of the leave: 02.05.2027. Parental, longer option for the other parent from the birth: 24000 / 365 = 65.7534 × 43.75 % = 28.77 a day; 14874.09 until 19.03.2028; claim by 20.04.2027.'
	},
	{
		id: 'job-lost-near-miss',
		name: 'A person who lost a job after 10 months of contributions',
		situations: ['lost-job'],
		asOf: '2026-11-20',
		facts: {
			averageWage: '1200',
			record: '5',
			statusDate: '02.11.2026',
			jobSituation: 'general',
			contributionMonths: '10',
			ownRequest: 'no'
		},
		expect: {
			'unemployment-benefit': { status: 'not-entitled' },
			'annual-tax-free-minimum': { status: 'link' }
		},
		note: "Unemployment benefit needs 12 months of contributions in the 16 before the status; 10 entered: not entitled, 2 months short (the calculator's reason names both numbers). The record (5 years) meets the 1 year needed."
	},
	{
		id: 'retiring-64',
		name: 'A 64-year-old with 38 years of record',
		situations: ['retiring'],
		asOf: '2026-11-20',
		facts: { birthDate: '15.06.1962', record: '38', retirementCategory: 'general' },
		expect: {
			'retirement-age': {
				status: 'entitled',
				started: false,
				figures: { pensionDate: '2027-06-15', ageAtPension: '65y0m', recordMet: 'yes' }
			},
			'state-social-security-benefit:pension-age': { status: 'not-entitled', figures: { monthly: '187.00' } },
			'old-age-pension': { status: 'link' },
			'pension-indexation': { status: 'link' },
			'pension-after-tax': { status: 'link' }
		},
		note: 'Born 15.06.1962: the general retirement age is 65 years (in force from 2025), so the pension from 15.06.2027; 38 years of record is more than the 20 needed. Not yet begun on 20.11.2026. The state social security benefit (187.00 a month) is only for those without a pension right and of pension age: not due (two reasons).'
	},
	{
		id: 'widow',
		name: 'A widow whose husband received a pension',
		situations: ['death-in-family'],
		asOf: '2026-11-20',
		facts: {
			deathDate: '05.10.2026',
			deceasedInsured: 'no',
			deceasedPensioner: 'yes',
			deceasedPension: '650',
			married: 'yes',
			spousePensioner: 'yes'
		},
		expect: {
			'funeral-benefit': { status: 'entitled', figures: { total: '1300.00', claimDeadline: '2027-04-05' } },
			'survivor-spouse-benefit': {
				status: 'entitled',
				figures: { perMonth: '325.00', months: '12', total: '3900.00', claimDeadline: '2027-04-05' }
			},
			'work-injury-compensation:survivors': { status: 'link' },
			'state-social-security-benefit:survivor': { status: 'link' }
		},
		note: "Funeral benefit for a pensioner: 2 × 650.00 = 1300.00; survivor's benefit 50 % × 650.00 = 325.00 a month for 12 months = 3900.00; both claimed within 6 months of the death on 05.10.2026: 05.04.2027."
	},
	{
		id: 'parent-disabled-child',
		name: 'A parent of a child with a disability',
		situations: ['raising-children'],
		asOf: '2026-11-20',
		facts: {
			children: '1',
			child1: '01.04.2018',
			childDisabled: 'yes',
			disabledChildBirth: '01.04.2018',
			disabilityFrom: '15.01.2020',
			guardian: 'no'
		},
		expect: {
			'family-state-benefit': { status: 'entitled', started: true, figures: { monthlyNow: '25.00', eligibleNow: '1' } },
			'disabled-child-benefits': { status: 'entitled', started: true, figures: { monthlyNow: '313.43', until: '2027-12-31' } }
		},
		note: 'Family state benefit for 1 child: 25.00 a month, being paid now. The benefit for caring for a child with a disability: 313.43 a month until the day before the 18th birthday (31.03.2036), being paid now; the result shows the months to 31.12.2027, as far as the rules are known (the year rollover stops one year after the data).'
	},
	{
		id: 'guardian',
		name: 'A guardian of a ten-year-old',
		situations: ['raising-children'],
		asOf: '2026-11-20',
		facts: {
			children: '1',
			child1: '01.09.2016',
			childDisabled: 'no',
			guardian: 'yes',
			wardBirth: '01.09.2016',
			guardianshipDate: '15.09.2026'
		},
		expect: {
			'family-state-benefit': { status: 'entitled', started: true, figures: { monthlyNow: '25.00' } },
			'birth-grant:guardianship': { status: 'not-entitled', figures: { claimDeadline: '2027-03-15' } },
			'child-maintenance': { status: 'entitled', started: true, figures: { monthlyNow: '468.00', until: '2027-12-31' } }
		},
		note: "The guardian's benefit for a child aged 10 years 2 months: 468.00 a month until 31.08.2034 (the day before 18); the result shows it to 31.12.2027, as far as the rules are known. Birth grant on guardianship: only if the child was under 1 when guardianship was established; the ward was 10: not entitled. Family state benefit 25.00 a month."
	},
	{
		id: 'self-employed-low',
		name: 'A self-employed person with a low income',
		situations: ['working'],
		asOf: '2026-11-20',
		facts: { selfEmployed: 'yes', selfIncome: '400' },
		expect: {
			'social-contributions': { status: 'figures', figures: { contributions: '0.00', pensionOnly: '40.00', selfEmployedTotal: '40.00' } },
			'minimum-pay-for-hours': { status: 'link' },
			'minimum-hourly-rate-year': { status: 'link' },
			'annual-tax-free-minimum': { status: 'link' }
		},
		note: 'Income 400.00 is below the minimum wage 780.00: no contributions at the full rate (0.00), only 10 % for pension insurance: 400.00 × 10 % = 40.00.'
	},
	{
		id: 'sick-child-employee',
		name: 'An employee caring for a sick child',
		situations: ['ill-or-sick-child', 'working'],
		asOf: '2026-11-20',
		facts: {
			insured: 'yes',
			months6: '6',
			averageWage: '1400',
			selfEmployed: 'no',
			grossPay: '1400',
			taxBook: 'yes',
			dependants: '1',
			schedule: '40',
			sickCase: 'sick-child',
			sickFrom: '09.11.2026',
			sickTo: '20.11.2026',
			sickChildBirth: '02.02.2020',
			hospital: 'no'
		},
		expect: {
			'sickness-benefit': {
				status: 'entitled',
				started: true,
				figures: { benefitPerDay: '36.82', agencyDays: '12', agencyTotal: '441.84', claimDeadline: '2027-05-09' }
			},
			'net-gross-salary': { status: 'figures', figures: { net: '1137.48', incomeTax: '115.52', employerCost: '1730.26' } },
			'minimum-hourly-rate': { status: 'figures', figures: { rate: '4.6429', totalHours: '168' } },
			'minimum-pay-for-hours': { status: 'link' },
			'minimum-hourly-rate-year': { status: 'link' },
			'annual-tax-free-minimum': { status: 'link' }
		},
		note: 'Sick child (6 years): VSAA pays from the first day; 1400 × 12 / 365 = 46.0274 × 80 % = 36.82 a day × 12 days = 441.84; claim within 6 months: 09.05.2027. Net pay: 1400 − 147.00 (10.5 %) − tax 25.5 % × (1400 − 147 − 550 − 250) = 115.52 → 1137.48. Minimum hourly rate in November 2026: 780.00 / 168 h = 4.6429.'
	},
	{
		id: 'work-accident',
		name: 'A worker with a group II disability after an accident at work',
		situations: ['disability'],
		asOf: '2026-11-20',
		facts: {
			birthDate: '12.03.1980',
			group: 'II',
			sinceChildhood: 'no',
			hasPension: 'yes',
			workAccident: 'yes',
			injuryDate: '01.06.2026',
			lossPercent: '40',
			injuryWage: '1300'
		},
		expect: {
			'minimum-disability-pension': { status: 'entitled', figures: { minimum: '298.20' } },
			'work-injury-compensation': { status: 'entitled', figures: { rate: '50', monthly: '650.00', claimDeadline: '2026-12-01' } }
		},
		note: 'The lowest disability pension for group II: 298.20 a month. Work-injury compensation at 40 % loss: 50 % of the average wage 1300.00 = 650.00 a month; claim within 6 months of 01.06.2026: 01.12.2026, still ahead on 20.11.2026.'
	}
];
