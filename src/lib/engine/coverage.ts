/**
 * The as-of dates a calculator answers for, computed from its tables (never typed by hand): it ends
 * on the earliest `coveredUntil` of the tables every answer needs. Tables that only some answers need
 * and that cover less (one payer category sourced from 2017, an amount known only until 2022) are
 * named as `partial`: outside them the calculation says it cannot answer for that case. After the end
 * the runner answers with the rules of the last covered day and says so (see run.ts).
 */
import type { IsoDate } from './dates';
import type { Calculator } from './calculator';
import type { Table } from './tables';

export interface CoverageOptions {
	/**
	 * The first as-of date the product answers for, where the law's start matters more than the data's
	 * (the site covers rules from 2016). Must not be before any core table's first row.
	 */
	from?: IsoDate;
	/** Tables that cover only part of the range; left out of the computation. */
	partial?: Table<unknown>[];
}

/**
 * What a table's coverage depends on: its first row's date and its end. A calculator's form gets only
 * this of the tables its field bounds follow (`?span`, scripts/lean-tables-plugin.ts), not their rows.
 */
export interface TableSpan {
	id: string;
	/** The first row's date; undefined for a table without rows. */
	from?: IsoDate;
	coveredUntil?: IsoDate;
}

export const spanOf = (t: Table<unknown>): TableSpan => ({ id: t.id, from: t.rows[0]?.validFrom, coveredUntil: t.coveredUntil });

export interface AsOfRange {
	from: IsoDate;
	to: IsoDate;
}

export function coverageOf(tables: Table<unknown>[], opts: CoverageOptions = {}): AsOfRange {
	const partial = new Set(opts.partial ?? []);
	return coverageOfSpans(tables.filter((t) => !partial.has(t)).map(spanOf), opts.from);
}

/** The same from the spans of the core tables (a form's field bounds, which load without the tables). */
export function coverageOfSpans(core: TableSpan[], start?: IsoDate): AsOfRange {
	if (core.length === 0) throw new Error('coverageOf: no core table');
	let first = '0000-01-01';
	let to = '9999-12-31';
	for (const t of core) {
		if (t.from === undefined) throw new Error(`${t.id}: no rows`);
		if (t.from > first) first = t.from;
		const until = t.coveredUntil;
		if (until === undefined) throw new Error(`${t.id}: every table needs coveredUntil`);
		if (until < to) to = until;
	}
	const from = start ?? first;
	if (from < first) throw new Error(`coverage from ${from} is before the first row of a core table (${first}); mark that table partial`);
	return { from, to };
}

/**
 * A calculator with its `asOfRange` computed from its own `tables` and `partialTables`, so that the
 * range cannot be typed wider than the data.
 */
export function withCoverage<I, C extends Omit<Calculator<I>, 'asOfRange'> = Omit<Calculator<I>, 'asOfRange'>>(
	calc: C,
	opts: { from?: IsoDate } = {}
): C & { asOfRange: AsOfRange } {
	return { ...calc, asOfRange: coverageOf(calc.tables, { from: opts.from, partial: calc.partialTables }) };
}
