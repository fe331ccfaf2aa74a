/**
 * Vite plugin: the browser gets each rule table in two parts (issue #13, page weight).
 *  - `import t from '$data/x/y.json'` → the table without its documentation: id, title, kind, unit,
 *    coverage and the rows' dates, values and statuses — all the engine needs to compute.
 *  - `import('/data/x/y.json?docs')` → the documentation: the table's description, the names of a
 *    record table's fields and coded values for people (`fields`, `codes`: only pages that show a
 *    row's value need them), and each row's note, legal basis and sources, matched to the rows by
 *    their start date. The page loads it
 *    (src/lib/engine/table-docs.ts) when the person starts answering, before the first result.
 *  - `import.meta.glob('/data/x/y.json', { query: '?span' })` → only the table's id, first date and
 *    `coveredUntil`: what its coverage depends on (engine/coverage.ts `TableSpan`), for a calculator's
 *    form, whose field bounds follow the data's period but which loads before the tables (form.ts).
 * About 85 % of a table file is documentation, so a calculator page's first load shrinks by about that
 * much of its tables. The server-side build (prerendering, which writes every source into the HTML),
 * the tests and the batch command read the files whole.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const TABLE = /\/data\/[^?]+\.json$/;
const ROW_DOCS = ['note', 'basis', 'sources'] as const;
const TABLE_DOCS = ['description', 'fields', 'codes'] as const;

type Json = Record<string, unknown> & { rows?: Record<string, unknown>[] };

function isTable(t: unknown): t is Json & { rows: Record<string, unknown>[] } {
	return typeof t === 'object' && t !== null && typeof (t as Json).id === 'string' && Array.isArray((t as Json).rows);
}

/** The table with its documentation left out. */
export function leanTable(t: Json): Json {
	if (!isTable(t)) return t;
	const out: Json = {};
	for (const [k, v] of Object.entries(t)) if (!(TABLE_DOCS as readonly string[]).includes(k) && k !== 'rows') out[k] = v;
	out.rows = t.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !(ROW_DOCS as readonly string[]).includes(k))));
	return out;
}

/** Only the documentation, each row keyed by its start date. */
export function tableDocs(t: Json): Json {
	if (!isTable(t)) return {};
	const out: Json = {};
	for (const k of TABLE_DOCS) if (k in t) out[k] = t[k];
	out.rows = t.rows.map((r) => {
		const d: Record<string, unknown> = { validFrom: r.validFrom };
		for (const k of ROW_DOCS) if (k in r) d[k] = r[k];
		return d;
	});
	return out;
}

/** What the table's coverage depends on: its id, its first row's date and its end. */
export function tableSpan(t: Json): Json {
	if (!isTable(t)) return {};
	return { id: t.id, from: t.rows[0]?.validFrom, coveredUntil: t.coveredUntil };
}

export function leanTablesPlugin(): Plugin {
	return {
		name: 'lean-rule-tables-in-browser',
		enforce: 'pre',
		load(id, options) {
			const [file, query] = id.split('?');
			if (!TABLE.test(file)) return null;
			if (query === 'docs') return `export default ${JSON.stringify(tableDocs(JSON.parse(readFileSync(file, 'utf8'))))};`;
			if (query === 'span') return `export default ${JSON.stringify(tableSpan(JSON.parse(readFileSync(file, 'utf8'))))};`;
			if (query || options?.ssr || process.env.VITEST) return null;
			return JSON.stringify(leanTable(JSON.parse(readFileSync(file, 'utf8'))));
		}
	};
}
