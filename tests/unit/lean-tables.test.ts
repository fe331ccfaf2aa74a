/**
 * Page weight (issue #13): the browser gets each rule table without its documentation and loads the
 * documentation before a result is shown (scripts/lean-tables-plugin.ts, src/lib/engine/table-docs.ts).
 * These tests check that nothing is lost on the way: the lean table still has every value the engine
 * reads, the two parts together are the file again, and an outcome computed from lean tables cites
 * every rule with the same basis, note and sources as one computed on the server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leanTable, tableDocs, tableSpan } from '../../scripts/lean-tables-plugin';
import { calculatorIds, loadCalculator } from '$lib/calculators/registry';
import { computeSafely } from '$lib/engine/run';
import { validateInput } from '$lib/engine/inputs';
import { attachDocs, hasDocs, loadTableDocs } from '$lib/engine/table-docs';
import type { Outcome } from '$lib/engine/explain';
import type { Table } from '$lib/engine/tables';
import { spanOf } from '$lib/engine/coverage';

const files = readdirSync('data', { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.flatMap((d) =>
		readdirSync(`data/${d.name}`)
			.filter((f) => f.endsWith('.json'))
			.map((f) => `data/${d.name}/${f}`)
	);

it('finds the rule tables', () => {
	expect(files.length).toBeGreaterThanOrEqual(100);
});

describe.each(files)('%s', (file) => {
	const table = JSON.parse(readFileSync(file, 'utf8'));

	it('lean: every value, date and status the engine reads, and no documentation', () => {
		const lean = leanTable(table);
		expect(lean.id).toBe(table.id);
		expect(lean.title).toEqual(table.title);
		expect(lean.coveredUntil).toBe(table.coveredUntil);
		for (const k of ['description', 'fields', 'codes']) expect(lean).not.toHaveProperty(k);
		expect(lean.rows).toHaveLength(table.rows.length);
		lean.rows!.forEach((r, i) => {
			const o = table.rows[i];
			expect(r.validFrom).toBe(o.validFrom);
			expect(r.value).toEqual(o.value);
			expect(r.status).toBe(o.status);
			expect(r.repealed).toBe(o.repealed);
			for (const k of ['note', 'basis', 'sources']) expect(r).not.toHaveProperty(k);
		});
	});

	it('span: what the coverage reads of the table (a form gets only this)', () => {
		expect(tableSpan(table)).toEqual(JSON.parse(JSON.stringify(spanOf(table))));
	});

	it('lean + documentation = the file', () => {
		const lean = leanTable(table);
		const docs = tableDocs(table);
		const { rows: docRows, ...tableDocsOnly } = docs;
		expect(docRows).toHaveLength(table.rows.length);
		const rebuilt = { ...lean, ...tableDocsOnly } as Record<string, unknown>;
		rebuilt.rows = lean.rows!.map((r) => {
			const d = docs.rows!.find((x) => x.validFrom === r.validFrom)!;
			return { ...r, ...d };
		});
		expect(rebuilt).toEqual(table);
		// Rows are matched by their start date: it must be unique.
		expect(new Set(table.rows.map((r: { validFrom: string }) => r.validFrom)).size).toBe(table.rows.length);
	});
});

/** The outcome's citations as the result page shows them. */
const citations = (o: Outcome) => o.steps.flatMap((s) => s.rules.map((r) => ({ ...r })));

describe('an outcome computed from lean tables cites its rules like one computed from whole tables', () => {
	it.each(calculatorIds)('%s: every golden case', async (id) => {
		const calc = (await loadCalculator(id))!;
		const cases = calc.golden ?? [];
		expect(cases.length).toBeGreaterThan(0);
		let cited = 0;
		for (const g of cases) {
			const raw = Object.fromEntries(
				Object.entries(g.input).map(([k, val]) => [k, val === undefined ? undefined : Array.isArray(val) ? val.join(';') : String(val)])
			);
			const v = validateInput(calc, raw, g.asOf);
			expect(v.ok).toBe(true);
			const whole = computeSafely(calc, v.ok ? v.value : (undefined as never), g.asOf);
			const stripped = structuredClone(whole);
			for (const s of stripped.steps)
				for (const r of s.rules) {
					delete (r as Partial<typeof r>).sources;
					delete (r as Partial<typeof r>).basis;
					delete (r as Partial<typeof r>).note;
				}
			await attachDocs(stripped);
			expect(citations(stripped)).toEqual(citations(whole));
			cited += citations(whole).length;
		}
		if (cases.some((g) => g.expect.kind === 'result')) expect(cited).toBeGreaterThan(0);
	});
});

it.each(['data/labour/minimum-monthly-wage.json', 'data/tax/income-tax-rates.json'])(
	'the rules list gets the documentation of %s back',
	async (file) => {
		const t = JSON.parse(readFileSync(file, 'utf8'));
		const lean = leanTable(t) as unknown as Table<unknown>;
		expect(hasDocs(lean)).toBe(false);
		await loadTableDocs([lean]);
		expect(hasDocs(lean)).toBe(true);
		expect(lean).toEqual(t);
	}
);
