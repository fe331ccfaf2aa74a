/**
 * Node-only: reads every JSON file under data/ and checks it against the table schema and the
 * integrity rules. Used by the build plugin and the data-integrity test. Messages name file and row.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { tableSchema } from './table-schema.ts';
import { decimalValueSchemas, defaultDecimalValue, recordValueSchemas } from './table-values.ts';
import { namesIn } from './record-fields.ts';
import type { FieldLabel } from './table-schema.ts';

export function listTableFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...listTableFiles(p));
		else if (name.endsWith('.json')) out.push(p);
	}
	return out.sort();
}

export function tableIdFromPath(dataDir: string, file: string): string {
	return relative(dataDir, file)
		.split(sep)
		.join('/')
		.replace(/\.json$/, '');
}

/** Returns human-readable problems; empty when every table is valid. */
export function validateTable(dataDir: string, file: string): string[] {
	const rel = relative(process.cwd(), file);
	let json: unknown;
	try {
		json = JSON.parse(readFileSync(file, 'utf8'));
	} catch (e) {
		return [`${rel}: not valid JSON (${(e as Error).message})`];
	}
	const parsed = tableSchema.safeParse(json);
	if (!parsed.success) {
		return parsed.error.issues.map((i) => {
			const path = i.path;
			const where =
				path[0] === 'rows' && typeof path[1] === 'number' ? `row ${path[1]}${describeRow(json, path[1])}` : path.join('.') || '(top level)';
			const rest = path[0] === 'rows' ? path.slice(2).join('.') : '';
			return `${rel}: ${where}${rest ? ` field ${rest}` : ''}: ${i.message}`;
		});
	}
	const t = parsed.data;
	const problems: string[] = [];
	const expectedId = tableIdFromPath(dataDir, file);
	if (t.id !== expectedId) problems.push(`${rel}: id "${t.id}" must equal its path "${expectedId}"`);
	for (let i = 1; i < t.rows.length; i++) {
		if (t.rows[i].validFrom <= t.rows[i - 1].validFrom) {
			problems.push(`${rel}: row ${i} (validFrom ${t.rows[i].validFrom}) must start after row ${i - 1} (${t.rows[i - 1].validFrom})`);
		}
	}
	problems.push(...valueProblems(rel, t));
	problems.push(...labelProblems(rel, t));
	// A schedule set in law (retirement ages to 2034) may list rows after the day the law was last checked.
	if (t.coveredUntil && !t.scheduleInLaw && t.coveredUntil < t.rows[t.rows.length - 1].validFrom) {
		problems.push(`${rel}: coveredUntil ${t.coveredUntil} is before the last row`);
	}
	return problems;
}

/** Each row's value against its table's own schema (src/lib/engine/table-values.ts). */
function valueProblems(rel: string, t: { id: string; kind: string; rows: Array<{ validFrom: string; value?: unknown }> }): string[] {
	const schema =
		t.kind === 'record' ? recordValueSchemas[t.id] : t.kind === 'decimal' ? (decimalValueSchemas[t.id] ?? defaultDecimalValue) : undefined;
	if (t.kind === 'record' && !schema) return [`${rel}: no value schema for "${t.id}" (add one to src/lib/engine/table-values.ts)`];
	if (!schema) return [];
	const out: string[] = [];
	t.rows.forEach((r, i) => {
		if (r.value === undefined) return;
		const parsed = schema.safeParse(r.value);
		if (parsed.success) return;
		for (const issue of parsed.error.issues) {
			const field = ['value', ...issue.path.map(String)].join('.');
			out.push(`${rel}: row ${i} (validFrom ${r.validFrom}) field ${field}: ${issue.message}`);
		}
	});
	return out;
}

/**
 * A record table names every field its rows hold (at any depth) in `fields`, and gives every coded
 * value its text in `codes`, so that no page shows a name from the data to people; and it names
 * nothing its rows do not hold. Other kinds of table have neither.
 */
export function labelProblems(
	rel: string,
	t: {
		kind: string;
		fields?: Record<string, unknown>;
		codes?: Record<string, unknown>;
		rows: Array<{ validFrom: string; value?: unknown }>;
	}
): string[] {
	if (t.kind !== 'record') {
		return t.fields || t.codes ? [`${rel}: only a record table has "fields" and "codes"`] : [];
	}
	const fields: Record<string, FieldLabel> = (t.fields ?? {}) as Record<string, FieldLabel>;
	const codes = t.codes ?? {};
	const out: string[] = [];
	const used = { fields: new Set<string>(), codes: new Set<string>() };
	t.rows.forEach((r, i) => {
		const names = namesIn(r.value, fields);
		const where = `${rel}: row ${i} (validFrom ${r.validFrom})`;
		for (const f of names.fields) {
			if (!(f in fields) && !used.fields.has(f)) out.push(`${where}: the field "${f}" has no label in "fields" (lv and en)`);
			used.fields.add(f);
		}
		for (const c of names.codes) {
			if (!(c in codes) && !used.codes.has(c)) out.push(`${where}: the value "${c}" has no text in "codes" (lv and en)`);
			used.codes.add(c);
		}
	});
	for (const f of Object.keys(fields)) if (!used.fields.has(f)) out.push(`${rel}: "fields" labels "${f}", which no row holds`);
	for (const c of Object.keys(codes)) if (!used.codes.has(c)) out.push(`${rel}: "codes" has a text for "${c}", which no row holds`);
	return out;
}

function describeRow(json: unknown, i: number): string {
	const rows = (json as { rows?: Array<{ validFrom?: unknown }> }).rows;
	const vf = rows?.[i]?.validFrom;
	return typeof vf === 'string' ? ` (validFrom ${vf})` : '';
}

export function validateAllTables(dataDir: string): string[] {
	return listTableFiles(dataDir).flatMap((f) => validateTable(dataDir, f));
}
