/**
 * G — the planned payment period in years for the age at granting (law "Par valsts pensijām", Art. 12;
 * MK 10.12.2013. noteikumi Nr. 1445). Where the table in force on the grant date has no value for the
 * age (years not yet published, or not found), the projection uses the latest known value for the same
 * age and says so; the person can also enter the G from the agency's own forecast.
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { CannotAnswerError } from '$lib/engine/explain';
import { rowsInForce, valueAt, type RowInForce } from '$lib/engine/tables';
import { gValues, type GValues } from './tables';

export type GUsed =
	| { kind: 'table'; value: Dec; row: RowInForce<GValues> }
	| { kind: 'latest-known'; value: Dec; row: RowInForce<GValues> }
	| { kind: 'user'; value: Dec };

export function gFor(grantDate: IsoDate, age: number, userG?: string): GUsed {
	if (userG !== undefined) return { kind: 'user', value: new Dec(userG) };
	const key = String(age);
	const look = valueAt(gValues, grantDate);
	if (look.kind === 'ok' && look.row.value.byAge[key] !== undefined)
		return { kind: 'table', value: new Dec(look.row.value.byAge[key]), row: look.row };
	const latest = rowsInForce(gValues)
		.filter((r) => r.value.byAge[key] !== undefined)
		.pop();
	if (!latest) throw new CannotAnswerError({ key: 'cannot.noG', params: { age: { type: 'number', value: key, unit: 'years' } } });
	return { kind: 'latest-known', value: new Dec(latest.value.byAge[key]), row: latest };
}
