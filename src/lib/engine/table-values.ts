/**
 * The value schema of every rule table, keyed by table id: what each row's `value` must hold.
 * Used only by the build and the tests (zod never reaches the browser bundle). A record table without
 * an entry here fails validation, so a new table comes with its own schema.
 *
 * Amounts, rates, shares, multipliers and ages are non-negative wherever the law makes them so (all of
 * them here; the one signed number is a holiday's offset from Easter). Decimal strings are decimals
 * with a dot ("26.84", never "26,84"); whole numbers are JSON numbers; every field the calculators
 * read is required, and a field that may be unknown is `null`, never missing.
 */
import { z } from 'zod';

/** A non-negative decimal string: "370", "10.50". */
export const amount = z.string().regex(/^\d+(\.\d+)?$/, 'must be a non-negative decimal string with a dot, like "370" or "10.50"');
/** A rate or share in percent, 0–100. */
const percent = amount.refine((s) => Number(s) <= 100, 'a percentage must be at most 100');
const whole = z.number().int('must be a whole number').nonnegative('must not be negative');
const positive = z.number().int('must be a whole number').positive('must be positive');
const months = whole.max(600, 'more months than any rule sets');
const years = whole.max(120, 'more years than any rule sets');
const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
	.refine((s) => {
		const [y, m, d] = s.split('-').map(Number);
		const dt = new Date(Date.UTC(y, m - 1, d));
		return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
	}, 'is not a real calendar date');
const localized = z.object({ lv: z.string().min(1), en: z.string().min(1) }).strict();
const obj = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();

const contributionRate = obj({ total: percent, employer: percent.nullable(), employee: percent.nullable() });
const workingTime = obj({
	weeklyHours: amount,
	dailyHours: amount,
	workingWeekdays: z.array(whole.max(6)).min(1),
	hoursOn: z.record(z.string().regex(/^[0-6]$/), amount).optional(),
	transfers: z.boolean().optional()
});
const vsnpDisability = obj({
	I: obj({ working: amount, notWorking: amount }),
	II: obj({ working: amount, notWorking: amount }),
	III: amount
});
const taxBand = obj({ upTo: amount.nullable(), rate: percent });
const holidayRule = z.discriminatedUnion('type', [
	obj({ type: z.literal('fixed'), month: positive.max(12), day: positive.max(31) }),
	obj({ type: z.literal('easter'), offsetDays: z.number().int().min(-60).max(60) }),
	obj({ type: z.literal('nth-weekday'), month: positive.max(12), weekday: whole.max(6), n: positive.max(5) }),
	obj({ type: z.literal('song-festival') })
]);

