import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { listTableFiles, tableIdFromPath, validateTable } from '$lib/engine/validate-tables';
import { tableSchema } from '$lib/engine/table-schema';
import { calculatorIds, loadCalculator } from '$lib/calculators/registry';

const files = listTableFiles('data');

describe('rule tables in data/', () => {
	it('there are tables to check', () => {
		expect(files.length).toBeGreaterThan(5);
	});
	it.each(files)('%s is valid: schema, id = path, increasing dates, every row sourced', (file) => {
		expect(validateTable('data', file)).toEqual([]);
	});
	it('every table is used by some calculator', async () => {
		const used = new Set<string>();
		for (const id of calculatorIds) {
			const c = await loadCalculator(id);
			for (const t of c!.tables) used.add(t.id);
		}
		const unused = files.map((f) => tableIdFromPath('data', f)).filter((id) => !used.has(id));
		expect(unused).toEqual([]);
	});
});

describe('the validator names the file and the row', () => {
	it('reports a row without a source and unsorted dates', () => {
		const bad = {
			id: 'x/y',
			title: { lv: 'a', en: 'b' },
			kind: 'decimal',
			unit: 'eur',
			rows: [
				{ validFrom: '2017-01-01', value: '1', sources: [] },
				{ validFrom: '2016-01-01', value: 2, sources: [{ act: 'a', url: 'https://x', consulted: '2026-01-01' }] }
			]
		};
		const r = tableSchema.safeParse(bad);
		expect(r.success).toBe(false);
		const paths = r.error!.issues.map((i) => i.path.join('.'));
		expect(paths).toContain('rows.0.sources');
		expect(paths).toContain('rows.1.value');
	});
	it('a real file with a broken row gives "file: row N (validFrom …)"', async () => {
		const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const dir = mkdtempSync(join(tmpdir(), 'data-'));
		mkdirSync(join(dir, 'tax'));
		const f = join(dir, 'tax', 'rate.json');
		const good = JSON.parse(readFileSync(files[0], 'utf8'));
		writeFileSync(f, JSON.stringify({ ...good, id: 'tax/other', rows: [{ ...good.rows[0], sources: [] }] }));
		const problems = validateTable(dir, f);
		expect(problems.some((p) => p.includes('rate.json') && p.includes('row 0 (validFrom'))).toBe(true);
		const ids = validateTable(dir, f.replace('rate', 'rate'));
		expect(ids.join('\n')).toMatch(/every row needs at least one source/);
	});
});
