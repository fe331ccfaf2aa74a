/** The income-tax and social-insurance tables: schema, ids, sources, and internal arithmetic. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { listTableFiles, validateTable } from '$lib/engine/validate-tables';
import { rowsInForce } from '$lib/engine/tables';
import { Dec } from '$lib/engine/decimal';
import { CATEGORY_INFO, generalRateByInsuranceType, nonTaxableMinimum, PAYER_CATEGORIES, socialInsuranceTables, taxTables } from './tables';

const DATA = join(process.cwd(), 'data');
const mine = listTableFiles(DATA).filter((f) => /[\\/]data[\\/](tax|social-insurance)[\\/]/.test(f));

describe('tax and social-insurance tables', () => {
	it('every file validates against the schema and its id equals its path', () => {
		expect(mine.length).toBe(22);
		for (const f of mine) expect(validateTable(DATA, f), f).toEqual([]);
	});

	it('every file is used by the engine', () => {
		const used = new Set([...taxTables, ...socialInsuranceTables].map((t) => t.id));
		const ids = mine.map((f) =>
			f
				.slice(DATA.length + 1)
				.replace(/\\/g, '/')
				.replace(/\.json$/, '')
		);
		expect(ids.filter((id) => !used.has(id))).toEqual([]);
		// The engine also reads labour/minimum-monthly-wage (the project's one minimum-wage table).
		expect([...used].filter((id) => /^(tax|social-insurance)\//.test(id)).length).toBe(ids.length);
		expect(used.has('labour/minimum-monthly-wage')).toBe(true);
	});

	it('every row has a source with a consulted date, and unconfirmed, derived or planned rows say why', () => {
		for (const t of [...taxTables, ...socialInsuranceTables]) {
			for (const r of t.rows) {
				expect(r.sources.length, `${t.id} ${r.validFrom}`).toBeGreaterThan(0);
				if (r.status && r.status !== 'confirmed' && r.status !== 'secondary')
					expect(r.note, `${t.id} ${r.validFrom} needs a note`).toBeDefined();
			}
		}
	});

	it('employer + employee = total in every row that has a split', () => {
		let checked = 0;
		for (const c of PAYER_CATEGORIES) {
			for (const r of rowsInForce(CATEGORY_INFO[c].table)) {
				const { total, employer, employee } = r.value;
				if (employer === null || employee === null) continue;
				expect(new Dec(employer).plus(employee).toFixed(2), `${c} ${r.validFrom}`).toBe(new Dec(total!).toFixed(2));
				checked++;
			}
		}
		expect(checked).toBe(3 + 7 + 7 + 6 + 6);
	});

	it('the 2017 split by insurance type adds up to the general rate 34.09', () => {
		const [row] = rowsInForce(generalRateByInsuranceType);
		const sum = Object.values(row.value).reduce((s, v) => s.plus(v), new Dec(0));
		expect(sum.toFixed(2)).toBe('34.09');
	});

	it('the differentiated minimum periods are whole years except the two 2022 half-years', () => {
		const months = rowsInForce(nonTaxableMinimum).map((r) => `${r.validFrom}:${r.value.periodMonths}`);
		expect(months).toEqual([
			'2016-01-01:12',
			'2017-01-01:12',
			'2018-01-01:12',
			'2019-01-01:12',
			'2020-01-01:12',
			'2021-01-01:12',
			'2022-01-01:6',
			'2022-07-01:6',
			'2023-01-01:12',
			'2025-01-01:12',
			'2026-01-01:12',
			'2027-01-01:12'
		]);
	});
});