/** Tables of kind "record": one schema per table. */
export const recordValueSchemas: Record<string, z.ZodType> = {
	// benefits
	'benefits/average-wage-reference-period': obj({ lengthMonths: positive, gapMonths: months }),
	'benefits/contribution-months-condition': obj({
		shortWindowMonths: positive,
		shortRequiredMonths: months,
		longWindowMonths: positive,
		longRequiredMonths: months
	}),
	'benefits/funeral-benefit': obj({
		insuredWageMultiplier: amount,
		dependantVsnpMultiplier: amount,
		unemployedVsnpMultiplier: amount,
		pensionMonths: amount,
		vsnpRecipientMultiplier: amount,
		claimMonths: positive,
		pensionIncludesPre1996Supplement: z.boolean()
	}),
	'benefits/maternity-benefit': obj({
		benefitRate: percent,
		prenatalDays: whole,
		prenatalDaysEarlyRegistration: whole,
		postnatalDays: whole,
		postnatalDaysComplications: whole,
		claimMonths: positive,
		lostStatusGraceDays: whole,
		lostStatusGraceDaysLiquidation: whole
	}),
	'benefits/national-average-contribution-wage': obj({ wageYear: z.number().int().min(1990).max(2100), amount: amount.nullable() }),
	'benefits/parental-benefit-options': z.discriminatedUnion('scheme', [
		obj({
			scheme: z.literal('age'),
			shorter: obj({ rate: percent, untilAgeMonths: positive }),
			longer: obj({ rate: percent, untilAgeMonths: positive }),
			claimMonths: positive
		}),
		obj({
			scheme: z.literal('months'),
			shorter: obj({ rate: percent, totalMonths: positive, basicMonths: positive }),
			longer: obj({ rate: percent, totalMonths: positive, basicMonths: positive }),
			nonTransferableMonths: months,
			nonTransferableUntilAgeYears: years,
			nonTransferablePaidWhileWorking: z.boolean(),
			claimMonths: positive
		})
	]),
	'benefits/paternity-benefit': obj({
		benefitRate: percent,
		leaveDays: positive,
		leaveDayKind: z.enum(['calendar', 'working']),
		windowMonths: positive,
		claimMonths: positive
	}),
	'benefits/paternity-working-day-average': obj({ divisor: z.string().min(1) }),
	'benefits/sick-child-benefit': obj({
		childAgeLimitYears: years,
		homeMaxDays: whole,
		hospitalMaxDays: whole,
		benefitRate: percent,
		claimMonths: positive
	}),
	'benefits/sickness-benefit': obj({
		employerFirstDay: positive,
		employerLowerRateLastDay: positive,
		employerLowerRate: percent,
		employerHigherRate: percent,
		agencyFirstDay: positive,
		benefitRate: percent,
		maxWeeksContinuous: positive,
		maxWeeksExtended: positive,
		claimMonths: positive
	}),
	'benefits/survivor-compensation': obj({
		byChildren: z.array(obj({ children: positive, rate: percent, orphanRate: percent })).min(1),
		claimMonths: positive
	}),
	'benefits/survivor-spouse-benefit': z.discriminatedUnion('kind', [
		obj({ kind: z.literal('one-off'), pensionMonths: amount, claimMonths: positive }),
		obj({ kind: z.literal('monthly'), share: percent, months: positive, claimMonths: positive })
	]),
	'benefits/unemployment-average-wage-method': obj({
		excludeHighestAndLowest: z.boolean(),
		keptMonths: positive,
		scaledToMonths: positive
	}),
	'benefits/unemployment-benefit-conditions': obj({
		minRecordYears: years,
		windowMonths: positive,
		requiredMonths: positive,
		ownRequestDelayMonths: months
	}),
	'benefits/unemployment-benefit-rate': obj({ bands: z.array(obj({ fromYears: years, rate: percent })).min(1) }),
	'benefits/unemployment-benefit-schedule': obj({ monthShares: z.array(percent).min(1) }),
	'benefits/unemployment-special-amount': obj({ vsnpMultiplier: amount, share: percent }),
	'benefits/work-injury-compensation': obj({
		minLossPercent: whole.max(100),
		bands: z.array(obj({ fromPercent: whole.max(100), rate: percent })).min(1),
		minimumIsDisabilityPension: z.boolean(),
		claimMonths: positive
	}),
	// calendar
	'calendar/one-off-holidays': obj({ holidays: z.array(obj({ date: isoDate, name: localized, adopted: isoDate })) }),
	'calendar/public-holidays': obj({
		holidays: z.array(obj({ id: z.string().regex(/^[a-z0-9-]+$/), name: localized, rule: holidayRule })).min(1),
		substituteIfOnWeekend: z.array(z.string().min(1))
	}),
	'calendar/song-festival-closing-days': obj({ closingDay: isoDate.nullable() }),
	'calendar/transferred-working-days': obj({
		order: obj({ number: z.string().regex(/^\d+$/).nullable(), date: isoDate.nullable(), title: z.string().min(1) }).nullable(),
		transfers: z.array(obj({ dayOff: isoDate, workingDay: isoDate }))
	}),
	// labour
	'labour/minimum-hourly-rate-rules': obj({
		rateDecimals: whole.max(10),
		rateRounding: z.enum(['half-up']),
		paySplitDecimals: whole.max(10),
		summedPeriodLongerThanMonths: positive
	}),
	'labour/normal-working-time': obj({ schedules: z.record(z.string(), workingTime) }),
	'labour/six-day-week-working-time': obj({ schedules: z.record(z.string(), workingTime) }),
	// social insurance
	'social-insurance/general-rate-by-insurance-type': obj({
		pension: percent,
		unemployment: percent,
		workAccident: percent,
		disability: percent,
		maternitySickness: percent,
		parents: percent
	}),
	'social-insurance/minimum-contributions': obj({ employeeQuarterMonths: positive, selfEmployedPensionRate: percent }),
	'social-insurance/rate-board-member-pension-age': contributionRate,
	'social-insurance/rate-board-member': contributionRate,
	'social-insurance/rate-employee-pension-age': contributionRate,
	'social-insurance/rate-employee-prisoner-pension-age': contributionRate,
	'social-insurance/rate-employee-prisoner': contributionRate,
	'social-insurance/rate-employee-service-pension': contributionRate,
	'social-insurance/rate-employee': contributionRate,
	'social-insurance/rate-foreign-employer': contributionRate,
	'social-insurance/rate-real-estate': contributionRate,
	'social-insurance/rate-self-employed-pension-age': contributionRate,
	'social-insurance/rate-self-employed': contributionRate,
	/** The total is null where the voluntary rate for that period is not known. */
	'social-insurance/rate-voluntary-full': obj({ total: percent.nullable(), employer: z.null(), employee: z.null() }),
	'social-insurance/rate-voluntary-pension': contributionRate,
	'social-insurance/solidarity-tax': z.discriminatedUnion('mode', [
		obj({ mode: z.literal('contribution-rate'), rate: z.null() }),
		obj({ mode: z.literal('flat'), rate: percent })
	]),
	// state benefits
	'state-benefits/birth-grant-conditions': obj({
		rightArisesOnDayOfLife: positive,
		guardianshipBeforeAgeYears: years,
		claimWithinMonths: positive
	}),
	'state-benefits/childcare-benefit': obj({
		under18Months: amount,
		from18To24Months: amount,
		bandMonths: positive,
		untilMonths: positive,
		from18To24OnlyIfBornOnOrBefore: isoDate.nullable()
	}),
	'state-benefits/childcare-multiples-supplement': obj({ under18Months: amount, from18To24Months: amount }),
	'state-benefits/disabled-adult-care-benefit': obj({ general: amount, sinceChildhood: amount, fromAgeYears: years }),
	'state-benefits/disabled-child-care-benefit': obj({ amount, untilAgeYears: years }),
	'state-benefits/disabled-child-family-supplement': obj({ amount, untilAgeYears: years }),
	'state-benefits/family-state-benefit-age-limits': obj({
		fromAgeYears: years,
		untilAgeYears: years,
		studyUntilAgeYears: years,
		higherEducationCounts: z.boolean(),
		disabledUntilAgeYears: years.nullable()
	}),
	'state-benefits/family-state-benefit-birth-order': obj({ first: amount, second: amount, third: amount, fourthAndLater: amount }),
	'state-benefits/family-state-benefit-by-count': obj({
		perChildByCount: z.record(z.string().regex(/^[1-9]\d*$/), amount),
		perChildForMore: amount
	}),
	'state-benefits/family-state-benefit-scheme': obj({ scheme: z.enum(['birth-order', 'number-of-children']) }),
	'state-benefits/family-state-benefit-supplement': obj({
		amounts: z.record(z.string().regex(/^[1-9]\d*$/), amount),
		furtherChildIncrement: amount
	}),
	'state-benefits/guardian-benefit': z.discriminatedUnion('basis', [
		obj({ basis: z.literal('fixed'), underBand: amount, fromBand: amount, bandAgeYears: years, untilAgeYears: years }),
		obj({ basis: z.literal('minimum-maintenance'), bandAgeYears: years, untilAgeYears: years })
	]),
	'state-benefits/minimum-child-maintenance': obj({
		underBandPercent: percent,
		fromBandPercent: percent,
		bandAgeYears: years,
		untilAgeYears: years
	}),
	'state-benefits/minimum-disability-pension-coefficients': obj({ I: amount, II: amount, III: amount }),
	'state-benefits/minimum-pension-base': obj({ general: amount, sinceChildhood: amount }),
	'state-benefits/partial-month-rule': obj({ method: z.enum(['pro-rata-calendar-days']) }),
	'state-benefits/regular-benefit-claim-rule': obj({ claimWithinMonths: positive, backPayMonths: months }),
	'state-benefits/vsnp-conditions': obj({
		disabilityFromAgeYears: years,
		survivorUntilAgeYears: years,
		survivorSchoolUntilAgeYears: years,
		survivorHigherEducationUntilAgeYears: years,
		survivorBandAgeYears: years
	}),
	'state-benefits/vsnp-disability-general': vsnpDisability,
	'state-benefits/vsnp-disability-since-childhood': vsnpDisability,
	/** Null where the amount is not known (before 01.04.2017). */
	'state-benefits/vsnp-survivor': obj({ under7: amount.nullable(), from7: amount.nullable() }),
	// tax
	'tax/additional-reliefs': obj({ disabilityGroup1or2: amount, disabilityGroup3: amount, politicallyRepressed: amount }),
	'tax/income-tax-rates': obj({
		monthlyWithTaxBook: z.array(taxBand).min(1),
		withoutTaxBook: percent,
		annual: z.array(taxBand).min(1),
		surcharge: obj({ rate: percent, annualIncomeAbove: amount }).nullable()
	}),
	'tax/non-taxable-minimum': z.discriminatedUnion('regime', [
		obj({
			regime: z.literal('monthly-minimum'),
			periodMonths: positive,
			monthlyMinimum: amount,
			periodMaximum: amount,
			incomeFullUpTo: amount,
			incomeMinimumOnlyAbove: amount
		}),
		obj({
			regime: z.literal('vid-forecast'),
			periodMonths: positive,
			periodMaximum: amount,
			incomeFullUpTo: amount,
			incomeZeroAbove: amount
		}),
		obj({ regime: z.literal('fixed'), periodMonths: positive, monthly: amount })
	]),
	'tax/pensioner-non-taxable-minimum': obj({ monthly: amount, salaryShareWithTaxBook: amount.nullable() }),
	// pension amounts (old-age pension estimate, indexation, supplement)
	'pension/capital-index': obj({ byIndexYear: z.record(z.string().regex(/^\d{4}$/, 'keys are years'), amount) }),
	'pension/g-values': obj({ byAge: z.record(z.string().regex(/^\d{2,3}$/, 'keys are ages in whole years'), amount) }),
	'pension/indexation-whole-pension': obj({ groups: z.array(z.string().min(1)) }),
	'pension/indexation': obj({
		cap: amount.nullable(),
		bands: z.array(obj({ fromYears: years, index: amount })).nullable(),
		other: amount.nullable(),
		hazardousBandFromYears: years.nullable()
	}),
	'pension/initial-capital': obj({
		recordUntilYear: positive,
		wageFromYear: positive,
		wageToYear: positive,
		averagingMonths: positive,
		rate: percent
	}),
	'pension/minimum-old-age-pension': obj({
		method: z.enum(['bands', 'linear']),
		bands: z.array(obj({ upToYears: years.nullable(), coefficient: amount })).nullable(),
		coefficient: amount.nullable(),
		perYearPercent: percent.nullable(),
		aboveYears: years.nullable()
	}),
	'pension/pension-supplement': obj({
		grantedUntil1996: amount,
		grantedFrom1997: amount,
		earlyGroupGrantedUntil: isoDate,
		grantedUntil: isoDate
	}),
	'pension/projection-assumptions': obj({ wageGrowth: percent, indexEqualsWageGrowth: z.boolean(), gLatestKnown: z.boolean() })
};

/**
 * Tables of kind "decimal" hold one amount or rate per row; all are non-negative. A table whose
 * value could lawfully be negative would be listed here with its own schema.
 */
export const decimalValueSchemas: Record<string, z.ZodType> = {};
export const defaultDecimalValue = amount;
