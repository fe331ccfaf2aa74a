import { describe, expect, it } from 'vitest';
import { allTables, calculatorUses, tableById } from '$lib/rules/all-tables.server';
import { changedKeys, changesBetween, nextNewYear } from '$lib/rules/changes';
import { index, matches } from '$lib/rules/search';
import { changesHref, SLUGS, tableHref, translatePath } from '$lib/rules/paths';
import { calculatorIds } from '$lib/calculators/registry';

describe('rules search', () => {
	const find = (q: string) => allTables.filter((t) => matches(index(`${t.id} ${t.title.lv} ${t.title.en}`), q)).map((t) => t.id);

	it('finds the minimum wage in Latvian (any case ending) and in English', () => {
		expect(find('minimālā alga')).toContain('labour/minimum-monthly-wage');
		expect(find('minimālo algu')).toContain('labour/minimum-monthly-wage');
		expect(find('MINIMALA ALGA')).toContain('labour/minimum-monthly-wage');
		expect(find('minimum wage')).toContain('labour/minimum-monthly-wage');
	});

	it('narrows: every word must match, and nonsense finds nothing', () => {
		expect(find('minimum wage').length).toBeLessThan(allTables.length / 4);
		expect(find('zzqx')).toEqual([]);
		expect(find('')).toHaveLength(allTables.length);
	});
});

describe('what changed between two dates', () => {
	it('31.12.2024 → 01.01.2025 lists the tax reform: progressive rates and the fixed non-taxable minimum', () => {
		const ch = changesBetween(allTables, '2024-12-31', '2025-01-01');
		const ids = ch.map((c) => c.table.id);
		expect(ids).toContain('tax/income-tax-rates');
		expect(ids).toContain('tax/non-taxable-minimum');
		const ntm = ch.find((c) => c.table.id === 'tax/non-taxable-minimum')!;
		expect(ntm.after.kind).toBe('ok');
		if (ntm.after.kind === 'ok') {
			expect(ntm.after.validFrom).toBe('2025-01-01');
			expect(ntm.after.basis.length).toBeGreaterThan(0);
		}
		// A table that did not change on that day is not listed.
		expect(ids).toContain('pension/retirement-age-general'); // the last 3-month step, to 65
		expect(ids).not.toContain('labour/normal-working-time');
	});

	it('lists nothing for the same day, and the same changes in either order', () => {
		expect(changesBetween(allTables, '2025-06-01', '2025-06-01')).toEqual([]);
		const a = changesBetween(allTables, '2024-12-31', '2025-01-01').map((c) => c.table.id);
		const b = changesBetween(allTables, '2025-01-01', '2024-12-31').map((c) => c.table.id);
		expect(b).toEqual(a);
	});

	it('counts the rows in between and names only the parameters that changed', () => {
		const wage = tableById('labour/minimum-monthly-wage')!;
		const [c] = changesBetween([wage], '2016-06-01', '2026-06-01');
		expect(c.rowsBetween).toBeGreaterThan(1);
		expect(changedKeys({ a: '1', b: '2' }, { a: '1', b: '3', c: '4' })).toEqual(['b', 'c']);
	});

	it('next 1 January is the day before and the day itself', () => {
		expect(nextNewYear('2026-11-29')).toEqual({ from: '2026-12-31', to: '2027-01-01' });
		expect(nextNewYear('2026-12-31')).toEqual({ from: '2026-12-31', to: '2027-01-01' });
	});
});

describe('rules pages addresses', () => {
	it('translate between the languages and build table and change links', () => {
		expect(translatePath('/noteikumi/tax/non-taxable-minimum/', 'lv', 'en')).toBe('/rules/tax/non-taxable-minimum/');
		expect(translatePath('/changes/', 'en', 'lv')).toBe('/izmainas/');
		expect(translatePath('/retirement-age/', 'lv', 'en')).toBe('/retirement-age/');
		expect(tableHref('en', 'tax/income-tax-rates')).toBe('/en/rules/tax/income-tax-rates/');
		expect(changesHref('lv', { calc: 'net-gross-salary', to: '2026-06-01' })).toBe('/lv/izmainas/#c=net-gross-salary&to=2026-06-01');
	});

	it('no slug is also a calculator id (the routes stay unambiguous)', () => {
		const slugs = Object.values(SLUGS).flatMap((s) => Object.values(s));
		expect(slugs.length).toBe(6);
		for (const s of slugs) expect(calculatorIds).not.toContain(s);
	});

	it('every table is used by some calculator, and the calculators list real tables', async () => {
		const uses = await calculatorUses();
		expect(uses).toHaveLength(calculatorIds.length);
		const used = new Set(uses.flatMap((u) => u.tables));
		for (const t of allTables) expect(used.has(t.id), t.id).toBe(true);
		for (const id of used) expect(tableById(id), id).toBeDefined();
	});
});
