/**
 * "What changed": every table whose value in force differs between two dates, with both values and
 * the row that brought the change (its legal basis names the act). Pure: the dates are inputs.
 */
import { valueAt, type Basis, type RowStatus, type Table } from '$lib/engine/tables';
import { canonicalJson } from '$lib/engine/rules-version';
import type { IsoDate } from '$lib/engine/dates';

export type ValueState =
	| { kind: 'ok'; value: unknown; validFrom: IsoDate; status: RowStatus; basis: Basis[] }
	| { kind: 'before-coverage' | 'after-coverage' | 'repealed'; since?: IsoDate };

export interface Change {
	table: Table<unknown>;
	before: ValueState;
	after: ValueState;
	/** How many rows came into force after the first date up to the second (1 for a single change). */
	rowsBetween: number;
}

export function stateAt(t: Table<unknown>, date: IsoDate): ValueState {
	const r = valueAt(t, date);
	if (r.kind === 'ok') return { kind: 'ok', value: r.row.value, validFrom: r.row.validFrom, status: r.row.status, basis: r.row.basis };
	if (r.kind === 'repealed') return { kind: 'repealed', since: r.since };
	if (r.kind === 'after-coverage') return { kind: 'after-coverage', since: r.coveredUntil };
	return { kind: 'before-coverage', since: r.coveredFrom };
}

function same(a: ValueState, b: ValueState): boolean {
	if (a.kind !== b.kind) return false;
	if (a.kind !== 'ok' || b.kind !== 'ok') return true;
	return canonicalJson(a.value) === canonicalJson(b.value) && a.status === b.status;
}

/** Tables whose value differs between `from` and `to` (swapped if given in reverse), in the order given. */
export function changesBetween(tables: Table<unknown>[], from: IsoDate, to: IsoDate): Change[] {
	const [a, b] = from <= to ? [from, to] : [to, from];
	const out: Change[] = [];
	for (const table of tables) {
		const before = stateAt(table, a);
		const after = stateAt(table, b);
		if (same(before, after)) continue;
		const rowsBetween = table.rows.filter((r) => r.validFrom > a && r.validFrom <= b).length;
		out.push({ table, before, after, rowsBetween });
	}
	return out;
}

/** For parameter sets: the names whose value differs (so that a change shows only what changed). */
export function changedKeys(before: unknown, after: unknown): string[] {
	if (!isRecord(before) || !isRecord(after)) return [];
	const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
	return keys.filter((k) => canonicalJson(before[k]) !== canonicalJson(after[k]));
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The first of January after the given date, and the day before it: the "next 1 January" shortcut. */
export function nextNewYear(today: IsoDate): { from: IsoDate; to: IsoDate } {
	const y = Number(today.slice(0, 4));
	return { from: `${y}-12-31`, to: `${y + 1}-01-01` };
}
