/**
 * The documentation of rule tables (description; a record table's names of fields and coded values
 * for people; each row's note, legal basis and sources), which the
 * browser build leaves out of the tables themselves (scripts/lean-tables-plugin.ts) and loads here:
 * when the person starts answering, before the first result is computed, or when they open the
 * page's list of rules. Loading it puts it back into the table objects, so every later lookup cites
 * its law as on the server. Which tables are loaded depends only on the calculator, never on what was
 * typed, so the requests say nothing about the person. On the server the tables are whole: a no-op.
 */
import type { Outcome, RuleCitation } from './explain';
import type { Table } from './tables';

interface Docs {
	description?: Table<unknown>['description'];
	fields?: Table<unknown>['fields'];
	codes?: Table<unknown>['codes'];
	rows: Array<{ validFrom: string; note?: unknown; basis?: unknown; sources?: unknown }>;
}

const docsModules = import.meta.glob<{ default: Docs }>('/data/**/*.json', { query: '?docs' });

/** Whether the table carries its sources (always on the server; in the browser once loaded). */
export const hasDocs = (t: Table<unknown>) => t.rows.every((r) => Array.isArray(r.sources));

async function docsOf(id: string): Promise<Docs> {
	const load = docsModules[`/data/${id}.json`];
	if (!load) throw new Error(`No documentation file for rule table ${id}`);
	return (await load()).default;
}

/** What a table row and a rule an outcome cites have in common: the row's start date and its documentation. */
interface Documented {
	validFrom: string;
	note?: RuleCitation['note'];
	basis: RuleCitation['basis'];
	sources: RuleCitation['sources'];
}

/** Give `target` (a table row, or a rule an outcome cites) its row's note, legal basis and sources. */
function fill(target: Documented, table: string, docs: Docs): void {
	const d = docs.rows.find((r) => r.validFrom === target.validFrom);
	if (!d) throw new Error(`Rule table ${table}: no documentation for the row from ${target.validFrom}`);
	target.basis = (d.basis ?? []) as Documented['basis'];
	target.sources = (d.sources ?? []) as Documented['sources'];
	if (d.note !== undefined) target.note = d.note as Documented['note'];
	else delete target.note;
}

/** Put the documentation back into the tables (for the page's list of rules with their sources). */
export async function loadTableDocs(tables: readonly Table<unknown>[]): Promise<void> {
	await Promise.all(
		tables.map(async (t) => {
			if (hasDocs(t)) return;
			const docs = await docsOf(t.id);
			if (docs.description) t.description = docs.description;
			if (docs.fields) t.fields = docs.fields;
			if (docs.codes) t.codes = docs.codes;
			for (const row of t.rows) fill(row, t.id, docs);
		})
	);
}

/**
 * Give every rule an outcome cites its note, legal basis and sources (looked up by table and start
 * date). In the browser the outcome was computed from tables without them; on the server a no-op.
 */
export async function attachDocs(outcome: Outcome): Promise<void> {
	const cited = outcome.steps.flatMap((s) => s.rules).filter((r) => !Array.isArray(r.sources));
	const ids = [...new Set(cited.map((r) => r.table))];
	const docs = new Map(await Promise.all(ids.map(async (id) => [id, await docsOf(id)] as const)));
	for (const r of cited) fill(r, r.table, docs.get(r.table)!);
}
