/**
 * Indexation of a granted pension (law "Par valsts pensijām", transitional provisions on the review of
 * pensions): every 1 October (2022: 1 August) the pension, or its part up to the cap (50 % of the
 * previous year's national average contribution wage until 2024, 100 % from 2025), is multiplied by the
 * index; old-age pensions get an index by insurance record, pensions for work under Lists 1/2 at least
 * the 30–39-year index, other pensions and compensations the base index; some groups have their whole
 * pension indexed. The supplement for record before 1996 is not part of the indexed pension: it has its
 * own amount per year of record (pension-supplement).
 */
import type { IsoDate } from '$lib/engine/dates';
import { Dec, roundMoney, type RoundingNote } from '$lib/engine/decimal';
import { CannotAnswerError } from '$lib/engine/explain';
import { requireAt, rowsInForce, valueAt, type RowInForce } from '$lib/engine/tables';
import {
	indexation,
	indexationWholePension,
	pensionSupplement,
	type Indexation,
	type Supplement,
	type WholeGroup,
	type WholePension
} from './tables';

import type { PensionKind, SupplementGroup } from './options';

export { PENSION_KINDS, SUPPLEMENT_GROUPS, type PensionKind, type SupplementGroup } from './options';

export interface IndexationInput {
	amount: Dec;
	paidFrom: IsoDate;
	kind: PensionKind;
	record?: number;
	wholeGroup: WholeGroup;
}

export interface IndexationStep {
	row: RowInForce<Indexation>;
	wholeRow: RowInForce<WholePension>;
	before: Dec;
	index: Dec;
	/** Which index: a record band (its lower limit in years) or the one for other pensions. */
	band: { fromYears: number } | 'other';
	whole: boolean;
	indexedPart: Dec;
	increase: Dec;
	after: Dec;
	rounding: RoundingNote;
}

export interface IndexationResult {
	steps: IndexationStep[];
	amount: Dec;
	/** The last day the indexation data describes, when the as-of date is later. */
	knownUntil?: IsoDate;
}

function indexOf(row: RowInForce<Indexation>, input: IndexationInput): { index: Dec; band: { fromYears: number } | 'other' } {
	const v = row.value;
	if (input.kind !== 'old-age' && input.kind !== 'hazardous') {
		if (v.other === null)
			throw new CannotAnswerError({ key: 'cannot.indexUnknown', params: { date: { type: 'date', value: row.validFrom } } });
		return { index: new Dec(v.other), band: 'other' };
	}
	if (v.bands === null || v.bands.length === 0) {
		throw new CannotAnswerError({ key: 'cannot.bandsUnknown', params: { date: { type: 'date', value: row.validFrom } } });
	}
	let record = input.record ?? 0;
	// Lists 1/2: at least the 30–39-year index (VSAA 2018), even with a shorter record.
	if (input.kind === 'hazardous' && v.hazardousBandFromYears !== null) record = Math.max(record, v.hazardousBandFromYears);
	const band = [...v.bands].reverse().find((b) => record >= b.fromYears)!;
	return { index: new Dec(band.index), band: { fromYears: band.fromYears } };
}

/** Every indexation after `paidFrom` up to `asOf`, in order. */
export function indexPension(input: IndexationInput, asOf: IsoDate): IndexationResult {
	// The amount must be known to the data: a date before the first indexation in the table cannot be answered.
	requireAt(indexation, input.paidFrom);
	const rows = rowsInForce(indexation).filter((r) => r.validFrom > input.paidFrom && r.validFrom <= asOf);
	let amount = input.amount;
	const steps: IndexationStep[] = [];
	for (const row of rows) {
		const { index, band } = indexOf(row, input);
		const wholeRow = requireAt(indexationWholePension, row.validFrom);
		const whole = input.wholeGroup !== 'none' && wholeRow.value.groups.includes(input.wholeGroup);
		const cap = row.value.cap === null ? amount : new Dec(row.value.cap);
		const indexedPart = whole ? amount : Dec.min(amount, cap);
		const r = roundMoney(indexedPart.times(index.minus(1)));
		const after = amount.plus(r.value);
		steps.push({ row, wholeRow, before: amount, index, band, whole, indexedPart, increase: r.value, after, rounding: r.rounding });
		amount = after;
	}
	const covered = indexation.coveredUntil;
	return { steps, amount, knownUntil: covered && asOf > covered ? covered : undefined };
}

export interface SupplementAt {
	row: RowInForce<Supplement>;
	perYear: Dec;
	value: Dec;
	rounding: RoundingNote;
}

/** The supplement for record before 1996 on a date (the last known amount after the data ends), or undefined when none. */
export function supplementAt(date: IsoDate, group: SupplementGroup, years: number): SupplementAt | undefined {
	if (group === 'none' || years <= 0) return undefined;
	const look = valueAt(pensionSupplement, date);
	const row =
		look.kind === 'ok'
			? look.row
			: look.kind === 'after-coverage'
				? rowsInForce(pensionSupplement).pop()!
				: requireAt(pensionSupplement, date);
	const perYear = new Dec(group === 'granted-until-1996' ? row.value.grantedUntil1996 : row.value.grantedFrom1997);
	const r = roundMoney(perYear.times(years));
	return { row, perYear, value: r.value, rounding: r.rounding };
}
