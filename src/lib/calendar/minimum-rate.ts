/**
 * The minimum hourly rate of a month (MK noteikumi Nr. 656, p. 3): TLmin = MDA / h, where MDA is the
 * national minimum monthly wage and h the month's normal working hours including holiday hours on
 * working days and the shortened pre-holiday hours (LM). The rate is rounded as LM publishes it
 * (decimals and mode in `labour/minimum-hourly-rate-rules`); the split of MDA into pay for worked
 * hours and for paid holiday and pre-holiday hours is MDA × hours / h, as in the LM tables.
 */
import { Dec, roundTo, type Rounded } from '$lib/engine/decimal';
import { requireAt, type RowInForce } from '$lib/engine/tables';
import { type Calendar, type MonthHours } from './calendar';
import { minimumWage, rateRules, type RateRules } from './tables';

export interface MinimumRate {
	hours: MonthHours;
	wageRow: RowInForce<string>;
	rulesRow: RowInForce<RateRules>;
	wage: Dec;
	rate: Rounded;
	/** MDA × worked / h */
	payWorked: Rounded;
	/** MDA × (holiday + pre-holiday) / h */
	payPaidAbsence: Rounded;
}

// RoundingNote.reason is shown as it is (common:result.rounding), in English like the other calculators.
/** Message keys (common namespace): the reason is shown translated next to the rounded value. */
export const RATE_REASON = 'common:rounding.hourlyRate';
const SPLIT_REASON = 'common:rounding.paySplit';

export const firstDayOf = (month: string) => `${month}-01`;

/** The minimum monthly wage in force in a month (it has always changed on the 1st of a month). */
export function wageRowFor(month: string): RowInForce<string> {
	return requireAt(minimumWage, firstDayOf(month));
}

export function rulesRowFor(month: string): RowInForce<RateRules> {
	return requireAt(rateRules, firstDayOf(month));
}

/** Round a rate as LM does (MK 656 p. 3; LM: "4 zīmes aiz komata"). */
export function roundRate(value: Dec, rules: RateRules, reason = RATE_REASON): Rounded {
	return roundTo(value, rules.rateDecimals, reason, rules.rateRounding);
}

export function minimumHourlyRate(cal: Calendar, month: string, schedule: string, followsTransfers: boolean): MinimumRate {
	const hours = cal.monthHours(month, schedule, followsTransfers);
	const wageRow = wageRowFor(month);
	const rulesRow = rulesRowFor(month);
	const wage = new Dec(wageRow.value);
	const rules = rulesRow.value;
	const rate = roundRate(wage.div(hours.total), rules);
	const split = (h: Dec) => roundTo(wage.times(h).div(hours.total), rules.paySplitDecimals, SPLIT_REASON, rules.rateRounding);
	return {
		hours,
		wageRow,
		rulesRow,
		wage,
		rate,
		payWorked: split(hours.worked),
		payPaidAbsence: split(hours.holiday.plus(hours.preHoliday))
	};
}
