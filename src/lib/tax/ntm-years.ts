/**
 * The years the non-taxable-minimum table describes, and those with two periods: what the annual
 * calculator's form needs (its field bounds and questions), from that one table and without
 * decimal.js. annual.ts re-exports them.
 */
import { rowsInForce } from '$lib/engine/tables';
import { nonTaxableMinimum } from './table-modules/nonTaxableMinimum';

/** Years with more than one period (the income of each period is needed separately). */
export function splitYears(): number[] {
	const years = new Map<number, number>();
	for (const r of rowsInForce(nonTaxableMinimum)) {
		const y = Number(r.validFrom.slice(0, 4));
		years.set(y, (years.get(y) ?? 0) + 1);
	}
	return [...years].filter(([, n]) => n > 1).map(([y]) => y);
}

export function ntmYearRange(): { from: number; to: number } {
	const rows = rowsInForce(nonTaxableMinimum);
	const last = nonTaxableMinimum.coveredUntil ?? rows[rows.length - 1].validFrom;
	return { from: Number(rows[0].validFrom.slice(0, 4)), to: Number(last.slice(0, 4)) };
}
