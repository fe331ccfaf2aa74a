/**
 * Dated rule tables: "which row is in force on date D". Only valid-from dates are stored; a row
 * ends where the next one starts. A date the data does not describe is an explicit outcome, never
 * a silent fallback to the nearest row (STYLE.md principle 2).
 */
import type { AgeValue, Basis, FieldLabel, RowStatus, RuleTable, Source } from './table-schema';
import { dayBefore, type IsoDate } from './dates';

export type { AgeValue, Basis, FieldLabel, FieldUnit, RowStatus, Source } from './table-schema';

export interface Localized {
	lv: string;
	en: string;
}

/** A table whose rows all hold a value of type V (validated against the schema at build/test time). */
export interface Table<V> {
	id: string;
	title: Localized;
	description?: Localized;
	kind: 'decimal' | 'age' | 'record';
	unit: string;
	coveredUntil?: IsoDate;
	scheduleInLaw?: boolean;
	firstRowIsStep?: boolean;
	/** Record tables: each field's name for people, and the text of coded values (documentation: loaded with it in the browser). */
	fields?: Record<string, FieldLabel>;
	codes?: Record<string, Localized>;
	rows: Array<TableRow<V> | RepealRow>;
}

export interface TableRow<V> {
	validFrom: IsoDate;
	value: V;
	status?: RowStatus;
	note?: Localized;
	basis: Basis[];
	sources: Source[];
}

export interface RepealRow {
	validFrom: IsoDate;
	repealed: true;
	status?: RowStatus;
	note?: Localized;
	basis: Basis[];
	sources: Source[];
}

/** The row in force, with where it came from: everything an explanation step needs to cite it. */
export interface RowInForce<V> {
	table: string;
	tableTitle: Localized;
	value: V;
	validFrom: IsoDate;
	/** The day before the next row starts, if any (for display: "in force until"). */
	validUntil?: IsoDate;
	status: RowStatus;
	note?: Localized;
	basis: Basis[];
	sources: Source[];
}

export type Lookup<V> =
	| { kind: 'ok'; row: RowInForce<V> }
	| { kind: 'before-coverage'; table: string; tableTitle: Localized; date: IsoDate; coveredFrom: IsoDate }
	| { kind: 'after-coverage'; table: string; tableTitle: Localized; date: IsoDate; coveredUntil: IsoDate }
	| { kind: 'repealed'; table: string; tableTitle: Localized; date: IsoDate; since: IsoDate; sources: Source[] };

export type NotCovered = Exclude<Lookup<unknown>, { kind: 'ok' }>;

/**
 * Give a JSON import its row type. The JSON itself is checked against the zod schema by the test
 * suite and the build, so the cast here only names what the schema already guarantees.
 */
// A pure cast: marked so, the bundler drops the tables of a domain's module that a page does not use.
export /*#__NO_SIDE_EFFECTS__*/ function defineTable<V>(json: unknown): Table<V> {
	return json as Table<V>;
}

export type DecimalTable = Table<string>;
export type AgeTable = Table<AgeValue>;

/**
 * A date after a table's known end, answered with the rules of that end: recorded so that the runner
 * can say so. Only ever happens inside `withRollover`.
 */
export interface Substitution {
	table: string;
	tableTitle: Localized;
	/** The date the calculation asked for. */
	date: IsoDate;
	/** The last known day, whose rules were used instead. */
	coveredUntil: IsoDate;
}

/**
 * The rollover in force during one compute call (set by `withRollover`, never by a calculator).
 * `frontier` is the calculator's last covered as-of date: only tables known at least that far are
 * carried over; a table that ends earlier (a known gap, e.g. an amount whose date of change was not
 * found) still answers "cannot answer". `horizon` is the end of the year after the frontier's: the
 * rollover bridges the new year until the tables are updated, it does not extend today's rules into
 * the following years (a benefit schedule still stops there).
 */
let rollover: { frontier: IsoDate; horizon: IsoDate; used: Substitution[] } | undefined;

/**
 * Run `fn` (a compute) so that a date after a table's `coveredUntil` uses the rules of that day and
 * is recorded, instead of ending in "cannot answer". Synchronous and restored afterwards, so the
 * engine stays a function of its inputs; the runner turns the records into a notice (never silent).
 */
export function withRollover<T>(frontier: IsoDate, fn: () => T): { value: T; substitutions: Substitution[] } {
	const previous = rollover;
	const ctx = { frontier, horizon: `${Number(frontier.slice(0, 4)) + 1}-12-31`, used: [] as Substitution[] };
	rollover = ctx;
	try {
		return { value: fn(), substitutions: ctx.used };
	} finally {
		rollover = previous;
	}
}

export function valueAt<V>(table: Table<V>, date: IsoDate): Lookup<V> {
	const rows = table.rows;
	const base = { table: table.id, tableTitle: table.title, date };
	if (rows.length === 0 || date < rows[0].validFrom) {
		return { kind: 'before-coverage', ...base, coveredFrom: rows[0]?.validFrom ?? date };
	}
	if (table.coveredUntil && date > table.coveredUntil && !table.scheduleInLaw) {
		if (rollover && table.coveredUntil >= rollover.frontier && date <= rollover.horizon) {
			rollover.used.push({ table: table.id, tableTitle: table.title, date, coveredUntil: table.coveredUntil });
			return valueAt(table, table.coveredUntil);
		}
		return { kind: 'after-coverage', ...base, coveredUntil: table.coveredUntil };
	}
	// Rows are few (tens); a linear scan from the end is simplest and fast enough.
	let i = rows.length - 1;
	while (i > 0 && rows[i].validFrom > date) i--;
	const row = rows[i];
	if ('repealed' in row) {
		return { kind: 'repealed', ...base, since: row.validFrom, sources: row.sources };
	}
	return { kind: 'ok', row: inForce(table, row, i) };
}

/** Row `i` as the engine hands it out: value, interval (ends the day before the next row) and citation. */
function inForce<V>(table: Table<V>, row: TableRow<V>, i: number): RowInForce<V> {
	const next = table.rows[i + 1];
	return {
		table: table.id,
		tableTitle: table.title,
		value: row.value,
		validFrom: row.validFrom,
		// A schedule set in law goes on after the day the law was last checked.
		validUntil: next ? dayBefore(next.validFrom) : table.scheduleInLaw ? undefined : table.coveredUntil,
		status: row.status ?? 'confirmed',
		note: row.note,
		basis: row.basis,
		sources: row.sources
	};
}

/** Thrown inside a compute function when a table has no row for the date; the calculator runner turns it into a "cannot answer" outcome. */
export class NotCoveredError extends Error {
	constructor(public readonly lookup: NotCovered) {
		super(`${lookup.table}: no rule for ${lookup.date} (${lookup.kind})`);
	}
}

/** valueAt for code paths where "not covered" should end the calculation with a "cannot answer" outcome. */
export function requireAt<V>(table: Table<V>, date: IsoDate): RowInForce<V> {
	const r = valueAt(table, date);
	if (r.kind !== 'ok') throw new NotCoveredError(r);
	return r.row;
}

/** Every row with its interval, for schedules that must be searched (e.g. retirement ages). */
export function rowsInForce<V>(table: Table<V>): RowInForce<V>[] {
	return table.rows.flatMap((row, i) => ('repealed' in row ? [] : [inForce(table, row, i)]));
}

export type { RuleTable };
