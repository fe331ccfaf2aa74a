/**
 * Valid but implausible amounts are questioned, not silently accepted (UX.md "Errors"): a monthly
 * amount above the annual maximum contribution object (the rule table
 * `social-insurance/maximum-contribution-object`, with its sources) is almost surely a yearly
 * figure typed as a monthly one. The answer
 * is still calculated; the warning is shown first among the result's notices (README "Decisions").
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import type { Msg } from '$lib/engine/explain';
import { valueAt } from '$lib/engine/tables';
import { maximumContributionObject } from './tables';

/** A warning for each monthly amount (of the named field) above the year's maximum contribution object on `date`. */
export function monthlyAboveAnnualMaximum(field: string, amounts: Array<string | undefined>, date: IsoDate): Msg[] {
	const max = valueAt(maximumContributionObject, date);
	if (max.kind !== 'ok') return [];
	const above = amounts.find((a) => a !== undefined && new Dec(a).gt(max.row.value));
	if (above === undefined) return [];
	return [
		{
			key: 'common:plausibility.monthlyAboveAnnualMax',
			params: {
				field: { type: 'text', key: `fields.${field}.label` },
				amount: { type: 'money', value: new Dec(above).toFixed(2) },
				max: { type: 'money', value: new Dec(max.row.value).toFixed(2) },
				year: date.slice(0, 4)
			}
		}
	];
}
