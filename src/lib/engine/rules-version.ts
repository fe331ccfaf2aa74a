/**
 * The rules-version id a share link carries (`rv`): a short digest of the table rows that an answer
 * was computed from, so that a link opened after those rows changed says so instead of silently
 * giving a different answer (issue "share links remember their rules").
 *
 * The id is computed from the data only (no clock): 3 check characters over everything, then one
 * character per table of the calculator in the calculator's own order — "." for a table the answer
 * did not use, otherwise a digest of the rows it used (date in force, value, status). The per-table
 * characters let the page name which rules changed; the check characters catch a change that a
 * single per-table character would miss (1 in 64).
 */
import type { Outcome } from './explain';
import type { Table } from './tables';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
const NOT_USED = '.';
const CHECK_CHARS = 3;
const BITS_PER_CHAR = 6;
/** FNV-1a, 32 bits: a small, well-known, deterministic string hash (not a legal number). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hash32(s: string): number {
	let h = FNV_OFFSET;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, FNV_PRIME);
	}
	return h >>> 0;
}

function chars(h: number, n: number): string {
	let out = '';
	for (let i = 0; i < n; i++) out += ALPHABET[(h >>> (i * BITS_PER_CHAR)) & (ALPHABET.length - 1)];
	return out;
}

/** JSON with object keys sorted, so that reordering keys in a file does not change the id. */
export function canonicalJson(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
	if (v !== null && typeof v === 'object')
		return `{${Object.keys(v)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	return JSON.stringify(v);
}

/** For each table, the start dates of the rows the outcome cites (each once, sorted). */
export function citedRows(outcome: Outcome): Map<string, string[]> {
	const m = new Map<string, Set<string>>();
	for (const s of outcome.steps)
		for (const r of s.rules) {
			if (!m.has(r.table)) m.set(r.table, new Set());
			m.get(r.table)!.add(r.validFrom);
		}
	return new Map([...m].map(([t, set]) => [t, [...set].sort()]));
}

function tableChar(table: Table<unknown>, validFroms: string[] | undefined): string {
	if (!validFroms || validFroms.length === 0) return NOT_USED;
	const rows = validFroms.map((from) => {
		const row = table.rows.find((r) => r.validFrom === from);
		if (!row) return `${from}:missing`;
		return canonicalJson({
			validFrom: row.validFrom,
			value: 'repealed' in row ? 'repealed' : row.value,
			status: row.status ?? 'confirmed'
		});
	});
	return chars(hash32(`${table.id}|${rows.join('|')}`), 1);
}

/**
 * The id for an outcome of a calculator with these tables, or undefined when the outcome used no
 * rule (a "cannot answer"): such a link carries no id.
 */
export function rulesVersion(tables: Table<unknown>[], outcome: Outcome): string | undefined {
	if (outcome.kind === 'cannot-answer') return undefined;
	const cited = citedRows(outcome);
	if (cited.size === 0) return undefined;
	const perTable = tables.map((t) => tableChar(t, cited.get(t.id))).join('');
	return chars(hash32(`${perTable}|${[...cited].map(([t, f]) => `${t}@${f.join(',')}`).join(';')}`), CHECK_CHARS) + perTable;
}

export type RulesVersionCheck =
	| { stale: false }
	/** `changed`: the tables whose rows differ, in the calculator's order; empty when the id cannot say which. */
	| { stale: true; changed: Table<unknown>[] };

/** Compare a link's id with the id of the answer computed now from the current tables. */
export function checkRulesVersion(tables: Table<unknown>[], linkId: string, outcome: Outcome): RulesVersionCheck {
	const now = rulesVersion(tables, outcome);
	// A "cannot answer" is already explicit on the page; there is no new answer to warn about.
	if (now === undefined || now === linkId) return { stale: false };
	const valid = linkId.length === now.length && [...linkId].every((c) => c === NOT_USED || ALPHABET.includes(c));
	if (!valid) return { stale: true, changed: [] };
	const changed = tables.filter((_, i) => linkId[CHECK_CHARS + i] !== now[CHECK_CHARS + i]);
	return { stale: true, changed };
}
