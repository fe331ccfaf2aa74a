/**
 * The minimum old-age pension (law "Par valsts pensijām", Art. 12(6) and the transitional provisions;
 * LM "Minimālie apmēri"): until 2020 the base times the coefficient of the person's record band; from
 * 2021 the base times a coefficient plus a percentage of the base for every full year of record above
 * a threshold (15 years until 2024, 20 from 2025).
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec, roundMoney, type RoundingNote } from '$lib/engine/decimal';
import { requireAt, valueAt, type RowInForce } from '$lib/engine/tables';
import { minimumOldAgePension, minimumPensionBase, type MinimumBase, type MinimumRule } from './tables';

export interface MinimumPension {
	rule: RowInForce<MinimumRule>;
	base: RowInForce<MinimumBase>;
	coefficient: Dec;
	extraYears: number;
	value: Dec;
	rounding: RoundingNote;
}

/** The minimum for a record on a date, or undefined where the rule for that date is not in the data. */
export function minimumPension(date: IsoDate, recordYears: number): MinimumPension | undefined {
	const look = valueAt(minimumOldAgePension, date);
	if (look.kind !== 'ok') return undefined;
	const rule = look.row;
	const base = requireAt(minimumPensionBase, date);
	const b = new Dec(base.value.general);
	const r = rule.value;
	let coefficient: Dec;
	let extraYears = 0;
	let amount: Dec;
	if (r.method === 'bands') {
		const band = r.bands.find((x) => x.upToYears === null || recordYears <= x.upToYears)!;
		coefficient = new Dec(band.coefficient);
		amount = b.times(coefficient);
	} else {
		coefficient = new Dec(r.coefficient!);
		extraYears = Math.max(0, recordYears - (r.aboveYears ?? 0));
		amount = b.times(coefficient).plus(b.times(r.perYearPercent!).div(100).times(extraYears));
	}
	const rounded = roundMoney(amount);
	return { rule, base, coefficient, extraYears, value: rounded.value, rounding: rounded.rounding };
}
