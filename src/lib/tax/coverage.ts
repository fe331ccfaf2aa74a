/**
 * The as-of dates a calculator can answer for, derived from its core tables (so no date is typed in
 * code): from the latest first row to the earliest `coveredUntil`. Dates inside this range may still
 * be "cannot answer" for an option whose own table starts later (e.g. a payer category first sourced in 2017).
 */
import type { IsoDate } from '$lib/engine/dates';
import type { Table } from '$lib/engine/tables';

export function coverageOf(tables: Table<unknown>[]): { from: IsoDate; to: IsoDate } {
	let from = '0000-01-01';
	let to = '9999-12-31';
	for (const t of tables) {
		if (t.rows.length === 0) throw new Error(`${t.id}: no rows`);
		if (t.rows[0].validFrom > from) from = t.rows[0].validFrom;
		const until = t.coveredUntil;
		if (until === undefined) throw new Error(`${t.id}: a calculator's core table needs coveredUntil`);
		if (until < to) to = until;
	}
	return { from, to };
}
